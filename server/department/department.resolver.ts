import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { DepartmentService } from './department.service';
import type { DistrictService } from '../district/district.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { District } from '../district/district.entity';
import { Department } from './department.entity';
import { CreateDepartmentInput, DepartmentFilter, DepartmentOrder, UpdateDepartmentInput } from './department.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type DepartmentResolverContext = RequestContext<{ departments: DepartmentService; districts: DistrictService }>;
type Context = DepartmentResolverContext;

registerNode(Department, (ctx: Context, id) => ctx.services.departments.find(id));

const DepartmentConnection = ConnectionType(Department, 'departments');

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => Department, { nullable: true, description: 'One department by id; null when there is none.' })
  department(@Arg('id', () => ID, { description: "The department's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.departments.find(id);
  }

  @Query(() => DepartmentConnection, { description: 'A page of district functional departments (区职能部门).' })
  departments(
    @Arg('filter', () => DepartmentFilter, { nullable: true, description: 'Which departments to list.' })
    filter: DepartmentFilter | undefined,
    @Arg('orderBy', () => [DepartmentOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by name).',
    })
    orderBy: DepartmentOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.departments.list(filter, orderBy, page);
  }

  @FieldResolver(() => District, { description: 'The district the department belongs to.' })
  district(@Root() department: Department, @Ctx() ctx: Context) {
    return ctx.services.districts.get(department.districtId);
  }

  @Mutation(() => Department, {
    description: 'Creates a department. BAD_USER_INPUT (unknown district), CONFLICT (name taken in the district).',
  })
  createDepartment(
    @Arg('input', () => CreateDepartmentInput, { description: 'The new department.' }) input: CreateDepartmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.departments.create(input);
  }

  @Mutation(() => Department, { description: 'Renames a department. NOT_FOUND, BAD_USER_INPUT or CONFLICT.' })
  updateDepartment(
    @Arg('id', () => ID, { description: "The department's id." }) id: string,
    @Arg('input', () => UpdateDepartmentInput, { description: 'The changes.' }) input: UpdateDepartmentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.departments.update(id, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a department and returns its id. NOT_FOUND; CONFLICT while it stations agencies.',
  })
  deleteDepartment(@Arg('id', () => ID, { description: "The department's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.departments.remove(id);
  }
}
