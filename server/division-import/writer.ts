import type { DataSource, EntityMetadata, QueryRunner } from 'typeorm';
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
 * Parameters are parallel arrays (code, name[, kind][, parent code], line). Rows are joined to
 * their parent by code; `ON CONFLICT (code)` updates only when name, kind or parent differ, so
 * an unchanged row is neither written nor returned. The statement answers with how many rows
 * were inserted (`xmax = 0`: a fresh tuple) and updated, and the lines whose parent is missing.
 */
function upsertSql(db: DataSource, spec: LevelSpec): string {
  const target = db.getMetadata(spec.entity);
  const table = quote(target.tableName);
  const code = column(target, 'code');
  const names = ['code', 'name'];
  const fields = [code, column(target, 'name')];
  if (spec.kindOf) {
    names.push('kind');
    fields.push(column(target, 'kind'));
  }
  let parentJoin = '';
  let parentOk = 'true';
  if (spec.parent) {
    const parent = db.getMetadata(spec.parent.entity);
    names.push('parent_code');
    fields.push(column(target, spec.parent.foreignKey));
    parentJoin = `LEFT JOIN ${quote(parent.tableName)} p ON p.${column(parent, 'code')} = i.parent_code`;
    parentOk = 'parent_id IS NOT NULL';
  }
  names.push('line');
  const params = names.map((name, i) => `$${i + 1}::${name === 'line' ? 'int' : 'text'}[]`);
  const values = names.filter((n) => n !== 'line' && n !== 'parent_code').concat(spec.parent ? ['parent_id'] : []);
  const changed = fields.slice(1);
  // The id is given explicitly: gen_random_uuid() is built in and cheaper per row than the
  // column default uuid_generate_v4(); both make random (version 4) UUIDs.
  return `
    WITH input AS (
      SELECT i.*${spec.parent ? `, p.${column(db.getMetadata(spec.parent.entity), 'id')} AS parent_id` : ''}
      FROM unnest(${params.join(', ')}) AS i(${names.join(', ')}) ${parentJoin}
    ), written AS (
      INSERT INTO ${table} AS t (${column(target, 'id')}, ${fields.join(', ')})
      SELECT gen_random_uuid(), ${values.join(', ')} FROM input WHERE ${parentOk}
      ON CONFLICT (${code}) DO UPDATE
        SET ${changed.map((f) => `${f} = excluded.${f}`).join(', ')}, ${column(target, 'updatedAt')} = now()
        WHERE (${changed.map((f) => `t.${f}`).join(', ')})
          IS DISTINCT FROM (${changed.map((f) => `excluded.${f}`).join(', ')})
      RETURNING (t.xmax = 0) AS inserted
    )
    SELECT (SELECT count(*) FILTER (WHERE inserted) FROM written)::int AS inserted,
           (SELECT count(*) FILTER (WHERE NOT inserted) FROM written)::int AS updated,
           (SELECT coalesce(array_agg(line), '{}') FROM input WHERE NOT (${parentOk})) AS orphan_lines`;
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
