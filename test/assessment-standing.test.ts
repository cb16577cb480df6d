/**
 * The stored facts of docs/rules.md rule 11 (official_standing): `Official.latestAssessment`,
 * `Official.outcome`, the overview's outcome counts and `officialsByOutcome` read them instead of
 * recomputing, so every write that can change them must keep them equal to a recomputation from
 * the assessments themselves, within the reader's scope.
 */
import { OfficialStanding1796581972332 } from '../migrations/1796581972332-OfficialStanding';
import { outcomeOf } from '../server/assessment/outcome';
import { useTestApi, type Schema } from './support/api';
import * as make from './support/factories';
import { ok } from './support/factories';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

/** What an official's page shows of rule 11: the latest assessment, the outcome, and every assessment. */
const STANDING = `query ($id: ID!) { official(id: $id) {
  outcome latestAssessment { id year status grade }
  assessments { id year status grade } } }`;

type Standing = {
  outcome: Schema.Official['outcome'];
  latestAssessment: { id: string; year: number; status: string; grade: string | null } | null;
  assessments: { id: string; year: number; status: string; grade: string | null }[];
};

const standing = async (id: string, token?: string): Promise<Standing | null> =>
  (await ok(api.server, STANDING, { id }, token)).official as Standing | null;

/** The latest year and outcome recomputed from scratch from the official's assessments (rule 11's own function). */
function recomputed(s: Standing): { latestYear: number | null; outcome: string | null } {
  const finalised = s.assessments.filter((a) => a.status === 'FINALIZED');
  return {
    latestYear: s.assessments.length === 0 ? null : Math.max(...s.assessments.map((a) => a.year)),
    outcome: outcomeOf(finalised.map((a) => ({ year: a.year, grade: a.grade as never }))),
  };
}

/** An assessment whose only part is the assessors' mark, so its score is `score`: its id, DRAFT. */
const assessed = async (officialId: string, year: number, score: number) =>
  (await make.assess(api.server, officialId, year, score)).id;
const finalize = (id: string) => make.finalize(api.server, id);
const newOfficial = async (name: string) => (await make.official(api.server, { name })).id;

describe('the latest assessment and the outcome after each write (docs/rules.md rule 11, stored facts)', () => {
  it('follow assessing, overriding and finalising, in any order of the years', async () => {
    const o = await newOfficial('事实跟随');
    expect(await standing(o)).toMatchObject({ outcome: null, latestAssessment: null });

    // A first DRAFT is the latest assessment; no outcome from a DRAFT.
    const y2010 = await assessed(o, 2010, 95);
    expect(await standing(o)).toMatchObject({
      outcome: null,
      latestAssessment: { id: y2010, year: 2010, status: 'DRAFT', grade: 'EXCELLENT' },
    });
    await finalize(y2010);
    const y2011 = await assessed(o, 2011, 95);
    await finalize(y2011);
    expect((await standing(o))!.outcome).toBeNull();
    const y2012 = await assessed(o, 2012, 95);
    await finalize(y2012);
    expect(await standing(o)).toMatchObject({
      outcome: 'PROMOTION_ELIGIBLE',
      latestAssessment: { id: y2012, year: 2012, status: 'FINALIZED', grade: 'EXCELLENT' },
    });

    // A later DRAFT becomes the latest; the outcome still comes from the finalised years.
    const y2013 = await assessed(o, 2013, 40);
    expect(await standing(o)).toMatchObject({
      outcome: 'PROMOTION_ELIGIBLE',
      latestAssessment: { id: y2013, year: 2013, status: 'DRAFT', grade: 'POOR' },
    });
    // An override shows on the latest assessment; an earlier year assessed later does not replace it.
    await ok(
      api.server,
      `mutation ($id: ID!) { overrideAnnualAssessmentGrade(id: $id, input: { grade: MEDIOCRE, reason: "情况特殊" }) { grade } }`,
      { id: y2013 },
    );
    await assessed(o, 2005, 80);
    expect(await standing(o)).toMatchObject({
      outcome: 'PROMOTION_ELIGIBLE',
      latestAssessment: { id: y2013, year: 2013, status: 'DRAFT', grade: 'MEDIOCRE' },
    });
    // Finalised, the overridden year ends the run of EXCELLENT years.
    await finalize(y2013);
    expect(await standing(o)).toMatchObject({ outcome: null, latestAssessment: { id: y2013, status: 'FINALIZED' } });
  });

  it('change when an earlier year is finalised after a later one', async () => {
    const o = await newOfficial('事实补定');
    await finalize(await assessed(o, 2021, 65));
    const y2020 = await assessed(o, 2020, 65);
    await finalize(await assessed(o, 2019, 65));
    // 2019 and 2021 MEDIOCRE, 2020 still DRAFT: no run of three.
    expect(await standing(o)).toMatchObject({ outcome: null, latestAssessment: { year: 2021 } });
    await finalize(y2020);
    expect(await standing(o)).toMatchObject({ outcome: 'REASSIGNMENT', latestAssessment: { year: 2021 } });
  });

  it('end a run at a breach year, and count two POOR years after it', async () => {
    const o = await newOfficial('事实违规');
    await finalize(await assessed(o, 2014, 40));
    await make.breach(api.server, o, 2015);
    const breached = await make.assess(api.server, o, 2015, 40);
    expect(breached).toMatchObject({ redLineBreached: true, grade: null });
    await finalize(breached.id);
    await finalize(await assessed(o, 2016, 40));
    expect(await standing(o)).toMatchObject({ outcome: null, latestAssessment: { year: 2016, grade: 'POOR' } });
    await finalize(await assessed(o, 2017, 40));
    expect((await standing(o))!.outcome).toBe('DISMISSAL');
  });
});

describe('the stored facts against a recomputation from scratch', () => {
  /** Scores giving each grade: EXCELLENT, GOOD, MEDIOCRE, POOR. */
  const SCORES = [95, 80, 65, 40];

  it('agree for officials with varied years, grades, gaps, DRAFTs and finalising orders, and for the demo officials', async () => {
    const made: string[] = [];
    for (let i = 0; i < 8; i++) {
      const o = await newOfficial(`事实核对${i}`);
      made.push(o);
      // Years 2001…2006, some skipped; grades drawn from a fixed sequence; a few left DRAFT.
      const years = [2001, 2002, 2003, 2004, 2005, 2006].filter((y) => (y * 7 + i * 3) % 5 !== 0);
      const ids = [];
      for (const year of years) ids.push({ year, id: await assessed(o, year, SCORES[(year + i * i) % 4]) });
      // Finalise in an order that is not the years' order, leaving every third one DRAFT.
      const order = [...ids].sort((a, b) => ((a.year * 13 + i) % 7) - ((b.year * 13 + i) % 7));
      for (const [k, { id }] of order.entries()) if ((k + i) % 3 !== 2) await finalize(id);
    }
    // The demo's officials too, with those of each outcome (the demo gives every outcome to one of its officials).
    const huangpu = (await make.places(api.server)).huangpu;
    type Ids = { nodes: { id: string }[] };
    const demo = await ok<{ officials: Ids; p: Ids; r: Ids; x: Ids }>(
      api.server,
      `query ($d: ID!) { officials(first: 100) { nodes { id } }
        p: officialsByOutcome(districtId: $d, outcome: PROMOTION_ELIGIBLE) { nodes { id } }
        r: officialsByOutcome(districtId: $d, outcome: REASSIGNMENT) { nodes { id } }
        x: officialsByOutcome(districtId: $d, outcome: DISMISSAL) { nodes { id } } }`,
      { d: huangpu },
    );
    const listed = [demo.officials, demo.p, demo.r, demo.x].flatMap((c) => c.nodes.map((n) => n.id));
    const all = [...new Set([...made, ...listed])];
    const outcomes = new Set<string | null>();
    for (const id of all) {
      const s = (await standing(id))!;
      const fresh = recomputed(s);
      expect({ id, year: s.latestAssessment?.year ?? null, outcome: s.outcome }).toEqual({
        id,
        year: fresh.latestYear,
        outcome: fresh.outcome,
      });
      if (s.latestAssessment) expect(s.assessments.map((a) => a.id)).toContain(s.latestAssessment.id);
      outcomes.add(s.outcome);
    }
    // The data set reaches every outcome and none.
    expect([...outcomes].sort()).toEqual([null, 'DISMISSAL', 'PROMOTION_ELIGIBLE', 'REASSIGNMENT'].sort());
  });

  it("equal the migration's fill of the same assessments", async () => {
    const stored = () =>
      api.server.db.query(
        `SELECT official_id, latest_assessment_id, outcome FROM official_standing ORDER BY official_id`,
      ) as Promise<unknown[]>;
    const before = await stored();
    expect(before.length).toBeGreaterThan(20);
    const migration = new OfficialStanding1796581972332();
    const runner = api.server.db.createQueryRunner();
    await runner.startTransaction();
    try {
      await migration.down(runner);
      await migration.up(runner);
      const filled = await runner.query(
        `SELECT official_id, latest_assessment_id, outcome FROM official_standing ORDER BY official_id`,
      );
      expect(filled).toEqual(before);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});

describe('the stored facts within the reader’s scope', () => {
  it('are read only where the assessments may be read: the 街道, the district, the official themselves', async () => {
    const places = await make.places(api.server);
    const o = await newOfficial('事实范围');
    for (const year of [2001, 2002]) await finalize(await assessed(o, year, 40));
    expect((await standing(o))!.outcome).toBe('DISMISSAL');

    // An ADMIN of another 街道 of the district reads neither the official's facts nor their counts.
    const nanjing = await make.user(api.server, { role: 'ADMIN', subdistrictId: places.nanjing });
    const fromNanjing = await standing(o, nanjing.token);
    expect(fromNanjing === null || (fromNanjing.outcome === null && fromNanjing.latestAssessment === null)).toBe(true);
    const overview = `query ($d: ID!) { assessmentOverview(districtId: $d, year: 2002) { finalizedCount outcomes { outcome count } }
      officialsByOutcome(districtId: $d, outcome: DISMISSAL) { nodes { id } } }`;
    const inNanjing = await ok(api.server, overview, { d: places.huangpu }, nanjing.token);
    expect(inNanjing.officialsByOutcome.nodes.map((n) => n.id)).not.toContain(o);
    const whole = await ok(api.server, overview, { d: places.huangpu });
    expect(whole.officialsByOutcome.nodes.map((n) => n.id)).toContain(o);
    const dismissed = (a: typeof whole) => a.assessmentOverview.outcomes.find((x) => x.outcome === 'DISMISSAL')!.count;
    expect(dismissed(whole)).toBe(whole.officialsByOutcome.nodes.length);
    expect(dismissed(inNanjing)).toBe(inNanjing.officialsByOutcome.nodes.length);
    expect(dismissed(inNanjing)).toBeLessThan(dismissed(whole));

    // An ADMIN of another district is refused the district's counts and reads no official's facts.
    const xuhui = await make.otherDistrictAdmin(api.server);
    expectError(await api.server.gql(overview, { d: places.huangpu }, { token: xuhui.token }), 'FORBIDDEN');
    const fromXuhui = await standing(o, xuhui.token);
    expect(fromXuhui === null || (fromXuhui.outcome === null && fromXuhui.latestAssessment === null)).toBe(true);

    // The official reads their own facts, and another official's not at all.
    const self = await make.user(api.server, { role: 'OFFICIAL', officialId: o });
    expect(await standing(o, self.token)).toMatchObject({ outcome: 'DISMISSAL', latestAssessment: { year: 2002 } });
    const other = await newOfficial('事实他人');
    await finalize(await assessed(other, 2001, 40));
    await finalize(await assessed(other, 2002, 40));
    const fromSelf = await standing(other, self.token);
    expect(fromSelf === null || (fromSelf.outcome === null && fromSelf.latestAssessment === null)).toBe(true);
  });
});
