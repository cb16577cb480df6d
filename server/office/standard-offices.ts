import type { EntityManager } from 'typeorm';
import { STANDARD_OFFICES } from './office-kind';
import { pinyinKeys } from '../core/pinyin';

/**
 * Gives each of the subdistricts its six standard offices with their standard names and duties
 * (docs/rules.md rule 1) and their names' pinyin keys (rule 15), skipping those it has; one statement.
 * Returns how many offices were added.
 */
export async function createStandardOffices(manager: EntityManager, subdistrictIds: string[]): Promise<number> {
  if (subdistrictIds.length === 0) return 0;
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO office (subdistrict_id, kind, name, duties, pinyin_key, pinyin_search)
     SELECT s.id, std.kind, std.name, std.duties, std."pinyinKey", std."pinyinSearch"
       FROM subdistrict s
      CROSS JOIN jsonb_to_recordset($2::jsonb)
           AS std(kind text, name text, duties text[], "pinyinKey" text, "pinyinSearch" text)
      WHERE s.id = ANY($1::uuid[])
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [subdistrictIds, JSON.stringify(STANDARD_OFFICES.map((o) => ({ ...o, ...pinyinKeys(o.name, 'place') })))],
  );
  return rows.length;
}
