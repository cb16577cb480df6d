import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import type { Viewer } from '../core/viewer';
import { limitToScope } from '../core/viewer';
import { Role } from '../core/role';
import { User } from './user.entity';

/**
 * This request's user loaders, limited to users whose scope lies within the viewer's. A service
 * token (INTEGRATION) loads no user at all: no scope grants user data (docs/rules.md, Roles and reach).
 */
export function createUserLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    user: byIdLoader(
      db,
      User,
      viewer
        ? (qb) =>
            viewer.role === Role.INTEGRATION
              ? qb.andWhere('FALSE')
              : viewer.subdistrictId
                ? limitToScope(qb, viewer, 'subdistrictId')
                : limitToScope(qb, viewer, 'districtId')
        : undefined,
    ),
  };
}

/** The user loaders, for services that declare them. */
export type UserLoaders = ReturnType<typeof createUserLoaders>;
