import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { ServiceToken } from './service-token.entity';

/** This request's service-token loader, limited to the caller's district. */
export function createIntegrationLoaders(db: DataSource, viewer: Viewer | null) {
  return { serviceToken: byIdLoader(db, ServiceToken, scopeFilter(viewer, 'districtId')) };
}

/** The integration loaders, for services that declare them. */
export type IntegrationLoaders = ReturnType<typeof createIntegrationLoaders>;
