import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { QueryRunner } from 'typeorm';
import { batchIdSeed } from './batch-ids';
import type { LevelSpec } from './levels';
import type { DivisionRow } from './reader';
import type { PinyinKeys } from '../core/pinyin';
import { placePinyinReader } from './place-pinyin';

/** What one file did: rows inserted, rows whose name/kind/parent changed, rows left as they were. */
export interface FileOutcome {
  inserted: number;
  updated: number;
  unchanged: number;
  /** Rows whose parent code is not in the database (line and parent code); nothing was written for them. */
  orphans: { line: number; parentCode: string }[];
}

/**
 * Writes one file's rows inside the caller's transaction: `stage` adds a batch of rows to a
 * temporary table (one statement per batch), `finish` upserts them all into the level's table
 * (one statement) and says what happened. Build it with `createFileWriter` once per file.
 */
export interface FileWriter {
  stage(rows: DivisionRow[]): Promise<void>;
  finish(): Promise<FileOutcome>;
}

/** The temporary table a file's rows are staged in; dropped when the transaction ends. */
const STAGING = 'division_import_staging';

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/**
 * One field in PostgreSQL's COPY text format: `\N` for null, and backslash, tab, line feed and
 * carriage return escaped (names never hold them, the reader refuses control characters; a
 * backslash may occur).
 */
function copyField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** A batch of rows, with their names' pinyin keys (`pinyinOf`), as the body of a `COPY … FROM STDIN` in text format: one line per row. */
export function copyText(rows: DivisionRow[], pinyinOf: (name: string) => PinyinKeys): string {
  let text = '';
  for (const r of rows) {
    // The name's pinyin keys go with it (docs/rules.md rule 15).
    const keys = pinyinOf(r.name);
    text += `${r.line}\t${copyField(r.code)}\t${copyField(r.name)}\t${copyField(r.kind)}\t${copyField(r.parentCode)}`;
    text += `\t${copyField(keys.pinyinKey)}\t${copyField(keys.pinyinSearch)}\n`;
  }
  return text;
}

/** The statement that streams a batch into the staging table. */
const STAGE_COPY = `COPY ${STAGING} (line, code, name, kind, parent_code, pinyin_key, pinyin_search) FROM STDIN`;

/** The statements of one level, with the table and column names of its spec. */
interface LevelSql {
  /** Lines and parent codes of staged rows whose parent is not stored. */
  orphans: string;
  /** Updates the stored rows that differ from the file; answers their number as `n`. */
  update: string;
  /** Inserts the new rows; parameters: the id seed (prefix, start). Answers their number as `n`. */
  insert: string;
  /** The foreign keys from the level's table to its parent's (name and definition); parameter-free. */
  foreignKeys?: string;
  /** The level's table, quoted. */
  table: string;
}

/**
 * Builds the level's statements. The file's table is locked against other writers first (see
 * `finish`), so that two statements do what one INSERT … ON CONFLICT would, without its
 * speculative insertion (an extra index probe and WAL record per row):
 *  - `update` rewrites the stored rows whose name, kind or parent differ from the file's;
 *    identical rows are neither written nor locked;
 *  - `insert` adds the codes not stored yet, in file order (the staging table is scanned in the
 *    order it was filled, so the ids, codes and parent ids of a sorted file append to their
 *    indexes), each id derived from the file's seed ($1, $2) and the row's line.
 * Both join each staged row to its parent by code: orphans drop out (the `orphans` query lists them).
 */
function levelSql(spec: LevelSpec): LevelSql {
  const col = quote;
  const table = quote(spec.table);
  // the target's columns an import may change (the name's pinyin keys with it: docs/rules.md rule 15)…
  const stored = [col('name'), col('pinyin_key'), col('pinyin_search')];
  const given = ['i.name', 'i.pinyin_key', 'i.pinyin_search']; // …and where their new values come from
  if (spec.kindOf) {
    stored.push(col('kind'));
    given.push('i.kind');
  }
  let parentJoin = '';
  let foreignKeys: string | undefined;
  let orphans = `SELECT line, parent_code FROM ${STAGING} WHERE false`;
  if (spec.parent) {
    const parentTable = quote(spec.parent.table);
    stored.push(col(spec.parent.foreignKey));
    given.push(`p.${col('id')}`);
    parentJoin = `JOIN ${parentTable} p ON p.${col('code')} = i.parent_code`;
    orphans = `SELECT s.line, s.parent_code FROM ${STAGING} s
      WHERE NOT EXISTS (SELECT 1 FROM ${parentTable} p WHERE p.${col('code')} = s.parent_code) ORDER BY s.line`;
    foreignKeys = `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE contype = 'f' AND conrelid = '${table}'::regclass AND confrelid = '${parentTable}'::regclass`;
  }
  const list = (prefix: string, names: string[]) => names.map((n) => `${prefix}${n}`).join(', ');
  const update = `
    WITH changed AS (
      UPDATE ${table} AS t SET ${stored.map((c, k) => `${c} = ${given[k]}`).join(', ')}, ${col('updated_at')} = now()
      FROM ${STAGING} i ${parentJoin}
      WHERE t.${col('code')} = i.code AND (${list('t.', stored)}) IS DISTINCT FROM (${given.join(', ')})
      RETURNING 1
    ) SELECT count(*)::int AS n FROM changed`;
  const id = `($1::text || lpad(to_hex($2::bigint + i.line), 12, '0'))::uuid`;
  const insert = `
    WITH added AS (
      INSERT INTO ${table} (${col('id')}, ${col('code')}, ${stored.join(', ')})
      SELECT ${id}, i.code, ${given.join(', ')}
      FROM ${STAGING} i ${parentJoin}
      WHERE NOT EXISTS (SELECT 1 FROM ${table} s WHERE s.${col('code')} = i.code)
      RETURNING 1
    ) SELECT count(*)::int AS n FROM added`;
  return { orphans, update, insert, foreignKeys, table };
}

/** Staged rows from which a file's parent foreign key is checked once instead of per row. */
export const DEFAULT_BULK_ROWS = 100_000;

/** Drops the level's foreign keys to its parent and returns them, to be added back. */
async function dropForeignKeys(
  runner: QueryRunner,
  statements: LevelSql,
): Promise<{ name: string; definition: string }[]> {
  const keys = (await runner.query(statements.foreignKeys!)) as { name: string; definition: string }[];
  for (const key of keys) await runner.query(`ALTER TABLE ${statements.table} DROP CONSTRAINT ${quote(key.name)}`);
  return keys;
}

/**
 * Drops the level's secondary indexes (neither the primary key nor one backing a constraint)
 * and returns their definitions, to be built again after the upsert: building an index once over
 * the loaded table is faster than updating it row by row, as PostgreSQL's manual advises for
 * bulk loads. A unique index built again still refuses duplicates, failing the file's transaction.
 */
async function dropSecondaryIndexes(runner: QueryRunner, statements: LevelSql): Promise<string[]> {
  const indexes = (await runner.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = '${statements.table}'::regclass AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  )) as { name: string; definition: string }[];
  for (const index of indexes) await runner.query(`DROP INDEX ${index.name}`);
  return indexes.map((index) => index.definition);
}

const sqlCache = new Map<LevelSpec, LevelSql>();

/**
 * Starts writing one file of `spec`'s level on `runner`, which must be in a transaction: creates
 * the temporary staging table (dropped at commit or rollback). Batches are streamed into it with
 * one `COPY … FROM STDIN` each (pg-copy-streams; PostgreSQL's fastest way in, with no per-row
 * parameters to bind); `finish` validates the parent
 * codes in SQL and upserts the file with one UPDATE … FROM and one INSERT … SELECT. Ids are time-ordered
 * UUIDs (see batch-ids.ts) advanced by each row's line, unique within the file.
 *
 * A file of at least `bulkRows` staged rows is written the way PostgreSQL's manual advises for
 * bulk loads: the foreign key to the parent table and the level's secondary indexes are dropped
 * before the upsert and made again (with the same names and definitions, so the key is checked and
 * each index built once over the whole table) after it, in the same transaction. That saves a trigger call per row, and holds an exclusive lock on the level's and
 * the parent's tables until the file commits. Throws what the database throws (a failed check
 * rolls back the file, the foreign key included).
 */
export async function createFileWriter(
  runner: QueryRunner,
  spec: LevelSpec,
  bulkRows = DEFAULT_BULK_ROWS,
): Promise<FileWriter> {
  let statements = sqlCache.get(spec);
  if (!statements) sqlCache.set(spec, (statements = levelSql(spec)));
  const sql = statements;
  await runner.query(
    `CREATE TEMP TABLE ${STAGING} (line int NOT NULL, code text NOT NULL, name text NOT NULL, kind text, parent_code text,
       pinyin_key text NOT NULL, pinyin_search text NOT NULL) ON COMMIT DROP`,
  );
  let staged = 0;
  const pinyinOf = placePinyinReader();
  return {
    async stage(rows) {
      if (rows.length === 0) return;
      staged += rows.length;
      // The runner's own connection, so that the rows land in its transaction's temporary table.
      const client = (await runner.connect()) as PoolClient;
      await pipeline(Readable.from([copyText(rows, pinyinOf)]), client.query(copyFrom(STAGE_COPY)));
    },
    async finish() {
      if (staged === 0) return { inserted: 0, updated: 0, unchanged: 0, orphans: [] };
      await runner.query(`ANALYZE ${STAGING}`); // the planner then knows how many rows it joins
      await runner.query(`SET LOCAL work_mem = '64MB'`); // room to hash the joins and keep RETURNING's rows
      const orphanRows = (await runner.query(sql.orphans)) as { line: number; parent_code: string }[];
      const seed = batchIdSeed();
      const bulk = staged >= bulkRows;
      const keys = bulk && sql.foreignKeys ? await dropForeignKeys(runner, sql) : [];
      const indexes = bulk ? await dropSecondaryIndexes(runner, sql) : [];
      // Other writers of the table wait until the file commits; readers do not.
      await runner.query(`LOCK TABLE ${sql.table} IN SHARE ROW EXCLUSIVE MODE`);
      const [updated] = (await runner.query(sql.update)) as { n: number }[];
      const [inserted] = (await runner.query(sql.insert, [seed.prefix, seed.start])) as { n: number }[];
      const counts = { inserted: inserted.n, updated: updated.n };
      for (const definition of indexes) await runner.query(definition);
      for (const key of keys) {
        await runner.query(`ALTER TABLE ${sql.table} ADD CONSTRAINT ${quote(key.name)} ${key.definition}`);
      }
      return {
        inserted: counts.inserted,
        updated: counts.updated,
        unchanged: staged - orphanRows.length - counts.inserted - counts.updated,
        orphans: orphanRows.map((o) => ({ line: o.line, parentCode: o.parent_code })),
      };
    },
  };
}
