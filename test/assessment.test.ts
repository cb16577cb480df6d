import { idByCode, useTestApi, type Answer, type Schema } from './support/api';
import * as make from './support/factories';
import { ok, PANELS } from './support/factories';
import { FINALIZE, OFFICIAL_OUTCOME, RECORD_PANEL } from './support/operations';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

/** As the admin: every panel scores `score`, the mark is `score`, so the year's score is `score` (no meeting part). */
const assessYear = (officialId: string, year: number, score: number) =>
  make.assessYear(api.server, officialId, year, score);
const finalize = (id: string) => make.finalize(api.server, id);
/** One outcome's officials, as the aliased queries below read them. */
type ByOutcome = Schema.Query['officialsByOutcome'];
const outcome = async (id: string): Promise<string | null> =>
  (await ok(api.server, OFFICIAL_OUTCOME, { id })).official!.outcome;
/** A fresh official of 外滩街道's community service office, so each test has its own history. */
const newOfficial = async (name: string) => (await make.official(api.server, { name })).id;

describe('annual assessment (docs/rules.md rule 10)', () => {
  it('validates a policy: part and panel weights sum to 100, bands ordered', async () => {
    const d = await idByCode(api.server, 'district', '310101');
    const base = {
      districtId: d,
      year: 2002,
      meetingWeight: 40,
      thirdPartyWeight: 40,
      selfReportWeight: 20,
      panelWeights: PANELS.map((panel) => ({ panel, weight: 25 })),
      excellentFrom: 90,
      goodFrom: 75,
      mediocreFrom: 60,
      minRatings: 3,
    };
    const set = (input: Record<string, unknown>) =>
      api.server.gql(
        `mutation ($input: SetAssessmentPolicyInput!) { setAssessmentPolicy(input: $input) { year meetingWeight } }`,
        { input },
      );
    expectError(await set({ ...base, meetingWeight: 50 }), 'BAD_USER_INPUT', 'input.meetingWeight');
    expectError(
      await set({ ...base, panelWeights: base.panelWeights.slice(1) }),
      'BAD_USER_INPUT',
      'input.panelWeights',
    );
    expectError(await set({ ...base, goodFrom: 95 }), 'BAD_USER_INPUT', 'input.goodFrom');
    expect((await set({ ...base, meetingWeight: 50, thirdPartyWeight: 30 })).data!.setAssessmentPolicy).toEqual({
      year: 2002,
      meetingWeight: 50,
    });
    const read = await ok(
      api.server,
      `query ($d: ID!) { a: assessmentPolicy(districtId: $d, year: 2002) { thirdPartyWeight } b: assessmentPolicy(districtId: $d, year: 2003) { year } }`,
      { d },
    );
    expect(read).toEqual({ a: { thirdPartyWeight: 30 }, b: null });
  });

  it('scores the three parts 40/40/20 from their sources, with the meeting part weighted by rating count', async () => {
    // The demo's closed meeting of last year rated 外滩街道's agency heads and civil servants.
    const year = new Date().getUTCFullYear() - 1;
    const meetings = await ok(
      api.server,
      `query ($y: Int) { evaluationMeetings(filter: { status: CLOSED, year: $y }) { nodes { results { official { id outcome } ratingCount weightedScore } } } }`,
      { y: year },
    );
    // One without an outcome: the officials the rule-11 tests read keep the assessments the demo gave them.
    const result = meetings.evaluationMeetings.nodes[0].results.find(
      (r) => r.weightedScore !== null && r.official.outcome === null,
    );
    const officialId = result!.official.id;
    await ok(api.server, RECORD_PANEL, { input: { officialId, year, panel: 'PARTY_MEMBER', score: 80 } });
    await ok(api.server, RECORD_PANEL, { input: { officialId, year, panel: 'EXPERT', score: 90 } });
    const res = await ok(
      api.server,
      `mutation ($input: AssessOfficialInput!) { assessOfficial(input: $input) { status meetingScore meetingRatingCount meetingCount thirdPartyScore selfReportMark score computedGrade grade redLineBreached } }`,
      {
        input: { officialId, year, selfReportMark: 70 },
      },
    );
    const a = res.assessOfficial;
    expect(a.meetingScore).toBeCloseTo(result!.weightedScore!, 9);
    expect(a.meetingRatingCount).toBe(result!.ratingCount);
    expect(a.meetingCount).toBe(1);
    expect(a.thirdPartyScore).toBeCloseTo(85, 9); // two equal-weight panels present
    const expected = 0.4 * result!.weightedScore! + 0.4 * 85 + 0.2 * 70;
    expect(a.score).toBeCloseTo(expected, 9);
    const band = expected >= 90 ? 'EXCELLENT' : expected >= 75 ? 'GOOD' : expected >= 60 ? 'MEDIOCRE' : 'POOR';
    expect(a).toMatchObject({ status: 'DRAFT', computedGrade: band, grade: band, redLineBreached: false });
  });

  it('takes an override only with a reason, finalises once, and then changes nothing', async () => {
    const officialId = await newOfficial('覆核测试');
    const id = await assessYear(officialId, 2011, 70);
    const noReason = await api.server.gql(
      `mutation ($id: ID!) { overrideAnnualAssessmentGrade(id: $id, input: { grade: GOOD, reason: "  " }) { grade } }`,
      { id },
    );
    expectError(noReason, 'BAD_USER_INPUT', 'input.reason');
    const invisible = await api.server.gql(
      `mutation ($id: ID!, $r: String!) { overrideAnnualAssessmentGrade(id: $id, input: { grade: GOOD, reason: $r }) { grade } }`,
      { id, r: '\u200b\u2060 \ufeff' },
    );
    expectError(invisible, 'BAD_USER_INPUT', 'input.reason');
    const overridden = await ok(
      api.server,
      `mutation ($id: ID!) { overrideAnnualAssessmentGrade(id: $id, input: { grade: GOOD, reason: "抗疫表现突出" }) { computedGrade overrideGrade grade overrideReason } }`,
      { id },
    );
    expect(overridden.overrideAnnualAssessmentGrade).toEqual({
      computedGrade: 'MEDIOCRE',
      overrideGrade: 'GOOD',
      grade: 'GOOD',
      overrideReason: '抗疫表现突出',
    });
    const rep = await api.server.gql(FINALIZE, { id }, { token: await api.server.login('waitan.rep') });
    expect(rep.errors?.[0].extensions.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const assessorToken = await api.server.login('huangpu.assessor');
    const done = await ok(
      api.server,
      `mutation ($id: ID!) { finalizeAnnualAssessment(id: $id) { status finalizedAt grade } }`,
      { id },
      assessorToken,
    );
    expect(done.finalizeAnnualAssessment).toMatchObject({ status: 'FINALIZED', grade: 'GOOD' });
    const again = await api.server.gql(FINALIZE, { id }, { token: assessorToken });
    expectError(again, 'CONFLICT');
    const rescore = await api.server.gql(
      `mutation ($o: ID!) { recordThirdPartyEvaluation(input: { officialId: $o, year: 2011, panel: EXPERT, score: 10 }) { id } }`,
      { o: officialId },
    );
    expectError(rescore, 'CONFLICT');
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'assessment.finalized'`,
      [id],
    );
    expect(n).toBe(1);
  });
});

describe('use of results (docs/rules.md rule 11)', () => {
  it("finds every outcome among the demo officials' three finalised years", async () => {
    const d = await idByCode(api.server, 'district', '310101');
    const res = await ok<{ p: ByOutcome; r: ByOutcome; x: ByOutcome }>(
      api.server,
      `query ($d: ID!) {
        p: officialsByOutcome(districtId: $d, outcome: PROMOTION_ELIGIBLE) { totalCount nodes { outcome assessments { year grade status } } }
        r: officialsByOutcome(districtId: $d, outcome: REASSIGNMENT) { totalCount }
        x: officialsByOutcome(districtId: $d, outcome: DISMISSAL) { totalCount }
      }`,
      { d },
    );
    expect(res.p.totalCount).toBeGreaterThanOrEqual(1);
    expect(res.r.totalCount).toBeGreaterThanOrEqual(1);
    expect(res.x.totalCount).toBeGreaterThanOrEqual(1);
    const promoted = res.p.nodes[0];
    expect(promoted.outcome).toBe('PROMOTION_ELIGIBLE');
    // Rule 11 reads the finalised years only: another test of this file may have added a DRAFT of
    // last year to a demo official, which this one may be.
    const finalised = promoted.assessments.filter((a) => a.status === 'FINALIZED');
    expect(finalised.slice(0, 3).map((a) => [a.grade, a.status])).toEqual([
      ['EXCELLENT', 'FINALIZED'],
      ['EXCELLENT', 'FINALIZED'],
      ['EXCELLENT', 'FINALIZED'],
    ]);
  });

  it('three EXCELLENT years in a row make an official eligible for promotion; a gap year breaks the run', async () => {
    const runner = await newOfficial('连续优秀');
    for (const year of [2007, 2008, 2009]) await finalize(await assessYear(runner, year, 95));
    expect(await outcome(runner)).toBe('PROMOTION_ELIGIBLE');

    const gap = await newOfficial('中断优秀');
    for (const year of [2006, 2008, 2009]) await finalize(await assessYear(gap, year, 95));
    expect(await outcome(gap)).toBeNull();
  });

  it('three MEDIOCRE years mean reassignment, two POOR years dismissal; only finalised years count', async () => {
    const mediocre = await newOfficial('连续平庸');
    for (const year of [2007, 2008, 2009]) await finalize(await assessYear(mediocre, year, 65));
    expect(await outcome(mediocre)).toBe('REASSIGNMENT');

    const poor = await newOfficial('连续较差');
    await finalize(await assessYear(poor, 2008, 40));
    await assessYear(poor, 2009, 40); // a DRAFT does not count yet
    expect(await outcome(poor)).toBeNull();
    const draft = await ok(
      api.server,
      `query ($o: ID!) { annualAssessments(filter: { officialId: $o, year: 2009 }) { nodes { id } } }`,
      { o: poor },
    );
    await finalize(draft.annualAssessments.nodes[0].id);
    expect(await outcome(poor)).toBe('DISMISSAL');
    const d = await idByCode(api.server, 'district', '310101');
    const listed = await ok(
      api.server,
      `query ($d: ID!) { officialsByOutcome(districtId: $d, outcome: DISMISSAL) { totalCount nodes { id } } }`,
      { d },
    );
    expect(listed.officialsByOutcome.nodes.map((o) => o.id)).toContain(poor);
  });

  it('counts an overridden grade as overridden', async () => {
    const official = await newOfficial('覆核计入');
    await finalize(await assessYear(official, 2008, 95));
    await finalize(await assessYear(official, 2009, 95));
    const id = await assessYear(official, 2010, 80);
    await ok(
      api.server,
      `mutation ($id: ID!) { overrideAnnualAssessmentGrade(id: $id, input: { grade: EXCELLENT, reason: "重大贡献" }) { grade } }`,
      { id },
    );
    await finalize(id);
    expect(await outcome(official)).toBe('PROMOTION_ELIGIBLE');
  });

  it('lets a breached red line break a run: the breach year is outside the four grades', async () => {
    const official = await newOfficial('跨越违规');
    await finalize(await assessYear(official, 2007, 95));
    await finalize(await assessYear(official, 2008, 95));
    await make.concludeCase(
      api.server,
      await make.accountabilityCase(api.server, { officialId: official, year: 2009, summary: '违规收受礼品' }),
      { conclusion: '经查属实，给予警告处分' },
    );
    const breach = await ok(
      api.server,
      `mutation ($o: ID!) { assessOfficial(input: { officialId: $o, year: 2009, selfReportMark: 95 }) { id score redLineBreached grade computedGrade } }`,
      { o: official },
    );
    expect(breach.assessOfficial).toMatchObject({ redLineBreached: true, grade: null, computedGrade: 'EXCELLENT' });
    await finalize(breach.assessOfficial.id);
    await finalize(await assessYear(official, 2010, 95));
    // 2007, 2008 excellent; 2009 breached; 2010 excellent: no run of three.
    expect(await outcome(official)).toBeNull();
    await finalize(await assessYear(official, 2011, 95));
    expect(await outcome(official)).toBeNull();
    await finalize(await assessYear(official, 2012, 95));
    expect(await outcome(official)).toBe('PROMOTION_ELIGIBLE');
  });
});

describe("the assessors' overview of a district (docs/rules.md rules 10 and 11)", () => {
  it("counts the year's grades by subdistrict, DRAFTs apart, and the officials by outcome as officialsByOutcome lists them", async () => {
    const d = await idByCode(api.server, 'district', '310101');
    const year = 2015;
    const excellent = await newOfficial('总览优秀');
    const mediocre = await newOfficial('总览平庸');
    const draft = await newOfficial('总览草稿');
    await finalize(await assessYear(excellent, year, 95));
    await finalize(await assessYear(mediocre, year, 65));
    await assessYear(draft, year, 80);
    const res = await ok<Answer & { p: ByOutcome; r: ByOutcome; x: ByOutcome }>(
      api.server,
      `query ($d: ID!, $y: Int!) {
        assessmentOverview(districtId: $d, year: $y) {
          year finalizedCount draftCount grades { grade count }
          subdistricts { subdistrict { code } finalizedCount draftCount grades { grade count } }
          outcomes { outcome count }
        }
        p: officialsByOutcome(districtId: $d, outcome: PROMOTION_ELIGIBLE) { totalCount }
        r: officialsByOutcome(districtId: $d, outcome: REASSIGNMENT) { totalCount }
        x: officialsByOutcome(districtId: $d, outcome: DISMISSAL) { totalCount }
      }`,
      { d, y: year },
    );
    const overview = res.assessmentOverview;
    expect(overview).toMatchObject({
      year,
      finalizedCount: 2,
      draftCount: 1,
      grades: [
        { grade: 'EXCELLENT', count: 1 },
        { grade: 'MEDIOCRE', count: 1 },
      ],
    });
    expect(overview.subdistricts).toEqual([
      {
        subdistrict: { code: '310101013' },
        finalizedCount: 2,
        draftCount: 1,
        grades: [
          { grade: 'EXCELLENT', count: 1 },
          { grade: 'MEDIOCRE', count: 1 },
        ],
      },
    ]);
    expect(overview.outcomes).toEqual([
      { outcome: 'PROMOTION_ELIGIBLE', count: res.p.totalCount },
      { outcome: 'REASSIGNMENT', count: res.r.totalCount },
      { outcome: 'DISMISSAL', count: res.x.totalCount },
    ]);
    expect(res.p.totalCount + res.r.totalCount + res.x.totalCount).toBeGreaterThanOrEqual(3);
    type Assessments = Schema.Query['annualAssessments'];
    const byGrade = await ok<{ e: Assessments; m: Assessments }>(
      api.server,
      `query ($y: Int) { e: annualAssessments(filter: { year: $y, grade: EXCELLENT }) { nodes { officialId } } m: annualAssessments(filter: { year: $y, grade: MEDIOCRE, status: FINALIZED }) { totalCount } }`,
      { y: year },
    );
    expect([byGrade.e.nodes.map((n) => n.officialId), byGrade.m.totalCount]).toEqual([[excellent], 1]);
  });

  it("shows a year's latest assessment on the official, and refuses a bad year and readers who do not assess", async () => {
    const official = await newOfficial('最新一年');
    await finalize(await assessYear(official, 2016, 95));
    await assessYear(official, 2017, 70);
    const latest = await ok(
      api.server,
      `query ($o: ID!) { official(id: $o) { latestAssessment { year status grade } } }`,
      { o: official },
    );
    expect(latest.official!.latestAssessment).toEqual({ year: 2017, status: 'DRAFT', grade: 'MEDIOCRE' });

    const d = await idByCode(api.server, 'district', '310101');
    const Q = `query ($d: ID!, $y: Int!) { assessmentOverview(districtId: $d, year: $y) { finalizedCount } }`;
    expectError(await api.server.gql(Q, { d, y: 1999 }), 'BAD_USER_INPUT', 'year');
    const rep = await api.server.login('waitan.rep');
    expectError(await api.server.gql(Q, { d, y: 2015 }, { token: rep }), 'FORBIDDEN');
    const nanhui = await idByCode(api.server, 'district', '310115');
    expectError(await api.server.gql(Q, { d: nanhui, y: 2015 }), 'FORBIDDEN');
  });
});
