import { normalisePhone } from './matter.inputs';
import { validate } from 'class-validator';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../core/errors';
import type { ServiceContext } from '../core/record.service';
import type { MatterService } from './matter.service';
import { assertIntegrationScope, inScope, Viewer } from '../core/viewer';
import { IntegrationScope } from '../integration/integration-scope';
import { Role } from '../user/role';
import { Matter } from './matter.entity';
import { MatterChannel, MatterEventKind } from './matter-enums';
import { loadUnit, partyGovernmentOffice } from './matter-access';
import { matterClock } from './matter-clock';
import { appendEvents } from './matter-store';
import { createMatter, receiptTimeProblem } from './matter-receipt';
import { MAX_MATTER_ROWS, UpsertMatterInput } from './matter-sync.inputs';
import type { UpsertMattersResult } from './matter.types';
import { matterReasons } from './reasons';
import { coreReasons } from '../core/core-reasons';

/** One bad row, as `extensions.errors` lists it. */
interface RowError {
  index: number;
  field: string;
  message: string;
}

/**
 * The district hotline's matters: `upsertMatters` by externalId for a service
 * token with `matters:write` (or an ADMIN whose scope covers every row). Every row is checked
 * before anything is written; the batch is one transaction.
 */
/** The services the sync calls. */
export interface MatterSyncDeps {
  matters: MatterService;
}

export class MatterSyncService {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly deps: MatterSyncDeps,
  ) {}

  /** The caller, if it may write matters: a service token with matters:write, or an ADMIN. */
  writer(): Viewer {
    const viewer = this.ctx.viewer;
    if (!viewer) throw new UnauthenticatedError();
    if (viewer.role === Role.INTEGRATION)
      assertIntegrationScope(viewer, IntegrationScope.MATTERS_WRITE, 'upsert matters');
    else if (viewer.role !== Role.ADMIN) throw new ForbiddenError(matterReasons.upsertRights());
    return viewer;
  }

  /**
   * Creates the rows whose externalId is new (each with its tracking code, shown this once) and
   * updates the title, description and place of the others; the same batch twice changes nothing.
   * BAD_USER_INPUT naming the first bad row's field (`input[2].subdistrictCode`), with
   * `extensions.errors` listing every bad row; nothing is written then. At most 500 rows.
   */
  async upsert(rows: UpsertMatterInput[]): Promise<UpsertMattersResult> {
    const viewer = this.writer();
    if (rows.length > MAX_MATTER_ROWS)
      throw new BadUserInputError(coreReasons['batch.tooManyRows']({ max: MAX_MATTER_ROWS }), 'input');
    const errors: RowError[] = [];
    const bad = (index: number, field: string, message: string) =>
      errors.push({ index, field: `input[${index}].${field}`, message: `input[${index}].${field}: ${message}` });
    const seen = new Set<string>();
    for (const [index, row] of rows.entries()) {
      for (const error of await validate(Object.assign(new UpsertMatterInput(), row), {
        forbidUnknownValues: false,
        stopAtFirstError: true,
        skipMissingProperties: true,
      })) {
        bad(index, error.property, Object.values(error.constraints ?? {})[0] ?? 'is invalid');
      }
      if (seen.has(row.externalId)) bad(index, 'externalId', 'appears twice in this batch');
      seen.add(row.externalId);
      if (row.receiverOfficeId && row.receiverAgencyId)
        bad(index, 'receiverAgencyId', 'a matter has one first receiver');
      const timeProblem = row.receivedAt ? receiptTimeProblem(row.receivedAt, matterClock.now()) : null;
      if (timeProblem) bad(index, 'receivedAt', timeProblem);
    }
    const codes = [...new Set(rows.flatMap((r) => [r.subdistrictCode, r.neighborhoodCode ?? '']).filter(Boolean))];
    const places = (await this.ctx.db.query(
      `SELECT s.code, s.id, s.district_id, NULL::uuid AS subdistrict_id FROM subdistrict s WHERE s.code = ANY($1)
       UNION ALL SELECT n.code, n.id, s.district_id, n.subdistrict_id FROM neighborhood n JOIN subdistrict s ON s.id = n.subdistrict_id WHERE n.code = ANY($1)`,
      [codes],
    )) as { code: string; id: string; district_id: string; subdistrict_id: string | null }[];
    const place = new Map(places.map((p) => [p.code, p]));
    for (const [index, row] of rows.entries()) {
      const subdistrict = place.get(row.subdistrictCode);
      if (!subdistrict || !inScope(viewer, { districtId: subdistrict.district_id, subdistrictId: subdistrict.id })) {
        bad(index, 'subdistrictCode', 'no 街道 of your scope has this code');
        continue;
      }
      const neighborhood = row.neighborhoodCode ? place.get(row.neighborhoodCode) : undefined;
      if (row.neighborhoodCode && (!neighborhood || neighborhood.district_id !== subdistrict?.district_id))
        bad(index, 'neighborhoodCode', 'no neighborhood of this district has this code');
    }
    if (errors.length > 0) {
      errors.sort((a, b) => a.index - b.index || a.field.localeCompare(b.field));
      const error = new BadUserInputError(
        matterReasons.rowsInvalid({
          message: errors[0].message,
          size: new Set(errors.map((e) => e.index)).size,
          length: rows.length,
        }),
        errors[0].field,
      );
      Object.assign(error.extensions, { errors });
      throw error;
    }
    return this.ctx.db.transaction(async (manager) => {
      const existing = await manager
        .getRepository(Matter)
        .createQueryBuilder('m')
        .setLock('pessimistic_write')
        .where('m.externalId = ANY(:ids)', { ids: rows.map((r) => r.externalId) })
        .getMany();
      const byExternalId = new Map(existing.map((m) => [m.externalId!, m]));
      const result: UpsertMattersResult = { created: 0, updated: 0, unchanged: 0, matters: [] };
      const now = matterClock.now();
      for (const [index, row] of rows.entries()) {
        const known = byExternalId.get(row.externalId);
        const subdistrictId = place.get(row.subdistrictCode)!.id;
        if (known) {
          if (!inScope(viewer, await this.deps.matters.placeOfMatter(known)))
            throw new ForbiddenError(matterReasons.rowOutsideScope({ index }));
          const changed =
            known.title !== row.title.trim() ||
            known.description !== row.description.trim() ||
            known.place !== (row.place?.trim() ?? '');
          if (changed) {
            Object.assign(known, {
              title: row.title.trim(),
              description: row.description.trim(),
              place: row.place?.trim() ?? '',
            });
            await manager.getRepository(Matter).save(known);
            await appendEvents(manager, known.id, null, [{ kind: MatterEventKind.UPDATED, at: now }]);
          }
          result[changed ? 'updated' : 'unchanged'] += 1;
          result.matters.push({ externalId: row.externalId, matter: known, created: false, trackingCode: null });
          continue;
        }
        const named =
          row.receiverOfficeId || row.receiverAgencyId
            ? await loadUnit(manager, { officeId: row.receiverOfficeId, agencyId: row.receiverAgencyId })
            : await partyGovernmentOffice(manager, subdistrictId);
        if (!named || named.subdistrictId !== subdistrictId) {
          const field = `input[${index}].${row.receiverAgencyId ? 'receiverAgencyId' : 'receiverOfficeId'}`;
          throw new BadUserInputError(matterReasons.unknownUnitNothingWritten(), field);
        }
        const received = await createMatter(
          manager,
          {
            type: row.type,
            channel: row.channel ?? MatterChannel.HOTLINE_12345,
            subdistrictId,
            neighborhoodId: row.neighborhoodCode ? place.get(row.neighborhoodCode)!.id : null,
            title: row.title.trim(),
            description: row.description.trim(),
            place: row.place?.trim() ?? '',
            reporterName: row.reporterName?.trim() ?? '',
            reporterPhone: row.reporterPhone ? normalisePhone(row.reporterPhone) : '',
            externalId: row.externalId,
          },
          named,
          row.receivedAt ?? now,
          null,
        );
        result.created += 1;
        result.matters.push({
          externalId: row.externalId,
          matter: received.matter,
          created: true,
          trackingCode: received.trackingCode,
        });
      }
      return result;
    });
  }
}
