import DataLoader from 'dataloader';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isId } from '../core/ids';
import type { ScopeFilter } from '../core/loaders';
import { RecordService } from '../core/record.service';
import type { Place, Viewer } from '../core/viewer';
import type { OfficialLoaders } from './official.loaders';
import { Official } from './official.entity';
import { leanMany } from '../core/lean-select';

/**
 * Limits a list or loader query of records that belong to an official (responsibility items,
 * self-reports, inquiries) to the viewer's scope, by the subdistrict the official serves in now.
 * `officialColumn` is the property path of the official's id, by default `<alias>.officialId`.
 */
export function limitToOfficialScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: Viewer,
  officialColumn = `${qb.alias}.officialId`,
): SelectQueryBuilder<T> {
  if (viewer.subdistrictId) {
    return qb.andWhere(
      `${officialColumn} IN (SELECT scope_o.id FROM official scope_o WHERE scope_o.subdistrict_id = :scopeSubdistrictId)`,
      {
        scopeSubdistrictId: viewer.subdistrictId,
      },
    );
  }
  return qb.andWhere(
    `${officialColumn} IN (SELECT scope_o.id FROM official scope_o JOIN subdistrict scope_s ON scope_s.id = scope_o.subdistrict_id WHERE scope_s.district_id = :scopeDistrictId)`,
    { scopeDistrictId: viewer.districtId },
  );
}

/** The loader scope of a viewer for records that belong to an official; undefined (no limit) only for the server's own work. */
export function officialScopeFilter(viewer: Viewer | null, officialColumn?: string): ScopeFilter | undefined {
  return viewer ? (qb) => limitToOfficialScope(qb, viewer, officialColumn ?? `${qb.alias}.officialId`) : undefined;
}

/** Key of an official's records for one year, e.g. that year's responsibility list or self-report. */
export interface OfficialYear {
  officialId: string;
  year: number;
}

/**
 * A DataLoader of the records of each (official, year) key, in one query
 * `WHERE official_id = ANY($1) AND year = ANY($2)` with the caller's scope applied, each group
 * sorted by `orderBy` then id. A batch mixing years may read a few rows no key asked for; they are
 * dropped when grouping, so every key gets exactly its own rows.
 */
export function officialYearLoader<T extends ObjectLiteral & OfficialYear & { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  orderBy: keyof T & string,
  scope?: ScopeFilter,
): DataLoader<OfficialYear, T[], string> {
  const keyOf = (officialId: string, year: number) => `${officialId}:${year}`;
  return new DataLoader<OfficialYear, T[], string>(
    async (keys) => {
      const ids = [...new Set(keys.map((k) => k.officialId).filter(isId))];
      const years = [...new Set(keys.map((k) => k.year).filter((y) => Number.isInteger(y) && Math.abs(y) < 32768))];
      if (ids.length === 0 || years.length === 0) return keys.map(() => []);
      let qb = db
        .getRepository(entity)
        .createQueryBuilder('r')
        .where('r.officialId = ANY(:ids)', { ids })
        .andWhere('r.year = ANY(:years)', { years });
      if (scope) qb = scope(qb);
      const rows = await leanMany(qb.orderBy(`r.${orderBy}`, 'ASC').addOrderBy('r.id', 'ASC'));
      const groups = new Map<string, T[]>();
      for (const row of rows) {
        const key = keyOf(row.officialId, row.year);
        const group = groups.get(key);
        if (group) group.push(row);
        else groups.set(key, [row]);
      }
      return keys.map((k) => groups.get(keyOf(k.officialId, k.year)) ?? []);
    },
    { cacheKeyFn: (k) => keyOf(k.officialId, k.year) },
  );
}

/**
 * Lookups and scope checks of records that belong to an official: such a record lies where its
 * official serves (the official's `subdistrictId`), so it moves with the official. The service's
 * loaders (`L`) include the officials' loader.
 */
export abstract class OfficialRecordService<
  T extends ObjectLiteral & { id: string; officialId: string },
  L extends OfficialLoaders = OfficialLoaders,
> extends RecordService<T, L> {
  protected placeOf(record: T): Promise<Place> {
    return this.placeOfOfficial(record.officialId);
  }

  /** Where an official serves; outside every scope when the official is not visible to the caller. */
  protected async placeOfOfficial(officialId: string): Promise<Place> {
    const official = await this.ctx.loaders.official.load(officialId);
    return official ? this.placeInSubdistrict(official.subdistrictId) : { districtId: '', subdistrictId: null };
  }

  /**
   * Holds the official's row until the transaction ends (SELECT … FOR NO KEY UPDATE), so changes to
   * one official's lists and reports happen one after another. It does not block inserts that
   * merely refer to the official (they take a KEY SHARE lock).
   */
  protected async lockOfficial(manager: EntityManager, officialId: string): Promise<void> {
    await manager
      .getRepository(Official)
      .createQueryBuilder('o')
      .select('o.id')
      .setLock('for_no_key_update')
      .where('o.id = :id', { id: officialId })
      .getOne();
  }
}
