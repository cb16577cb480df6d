import type { DataSource } from 'typeorm';
import { scopeFilter } from '../core/scope-filter';
import type { Viewer } from '../core/viewer';
import { byIdLoader } from '../core/loaders';
import { Department } from './department.entity';

/** This request's department loaders. */
export function createDepartmentLoaders(db: DataSource, viewer: Viewer | null) {
  return { department: byIdLoader(db, Department, scopeFilter(viewer, 'districtId')) };
}

/** The department loaders, for services that declare them. */
export type DepartmentLoaders = ReturnType<typeof createDepartmentLoaders>;
