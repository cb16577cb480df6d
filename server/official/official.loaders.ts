import type { DataSource } from 'typeorm';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { byIdLoader } from '../core/loaders';
import { Official } from './official.entity';

/** This request's official loaders. */
export function createOfficialLoaders(db: DataSource, viewer: Viewer | null) {
  return { official: byIdLoader(db, Official, scopeFilter(viewer, 'subdistrictId')) };
}

/** The official loaders, for services that declare them. */
export type OfficialLoaders = ReturnType<typeof createOfficialLoaders>;
