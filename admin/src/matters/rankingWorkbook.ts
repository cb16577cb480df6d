/**
 * The monthly ranking (三率, docs/rules.md rule 13) as an XLSX workbook (exceljs): one sheet, Chinese
 * headers, the 街道 and the office or agency by name (never ids), rates as percentages, the delay
 * charged in working days, and the month before beside each row. Pure: the admin downloads the
 * buffer, a unit test reads it back.
 */
import type { MatterRankingQuery } from '../gql/graphql';

/** The ranking as the page reads it. */
export type RankingData = MatterRankingQuery['matterRanking'];

/** The sheet's columns: Chinese header and width. */
export const RANKING_COLUMNS: readonly { header: string; width: number }[] = [
  { header: '名次', width: 8 },
  { header: '街道', width: 16 },
  { header: '单位', width: 22 },
  { header: '受理数', width: 10 },
  { header: '响应率', width: 10 },
  { header: '解决率', width: 10 },
  { header: '满意率', width: 10 },
  { header: '计入延误（工作日）', width: 18 },
  { header: '综合得分', width: 10 },
  { header: '上月名次', width: 10 },
  { header: '上月得分', width: 10 },
];

/** One row of the sheet per ranking row, in rank order. */
export function rankingSheetRows(ranking: RankingData): (string | number | null)[][] {
  return ranking.rows.map((row) => [
    row.rank ?? null,
    row.subdistrictName,
    row.name,
    row.current.received,
    row.current.responseRate ?? null,
    row.current.resolutionRate ?? null,
    row.current.satisfactionRate ?? null,
    row.current.chargedWorkingDays,
    row.current.score ?? null,
    row.previousRank ?? null,
    row.previous.score ?? null,
  ]);
}

/** The workbook's bytes: sheet `月度排名 YYYY-MM` with a title row (district and month), the headers and the rows. */
export async function rankingWorkbook(ranking: RankingData, districtName: string): Promise<ArrayBuffer> {
  const { Workbook } = await import('exceljs');
  const book = new Workbook();
  const sheet = book.addWorksheet(`月度排名 ${ranking.month}`);
  sheet.addRow([`${districtName} ${ranking.month} 诉求办理月度排名（上月 ${ranking.previousMonth}）`]);
  sheet.addRow(RANKING_COLUMNS.map((c) => c.header)).font = { bold: true };
  for (const values of rankingSheetRows(ranking)) sheet.addRow(values);
  RANKING_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  for (const column of [5, 6, 7]) sheet.getColumn(column).numFmt = '0.0%';
  for (const column of [9, 11]) sheet.getColumn(column).numFmt = '0.0';
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}
