/**
 * The results export that staff open in a spreadsheet: CSV with a UTF-8 byte-order mark and XLSX,
 * Chinese headers, names instead of ids, labels instead of enum codes, times in Asia/Shanghai; the
 * machine columns district systems read stay behind `format=machine`.
 */
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { idByCode, useTestApi } from './support/api';
import * as make from './support/factories';

const api = useTestApi({ withShanghai: true });

/** The year the tests assess in: no demo data reaches it. */
const YEAR = 2008;

const STAFF_HEADERS = [
  '姓名',
  '人事编号',
  '类别',
  '职务',
  '街道',
  '所在单位',
  '评议会场次',
  '评议票数',
  '评议平均分（0–100）',
  '满意率',
  '年度考核状态',
  '年度考核得分（0–100）',
  '年度考核等次',
  '触碰红线',
  '定稿时间（北京时间）',
];

function parseCsv(text: string): Promise<string[][]> {
  return new Promise((resolve, reject) =>
    parse(text, { bom: true }, (err, rows: string[][]) => (err ? reject(err) : resolve(rows))),
  );
}

describe('the results export for staff', () => {
  let huangpu: string;
  let finalized: { id: string; name: string };
  let draft: { id: string; name: string };
  let head: { id: string; name: string };
  let office: string;
  let agency: string;
  let finalizedAt: Date;

  beforeAll(async () => {
    huangpu = await idByCode(api.server, 'district', '310101');
    finalized = await make.official(api.server, { name: '导出优秀', title: '科员', externalId: 'exp-001' });
    draft = await make.official(api.server, { name: '导出草稿', category: 'COMMUNITY_WORKER' });
    head = await make.official(api.server, { name: '导出所长', category: 'AGENCY_HEAD', title: '所长' });
    await make.finalize(api.server, await make.assessYear(api.server, finalized.id, YEAR, 92.345));
    await make.assessYear(api.server, draft.id, YEAR, 70);
    const read = await api.server.gql<{
      a: { office: { name: string }; latestAssessment: { finalizedAt: string } };
      b: { agency: { name: string } };
    }>(
      `query ($a: ID!, $b: ID!) {
         a: official(id: $a) { office { name } latestAssessment { finalizedAt } }
         b: official(id: $b) { agency { name } }
       }`,
      { a: finalized.id, b: head.id },
    );
    office = read.data!.a.office.name;
    finalizedAt = new Date(read.data!.a.latestAssessment.finalizedAt);
    agency = read.data!.b.agency.name;
  });

  const download = (format: 'csv' | 'xlsx', query = '') =>
    fetch(`${api.server.url}/export/districts/${huangpu}/results.${format}?year=${YEAR}${query}`, {
      headers: api.server.authHeader(),
    });

  /** `YYYY-MM-DD HH:mm` of an instant in Shanghai (UTC+8, no daylight saving). */
  const shanghai = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');

  it('writes a CSV with a byte-order mark, Chinese headers, names, labels and Shanghai times', async () => {
    const res = await download('csv');
    expect(res.status).toBe(200);
    const body = Buffer.from(await res.arrayBuffer());
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = await parseCsv(body.toString('utf8'));
    expect(header).toEqual(STAFF_HEADERS);
    const row = (name: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[0] === name)![i]]));

    expect(row('导出优秀')).toEqual({
      姓名: '导出优秀',
      人事编号: 'exp-001',
      类别: '街道公务员',
      职务: '科员',
      街道: '外滩街道',
      所在单位: office,
      评议会场次: '0',
      评议票数: '0',
      '评议平均分（0–100）': '',
      满意率: '',
      年度考核状态: '已定稿',
      '年度考核得分（0–100）': '92.35',
      年度考核等次: '优秀',
      触碰红线: '否',
      '定稿时间（北京时间）': shanghai(finalizedAt),
    });
    expect(row('导出草稿')).toMatchObject({
      类别: '社区工作者',
      年度考核状态: '草稿',
      '年度考核得分（0–100）': '70',
      年度考核等次: '平庸',
      '定稿时间（北京时间）': '',
    });
    expect(row('导出所长')).toMatchObject({ 类别: '派出机构负责人', 所在单位: agency, 年度考核状态: '' });
    // No UUID and no enum code anywhere in the file.
    const text = body.toString('utf8');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(text).not.toMatch(/CIVIL_SERVANT|FINALIZED|EXCELLENT|DRAFT|AGENCY_HEAD/);
  });

  it('writes an XLSX with the same headers and cells, numbers as numbers', async () => {
    const res = await download('xlsx');
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe(`${YEAR}年评议考核结果`);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(STAFF_HEADERS);
    let found: unknown[] | undefined;
    sheet.eachRow((r) => {
      const values = (r.values as unknown[]).slice(1);
      if (values[0] === '导出优秀') found = values;
    });
    const cell = (h: string) => found![STAFF_HEADERS.indexOf(h)];
    expect(cell('类别')).toBe('街道公务员');
    expect(cell('年度考核得分（0–100）')).toBe(92.35);
    expect(cell('年度考核等次')).toBe('优秀');
    expect(cell('触碰红线')).toBe('否');
    expect(cell('定稿时间（北京时间）')).toBe(shanghai(finalizedAt));
    expect(sheet.getColumn(STAFF_HEADERS.indexOf('满意率') + 1).numFmt).toBe('0.0%');
  });

  it('keeps the machine columns and raw values behind format=machine', async () => {
    const res = await download('csv', '&format=machine');
    const [header, ...rows] = await parseCsv(await res.text());
    expect(header).toEqual([
      'official',
      'externalId',
      'category',
      'title',
      'subdistrict',
      'subdistrictCode',
      'unit',
      'meetingCount',
      'meetingRatingCount',
      'meanMeetingScore',
      'satisfactionRate',
      'assessmentStatus',
      'assessmentScore',
      'assessmentGrade',
      'redLineBreached',
    ]);
    const row = rows.find((r) => r[0] === '导出优秀')!;
    expect(row[2]).toBe('CIVIL_SERVANT');
    expect([row[11], row[13], row[14]]).toEqual(['FINALIZED', 'EXCELLENT', 'false']);
    expect(Number(row[12])).toBeCloseTo(92.345, 9);
  });

  it('refuses an unknown layout naming the field', async () => {
    const res = await download('csv', '&format=pretty');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'format' });
  });
});
