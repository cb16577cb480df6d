import { registerEnumType } from 'type-graphql';

/** What a user may do (docs/rules.md, Roles and reach). */
export enum Role {
  ADMIN = 'ADMIN',
  CHAIR = 'CHAIR',
  REPRESENTATIVE = 'REPRESENTATIVE',
  ASSESSOR = 'ASSESSOR',
  OFFICIAL = 'OFFICIAL',
  INTEGRATION = 'INTEGRATION',
}
registerEnumType(Role, {
  name: 'Role',
  description: "What a user may do, always within the user's scope (one subdistrict or one district).",
  valuesConfig: {
    ADMIN: {
      description: 'Subdistrict or district staff: keep offices, agencies, officials and users; schedule meetings.',
    },
    CHAIR: {
      description: '居委会主任: opens and closes evaluation meetings, registers representatives, reads out results.',
    },
    REPRESENTATIVE: { description: '居民代表: rates officials at the meetings they are registered for.' },
    ASSESSOR: {
      description: 'Organisation or discipline-inspection department: accountability cases and annual assessments.',
    },
    OFFICIAL: { description: 'An evaluated official: self-reports and their own published results.' },
    INTEGRATION: {
      description:
        "A district system calling with a service token: one district, and only what the token's scopes allow.",
    },
  },
});
