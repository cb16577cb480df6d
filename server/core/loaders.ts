import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { isId } from './ids';

/**
 * A DataLoader of records by id for one request (STYLE 4): de-duplicated keys, one
 * `WHERE id = ANY($1)`, values returned in key order with null for an id that does not exist.
 */
export function byIdLoader<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: EntityTarget<T>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const ids = [...new Set(keys.filter(isId))];
    const rows = ids.length === 0 ? [] : await db.getRepository(entity).createQueryBuilder('r').where('r.id = ANY(:ids)', { ids }).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return keys.map((key) => byId.get(key) ?? null);
  });
}

/**
 * A DataLoader of the records whose `column` equals each key (one-to-many), in one
 * `WHERE column = ANY($1)`, each group sorted by `orderBy`.
 */
export function groupLoader<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  column: keyof T & string,
  orderBy: keyof T & string,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const ids = [...new Set(keys.filter(isId))];
    const rows =
      ids.length === 0
        ? []
        : await db
            .getRepository(entity)
            .createQueryBuilder('r')
            .where(`r.${column} = ANY(:ids)`, { ids })
            .orderBy(`r.${orderBy}`, 'ASC')
            .addOrderBy('r.id', 'ASC')
            .getMany();
    const groups = new Map<string, T[]>();
    for (const row of rows) {
      const key = row[column] as string;
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
