import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { Neighborhood } from './neighborhood.entity';

/** This request's neighborhood loaders. */
export function createNeighborhoodLoaders(db: DataSource) {
  return { neighborhood: byIdLoader(db, Neighborhood) };
}
