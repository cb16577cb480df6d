import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { Neighborhood } from './neighborhood.entity';

/** This request's neighborhood loaders. */
export function createNeighborhoodLoaders(db: DataSource) {
  return { neighborhood: byIdLoader(db, Neighborhood) };
}

/** The neighborhood loaders, for services that declare them. */
export type NeighborhoodLoaders = ReturnType<typeof createNeighborhoodLoaders>;
