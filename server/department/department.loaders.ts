import type { DataSource } from 'typeorm';
import { byIdLoader } from '../core/loaders';
import { Department } from './department.entity';

/** This request's department loaders. */
export function createDepartmentLoaders(db: DataSource) {
  return { department: byIdLoader(db, Department) };
}
