import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { DispatchedAgency } from './dispatched-agency.entity';

/** This request's dispatched-agency loaders. */
export function createDispatchedAgencyLoaders(db: DataSource) {
  return { dispatchedAgency: byIdLoader(db, DispatchedAgency) };
}
