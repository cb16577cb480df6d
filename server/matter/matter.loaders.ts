import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';
import { byIdLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { Matter } from './matter.entity';
import { MatterEvent } from './matter-event.entity';

/**
 * This request's matter loaders: matters by id (limited to the viewer's scope), a matter's
 * timeline (oldest first; the matter was checked first), and office or agency names by
 * `o:<id>` / `a:<id>` in one statement (names of units are public).
 */
export function createMatterLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    matter: byIdLoader(db, Matter, scopeFilter(viewer, 'subdistrictId')),
    matterEvents: new DataLoader<string, MatterEvent[]>(async (keys) => {
      const ids = [...new Set(keys.filter(isId))];
      const rows =
        ids.length === 0
          ? []
          : await db
              .getRepository(MatterEvent)
              .createQueryBuilder('e')
              .where('e.matterId = ANY(:ids)', { ids })
              .orderBy('e.at', 'ASC')
              .addOrderBy('e.seq', 'ASC')
              .getMany();
      const groups = new Map<string, MatterEvent[]>();
      for (const row of rows) (groups.get(row.matterId) ?? groups.set(row.matterId, []).get(row.matterId)!).push(row);
      return keys.map((key) => groups.get(key) ?? []);
    }),
    matterUnitName: new DataLoader<string, string | null>(async (keys) => {
      const ids = (prefix: string) => [...new Set(keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(2)))];
      const rows = (await db.query(
        "SELECT 'o:' || id AS key, name FROM office WHERE id = ANY($1::uuid[]) UNION ALL SELECT 'a:' || id AS key, name FROM dispatched_agency WHERE id = ANY($2::uuid[])",
        [ids('o:'), ids('a:')],
      )) as { key: string; name: string }[];
      const byKey = new Map(rows.map((r) => [r.key, r.name]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}
export type MatterLoaders = ReturnType<typeof createMatterLoaders>;
