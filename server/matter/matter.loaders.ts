import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
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
    matterEvents: groupLoader(db, MatterEvent, 'matterId', (qb) =>
      qb.orderBy('r.at', 'ASC').addOrderBy('r.seq', 'ASC'),
    ),
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
