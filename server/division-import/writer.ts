import type { DataSource, EntityMetadata, QueryRunner } from 'typeorm';
import { batchIdSeed } from './batch-ids';
import type { LevelSpec } from './levels';
import type { DivisionRow } from './reader';

/** What one batch did: rows inserted, rows whose name/kind/parent changed, rows left as they were. */
export interface BatchOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows whose parent code is not in the database; nothing was written for them. */
  orphans: DivisionRow[];
}

/** Writes batches of one level's rows; build it once per level with `createBatchWriter`. */
export type BatchWriter = (runner: QueryRunner, rows: DivisionRow[]) => Promise<BatchOutcome>;

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function column(metadata: EntityMetadata, property: string): string {
  const found = metadata.findColumnWithPropertyName(property);
  if (!found) throw new Error(`${metadata.name} has no column for ${property}`);
  return quote(found.databaseName);
}

/**
 * The upsert for one level, with table and column names taken from the entities' metadata.
 * Parameters: parallel arrays (code, name[, kind][, parent code], line), then the batch's id
 * seed (prefix, start; see batch-ids.ts). Steps, one statement:
 *  - `input` looks up each row's parent id by code; rows without one are answered as
 *    `orphan_lines` and not written;
 *  - `fresh` keeps the rows that are new or differ from the stored row, so that a row already
 *    up to date is neither written nor locked (ON CONFLICT DO UPDATE would lock it even when
 *    its WHERE says no);
 *  - `written` inserts them; `ON CONFLICT (code)` still guards against a concurrent import and
 *    updates only when name, kind or parent differ. `xmax = 0` marks a fresh tuple (inserted).
 * Both lookups are scalar subqueries, so each is one index probe per row whatever the tables'
 * statistics say while they grow.
 */
function upsertSql(db: DataSource, spec: LevelSpec): string {
  const target = db.getMetadata(spec.entity);
  const col = (property: string) => column(target, property);
  const inputs = ['code', 'name']; // unnest's columns
  const stored = [col('name')]; // the target's columns an import may change…
  const given = ['name']; // …and the input columns holding their new values
  if (spec.kindOf) {
    inputs.push('kind');
    stored.push(col('kind'));
    given.push('kind');
  }
  let parentId = '';
  if (spec.parent) {
    const parent = db.getMetadata(spec.parent.entity);
    inputs.push('parent_code');
    stored.push(col(spec.parent.foreignKey));
    given.push('parent_id');
    parentId = `, (SELECT p.${column(parent, 'id')} FROM ${quote(parent.tableName)} p
          WHERE p.${column(parent, 'code')} = i.parent_code) AS parent_id`;
  }
  inputs.push('line');
  const params = inputs.map((name, i) => `$${i + 1}::${name === 'line' ? 'int' : 'text'}[]`);
  const id = `($${inputs.length + 1}::text || lpad(to_hex($${inputs.length + 2}::bigint + position), 12, '0'))::uuid`;
  const found = spec.parent ? 'parent_id IS NOT NULL' : 'true';
  const table = quote(target.tableName);
  const list = (prefix: string, names: string[]) => names.map((n) => `${prefix}${n}`).join(', ');
  return `
    WITH input AS (
      SELECT i.*${parentId}
      FROM unnest(${params.join(', ')}) WITH ORDINALITY AS i(${inputs.join(', ')}, position)
    ), fresh AS (
      SELECT * FROM input
      WHERE ${found} AND (
        SELECT (${list('s.', stored)}) IS NOT DISTINCT FROM (${list('input.', given)})
        FROM ${table} s WHERE s.${col('code')} = input.code
      ) IS NOT TRUE
    ), written AS (
      INSERT INTO ${table} AS t (${col('id')}, ${col('code')}, ${stored.join(', ')})
      SELECT ${id}, code, ${given.join(', ')} FROM fresh
      ON CONFLICT (${col('code')}) DO UPDATE
        SET ${stored.map((c) => `${c} = excluded.${c}`).join(', ')}, ${col('updatedAt')} = now()
        WHERE (${list('t.', stored)}) IS DISTINCT FROM (${list('excluded.', stored)})
      RETURNING (t.xmax = 0) AS inserted
    )
    SELECT (SELECT count(*) FILTER (WHERE inserted) FROM written)::int AS inserted,
           (SELECT count(*) FILTER (WHERE NOT inserted) FROM written)::int AS updated,
           (SELECT coalesce(array_agg(line), '{}') FROM input WHERE NOT (${found})) AS orphan_lines`;
}

/** Builds the writer for one level: one INSERT … ON CONFLICT statement per batch. */
export function createBatchWriter(db: DataSource, spec: LevelSpec): BatchWriter {
  const sql = upsertSql(db, spec);
  return async (runner, rows) => {
    if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0, orphans: [] };
    const params: unknown[] = [rows.map((r) => r.code), rows.map((r) => r.name)];
    if (spec.kindOf) params.push(rows.map((r) => r.kind));
    if (spec.parent) params.push(rows.map((r) => r.parentCode));
    params.push(rows.map((r) => r.line));
    const seed = batchIdSeed();
    params.push(seed.prefix, seed.start);
    const [result] = (await runner.query(sql, params)) as { inserted: number; updated: number; orphan_lines: number[] }[];
    const orphanLines = new Set(result.orphan_lines);
    const orphans = orphanLines.size ? rows.filter((r) => orphanLines.has(r.line)) : [];
    return {
      inserted: result.inserted,
      updated: result.updated,
      unchanged: rows.length - orphans.length - result.inserted - result.updated,
      orphans,
    };
  };
}
