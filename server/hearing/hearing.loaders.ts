import type { DataSource } from 'typeorm';
import { byIdLoader, groupLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { Hearing, WorksProject } from './hearing.entity';

/** This request's hearing loaders, limited to the viewer's scope: projects and hearings by id, a project's hearings by day. */
export function createHearingLoaders(db: DataSource, viewer: Viewer | null) {
  const scope = scopeFilter(viewer, 'subdistrictId');
  return {
    worksProject: byIdLoader(db, WorksProject, scope),
    hearing: byIdLoader(db, Hearing, scope),
    hearingsByProject: groupLoader(db, Hearing, 'projectId', 'heldOn', scope),
  };
}

/** The hearing loaders, for services that declare them. */
export type HearingLoaders = ReturnType<typeof createHearingLoaders>;
