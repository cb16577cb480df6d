/**
 * B1 of the benchmarks, asserted: the SQL statements each representative query costs
 * (bench/queries.ts) on 黄浦区's demo data stay the same whatever the size of the answer, and
 * within each query's budget. BENCHMARKS.md reports the same counts at city scale.
 */
import {
  ASSESSMENT_OVERVIEW,
  MEETING_RESULTS,
  OFFICIALS_PAGE,
  SUBDISTRICT_STRUCTURE,
  type RepresentativeQuery,
} from '../bench/queries';
import { idByCode, useTestApi, type Answer } from './support/api';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });
const year = new Date().getUTCFullYear();

/** Runs `q` once with `variables`, failing on any error, and returns the answer with its statement count. */
async function measure(
  q: RepresentativeQuery,
  variables: Record<string, unknown>,
): Promise<{ data: Answer; statements: number }> {
  let data!: Answer;
  const statements = await api.server.countQueries(async () => {
    data = await ok(api.server, q.query, variables);
  });
  return { data, statements };
}

describe('SQL statements per representative query (B1)', () => {
  it("q1: a subdistrict's offices and agencies with heads in five statements", async () => {
    const waitan = await measure(SUBDISTRICT_STRUCTURE, {
      subdistrictId: await idByCode(api.server, 'subdistrict', '310101013'),
    });
    expect(waitan.data.subdistrict!.offices.length).toBeGreaterThanOrEqual(6);
    expect(waitan.data.subdistrict!.agencies.some((a) => a.head !== null)).toBe(true);
    // the session check, subdistrict, offices, agencies, the heads (their consented appointments joined to the officials)
    expect(waitan.statements).toBe(SUBDISTRICT_STRUCTURE.maxStatements);
  });

  it("q2: a closed meeting's results in the same statements for every number of officials", async () => {
    const closed = await ok(
      api.server,
      `query ($y: Int) { evaluationMeetings(filter: { status: CLOSED, year: $y }) { nodes { id } } }`,
      { y: year - 1 },
    );
    const { data, statements } = await measure(MEETING_RESULTS, { meetingId: closed.evaluationMeetings.nodes[0].id });
    expect(data.evaluationMeeting!.results.length).toBeGreaterThan(3);
    expect(data.evaluationMeeting!.results.filter((r) => r.weightedScore !== null).length).toBeGreaterThan(0);
    expect(statements).toBeLessThanOrEqual(MEETING_RESULTS.maxStatements);
  });

  it("q3: a district's assessment overview with outcomes in the same statements for any year", async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const graded = await measure(ASSESSMENT_OVERVIEW, { districtId: huangpu, year: year - 2 });
    expect(graded.data.assessmentOverview.finalizedCount).toBeGreaterThan(0);
    const empty = await measure(ASSESSMENT_OVERVIEW, { districtId: huangpu, year: 2001 });
    expect(empty.data.assessmentOverview.finalizedCount).toBe(0);
    expect(graded.statements).toBeLessThanOrEqual(ASSESSMENT_OVERVIEW.maxStatements);
    // The empty year skips the subdistricts' loader, so it may cost one statement less, never more.
    expect(graded.statements - empty.statements).toBeLessThanOrEqual(1);
  });

  it('q4: a page of 100 officials with office, agency, latest assessment and outcome in at most seven statements, as for 5', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const page = await measure(OFFICIALS_PAGE, { districtId: huangpu, first: 100 });
    expect(page.data.officials.nodes).toHaveLength(100);
    expect(page.data.officials.nodes.some((o) => o.latestAssessment !== null && o.outcome !== null)).toBe(true);
    const small = await measure(OFFICIALS_PAGE, { districtId: huangpu, first: 5 });
    expect(page.statements).toBeLessThanOrEqual(OFFICIALS_PAGE.maxStatements);
    expect(small.statements).toBe(page.statements);
  });
});
