/**
 * The annual assessment's methods of the data provider (docs/rules.md rules 10 and 11): an
 * official's years, one assessment with its parts, overriding and finalising, the district's
 * overview, officials by outcome and the year's policy. Scores are numbers 0–100 as the API gives
 * them; the screens round them only for display.
 */
import {
  AssessmentDetailDocument,
  AssessmentOverviewDocument,
  AssessmentPolicyDocument,
  FinalizeAssessmentDocument,
  OfficialAssessmentsDocument,
  OfficialsByOutcomeDocument,
  OverrideGradeDocument,
  SetAssessmentPolicyDocument,
  type AssessmentPolicyFieldsFragment,
  type Grade,
  type PersonnelOutcome,
} from '../gql/graphql';
import { answer, type Call } from './call';

const RESOURCE = 'annualAssessments';

/** The annual assessment's methods over `call`. */
export function assessmentMethods(call: Call) {
  return {
    /** An official's assessments across years (newest first), outcome and breach years; null when out of reach. */
    officialAssessments: async (officialId: string) =>
      answer((await call(RESOURCE, OfficialAssessmentsDocument, { id: officialId })).official ?? null),
    /** One assessment with its panels' scores; null when out of reach. */
    assessmentDetail: async (id: string) =>
      answer((await call(RESOURCE, AssessmentDetailDocument, { id })).annualAssessment ?? null),
    /** Overrides a DRAFT assessment's grade with a written reason (rule 10). */
    overrideAnnualAssessmentGrade: async (id: string, grade: Grade, reason: string) =>
      answer(
        (await call(RESOURCE, OverrideGradeDocument, { id, input: { grade, reason } })).overrideAnnualAssessmentGrade,
      ),
    /** DRAFT → FINALIZED: final, and audited by the server (rule 10). */
    finalizeAnnualAssessment: async (id: string) =>
      answer((await call(RESOURCE, FinalizeAssessmentDocument, { id })).finalizeAnnualAssessment),
    /** The assessors' overview of a district's year: grades by subdistrict and district totals. */
    assessmentOverview: async (districtId: string, year: number) =>
      answer((await call(RESOURCE, AssessmentOverviewDocument, { districtId, year })).assessmentOverview),
    /** Up to 100 of a district's officials with that outcome (rule 11), by name, and how many there are. */
    officialsByOutcome: async (districtId: string, outcome: PersonnelOutcome) =>
      answer((await call(RESOURCE, OfficialsByOutcomeDocument, { districtId, outcome })).officialsByOutcome),
    /** The stored policy of a district's year, or null when the defaults of rule 10 apply. */
    assessmentPolicy: async (districtId: string, year: number) =>
      answer((await call(RESOURCE, AssessmentPolicyDocument, { districtId, year })).assessmentPolicy ?? null),
    /** Stores a district's policy for a year (the server checks it again). */
    setAssessmentPolicy: async (districtId: string, year: number, policy: AssessmentPolicyFieldsFragment) => {
      const panelWeights = policy.panelWeights.map(({ panel, weight }) => ({ panel, weight }));
      return answer(
        (await call(RESOURCE, SetAssessmentPolicyDocument, { input: { ...policy, panelWeights, districtId, year } }))
          .setAssessmentPolicy,
      );
    },
  };
}
