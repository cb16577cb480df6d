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
  const fields = [code, column(target, 'name')];
  const inputs = ['i.code', 'i.name'];
  const params = ['$1::text[]', '$2::text[]'];
  const names = ['code', 'name'];
  if (spec.kindOf) {
    fields.push(column(target, 'kind'));
    inputs.push('i.kind');
    params.push(`$${params.length + 1}::text[]`);
    names.push('kind');
  }
  let from = 'input i';
  let orphans = `'{}'::int[]`;
  if (spec.parent) {
    const parent = db.getMetadata(spec.parent.entity);
    const parentTable = quote(parent.tableName);
    const parentCode = column(parent, 'code');
    fields.push(column(target, spec.parent.foreignKey));
    inputs.push(`p.${column(parent, 'id')}`);
    params.push(`$${params.length + 1}::text[]`);
    names.push('parent_code');
    from = `input i JOIN ${parentTable} p ON p.${parentCode} = i.parent_code`;
    orphans = `(SELECT coalesce(array_agg(i.line), '{}') FROM input i
      WHERE NOT EXISTS (SELECT 1 FROM ${parentTable} p WHERE p.${parentCode} = i.parent_code))`;
  }
  params.push(`$${params.length + 1}::int[]`);
  names.push('line');
  const changed = fields.slice(1);
  return `
    WITH input AS (
      SELECT * FROM unnest(${params.join(', ')}) AS i(${names.join(', ')})
    ), written AS (
      INSERT INTO ${table} AS t (${fields.join(', ')})
      SELECT ${inputs.join(', ')} FROM ${from}
      ON CONFLICT (${code}) DO UPDATE
        SET ${changed.map((f) => `${f} = excluded.${f}`).join(', ')}, ${column(target, 'updatedAt')} = now()
        WHERE (${changed.map((f) => `t.${f}`).join(', ')})
          IS DISTINCT FROM (${changed.map((f) => `excluded.${f}`).join(', ')})
      RETURNING (t.xmax = 0) AS inserted
    )
    SELECT count(*) FILTER (WHERE inserted)::int AS inserted,
           count(*) FILTER (WHERE NOT inserted)::int AS updated,
           ${orphans} AS orphan_lines
    FROM written`;
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
