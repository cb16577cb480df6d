import { parse } from 'csv-parse/sync';
import { shanghaiYear } from '../server/assessment/assessment-year';
import { useTestApi } from './support/api';
import { expectData, expectError } from './support/expect';
import * as make from './support/factories';
import { ASSESS, FINALIZE } from './support/operations';

/**
 * No grade for a year that has not happened, nor for one without data (docs/rules.md rule 10): a
 * year after the current one in Shanghai (UTC+8) is refused by assessOfficial and by finalising;
 * a year without any part of data has no score and no grade at every entry point — the assessment,
 * finalising, the overview and the CSV export.
 */
const api = useTestApi({ withShanghai: true });

/** A new official of 外滩街道's community-service office: their id. */
async function newOfficial(name: string): Promise<string> {
  const officeId = await make.officeOf(api.server, 'COMMUNITY_SERVICE');
  return (await make.official(api.server, { name, officeId })).id;
}

const OVERVIEW = `query ($d: ID!, $y: Int!) { assessmentOverview(districtId: $d, year: $y) { finalizedCount draftCount grades { grade count } } }`;
const OF_YEAR = `query ($o: ID!, $y: Int) { annualAssessments(filter: { officialId: $o, year: $y }) { totalCount } }`;

describe('a year that has not begun', () => {
  it('is refused by assessOfficial as BAD_USER_INPUT naming input.year, with data or without, and nothing is stored', async () => {
    const official = await newOfficial('未来年度');
    const next = shanghaiYear() + 1;
    await make.panel(api.server, official, next, 'EXPERT', 90);
    for (const input of [
      { officialId: official, year: next },
      { officialId: official, year: next, selfReportMark: 95 },
    ]) {
      const error = expectError(await api.server.gql(ASSESS, { input }), 'BAD_USER_INPUT', 'input.year');
      expect(error.message).toContain(`${next} has not begun`);
    }
    expect(expectData(await api.server.gql(OF_YEAR, { o: official, y: next })).annualAssessments.totalCount).toBe(0);
    // The current year itself may be assessed.
    const now = (await make.assess(api.server, official, shanghaiYear(), 80)).grade;
    expect(now).toBe('GOOD');
  });

  it('is refused when finalising an assessment of a later year stored before this rule', async () => {
    const official = await newOfficial('未来定稿');
    // Such a row can no longer be made through the API: written under it, as older data would be.
    const [row] = await api.server.db.query(
      `INSERT INTO annual_assessment (official_id, year, status, self_report_mark, score, computed_grade)
       VALUES ($1, $2, 'DRAFT', 95, 95, 'EXCELLENT') RETURNING id`,
      [official, shanghaiYear() + 1],
    );
    expectError(await api.server.gql(FINALIZE, { id: row.id }), 'BAD_USER_INPUT', 'id');
    const [after] = await api.server.db.query(`SELECT status FROM annual_assessment WHERE id = $1`, [row.id]);
    expect(after.status).toBe('DRAFT');
  });
});

describe('a year without any data', () => {
  it('has no score and no grade: not assessed, not finalised, not counted in the overview, empty in the export', async () => {
    const huangpu = await make.idByCode(api.server, 'district', '310101');
    const official = await newOfficial('无数据年度');
    // 2001: long before this official held any post; no meeting, no panel, no mark.
    const assessed = expectData(await api.server.gql(ASSESS, { input: { officialId: official, year: 2001 } }));
    expect(assessed.assessOfficial).toMatchObject({
      status: 'DRAFT',
      meetingScore: null,
      thirdPartyScore: null,
      selfReportMark: null,
      score: null,
      computedGrade: null,
      grade: null,
    });
    const refused = expectError(
      await api.server.gql(FINALIZE, { id: assessed.assessOfficial.id }),
      'BAD_USER_INPUT',
      'id',
    );
    expect(refused.extensions.missing).toEqual(['meetingScore', 'thirdPartyScore', 'selfReportMark']);

    const overview = expectData(await api.server.gql(OVERVIEW, { d: huangpu, y: 2001 })).assessmentOverview;
    expect(overview).toEqual({ finalizedCount: 0, draftCount: 1, grades: [] });

    const csv = await fetch(`${api.server.url}/export/districts/${huangpu}/results.csv?year=2001&format=machine`, {
      headers: api.server.authHeader(),
    });
    expect(csv.status).toBe(200);
    const text = await csv.text();
    expect(text).not.toMatch(/NaN|Infinity/);
    const rows = parse(text, { columns: true, bom: true }) as Record<string, string>[];
    const mine = rows.find((r) => r.official === '无数据年度');
    expect(mine).toBeDefined();
    const graded = Object.entries(mine!).filter(([k, v]) => /score|grade/i.test(k) && v !== '');
    expect(graded).toEqual([]);
  });
});
