import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/**
 * The lean read of the loaders (docs/architecture.md, "The path of a request"; BENCHMARKS.md, lean
 * loaders). A loader still builds its query with TypeORM's SelectQueryBuilder, its scope applied by
 * the same functions as everywhere, but two costs that dominate a small batch are paid once instead
 * of on every request:
 *
 * - the SQL text. A query's text depends only on its shape (entity, alias, selects, joins, where
 *   conditions, order), never on its parameters' values, so it is generated once per shape and kept
 *   (`plans`), with the order in which the named parameters become $1, $2 …;
 * - the entity transformer, whose general case (joined relations, relation ids and counts,
 *   load events) a loader's rows never need. The rows become records made as TypeORM makes them
 *   (`EntityMetadata.create`, so `instanceof` and the GraphQL Node type still hold) holding the
 *   entity's columns, each value prepared by the driver as TypeORM prepares it
 *   (`prepareHydratedValue`).
 *
 * A query this cannot keep (a bracketed or function-valued condition, an expanded `:...list`,
 * take/skip, locks, joins selected into nested records, lazy relations, load listeners) runs
 * through TypeORM as before.
 * Under NODE_ENV=test every kept text is checked against TypeORM's own on each use, so the API
 * suite fails if a shape ever maps to the wrong text.
 */

/** A kept query: its SQL text, its parameters' names in $-order, and how its rows become records. */
interface Plan {
  sql: string;
  parameterOrder: string[];
  /** The entity's columns as [raw column alias, column], for hydration. */
  columns: [string, ColumnMetadata][];
  /** Raw aliases of the primary columns: rows repeating a key (from a join) make one record. */
  primaryKeys: string[];
}

/**
 * Kept plans by data source and shape. Shapes are few (entities × scopes × orders × the pages'
 * LIMIT and OFFSET, which TypeORM writes into the text); past MAX_PLANS the oldest is dropped.
 */
const plans = new WeakMap<DataSource, Map<string, Plan>>();
const MAX_PLANS = 2000;

const checking = process.env.NODE_ENV === 'test';

/** Reads since start: through a kept plan, and passed on to TypeORM (for tests and diagnostics). */
export const leanReads = { kept: 0, passedOn: 0 };

/** A stand-in for a parameter's value, to learn where each named parameter lands in the SQL. */
class ParameterMark {
  constructor(readonly name: string) {}
}

/** The shape of `qb`: everything its SQL text depends on; undefined when it is not one this module keeps. */
function shapeOf(qb: SelectQueryBuilder<ObjectLiteral>): string | undefined {
  const map = qb.expressionMap;
  const metadata = map.mainAlias?.hasMetadata ? map.mainAlias.metadata : undefined;
  if (!metadata || map.queryType !== 'select' || map.subQuery) return undefined;
  if (map.take !== undefined || map.skip !== undefined) return undefined;
  if (map.lockMode || map.onLocked || map.havings.length || map.groupBys.length) return undefined;
  if (map.relationIdAttributes.length) return undefined;
  if (metadata.lazyRelations.length) return undefined;
  if (metadata.afterLoadListeners.length || qb.dataSource.subscribers.length) return undefined;
  if (qb.dataSource.options.cache || map.cache) return undefined;
  const conditions: string[] = [];
  for (const where of map.wheres) {
    if (typeof where.condition !== 'string') return undefined;
    conditions.push(`${where.type} ${where.condition}`);
  }
  const joins: unknown[] = [];
  for (const join of map.joinAttributes) {
    // A join TypeORM would turn into nested records (a relation's, or one mapped to a property) is not kept;
    // a plain entity join whose columns are added as raw selects is.
    if (join.isSelected && (join.relation || join.mapToProperty)) return undefined;
    const target = typeof join.entityOrProperty === 'string' ? join.entityOrProperty : join.metadata?.name;
    if (!target) return undefined;
    joins.push([join.direction, join.alias.name, target, join.condition]);
  }
  // An expanded list (`:...ids`) writes one placeholder per value: its text depends on the values.
  const text = [...conditions, ...joins.map((j) => JSON.stringify(j)), ...map.selects.map((x) => x.selection)];
  if (text.some((part) => part.includes(':...'))) return undefined;
  for (const value of Object.values(map.parameters)) if (typeof value === 'function') return undefined;
  return JSON.stringify([
    metadata.name,
    map.mainAlias!.name,
    map.selects,
    conditions,
    joins,
    map.orderBys,
    map.withDeleted,
    map.useIndex,
    map.comment,
    map.selectDistinct,
    map.selectDistinctOn,
    map.limit,
    map.offset,
  ]);
}

/** Builds the plan of `qb`'s shape: TypeORM generates the text once, with marks for the values. */
function planOf(qb: SelectQueryBuilder<ObjectLiteral>, metadata: EntityMetadata): Plan {
  const driver = qb.dataSource.driver;
  const marked = qb.clone();
  for (const name of Object.keys(qb.getParameters())) marked.setParameter(name, new ParameterMark(name));
  const [sql, values] = marked.getQueryAndParameters();
  const parameterOrder = values.map((value) => {
    if (!(value instanceof ParameterMark)) throw new Error('lean-select: a parameter value was not marked');
    return value.name;
  });
  const alias = qb.expressionMap.mainAlias!.name;
  const columns = metadata.columns
    .filter((column) => !column.isVirtual && !column.isVirtualProperty)
    .map((column): [string, ColumnMetadata] => [
      DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
      column,
    ]);
  const primaryKeys = metadata.primaryColumns.map((column) =>
    DriverUtils.buildAlias(driver, undefined, alias, column.databaseName),
  );
  return { sql, parameterOrder, columns, primaryKeys };
}

/** The plan of `qb`, kept per shape; undefined when its shape is not kept. */
function keptPlan(qb: SelectQueryBuilder<ObjectLiteral>): Plan | undefined {
  const shape = shapeOf(qb);
  if (shape === undefined) return undefined;
  let byShape = plans.get(qb.dataSource);
  if (!byShape) plans.set(qb.dataSource, (byShape = new Map()));
  let plan = byShape.get(shape);
  if (!plan) {
    plan = planOf(qb, qb.expressionMap.mainAlias!.metadata);
    if (byShape.size >= MAX_PLANS) byShape.delete(byShape.keys().next().value!);
    byShape.set(shape, plan);
  }
  if (checking) {
    const [fresh] = qb.getQueryAndParameters();
    if (fresh !== plan.sql)
      throw new Error(`lean-select: the kept text of a shape differs from TypeORM's:\n${plan.sql}\n${fresh}`);
  }
  return plan;
}

/** The records of `rows` (raw rows of the plan's text), one per primary key, in first-seen order. */
function hydrate<T>(qb: SelectQueryBuilder<ObjectLiteral>, plan: Plan, rows: Record<string, unknown>[]): T[] {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const driver = qb.dataSource.driver;
  const seen = plan.primaryKeys.length ? new Set<string>() : undefined;
  const records: T[] = [];
  for (const row of rows) {
    if (seen) {
      const key =
        plan.primaryKeys.length === 1
          ? String(row[plan.primaryKeys[0]])
          : JSON.stringify(plan.primaryKeys.map((k) => row[k]));
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const record = metadata.create(undefined, { fromDeserializer: true }) as T & ObjectLiteral;
    for (const [alias, column] of plan.columns) {
      const value = row[alias];
      if (value !== undefined) column.setEntityValue(record, driver.prepareHydratedValue(value, column));
    }
    records.push(record);
  }
  return records;
}

/**
 * The records and raw rows `qb.getRawAndEntities()` would give, through a kept plan when the
 * query's shape allows (see above), else through TypeORM. Records are instances of the entity's
 * class with its columns set; raw rows carry every selected column, added selects included.
 * Errors are the database's, as from TypeORM.
 */
export async function leanRawAndEntities<T extends ObjectLiteral, R extends object = Record<string, unknown>>(
  qb: SelectQueryBuilder<T>,
): Promise<{ entities: T[]; raw: R[] }> {
  const plan = keptPlan(qb);
  if (!plan) {
    leanReads.passedOn += 1;
    return qb.getRawAndEntities<R>();
  }
  leanReads.kept += 1;
  const named = qb.getParameters();
  // A read runner, as the query builder's own reads take (replicas.ts routes it to a replica).
  const runner = qb.dataSource.createQueryRunner(qb.dataSource.defaultReplicationModeForReads());
  try {
    const raw = (await runner.query(
      plan.sql,
      plan.parameterOrder.map((name) => named[name]),
    )) as Record<string, unknown>[];
    return { entities: hydrate<T>(qb, plan, raw), raw: raw as R[] };
  } finally {
    await runner.release();
  }
}

/** The records `qb.getMany()` would give (see leanRawAndEntities). */
export async function leanMany<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  return (await leanRawAndEntities(qb)).entities;
}

/** Whether `qb` would be read through a kept plan rather than through TypeORM (for tests and diagnostics). */
export function isKept(qb: SelectQueryBuilder<ObjectLiteral>): boolean {
  return shapeOf(qb) !== undefined;
}
