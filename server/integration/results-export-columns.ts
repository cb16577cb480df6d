import { AssessmentStatus, Grade } from '../assessment/assessment-enums';
import { OfficialCategory } from '../official/official-category';

/** One row of the export: one official of the district, with the year's figures. */
export interface ResultRow {
  official: string;
  externalId: string | null;
  category: string;
  title: string;
  subdistrict: string;
  subdistrictCode: string;
  unit: string | null;
  meetingCount: number;
  meetingRatingCount: number;
  meanMeetingScore: number | null;
  satisfactionRate: number | null;
  assessmentStatus: string | null;
  assessmentScore: number | null;
  assessmentGrade: string | null;
  redLineBreached: boolean | null;
  /** When the assessment was finalised (UTC); only the staff layout shows it, in Asia/Shanghai. */
  finalizedAt: Date | null;
}

/**
 * The two layouts of the export: `staff` (the default) for people opening the file in a
 * spreadsheet — Chinese headers, labels instead of enum codes, 是/否, times in Asia/Shanghai — and
 * `machine` for district systems, with the field names as headers and the raw values, unchanged
 * since the export was first published.
 */
export type ExportLayout = 'staff' | 'machine';

/** One column of a layout: its header, the cell of a row, and how a spreadsheet shows a number. */
export interface ExportColumn {
  key: string;
  header: string;
  cell: (row: ResultRow) => string | number | boolean | null;
  /** The CSV cell when it differs from the spreadsheet's (a rate written as a percentage). */
  csvCell?: (row: ResultRow) => string | null;
  /** Excel number format (XLSX only). */
  numFmt?: string;
  /** Column width in characters (XLSX only). */
  width?: number;
}

/** The machine columns, in order: the field name is the header. */
const MACHINE_KEYS: (keyof Omit<ResultRow, 'finalizedAt'>)[] = [
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
];

const NUM_FMT: Partial<Record<string, string>> = {
  meanMeetingScore: '0.00',
  assessmentScore: '0.00',
  satisfactionRate: '0.0%',
};

/** Chinese names of the officials' categories (docs/rules.md rule 3). */
export const CATEGORY_LABEL: Record<OfficialCategory, string> = {
  AGENCY_HEAD: '派出机构负责人',
  CIVIL_SERVANT: '街道公务员',
  COMMUNITY_WORKER: '社区工作者',
};

/** Chinese names of the annual grades (docs/rules.md rule 10). */
export const GRADE_LABEL: Record<Grade, string> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  MEDIOCRE: '平庸',
  POOR: '较差',
};

/** Chinese names of an assessment's states. */
export const STATUS_LABEL: Record<AssessmentStatus, string> = {
  DRAFT: '草稿',
  FINALIZED: '已定稿',
};

const shanghaiTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as `YYYY-MM-DD HH:mm` in Asia/Shanghai (China keeps no daylight saving). */
export function shanghaiDateTime(instant: Date): string {
  const part = Object.fromEntries(shanghaiTime.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** The label of a code, or the code itself when none is known (never an empty cell for a value). */
function label(labels: Record<string, string>, code: string | null): string | null {
  return code === null ? null : (labels[code] ?? code);
}

/** A number rounded for people to read (the machine layout keeps every digit). */
function rounded(value: number | null, digits: number): number | null {
  return value === null ? null : Number(value.toFixed(digits));
}

/** The staff columns, in order, with Chinese headers. */
const STAFF_COLUMNS: ExportColumn[] = [
  { key: 'official', header: '姓名', cell: (r) => r.official, width: 12 },
  { key: 'externalId', header: '人事编号', cell: (r) => r.externalId, width: 14 },
  { key: 'category', header: '类别', cell: (r) => label(CATEGORY_LABEL, r.category), width: 16 },
  { key: 'title', header: '职务', cell: (r) => r.title, width: 14 },
  { key: 'subdistrict', header: '街道', cell: (r) => r.subdistrict, width: 14 },
  { key: 'unit', header: '所在单位', cell: (r) => r.unit, width: 22 },
  { key: 'meetingCount', header: '评议会场次', cell: (r) => r.meetingCount, width: 12 },
  { key: 'meetingRatingCount', header: '评议票数', cell: (r) => r.meetingRatingCount, width: 10 },
  {
    key: 'meanMeetingScore',
    header: '评议平均分（0–100）',
    cell: (r) => rounded(r.meanMeetingScore, 2),
    numFmt: '0.00',
    width: 18,
  },
  // A fraction in XLSX (shown as a percentage); the CSV writes the percentage itself.
  {
    key: 'satisfactionRate',
    header: '满意率',
    cell: (r) => r.satisfactionRate,
    csvCell: (r) => (r.satisfactionRate === null ? null : `${(r.satisfactionRate * 100).toFixed(1)}%`),
    numFmt: '0.0%',
    width: 10,
  },
  { key: 'assessmentStatus', header: '年度考核状态', cell: (r) => label(STATUS_LABEL, r.assessmentStatus), width: 12 },
  {
    key: 'assessmentScore',
    header: '年度考核得分（0–100）',
    cell: (r) => rounded(r.assessmentScore, 2),
    numFmt: '0.00',
    width: 18,
  },
  { key: 'assessmentGrade', header: '年度考核等次', cell: (r) => label(GRADE_LABEL, r.assessmentGrade), width: 12 },
  {
    key: 'redLineBreached',
    header: '触碰红线',
    cell: (r) => (r.redLineBreached === null ? null : r.redLineBreached ? '是' : '否'),
    width: 10,
  },
  {
    key: 'finalizedAt',
    header: '定稿时间（北京时间）',
    cell: (r) => (r.finalizedAt ? shanghaiDateTime(r.finalizedAt) : null),
    width: 18,
  },
];

/** The columns of a layout. */
export function exportColumns(layout: ExportLayout): ExportColumn[] {
  if (layout === 'staff') return STAFF_COLUMNS;
  return MACHINE_KEYS.map((key) => ({
    key,
    header: key,
    cell: (row: ResultRow) => row[key],
    numFmt: NUM_FMT[key],
    width: key === 'official' || key === 'unit' || key === 'subdistrict' ? 20 : 16,
  }));
}
