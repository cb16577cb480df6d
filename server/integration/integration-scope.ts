import { registerEnumType } from 'type-graphql';

/**
 * What a service token may do (the fixed allow-list of scopes). The value is the scope as tokens
 * carry it and errors name it; GraphQL shows the key.
 */
export enum IntegrationScope {
  OFFICIALS_READ = 'officials:read',
  OFFICIALS_WRITE = 'officials:write',
  ASSESSMENTS_READ = 'assessments:read',
  MEETINGS_READ = 'meetings:read',
}
registerEnumType(IntegrationScope, {
  name: 'IntegrationScope',
  description: 'A scope of a service token: what the district system calling with it may do, always within the token\'s district.',
  valuesConfig: {
    OFFICIALS_READ: { description: 'officials:read — read officials (official, officials).' },
    OFFICIALS_WRITE: { description: 'officials:write — upsert officials by externalId (upsertOfficials).' },
    ASSESSMENTS_READ: {
      description:
        'assessments:read — read annual assessments, policies and overviews of the district (annualAssessment(s), Official.assessments/latestAssessment/outcome, assessmentPolicy, assessmentOverview; ' +
        'officialsByOutcome and officials also need officials:read) and download the results export (GET /export/districts/:districtId/results.csv|xlsx).',
    },
    MEETINGS_READ: { description: 'meetings:read — read evaluation meetings and their published results.' },
  },
});

/** Every scope value, for checking stored tokens. */
export const INTEGRATION_SCOPES: readonly string[] = Object.values(IntegrationScope);
