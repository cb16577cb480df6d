import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { BadUserInputError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors';
import { isId } from '../core/ids';
import type { ServiceContext } from '../core/record.service';
import { FIRST_YEAR, LAST_YEAR } from '../core/string-guard';
import { assertIntegrationScope, assertMay } from '../core/viewer';
import type { District } from '../district/district.entity';
import { Role } from '../core/role';
import { PUBLISHED_RESULTS } from '../rating/published-results';
import { IntegrationScope } from './integration-scope';
import type { DistrictLoaders } from '../district/district.loaders';
import { exportColumns, type ExportColumn, type ExportLayout, type ResultRow } from './results-export-columns';
import { integrationReasons } from './reasons';

export type { ResultRow } from './results-export-columns';

/** The formats of the results export. */
export type ExportFormat = 'csv' | 'xlsx';

/** A file ready to send. */
export interface ExportFile {
  filename: string;
  contentType: string;
  body: Buffer;
}

/** The loaders this service reads. */
type ResultsExportServiceLoaders = DistrictLoaders;

/**
 * The results export for district systems and assessors: one row per official of a district with
 * that year's meeting figures (from the frozen `meeting_result` rows of CLOSED meetings) and the
 * annual assessment. Only published results (docs/rules.md rule 7, read through
 * rating/published-results.ts) feed the mean score and the satisfaction rate, each weighted by the
 * meeting's rating count; `meetingRatingCount` counts every rating, as the count is always published.
 */
export class ResultsExportService {
  constructor(private readonly ctx: ServiceContext<ResultsExportServiceLoaders>) {}

  /**
   * The export of `districtId` for `year` as a file, in the staff layout (Chinese headers, labels,
   * Asia/Shanghai times) or, with `layout` "machine", the machine layout (field names, enum codes,
   * raw values) that district systems read. UNAUTHENTICATED; NOT_FOUND for an unknown
   * district; FORBIDDEN unless a service token of that district with `assessments:read`, or an
   * ADMIN or ASSESSOR of that whole district; BAD_USER_INPUT on `year` (2000–2100), on the file
   * type (`format`: csv or xlsx) or on `layout` (the query's `format`: absent, "staff" or "machine").
   */
  async file(districtId: string, year: unknown, format: string, layout: unknown = undefined): Promise<ExportFile> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw new UnauthenticatedError(integrationReasons.tokenRequired());
    if (format !== 'csv' && format !== 'xlsx') throw new BadUserInputError(integrationReasons.exportFormat(), 'format');
    if (layout !== undefined && layout !== 'staff' && layout !== 'machine')
      throw new BadUserInputError(integrationReasons.machineFormat(), 'format');
    const columns = exportColumns((layout ?? 'staff') as ExportLayout);
    const district = isId(districtId) ? await this.ctx.loaders.district.load(districtId) : null;
    if (!district) throw new NotFoundError('District', districtId);
    if (viewer.role === Role.INTEGRATION) {
      assertIntegrationScope(viewer, IntegrationScope.ASSESSMENTS_READ, 'download results');
      if (viewer.districtId !== district.id)
        throw new ForbiddenError(integrationReasons.districtOutsideToken({ district: district.name }));
    } else {
      assertMay(
        viewer,
        [Role.ADMIN, Role.ASSESSOR],
        { districtId: district.id, subdistrictId: null },
        `download results of ${district.name}`,
      );
    }
    const y = typeof year === 'string' && /^\d{4}$/.test(year) ? Number(year) : NaN;
    if (!(y >= FIRST_YEAR && y <= LAST_YEAR))
      throw new BadUserInputError(integrationReasons.exportYear({ from: FIRST_YEAR, to: LAST_YEAR }), 'year');
    const rows = await this.rows(district, y);
    const filename = `results-${district.code}-${y}.${format}`;
    return format === 'csv'
      ? { filename, contentType: 'text/csv; charset=utf-8', body: await toCsv(rows, columns) }
      : {
          filename,
          contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          body: await toXlsx(rows, columns, layout === 'machine' ? `results ${y}` : `${y}年评议考核结果`),
        };
  }

  /** The rows, in one statement: by subdistrict code, then the pinyin of the name (docs/rules.md rule 15). */
  async rows(district: District, year: number): Promise<ResultRow[]> {
    const raw: Record<string, unknown>[] = await this.ctx.db.query(
      `SELECT o.name AS official, o.external_id AS "externalId", o.category, o.title, s.name AS subdistrict, s.code AS "subdistrictCode",
              COALESCE(f.name, a.name) AS unit,
              COUNT(r.meeting_id)::int AS "meetingCount",
              COALESCE(SUM(r.rating_count), 0)::int AS "meetingRatingCount",
              SUM(r.score * r.rating_count) FILTER (WHERE r.score IS NOT NULL)
                / NULLIF(SUM(r.rating_count) FILTER (WHERE r.score IS NOT NULL), 0) AS "meanMeetingScore",
              SUM(r.satisfaction_rate * r.rating_count) FILTER (WHERE r.satisfaction_rate IS NOT NULL)
                / NULLIF(SUM(r.rating_count) FILTER (WHERE r.satisfaction_rate IS NOT NULL), 0) AS "satisfactionRate",
              aa.status AS "assessmentStatus", aa.score AS "assessmentScore",
              CASE WHEN aa.red_line_breached THEN NULL ELSE COALESCE(aa.override_grade, aa.computed_grade) END AS "assessmentGrade",
              aa.red_line_breached AS "redLineBreached", aa.finalized_at AS "finalizedAt"
         FROM official o
         JOIN subdistrict s ON s.id = o.subdistrict_id
         LEFT JOIN office f ON f.id = o.office_id
         LEFT JOIN dispatched_agency a ON a.id = o.agency_id
         LEFT JOIN ${PUBLISHED_RESULTS} r ON r.official_id = o.id AND r.year = $2
         LEFT JOIN annual_assessment aa ON aa.official_id = o.id AND aa.year = $2
        WHERE s.district_id = $1
        GROUP BY o.id, s.name, s.code, f.name, a.name, aa.id
        ORDER BY s.code, o.pinyin_key, o.id`,
      [district.id, year],
    );
    return raw as unknown as ResultRow[];
  }
}

/** Text a spreadsheet would run as a formula is prefixed with ' (CSV injection). */
function safeText(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV with a header and a UTF-8 byte-order mark (so that spreadsheets read the Chinese right). */
function toCsv(rows: ResultRow[], columns: ExportColumn[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    stringify(
      rows.map((row) => columns.map((c) => safeText(c.csvCell ? c.csvCell(row) : c.cell(row)))),
      {
        header: true,
        columns: columns.map((c) => c.header),
        bom: true,
        cast: { boolean: (b) => (b ? 'true' : 'false') },
      },
      (err, output) => (err ? reject(err) : resolve(Buffer.from(output, 'utf8'))),
    );
  });
}

/** One worksheet with the same columns; rates as percentages, scores with two decimals. */
async function toXlsx(rows: ResultRow[], columns: ExportColumn[], sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pingyi';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 16 }));
  for (const c of columns) if (c.numFmt) sheet.getColumn(c.key).numFmt = c.numFmt;
  for (const row of rows) sheet.addRow(Object.fromEntries(columns.map((c) => [c.key, safeText(c.cell(row))])));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
