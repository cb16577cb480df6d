/**
 * Pingyi's admin resources: each React-Admin resource name with its GraphQL type and the names
 * of its singular and plural queries (README, The API in brief); `create` names a workflow mutation
 * that stands in for `create<Type>` (an annual assessment is made by `assessOfficial`). Who may use
 * each one is in access.ts.
 */

/** React-Admin resource name → GraphQL type, its singular and plural query names, and optionally its create mutation. */
export const RESOURCES = {
  districts: { type: 'District', one: 'district', many: 'districts' },
  subdistricts: { type: 'Subdistrict', one: 'subdistrict', many: 'subdistricts' },
  neighborhoods: { type: 'Neighborhood', one: 'neighborhood', many: 'neighborhoods' },
  offices: { type: 'Office', one: 'office', many: 'offices' },
  departments: { type: 'Department', one: 'department', many: 'departments' },
  dispatchedAgencies: { type: 'DispatchedAgency', one: 'dispatchedAgency', many: 'dispatchedAgencies' },
  officials: { type: 'Official', one: 'official', many: 'officials' },
  evaluationMeetings: { type: 'EvaluationMeeting', one: 'evaluationMeeting', many: 'evaluationMeetings' },
  ratingTemplates: { type: 'RatingTemplate', one: 'ratingTemplate', many: 'ratingTemplates' },
  users: { type: 'User', one: 'user', many: 'users' },
  annualAssessments: {
    type: 'AnnualAssessment',
    one: 'annualAssessment',
    many: 'annualAssessments',
    create: 'assessOfficial',
  },
  accountabilityCases: { type: 'AccountabilityCase', one: 'accountabilityCase', many: 'accountabilityCases' },
  headAppointments: {
    type: 'HeadAppointment',
    one: 'headAppointment',
    many: 'headAppointments',
    create: 'proposeHeadAppointment',
  },
  serviceTokens: { type: 'ServiceToken', one: 'serviceToken', many: 'serviceTokens' },
  // No singular query: a subscription is looked up in its district's list (see dataProvider.ts).
  webhookSubscriptions: { type: 'WebhookSubscription', one: '', many: 'webhookSubscriptions' },
  matters: { type: 'Matter', one: 'matter', many: 'matters' },
  responsibilityItems: { type: 'ResponsibilityItem', one: 'responsibilityItem', many: 'responsibilityItems' },
  // Self-governance records (docs/rules.md rule 14).
  worksProjects: { type: 'WorksProject', one: 'worksProject', many: 'worksProjects' },
  hearings: { type: 'Hearing', one: 'hearing', many: 'hearings' },
  mediations: { type: 'Mediation', one: 'mediation', many: 'mediations' },
  buildings: { type: 'Building', one: 'building', many: 'buildings' },
  buildingConventions: { type: 'BuildingConvention', one: 'buildingConvention', many: 'buildingConventions' },
  petitions: { type: 'Petition', one: 'petition', many: 'petitions' },
  conventionBreaches: {
    type: 'ConventionBreach',
    one: 'conventionBreach',
    many: 'conventionBreaches',
    create: 'recordConventionBreach',
  },
} as const;

/** A React-Admin resource of Pingyi's admin. */
export type ResourceName = keyof typeof RESOURCES;

/** The GraphQL names of one resource. */
export type ResourceNames = (typeof RESOURCES)[ResourceName];
