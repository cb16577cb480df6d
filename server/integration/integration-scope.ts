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
  MATTERS_READ = 'matters:read',
  MATTERS_WRITE = 'matters:write',
  SURVEYS_READ = 'surveys:read',
  SELF_GOVERNANCE_READ = 'self-governance:read',
  SELF_GOVERNANCE_WRITE = 'self-governance:write',
}
registerEnumType(IntegrationScope, {
  name: 'IntegrationScope',
  description:
    "A scope of a service token: what the district system calling with it may do, always within the token's district.",
  valuesConfig: {
    OFFICIALS_READ: { description: 'officials:read — read officials (official, officials).' },
    OFFICIALS_WRITE: { description: 'officials:write — upsert officials by externalId (upsertOfficials).' },
    ASSESSMENTS_READ: {
      description:
        'assessments:read — read annual assessments, policies and overviews of the district (annualAssessment(s), Official.assessments/latestAssessment/outcome, assessmentPolicy, assessmentOverview; ' +
        'officialsByOutcome and officials also need officials:read) and download the results export (GET /export/districts/:districtId/results.csv|xlsx).',
    },
    MEETINGS_READ: { description: 'meetings:read — read evaluation meetings and their published results.' },
    MATTERS_READ: {
      description:
        "matters:read — read residents' matters (matter, matters; Open311 GET), never the reporter's name or phone.",
    },
    MATTERS_WRITE: {
      description:
        "matters:write — upsert residents' matters by externalId (upsertMatters) and submit them through Open311 (POST /open311/v2/requests.json); reads them too over Open311.",
    },
    SURVEYS_READ: {
      description:
        "surveys:read — read residents' surveys and their published results (residentSurvey(s), surveyResults, subdistrictSurveyRates).",
    },
    SELF_GOVERNANCE_READ: {
      description:
        'self-governance:read — read the self-governance records (docs/rules.md rule 14): buildings, their conventions, versions, counts and breaches, mediations, hearings and petitions.',
    },
    SELF_GOVERNANCE_WRITE: {
      description:
        'self-governance:write — upsert the self-governance records of the district by externalId (upsertHearings, upsertMediations, upsertPetitions, upsertBuildingConventions), where a district system keeps the same records (docs/rules.md rule 14); reading back the records of the answer beyond their own fields needs self-governance:read as well.',
    },
  },
});

/** Every scope value, for checking stored tokens. */
export const INTEGRATION_SCOPES: readonly string[] = Object.values(IntegrationScope);
