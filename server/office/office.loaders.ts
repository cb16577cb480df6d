import type { DataSource } from 'typeorm';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { byIdLoader, groupLoader } from '../core/loaders';
import { Office } from './office.entity';

/** This request's office loaders, limited to the viewer's scope: by id, and a subdistrict's offices (ordered by kind, then name). */
export function createOfficeLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    office: byIdLoader(db, Office, scopeFilter(viewer, 'subdistrictId')),
    officesBySubdistrict: groupLoader(db, Office, 'subdistrictId', 'kind', scopeFilter(viewer, 'subdistrictId')),
  };
}

/** The office loaders, for services that declare them. */
export type OfficeLoaders = ReturnType<typeof createOfficeLoaders>;
