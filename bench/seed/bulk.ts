import type { Client } from 'pg';

/** Tables the seed fills with the most rows; their indexes are rebuilt once after loading. */
export const BULK_TABLES = [
  'participation',
  'rating',
  'meeting_result',
  'third_party_evaluation',
  'annual_assessment',
  'meeting_official',
  'meeting_representative',
  'matter',
  'matter_event',
];

/** How to put one table's indexes back: statements run in order. */
export type IndexRestore = string[];

/**
 * Drops the primary keys, unique constraints and plain indexes of `tables` (inside the caller's
 * transaction), skipping a constraint that a foreign key depends on, and resolves to the
 * statements that recreate them with their migration names. Building an index once over loaded
 * rows is much faster than updating it for every inserted row.
 */
export async function dropIndexes(client: Client, tables: string[]): Promise<IndexRestore> {
  const { rows: constraints } = await client.query<{ tbl: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype IN ('p', 'u') AND c.conrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = c.conindid)`,
    [tables],
  );
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  const restore: IndexRestore = [];
  for (const c of constraints) {
    await client.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`);
    restore.push(`ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`);
  }
  for (const i of indexes) {
    await client.query(`DROP INDEX ${i.name}`);
    restore.push(i.def);
  }
  return restore;
}

/** Runs the statements `dropIndexes` returned; resolves when every index is back. */
export async function restoreIndexes(client: Client, restore: IndexRestore): Promise<void> {
  for (const sql of restore) await client.query(sql);
}

/**
 * Makes those of `tables` that no foreign key points at UNLOGGED for the load (their rows then
 * write no WAL one by one) and resolves to their names; `setLogged` turns them back, which
 * rewrites each table once and logs it in bulk.
 */
export async function setUnlogged(client: Client, tables: string[]): Promise<string[]> {
  const { rows } = await client.query<{ tbl: string }>(
    `SELECT t::regclass::text AS tbl FROM unnest($1::regclass[]) AS t
      WHERE NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = t)`,
    [tables],
  );
  for (const r of rows) await client.query(`ALTER TABLE ${r.tbl} SET UNLOGGED`);
  return rows.map((r) => r.tbl);
}

/** Turns tables made UNLOGGED by `setUnlogged` back into ordinary (logged) tables. */
export async function setLogged(client: Client, tables: string[]): Promise<void> {
  for (const tbl of tables) await client.query(`ALTER TABLE ${tbl} SET LOGGED`);
}
