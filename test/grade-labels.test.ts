/**
 * The names of the grades follow the district's policy of the year (docs/rules.md rule 10):
 * STANDARD (优秀/良好/平庸/较差) by default, CIVIL_SERVICE (优秀/称职/基本称职/不称职) when set;
 * the grades and bands stay the same.
 */
import { useTestApi } from './support/api';
import { assessYear, ok, official, PANELS, places } from './support/factories';

const api = useTestApi({ withShanghai: true });

const SET_POLICY = `mutation SetGradeLabelsPolicy($input: SetAssessmentPolicyInput!) { setAssessmentPolicy(input: $input) { year gradeLabels } }`;
const POLICY = `query GradeLabelsPolicy($districtId: ID!, $year: Int!) { assessmentPolicy(districtId: $districtId, year: $year) { gradeLabels } }`;
const ASSESSMENT = `query GradeLabelsOfAssessment($id: ID!) { annualAssessment(id: $id) { year grade gradeLabels } }`;

/** A policy input of `year` with the default weights and bands, and `gradeLabels` when given. */
function policy(districtId: string, year: number, gradeLabels?: string): Record<string, unknown> {
  return {
    districtId,
    year,
    meetingWeight: 40,
    thirdPartyWeight: 40,
    selfReportWeight: 20,
    panelWeights: PANELS.map((panel) => ({ panel, weight: 25 })),
    excellentFrom: 90,
    goodFrom: 75,
    mediocreFrom: 60,
    minRatings: 3,
    ...(gradeLabels ? { gradeLabels } : {}),
  };
}

describe('grade labels of a policy (docs/rules.md rule 10)', () => {
  it('default to STANDARD: on a policy set without them, and on an assessment of a year without a policy', async () => {
    const { huangpu } = await places(api.server);
    const set = await ok(api.server, SET_POLICY, { input: policy(huangpu, 2011) });
    expect(set.setAssessmentPolicy).toEqual({ year: 2011, gradeLabels: 'STANDARD' });
    const person = await official(api.server);
    const id = await assessYear(api.server, person.id, 2012, 80);
    expect((await ok(api.server, ASSESSMENT, { id })).annualAssessment).toEqual({
      year: 2012,
      grade: 'GOOD',
      gradeLabels: 'STANDARD',
    });
  });

  it("are the civil service's when the policy says so, on the policy and on every assessment of its year", async () => {
    const { huangpu } = await places(api.server);
    const set = await ok(api.server, SET_POLICY, { input: policy(huangpu, 2013, 'CIVIL_SERVICE') });
    expect(set.setAssessmentPolicy).toEqual({ year: 2013, gradeLabels: 'CIVIL_SERVICE' });
    expect((await ok(api.server, POLICY, { districtId: huangpu, year: 2013 })).assessmentPolicy).toEqual({
      gradeLabels: 'CIVIL_SERVICE',
    });
    const person = await official(api.server);
    const id = await assessYear(api.server, person.id, 2013, 80);
    // The same grade under the same bands, named by the civil service's set (GOOD: 称职).
    expect((await ok(api.server, ASSESSMENT, { id })).annualAssessment).toEqual({
      year: 2013,
      grade: 'GOOD',
      gradeLabels: 'CIVIL_SERVICE',
    });
  });
});
