/**
 * Identical writes sent at the same time are idempotent: each call succeeds, one row results, and
 * each call's audit entry is written with it (docs/rules.md rule 10; "Roles and reach": audit in the same
 * transaction). A meeting room's assessors double-click, and district systems retry.
 */
import { idByCode, useTestApi } from './support/api';
import * as make from './support/factories';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });
const TIMES = 10;

/** Sends the same operation TIMES times at once and returns the responses. */
function tenAtOnce(query: string, variables: Record<string, unknown>) {
  return Promise.all(Array.from({ length: TIMES }, () => api.server.gql(query, variables)));
}

/** A fresh civil servant of 外滩街道, so each test has rows of its own. */
const newOfficial = async (name: string) => (await make.official(api.server, { name })).id;

// Each test has a year of its own: the policy set in the first would change the second's score.
describe('ten identical concurrent writes', () => {
  it('setAssessmentPolicy: ten successes, one policy, ten audit entries', async () => {
    const districtId = await idByCode(api.server, 'district', '310101');
    const input = {
      districtId,
      year: 2015,
      meetingWeight: 50,
      thirdPartyWeight: 30,
      selfReportWeight: 20,
      panelWeights: ['PARTY_MEMBER', 'NON_PARTY', 'RESIDENT', 'EXPERT'].map((panel) => ({ panel, weight: 25 })),
      excellentFrom: 85,
      goodFrom: 70,
      mediocreFrom: 55,
      minRatings: 4,
    };
    const responses = await tenAtOnce(
      `mutation ($input: SetAssessmentPolicyInput!) { setAssessmentPolicy(input: $input) { id year meetingWeight excellentFrom } }`,
      { input },
    );
    expect(responses.map((r) => r.errors ?? null)).toEqual(Array(TIMES).fill(null));
    const ids = new Set(responses.map((r) => r.data!.setAssessmentPolicy.id));
    expect(ids.size).toBe(1);
    expect(responses[0].data!.setAssessmentPolicy).toMatchObject({ year: 2015, meetingWeight: 50, excellentFrom: 85 });
    const rows = await api.server.db.query(
      `SELECT id, meeting_weight FROM assessment_policy WHERE district_id = $1 AND year = 2015`,
      [districtId],
    );
    expect(rows).toEqual([{ id: [...ids][0], meeting_weight: 50 }]);
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'policy.set' AND entity_id = $1`,
      [[...ids][0]],
    );
    expect(n).toBe(TIMES);
  });

  it('recordThirdPartyEvaluation: ten successes, one panel score, ten audit entries', async () => {
    const officialId = await newOfficial('并发评估');
    const input = { officialId, year: 2014, panel: 'RESIDENT', score: 83.5 };
    const responses = await tenAtOnce(
      `mutation ($input: RecordThirdPartyEvaluationInput!) { recordThirdPartyEvaluation(input: $input) { id panel score } }`,
      { input },
    );
    expect(responses.map((r) => r.errors ?? null)).toEqual(Array(TIMES).fill(null));
    expect(new Set(responses.map((r) => r.data!.recordThirdPartyEvaluation.id)).size).toBe(1);
    const rows = await api.server.db.query(
      `SELECT panel, score FROM third_party_evaluation WHERE official_id = $1 AND year = 2014`,
      [officialId],
    );
    expect(rows).toEqual([{ panel: 'RESIDENT', score: 83.5 }]);
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'third_party.recorded' AND entity_id = $1`,
      [officialId],
    );
    expect(n).toBe(TIMES);
  });

  it('assessOfficial: ten successes, one assessment with the same score, ten audit entries', async () => {
    const officialId = await newOfficial('并发考核');
    await ok(
      api.server,
      `mutation ($input: RecordThirdPartyEvaluationInput!) { recordThirdPartyEvaluation(input: $input) { id } }`,
      { input: { officialId, year: 2014, panel: 'EXPERT', score: 90 } },
    );
    const responses = await tenAtOnce(
      `mutation ($input: AssessOfficialInput!) { assessOfficial(input: $input) { id score grade } }`,
      { input: { officialId, year: 2014, selfReportMark: 60 } },
    );
    expect(responses.map((r) => r.errors ?? null)).toEqual(Array(TIMES).fill(null));
    expect(new Set(responses.map((r) => r.data!.assessOfficial.id)).size).toBe(1);
    expect(new Set(responses.map((r) => r.data!.assessOfficial.score))).toEqual(new Set([80]));
    const rows = await api.server.db.query(
      `SELECT id, score, status FROM annual_assessment WHERE official_id = $1 AND year = 2014`,
      [officialId],
    );
    expect(rows).toEqual([{ id: responses[0].data!.assessOfficial.id, score: 80, status: 'DRAFT' }]);
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'assessment.computed' AND entity_id = $1`,
      [rows[0].id],
    );
    expect(n).toBe(TIMES);
  });
});
