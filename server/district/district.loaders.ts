import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { District } from './district.entity';

/** This request's district loaders. */
export function createDistrictLoaders(db: DataSource) {
  return { district: byIdLoader(db, District) };
}

/** The district loaders, for services that declare them. */
export type DistrictLoaders = ReturnType<typeof createDistrictLoaders>;
