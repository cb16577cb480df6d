/**
 * Pingyi's admin resources: each React-Admin resource name with its GraphQL type and the names
 * of its singular and plural queries (DESIGN, API contract).
 */

/** React-Admin resource name → GraphQL type and its singular and plural query names. */
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
} as const;

/** A React-Admin resource of Pingyi's admin. */
export type ResourceName = keyof typeof RESOURCES;

/** The GraphQL names of one resource. */
export type ResourceNames = (typeof RESOURCES)[ResourceName];
