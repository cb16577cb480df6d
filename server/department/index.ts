import { defineModule, resolversReading, serviceOf } from '../core/module';
import { Department } from './department.entity';
import { createDepartmentLoaders } from './department.loaders';
import { DepartmentResolver, type DepartmentResolverContext } from './department.resolver';
import { DepartmentService } from './department.service';

/**
 * A district's functional departments (区职能部门), which station agencies in subdistricts.
 */
export const departmentModule = defineModule({
  name: 'department',
  entities: [Department],
  resolvers: resolversReading<DepartmentResolverContext>(DepartmentResolver),
  loaders: createDepartmentLoaders,
  services: {
    departments: serviceOf(DepartmentService),
  },
});
