import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isId } from '../core/ids';
import { byIdLoader, groupLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { BreachFollowUp, ConventionBreach } from './breach.entity';
import { Building } from './building.entity';
import { BuildingConvention, ConventionVersion } from './convention.entity';

/** How many live (not voided) household codes each version has, in one query for the batch. */
function liveCodesLoader(db: DataSource): DataLoader<string, number> {
  return new DataLoader<string, number>(async (keys) => {
    const ids = [...new Set(keys.filter(isId))];
    const rows: { version_id: string; n: number }[] =
      ids.length === 0
        ? []
        : await db.query(
            `SELECT version_id, count(*)::int AS n FROM household_code WHERE version_id = ANY($1) AND NOT voided GROUP BY version_id`,
            [ids],
          );
    const counts = new Map(rows.map((row) => [row.version_id, row.n]));
    return keys.map((key) => counts.get(key) ?? 0);
  });
}

/**
 * This request's building and convention loaders (docs/rules.md rule 14), limited to the viewer's
 * scope by subdistrict: buildings, conventions, versions and breaches by id, a convention's
 * versions (by number), a breach's follow-ups (in the order recorded), and a version's live codes.
 */
export function createConventionLoaders(db: DataSource, viewer: Viewer | null) {
  const scope = scopeFilter(viewer, 'subdistrictId');
  return {
    building: byIdLoader(db, Building, scope),
    buildingConvention: byIdLoader(db, BuildingConvention, scope),
    conventionVersion: byIdLoader(db, ConventionVersion, scope),
    versionsByConvention: groupLoader(db, ConventionVersion, 'conventionId', 'number', scope),
    conventionBreach: byIdLoader(db, ConventionBreach, scope),
    followUpsByBreach: groupLoader(db, BreachFollowUp, 'breachId', 'createdAt'),
    liveCodesByVersion: liveCodesLoader(db),
  };
}

/** The building and convention loaders, for services that declare them. */
export type ConventionLoaders = ReturnType<typeof createConventionLoaders>;
