import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { idKey, isId } from './ids';
import { leanMany } from './lean-select';

/** Narrows a loader's query to what the caller may see (the caller's scope). */
export type ScopeFilter = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;

/**
 * A DataLoader of records by id for one request (docs/architecture.md, the path of a request): de-duplicated keys, one
 * `WHERE id = ANY($1)` with the caller's scope applied inside the batch, values returned in key
 * order with null for an id that does not exist or lies outside the scope. Read lean (lean-select.ts).
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: EntityTarget<T>,
  scope?: ScopeFilter,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = [...new Set(keys.filter(isId).map(idKey))];
    let qb = db.getRepository(entity).createQueryBuilder('r').where('r.id = ANY(:ids)', { ids });
    if (scope) qb = scope(qb);
    const rows = ids.length === 0 ? [] : await leanMany(qb);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => byId.get(idKey(key)) ?? null);
  });
}

/** How a group is sorted: a column of the record, or a function adding joins and ORDER BY to the batch's query (alias `r`). */
export type GroupOrder<T extends ObjectLiteral> =
  (keyof T & string) | ((qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>);

/**
 * A DataLoader of the records whose `column` equals each key (one-to-many), in one
 * `WHERE column = ANY($1)`, each group sorted by `orderBy` (then by id, when the record has one).
 * Read lean (lean-select.ts).
 */
export function groupLoader<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  orderBy: GroupOrder<T>,
  scope?: ScopeFilter,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const ids = [...new Set(keys.filter(isId).map(idKey))];
    let qb = db.getRepository(entity).createQueryBuilder('r').where(`r.${column} = ANY(:ids)`, { ids });
    if (scope) qb = scope(qb);
    if (typeof orderBy === 'function') qb = orderBy(qb);
    else qb.orderBy(`r.${orderBy}`, 'ASC');
    if (db.getMetadata(entity).hasColumnWithPropertyPath('id')) qb.addOrderBy('r.id', 'ASC');
    const rows = ids.length === 0 ? [] : await leanMany(qb);
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = row[column] as string;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(idKey(key)) ?? []);
  });
}
