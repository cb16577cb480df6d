import type { DataSource } from 'typeorm';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { byIdLoader, groupLoader } from '../core/loaders';
import { DispatchedAgency } from './dispatched-agency.entity';

/** This request's dispatched-agency loaders. */
export function createDispatchedAgencyLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    dispatchedAgency: byIdLoader(db, DispatchedAgency, scopeFilter(viewer, 'subdistrictId')),
    agenciesBySubdistrict: groupLoader(
      db,
      DispatchedAgency,
      'subdistrictId',
      'name',
      scopeFilter(viewer, 'subdistrictId'),
    ),
  };
}

/** The dispatched-agency loaders, for services that declare them. */
export type DispatchedAgencyLoaders = ReturnType<typeof createDispatchedAgencyLoaders>;
