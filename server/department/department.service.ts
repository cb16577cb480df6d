import { applyCommonFilter, whereEquals } from '../core/filters';
import { Connection, PageArgs, paginate } from '../core/pagination';
import { RecordService } from '../core/record.service';
import { assertMay, limitToScope } from '../core/viewer';
import { Role } from '../core/role';
import { Department } from './department.entity';
import {
  CreateDepartmentInput,
  DepartmentFilter,
  DepartmentOrder,
  DepartmentOrderField,
  UpdateDepartmentInput,
} from './department.inputs';
import type { ServiceContext } from '../core/request-context';
import type { DistrictService } from '../district/district.service';
import type { DepartmentLoaders } from './department.loaders';

/** NAME sorts by the name's pinyin key (docs/rules.md rule 15), the id breaking ties. */
const SORT_COLUMNS: Record<DepartmentOrderField, string> = {
  NAME: 'd.pinyinKey',
  CREATED_AT: 'd.createdAt',
};

/** The loaders this service reads. */
type DepartmentServiceLoaders = DepartmentLoaders;

/** The services this service calls (the composition root passes them). */
export interface DepartmentDeps {
  districts: DistrictService;
}

/** District functional departments (区职能部门): lookups, lists and edits. */
export class DepartmentService extends RecordService<Department, DepartmentServiceLoaders> {
  protected readonly typeName = 'Department';

  constructor(
    ctx: ServiceContext<DepartmentServiceLoaders>,
    private readonly deps: DepartmentDeps,
  ) {
    super(ctx);
  }

  protected get loader() {
    return this.ctx.loaders.department;
  }

  /** A department is a district-level place. */
  protected async placeOf(department: Department) {
    return { districtId: department.districtId, subdistrictId: null };
  }

  /** A page of the departments of the caller's district matching `filter` (default order: by name). */
  list(
    filter: DepartmentFilter | undefined,
    orderBy: DepartmentOrder[] | undefined,
    page: PageArgs,
  ): Promise<Connection<Department>> {
    const qb = limitToScope(
      applyCommonFilter(this.ctx.db.getRepository(Department).createQueryBuilder('d'), filter),
      this.viewer,
      'districtId',
    );
    whereEquals(qb, 'districtId', filter?.districtId);
    return paginate(qb, page, orderBy, SORT_COLUMNS, [{ field: DepartmentOrderField.NAME }]);
  }

  /** Creates a department of an existing district. BAD_USER_INPUT (unknown district), CONFLICT (name taken in the district). */
  async create(input: CreateDepartmentInput): Promise<Department> {
    await this.deps.districts.referenced(input.districtId, 'input.districtId');
    assertMay(
      this.viewer,
      [Role.ADMIN],
      { districtId: input.districtId, subdistrictId: null },
      'add departments to this district',
    );
    const repo = this.ctx.db.getRepository(Department);
    return repo.save(repo.create({ ...input, name: input.name.trim() }));
  }

  /** Renames a department. NOT_FOUND, BAD_USER_INPUT, CONFLICT. */
  async update(id: string, input: UpdateDepartmentInput): Promise<Department> {
    const department = await this.get(id);
    await this.assertAdminOver(department);
    if (input.name !== undefined) department.name = input.name.trim();
    return this.ctx.db.getRepository(Department).save(department);
  }
}
