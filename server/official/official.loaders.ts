import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { Official } from './official.entity';

/** This request's official loaders. */
export function createOfficialLoaders(db: DataSource) {
  return { official: byIdLoader(db, Official) };
}
