/**
 * The monthly ranking's XLSX export (admin/src/matters/rankingWorkbook.ts, docs/rules.md rule 13):
 * read back with exceljs, it has the title row, the Chinese headers, the 街道 and unit names (no ids),
 * the rates as fractions shown as percentages, and the month before beside each row.
 */
import { Workbook } from 'exceljs';
import { RANKING_COLUMNS, rankingWorkbook, type RankingData } from '../../admin/src/matters/rankingWorkbook';

const figures = (over: Partial<RankingData['rows'][number]['current']> = {}) => ({
  received: 0,
  respondedInTime: 0,
  responseRate: null,
  due: 0,
  resolvedInTime: 0,
  resolutionRate: null,
  rated: 0,
  satisfied: 0,
  satisfactionRate: null,
  chargedWorkingDays: 0,
  score: null,
  ...over,
});

const RANKING: RankingData = {
  month: '2026-06',
  previousMonth: '2026-05',
  weights: { responseWeight: 10, resolutionWeight: 45, satisfactionWeight: 45 },
  rows: [
    {
      subdistrictId: 's1',
      subdistrictName: '外滩街道',
      officeId: 'o1',
      agencyId: null,
      name: '社区管理办公室',
      rank: 1,
      previousRank: 2,
      current: figures({
        received: 4,
        responseRate: 1,
        resolutionRate: 0.75,
        satisfactionRate: 0.5,
        chargedWorkingDays: 1.229,
        score: 66.25,
      }),
      previous: figures({ received: 3, score: 60 }),
    },
    {
      subdistrictId: 's1',
      subdistrictName: '外滩街道',
      officeId: null,
      agencyId: 'a1',
      name: '外滩派出所',
      rank: null,
      previousRank: null,
      current: figures(),
      previous: figures(),
    },
  ],
};

describe('the ranking workbook', () => {
  it('has Chinese headers and names, not ids, one row per ranking row', async () => {
    const book = new Workbook();
    await book.xlsx.load(await rankingWorkbook(RANKING, '黄浦区'));
    const sheet = book.getWorksheet('月度排名 2026-06')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('黄浦区 2026-06 诉求办理月度排名（上月 2026-05）');
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(RANKING_COLUMNS.map((c) => c.header));
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual([
      1,
      '外滩街道',
      '社区管理办公室',
      4,
      1,
      0.75,
      0.5,
      1.229,
      66.25,
      2,
      60,
    ]);
    expect(sheet.getRow(3).getCell(5).numFmt).toBe('0.0%');
    // A unit without matters: no rank and no rates (empty cells), never an id.
    expect(sheet.getRow(4).getCell(3).value).toBe('外滩派出所');
    expect(sheet.getRow(4).getCell(1).value).toBeNull();
    expect(sheet.rowCount).toBe(4);
    const all = JSON.stringify(sheet.getSheetValues());
    for (const id of ['s1', 'o1', 'a1']) expect(all).not.toContain(`"${id}"`);
  });
});
