import type { DataSource } from 'typeorm';
import { byIdLoader, type ScopeFilter } from '../core/loaders';
import { Role } from '../core/role';
import { limitToScope, type Viewer } from '../core/viewer';
import { Mediation } from './mediation.entity';

/** Who reads mediation records (they name the parties of a dispute): ADMINs, and service tokens with `self-governance:read`. */
export const MEDIATION_READERS: Role[] = [Role.ADMIN, Role.INTEGRATION];

/** The loader scope of mediations: the viewer's scope for their readers, nothing for other roles; undefined only for the server's own work. */
export function mediationScopeFilter(viewer: Viewer | null): ScopeFilter | undefined {
  if (!viewer) return undefined;
  return (qb) =>
    MEDIATION_READERS.includes(viewer.role) ? limitToScope(qb, viewer, 'subdistrictId') : qb.andWhere('1 = 0');
}

/** This request's mediation loaders, limited as `mediationScopeFilter` says. */
export function createMediationLoaders(db: DataSource, viewer: Viewer | null) {
  return { mediation: byIdLoader(db, Mediation, mediationScopeFilter(viewer)) };
}

/** The mediation loaders, for services that declare them. */
export type MediationLoaders = ReturnType<typeof createMediationLoaders>;
