import { validate } from 'class-validator';
import { QueryFailedError, SelectQueryBuilder } from 'typeorm';
import { BadUserInputError, ForbiddenError, UnauthenticatedError } from '../core/errors';
import { pinyinKeys } from '../core/pinyin';
import type { ServiceContext } from '../core/record.service';
import { assertIntegrationScope, inScope, Viewer } from '../core/viewer';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Office } from '../office/office.entity';
import { OfficeKind } from '../office/office-kind';
import { Official } from '../official/official.entity';
import type { Placement } from '../official/official.service';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Role } from '../core/role';
import { IntegrationScope } from './integration-scope';
import { MAX_UPSERT_ROWS, UpsertOfficialInput, UpsertOfficialsResult } from './integration.inputs';
import type { OfficialService } from '../official/official.service';
import type { SubdistrictLoaders } from '../subdistrict/subdistrict.loaders';
import { integrationReasons } from './reasons';
import { coreReasons } from '../core/core-reasons';

/** One bad row of a batch, as `extensions.errors` lists it: the row's index in `input` and the field at fault. */
export interface RowError {
  index: number;
  field: string;
  message: string;
}

/** An official as a row sets it: the fields compared to tell `updated` from `unchanged`. */
interface Target extends Placement {
  externalId: string;
  name: string;
  title: string;
  subdistrictId: string;
}
const COMPARED: (keyof Target)[] = [
  'name',
  'category',
  'title',
  'officeId',
  'agencyId',
  'neighborhoodId',
  'subdistrictId',
];

/** Limits a query of officials (alias `o`) to those serving in `districtId`. */
function inDistrict(qb: SelectQueryBuilder<Official>, districtId: string): SelectQueryBuilder<Official> {
  return qb.andWhere(
    'o.subdistrictId IN (SELECT d_s.id FROM subdistrict d_s WHERE d_s.district_id = :syncDistrictId)',
    { syncDistrictId: districtId },
  );
}

/** The loaders this service reads. */
type OfficialSyncServiceLoaders = SubdistrictLoaders;

/** The services this service calls (the composition root passes them). */
export interface OfficialSyncDeps {
  officials: OfficialService;
}

/**
 * Bulk upsert of officials by `externalId` for district systems (README, District integration:
 * `upsertOfficials`): every row is checked first — field rules, docs/rules.md rule 3 through
 * OfficialService's placement check, scope — and only a batch without a bad row is written, in
 * one transaction with one audit entry.
 */
export class OfficialSyncService {
  constructor(
    private readonly ctx: ServiceContext<OfficialSyncServiceLoaders>,
    private readonly deps: OfficialSyncDeps,
  ) {}

  /**
   * Inserts the rows whose externalId is new, updates those that differ, leaves the others; so
   * the same batch twice changes nothing the second time. UNAUTHENTICATED; FORBIDDEN unless an
   * ADMIN or a service token with `officials:write`; BAD_USER_INPUT for over 1,000 rows, or with
   * `extensions.errors` listing every bad row `{ index, field, message }` (including a row that
   * would move an agency's consented head away). Identical concurrent calls are idempotent: a call
   * that loses the race to insert an externalId is retried and finds it `unchanged`.
   */
  async upsert(rows: UpsertOfficialInput[]): Promise<UpsertOfficialsResult> {
    const viewer = this.ctx.viewer;
    if (!viewer) throw new UnauthenticatedError();
    if (viewer.role === Role.INTEGRATION)
      assertIntegrationScope(viewer, IntegrationScope.OFFICIALS_WRITE, 'upsert officials');
    else if (viewer.role !== Role.ADMIN) throw new ForbiddenError(integrationReasons.upsertRights());
    if (rows.length > MAX_UPSERT_ROWS)
      throw new BadUserInputError(coreReasons['batch.tooManyRows']({ max: MAX_UPSERT_ROWS }), 'input');
    if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };

    const errors: RowError[] = [];
    const bad = (index: number, field: string, message: string) => errors.push({ index, field, message });
    await this.checkFields(rows, bad);
    const existing = await this.existing(viewer, rows, bad);
    const targets = await this.resolve(viewer, rows, bad);
    await this.checkHeads(rows, targets, existing, bad);
    if (errors.length > 0) {
      errors.sort((a, b) => a.index - b.index || a.field.localeCompare(b.field));
      const rowsAtFault = new Set(errors.map((e) => e.index)).size;
      const error = new BadUserInputError(
        integrationReasons.rowsInvalid({ rowsAtFault, length: rows.length }),
        'input',
      );
      Object.assign(error.extensions, { errors });
      throw error;
    }
    return this.write(viewer, targets as Target[], existing);
  }

  /** The field rules of UpsertOfficialInput (class-validator), every field of every row, and no externalId twice. */
  private async checkFields(
    rows: UpsertOfficialInput[],
    bad: (index: number, field: string, message: string) => void,
  ): Promise<void> {
    const seen = new Map<string, number>();
    await Promise.all(
      rows.map(async (row, index) => {
        const found = await validate(Object.assign(new UpsertOfficialInput(), row), {
          forbidUnknownValues: false,
          stopAtFirstError: true,
          skipMissingProperties: true,
        });
        for (const error of found)
          bad(index, error.property, Object.values(error.constraints ?? {})[0] ?? 'is invalid');
      }),
    );
    rows.forEach((row, index) => {
      const first = seen.get(row.externalId);
      if (first !== undefined) bad(index, 'externalId', `repeats row ${first}; each externalId may appear once a call`);
      else seen.set(row.externalId, index);
    });
  }

  /**
   * The officials of the caller's district that the rows' externalIds already name (externalIds are
   * unique per district, so another district's are never looked at, and a batch is answered the
   * same whether or not another district uses its externalIds). A row naming one of the district
   * outside a subdistrict caller's scope is bad.
   */
  private async existing(
    viewer: Viewer,
    rows: UpsertOfficialInput[],
    bad: (index: number, field: string, message: string) => void,
  ): Promise<Map<string, Official>> {
    const ids = [...new Set(rows.map((r) => r.externalId))];
    const found = await inDistrict(
      this.ctx.db.getRepository(Official).createQueryBuilder('o').where('o.externalId = ANY(:ids)', { ids }),
      viewer.districtId,
    ).getMany();
    const subdistricts = await this.ctx.loaders.subdistrict.loadMany([...new Set(found.map((o) => o.subdistrictId))]);
    const districtOf = new Map(
      subdistricts.filter((s): s is Subdistrict => s instanceof Subdistrict).map((s) => [s.id, s.districtId]),
    );
    const byExternalId = new Map(found.map((o) => [o.externalId!, o]));
    rows.forEach((row, index) => {
      const official = byExternalId.get(row.externalId);
      if (
        official &&
        !inScope(viewer, {
          districtId: districtOf.get(official.subdistrictId) ?? '',
          subdistrictId: official.subdistrictId,
        })
      ) {
        bad(index, 'externalId', 'is already used in this district by an official outside your scope');
      }
    });
    return byExternalId;
  }

  /**
   * Each row's placement: office and agency by id, or by subdistrict code and kind (looked up in
   * three statements for the whole batch, within the caller's scope), then docs/rules.md rule 3 through
   * OfficialService.placementSubdistrict. Null for a bad row.
   */
  private async resolve(
    viewer: Viewer,
    rows: UpsertOfficialInput[],
    bad: (index: number, field: string, message: string) => void,
  ): Promise<(Target | null)[]> {
    const db = this.ctx.db;
    const codes = [...new Set(rows.map((r) => r.subdistrictCode).filter((c): c is string => !!c))];
    const neighborhoodCodes = [...new Set(rows.map((r) => r.neighborhoodCode).filter((c): c is string => !!c))];
    const subdistrictQuery = db
      .getRepository(Subdistrict)
      .createQueryBuilder('s')
      .where('s.code = ANY(:codes)', { codes })
      .andWhere('s.districtId = :d', { d: viewer.districtId });
    if (viewer.subdistrictId) subdistrictQuery.andWhere('s.id = :sid', { sid: viewer.subdistrictId });
    const subdistricts = codes.length > 0 ? await subdistrictQuery.getMany() : [];
    const subdistrictIds = subdistricts.map((s) => s.id);
    const [offices, agencies, neighborhoods] = await Promise.all([
      subdistrictIds.length > 0
        ? db
            .getRepository(Office)
            .createQueryBuilder('o')
            .where('o.subdistrictId = ANY(:ids)', { ids: subdistrictIds })
            .getMany()
        : [],
      subdistrictIds.length > 0
        ? db
            .getRepository(DispatchedAgency)
            .createQueryBuilder('a')
            .where('a.subdistrictId = ANY(:ids)', { ids: subdistrictIds })
            .getMany()
        : [],
      neighborhoodCodes.length > 0
        ? db
            .getRepository(Neighborhood)
            .createQueryBuilder('n')
            .where('n.code = ANY(:codes)', { codes: neighborhoodCodes })
            .getMany()
        : [],
    ]);
    const subdistrictByCode = new Map(subdistricts.map((s) => [s.code, s]));
    const neighborhoodByCode = new Map(neighborhoods.map((n) => [n.code, n]));
    const officials = this.deps.officials;

    return Promise.all(
      rows.map(async (row, index): Promise<Target | null> => {
        let officeId = row.officeId ?? null;
        let agencyId = row.agencyId ?? null;
        let neighborhoodId = row.neighborhoodId ?? null;
        let ok = true;
        const fail = (field: string, message: string) => {
          bad(index, field, message);
          ok = false;
        };
        if (row.officeKind || row.agencyKind) {
          const subdistrict = row.subdistrictCode ? subdistrictByCode.get(row.subdistrictCode) : undefined;
          if (!row.subdistrictCode) fail('subdistrictCode', 'give the subdistrict code with officeKind or agencyKind');
          else if (!subdistrict) fail('subdistrictCode', `no subdistrict ${row.subdistrictCode} in your scope`);
          if (row.officeKind && row.agencyKind) fail('agencyKind', 'give officeKind or agencyKind, not both');
          else if (row.officeKind && officeId)
            fail('officeKind', 'give officeId or subdistrictCode with officeKind, not both');
          else if (row.agencyKind && agencyId)
            fail('agencyKind', 'give agencyId or subdistrictCode with agencyKind, not both');
          else if (subdistrict && row.officeKind) {
            if (row.officeKind === OfficeKind.SELF_DESIGNATED)
              fail('officeKind', 'a SELF_DESIGNATED office is not unique; give officeId');
            else {
              const office = offices.find((o) => o.subdistrictId === subdistrict.id && o.kind === row.officeKind);
              if (office) officeId = office.id;
              else fail('officeKind', `${subdistrict.name} has no ${row.officeKind} office`);
            }
          } else if (subdistrict && row.agencyKind) {
            const matching = agencies.filter((a) => a.subdistrictId === subdistrict.id && a.kind === row.agencyKind);
            if (matching.length === 1) agencyId = matching[0].id;
            else
              fail(
                'agencyKind',
                `${subdistrict.name} has ${matching.length === 0 ? 'no' : 'several'} ${row.agencyKind} agencies; give agencyId`,
              );
          }
        } else if (row.subdistrictCode) {
          fail('subdistrictCode', 'give officeKind or agencyKind with subdistrictCode');
        }
        if (row.neighborhoodCode) {
          if (neighborhoodId) fail('neighborhoodCode', 'give neighborhoodId or neighborhoodCode, not both');
          else {
            const neighborhood = neighborhoodByCode.get(row.neighborhoodCode);
            if (neighborhood) neighborhoodId = neighborhood.id;
            else fail('neighborhoodCode', `no neighborhood has code ${row.neighborhoodCode}`);
          }
        }
        if (!ok) return null;
        const placement: Placement = { category: row.category, officeId, agencyId, neighborhoodId };
        try {
          const subdistrictId = await officials.placementSubdistrict(placement);
          return {
            ...placement,
            subdistrictId,
            externalId: row.externalId,
            name: row.name?.trim() ?? '',
            title: row.title?.trim() ?? '',
          };
        } catch (error) {
          if (!(error instanceof BadUserInputError)) throw error;
          let field = String(error.extensions.field ?? 'input').replace(/^input\./, '');
          if (field === 'neighborhoodId' && row.neighborhoodCode) field = 'neighborhoodCode';
          bad(index, field, error.message.replace(/^input\.\w+: /, ''));
          return null;
        }
      }),
    );
  }

  /**
   * docs/rules.md rule 2, as OfficialService enforces it for every entry point: a row may not move the
   * consented head of an agency to another category or agency (the term ends only with a new
   * head's consent). Names the row and its field (`agencyKind` when the row gave the agency by kind).
   */
  private async checkHeads(
    rows: UpsertOfficialInput[],
    targets: (Target | null)[],
    existing: Map<string, Official>,
    bad: (index: number, field: string, message: string) => void,
  ): Promise<void> {
    const changes = rows.flatMap((row, index) => {
      const official = existing.get(row.externalId);
      const target = targets[index];
      return official && target ? [{ index, official, placement: target as Placement }] : [];
    });
    if (changes.length === 0) return;
    const moves = await this.deps.officials.consentedHeadMoves(changes);
    moves.forEach((move, i) => {
      if (!move) return;
      const { index } = changes[i];
      bad(index, move.field === 'agencyId' && rows[index].agencyKind ? 'agencyKind' : move.field, move.message);
    });
  }

  /**
   * Writes the batch (`writeOnce`), again when a concurrent call inserted one of its externalIds
   * first (a unique violation): the retry finds those rows and reports them `unchanged` or
   * `updated`, so identical concurrent batches are idempotent.
   */
  private async write(
    viewer: Viewer,
    targets: Target[],
    before: Map<string, Official>,
  ): Promise<UpsertOfficialsResult> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.writeOnce(viewer, targets, before);
      } catch (error) {
        const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
        if (code !== '23505' || attempt >= 5) throw error;
      }
    }
  }

  /** Writes the batch in one transaction: one INSERT for the new, one UPDATE for the changed, one audit entry. */
  private async writeOnce(
    viewer: Viewer,
    targets: Target[],
    before: Map<string, Official>,
  ): Promise<UpsertOfficialsResult> {
    return this.ctx.transaction(async ({ manager, record }) => {
      const externalIds = targets.map((t) => t.externalId);
      // Lock the rows this call may change, so a concurrent call waits rather than interleaves.
      const byExternalId = manager
        .getRepository(Official)
        .createQueryBuilder('o')
        .setLock('pessimistic_write')
        .where('o.externalId = ANY(:ids)', { ids: externalIds });
      const locked = await inDistrict(byExternalId, viewer.districtId).getMany();
      const current = new Map(locked.map((o) => [o.externalId!, o]));
      const inserts: Target[] = [];
      const updates: { id: string; target: Target; was: Official }[] = [];
      for (const target of targets) {
        const was = current.get(target.externalId) ?? before.get(target.externalId);
        if (!current.has(target.externalId)) inserts.push(target);
        else if (COMPARED.some((f) => (was as unknown as Target)[f] !== target[f]))
          updates.push({ id: was!.id, target, was: was! });
      }
      let insertedIds: string[] = [];
      if (inserts.length > 0) {
        const result = await manager
          .getRepository(Official)
          .insert(inserts.map((t) => ({ ...t, ...pinyinKeys(t.name) })));
        insertedIds = result.identifiers.map((i) => i.id as string);
      }
      if (updates.length > 0) {
        await manager.query(
          `UPDATE official o
              SET name = r.name, pinyin_key = r.pinyin_key, pinyin_search = r.pinyin_search, category = r.category, title = r.title, office_id = r.office_id, agency_id = r.agency_id,
                  neighborhood_id = r.neighborhood_id, subdistrict_id = r.subdistrict_id, updated_at = now()
             FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, name varchar, pinyin_key varchar, pinyin_search varchar, category varchar, title varchar, office_id uuid, agency_id uuid, neighborhood_id uuid, subdistrict_id uuid)
            WHERE o.id = r.id`,
          [
            JSON.stringify(
              updates.map(({ id, target: t }) => ({
                id,
                name: t.name,
                ...pinyinColumns(t.name),
                category: t.category,
                title: t.title,
                office_id: t.officeId,
                agency_id: t.agencyId,
                neighborhood_id: t.neighborhoodId,
                subdistrict_id: t.subdistrictId,
              })),
            ),
          ],
        );
      }
      const counts = {
        inserted: inserts.length,
        updated: updates.length,
        unchanged: targets.length - inserts.length - updates.length,
      };
      const fieldsOf = (o: Partial<Target>) => Object.fromEntries(COMPARED.map((f) => [f, o[f] ?? null]));
      await record({
        actorId: viewer.userId,
        type: 'officials.upserted',
        entityType: 'District',
        entityId: viewer.districtId,
        before: {
          updated: updates.map((u) => ({
            id: u.id,
            externalId: u.target.externalId,
            ...fieldsOf(u.was as unknown as Target),
          })),
        },
        after: {
          ...counts,
          by: viewer.role === Role.INTEGRATION ? { serviceTokenId: viewer.userId } : { userId: viewer.userId },
          inserted: inserts.map((t, i) => ({ id: insertedIds[i], externalId: t.externalId, ...fieldsOf(t) })),
          updated: updates.map((u) => ({ id: u.id, externalId: u.target.externalId, ...fieldsOf(u.target) })),
        },
      });
      return counts;
    });
  }
}

/** The stored pinyin keys of a name as the bulk update's columns (docs/rules.md rule 15), computed once. */
function pinyinColumns(name: string): { pinyin_key: string; pinyin_search: string } {
  const keys = pinyinKeys(name);
  return { pinyin_key: keys.pinyinKey, pinyin_search: keys.pinyinSearch };
}
