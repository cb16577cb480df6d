import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { officialScopeFilter, officialYearLoader } from '../official/official-record';
import type { Viewer } from '../core/viewer';
import { ResponsibilityItem } from './responsibility.entity';

/**
 * This request's responsibility-list loaders, limited to the officials in the viewer's scope: items
 * by id, and an official's list for a year (by position) for `Official.responsibilityItems`.
 */
export function createResponsibilityLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    responsibilityItem: byIdLoader(db, ResponsibilityItem, officialScopeFilter(viewer)),
    responsibilityItemsByOfficialYear: officialYearLoader(
      db,
      ResponsibilityItem,
      'position',
      officialScopeFilter(viewer),
    ),
  };
}

/** The responsibility loaders, for services that declare them. */
export type ResponsibilityLoaders = ReturnType<typeof createResponsibilityLoaders>;
