import type { Client } from 'pg';
import { pinyinKeys, type NameOf } from '../../server/core/pinyin';

/** The tables the seed's SQL fills without pinyin keys, the column their name is in, and what it names. */
const KEYED: { table: string; column: string; of: NameOf }[] = [
  { table: 'official', column: 'name', of: 'person' },
  { table: 'app_user', column: 'display_name', of: 'person' },
  { table: 'department', column: 'name', of: 'place' },
  { table: 'dispatched_agency', column: 'name', of: 'place' },
  { table: 'office', column: 'name', of: 'place' },
];

/**
 * Writes the pinyin keys (docs/rules.md rule 15) of the rows the seed's SQL steps inserted
 * without them, as Pingyi writes them on every save (server/core/pinyin.ts): without them the
 * bench lists officials by id where Pingyi lists real data by pinyin. One UPDATE per table, each
 * distinct name read once. Returns the rows updated.
 */
export async function writePinyinKeys(client: Client): Promise<number> {
  let updated = 0;
  for (const { table, column, of } of KEYED) {
    const { rows } = await client.query<{ name: string }>(
      `SELECT DISTINCT ${column} AS name FROM ${table} WHERE pinyin_key = ''`,
    );
    if (rows.length === 0) continue;
    const keys = rows.map((r) => pinyinKeys(r.name, of));
    const result = await client.query(
      `UPDATE ${table} t SET pinyin_key = k.key, pinyin_search = k.search
         FROM unnest($1::text[], $2::text[], $3::text[]) AS k(name, key, search)
        WHERE t.${column} = k.name AND t.pinyin_key = ''`,
      [rows.map((r) => r.name), keys.map((k) => k.pinyinKey), keys.map((k) => k.pinyinSearch)],
    );
    updated += result.rowCount ?? 0;
  }
  return updated;
}
