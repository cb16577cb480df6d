import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import type { Viewer } from '../core/viewer';
import { limitToScope } from '../core/viewer';
import { User } from './user.entity';

/** This request's user loaders, limited to users whose scope lies within the viewer's. */
export function createUserLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    user: byIdLoader(
      db,
      User,
      viewer
        ? (qb) =>
            viewer.subdistrictId ? limitToScope(qb, viewer, 'subdistrictId') : limitToScope(qb, viewer, 'districtId')
        : undefined,
    ),
  };
}

/** The user loaders, for services that declare them. */
export type UserLoaders = ReturnType<typeof createUserLoaders>;
