import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { Subdistrict } from './subdistrict.entity';

/** This request's subdistrict loaders. */
export function createSubdistrictLoaders(db: DataSource) {
  return { subdistrict: byIdLoader(db, Subdistrict) };
}

/** The subdistrict loaders, for services that declare them. */
export type SubdistrictLoaders = ReturnType<typeof createSubdistrictLoaders>;
