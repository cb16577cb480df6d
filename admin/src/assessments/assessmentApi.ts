/**
 * The annual assessment's GraphQL operations (schema.graphql: AnnualAssessment, AssessmentPolicy,
 * AssessmentOverview and the workflow mutations, docs/rules.md rules 10 and 11) as typed functions.
 * Scores are numbers 0–100 as the API gives them; the screens round them only for display.
 */
import { request } from '../common/api';

/** A grade of docs/rules.md rule 10. */
export type Grade = 'EXCELLENT' | 'GOOD' | 'MEDIOCRE' | 'POOR';
/** A use of results of docs/rules.md rule 11. */
export type Outcome = 'PROMOTION_ELIGIBLE' | 'REASSIGNMENT' | 'DISMISSAL';
/** A third-party panel. */
export type Panel = 'PARTY_MEMBER' | 'NON_PARTY' | 'RESIDENT' | 'EXPERT';

/** One panel's score 0–100 behind the third-party part. */
export interface PanelScore {
  panel: Panel;
  score: number;
}

/** One official's assessment of one year, with its three parts and their sources. */
export interface Assessment {
  id: string;
  year: number;
  status: 'DRAFT' | 'FINALIZED';
  officialId: string;
  /** Meeting part 0–100, from `meetingCount` closed meetings with `meetingRatingCount` ratings. */
  meetingScore: number | null;
  meetingCount: number;
  meetingRatingCount: number;
  /** Third-party part 0–100, from the panels' scores. */
  thirdPartyScore: number | null;
  thirdPartyEvaluations: PanelScore[];
  /** The assessors' mark 0–100 on the self-report and inquiries. */
  selfReportMark: number | null;
  /** Score 0–100. */
  score: number | null;
  computedGrade: Grade | null;
  overrideGrade: Grade | null;
  overrideReason: string | null;
  /** The grade that counts (null in a red-line breach year). */
  grade: Grade | null;
  redLineBreached: boolean;
  finalizedAt: string | null;
  updatedAt: string;
}

/** An official with their assessments across years (newest first) and their outcome. */
export interface OfficialAssessments {
  id: string;
  name: string;
  outcome: Outcome | null;
  redLineBreaches: number[];
  assessments: Assessment[];
}

/** The fields an assessment is shown with. */
export const ASSESSMENT_FIELDS = `id year status officialId meetingScore meetingCount meetingRatingCount thirdPartyScore
  thirdPartyEvaluations { panel score } selfReportMark score computedGrade overrideGrade overrideReason grade
  redLineBreached finalizedAt updatedAt`;

/** An official's assessments across years and outcome; null when out of reach. */
export async function fetchOfficialAssessments(officialId: string): Promise<OfficialAssessments | null> {
  const data = await request<{ official: OfficialAssessments | null }>(
    `query OfficialAssessments($id: ID!) { official(id: $id) { id name outcome redLineBreaches assessments { ${ASSESSMENT_FIELDS} } } }`,
    { id: officialId },
  );
  return data.official;
}

/** One assessment with its panels' scores; null when out of reach. */
export async function fetchAssessment(id: string): Promise<Assessment | null> {
  const data = await request<{ annualAssessment: Assessment | null }>(`query AssessmentDetail($id: ID!) { annualAssessment(id: $id) { ${ASSESSMENT_FIELDS} } }`, { id });
  return data.annualAssessment;
}

/** Overrides a DRAFT assessment's grade with a written reason. */
export async function overrideGrade(id: string, grade: Grade, reason: string): Promise<void> {
  await request(`mutation OverrideGrade($id: ID!, $input: OverrideGradeInput!) { overrideAnnualAssessmentGrade(id: $id, input: $input) { id } }`, {
    id,
    input: { grade, reason },
  });
}

/** DRAFT → FINALIZED: final, and audited by the server. */
export async function finalizeAssessment(id: string): Promise<void> {
  await request(`mutation FinalizeAssessment($id: ID!) { finalizeAnnualAssessment(id: $id) { id status } }`, { id });
}

/** The signed-in user's district (the overview's default). */
export async function fetchMyDistrict(): Promise<{ id: string; name: string }> {
  const data = await request<{ me: { district: { id: string; name: string } } }>(`query MyDistrict { me { district { id name } } }`);
  return data.me.district;
}

/** How many finalised assessments of a year have a grade (null: a red-line breach year). */
export interface GradeCount {
  grade: Grade | null;
  count: number;
}

/** A district's year at a glance: grades by subdistrict and district totals. */
export interface Overview {
  districtId: string;
  year: number;
  /** Assessments of the year still DRAFT. */
  draftCount: number;
  /** Finalised assessments of the year (the grades count these). */
  finalizedCount: number;
  grades: GradeCount[];
  subdistricts: { subdistrictId: string; subdistrict: { id: string; name: string }; grades: GradeCount[]; draftCount: number; finalizedCount: number }[];
}

/** The assessors' overview of a district's year. */
export async function fetchOverview(districtId: string, year: number): Promise<Overview> {
  const data = await request<{ assessmentOverview: Overview }>(
    `query AssessmentOverview($districtId: ID!, $year: Int!) { assessmentOverview(districtId: $districtId, year: $year) {
      districtId year draftCount finalizedCount grades { grade count }
      subdistricts { subdistrictId subdistrict { id name } grades { grade count } draftCount finalizedCount } } }`,
    { districtId, year },
  );
  return data.assessmentOverview;
}

/** An official listed under an outcome. */
export interface OutcomeOfficial {
  id: string;
  name: string;
  title: string;
  subdistrict: { name: string };
}

/** Up to 100 of a district's officials with that outcome, by name, and how many there are. */
export async function fetchOfficialsByOutcome(districtId: string, outcome: Outcome): Promise<{ nodes: OutcomeOfficial[]; totalCount: number }> {
  const data = await request<{ officialsByOutcome: { nodes: OutcomeOfficial[]; totalCount: number } }>(
    `query OfficialsByOutcome($districtId: ID!, $outcome: PersonnelOutcome!) { officialsByOutcome(districtId: $districtId, outcome: $outcome, first: 100) {
      totalCount nodes { id name title subdistrict { name } } } }`,
    { districtId, outcome },
  );
  return data.officialsByOutcome;
}

/** A district's scoring policy for a year (weights in points of 100, band floors 0–100). */
export interface Policy {
  meetingWeight: number;
  thirdPartyWeight: number;
  selfReportWeight: number;
  panelWeights: { panel: Panel; weight: number }[];
  excellentFrom: number;
  goodFrom: number;
  mediocreFrom: number;
  minRatings: number;
}

const POLICY_FIELDS = 'meetingWeight thirdPartyWeight selfReportWeight panelWeights { panel weight } excellentFrom goodFrom mediocreFrom minRatings';

/** The stored policy of a district's year, or null when the defaults of docs/rules.md rule 10 apply. */
export async function fetchPolicy(districtId: string, year: number): Promise<Policy | null> {
  const data = await request<{ assessmentPolicy: Policy | null }>(
    `query AssessmentPolicy($districtId: ID!, $year: Int!) { assessmentPolicy(districtId: $districtId, year: $year) { ${POLICY_FIELDS} } }`,
    { districtId, year },
  );
  return data.assessmentPolicy;
}

/** Stores a district's policy for a year (the server checks it again). */
export async function savePolicy(districtId: string, year: number, policy: Policy): Promise<void> {
  const panelWeights = policy.panelWeights.map(({ panel, weight }) => ({ panel, weight }));
  await request(`mutation SetAssessmentPolicy($input: SetAssessmentPolicyInput!) { setAssessmentPolicy(input: $input) { id } }`, {
    input: { ...policy, panelWeights, districtId, year },
  });
}
