import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';
import { byIdLoader, ScopeFilter } from '../core/loaders';
import { officialScopeFilter } from '../official/official-record';
import type { Viewer } from '../core/viewer';
import { Role } from '../core/role';
import { AccountabilityStatus } from './accountability-enums';
import { AccountabilityCase } from './accountability.entity';

/** Roles that read accountability cases themselves: the assessors (docs/rules.md rule 9) and the admins. */
export const CASE_READERS: Role[] = [Role.ADMIN, Role.ASSESSOR];

/**
 * The loader scope of cases: the officials in the viewer's scope, and nothing at all for a role
 * that does not read cases. Undefined (no limit) only for the server's own work.
 */
export function caseScopeFilter(viewer: Viewer | null): ScopeFilter | undefined {
  const byOfficial = officialScopeFilter(viewer);
  if (!viewer || !byOfficial) return undefined;
  return (qb) => (CASE_READERS.includes(viewer.role) ? byOfficial(qb) : qb.andWhere('1 = 0'));
}

/**
 * The years in which each official's red line was breached: those of a CONCLUDED case with
 * `breachConfirmed`, ascending, in one query for the whole batch, limited to the officials in the
 * viewer's scope. Only the years are given, so every role in scope may read them (the annual
 * assessment shows `redLineBreached` to whoever reads it).
 */
function breachedYearsLoader(db: DataSource, scope?: ScopeFilter): DataLoader<string, number[]> {
  return new DataLoader<string, number[]>(async (keys) => {
    const ids = [...new Set(keys.filter(isId))];
    if (ids.length === 0) return keys.map(() => []);
    let qb = db
      .getRepository(AccountabilityCase)
      .createQueryBuilder('c')
      .select('c.officialId', 'officialId')
      .addSelect('c.year', 'year')
      .distinct(true)
      .where('c.officialId = ANY(:ids)', { ids })
      .andWhere('c.status = :concluded', { concluded: AccountabilityStatus.CONCLUDED })
      .andWhere('c.breachConfirmed = true');
    if (scope) qb = scope(qb);
    const rows: { officialId: string; year: number }[] = await qb.orderBy('c.year', 'ASC').getRawMany();
    const years = new Map<string, number[]>();
    for (const row of rows) {
      const list = years.get(row.officialId);
      if (list) list.push(Number(row.year));
      else years.set(row.officialId, [Number(row.year)]);
    }
    return keys.map((key) => years.get(key) ?? []);
  });
}

/** This request's accountability loaders: cases by id (ADMIN and ASSESSOR in scope) and each official's breached years. */
export function createAccountabilityLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    accountabilityCase: byIdLoader(db, AccountabilityCase, caseScopeFilter(viewer)),
    breachedYearsByOfficial: breachedYearsLoader(db, officialScopeFilter(viewer)),
  };
}

/** The accountability loaders, for services that declare them. */
export type AccountabilityLoaders = ReturnType<typeof createAccountabilityLoaders>;
