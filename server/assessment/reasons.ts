/**
 * The error reasons of the assessment module (server/core/reasons.ts): key `assessment.<name>` → the English
 * template its message is rendered from; the admin translates each key (pingyi.errors.<key>).
 */
import { defineReasons } from '../core/reasons';

export const assessmentReasons = defineReasons('assessment', {
  assessmentFinalized: 'This assessment is FINALIZED; it can no longer change',
  bandsOrder: '{field}: the bands must be ordered: excellentFrom > goodFrom > mediocreFrom',
  noScore:
    '{field}: this assessment has no score and cannot be {what}: {why}. Record the missing data (recordThirdPartyEvaluation, or assessOfficial with selfReportMark) and assess again',
  otherDistrict: "You may not {what}: you may read only your own district's",
  overrideReasonRequired: '{field}: an override needs a written reason that says something',
  panelWeights: '{field}: give each of the four panels once, with weights summing to 100',
  partWeightsSum: '{field}: the three part weights sum to {parts}; they must sum to 100',
  policyYearFinalized: 'Assessments of {year} are already finalised; the policy can no longer change',
  roleMayNotRead:
    'Role {role} may not {what}: annual assessments are read by ADMIN, ASSESSOR and the official assessed',
  sourcesFinalized: 'The {year} assessment of this official is FINALIZED; its sources can no longer change',
  yearNotBegun:
    '{field}: {year} has not begun (the current year in Shanghai is {current}); {what} only a year that has',
});
