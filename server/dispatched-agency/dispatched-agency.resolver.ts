import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { DispatchedAgencyService } from './dispatched-agency.service';
import type { DepartmentService } from '../department/department.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Department } from '../department/department.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { DispatchedAgency } from './dispatched-agency.entity';
import {
  CreateDispatchedAgencyInput,
  DispatchedAgencyFilter,
  DispatchedAgencyOrder,
  UpdateDispatchedAgencyInput,
} from './dispatched-agency.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type DispatchedAgencyResolverContext = RequestContext<{
  agencies: DispatchedAgencyService;
  departments: DepartmentService;
  subdistricts: SubdistrictService;
}>;
type Context = DispatchedAgencyResolverContext;

registerNode(DispatchedAgency, (ctx: Context, id) => ctx.services.agencies.find(id));

const DispatchedAgencyConnection = ConnectionType(DispatchedAgency, 'stationed agencies');

@Resolver(() => DispatchedAgency)
export class DispatchedAgencyResolver {
  @Query(() => DispatchedAgency, {
    nullable: true,
    description: 'One stationed agency by id; null when there is none.',
  })
  dispatchedAgency(@Arg('id', () => ID, { description: "The agency's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.agencies.find(id);
  }

  @Query(() => DispatchedAgencyConnection, { description: 'A page of stationed agencies (派出机构, "七所八所").' })
  dispatchedAgencies(
    @Arg('filter', () => DispatchedAgencyFilter, { nullable: true, description: 'Which agencies to list.' })
    filter: DispatchedAgencyFilter | undefined,
    @Arg('orderBy', () => [DispatchedAgencyOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by name).',
    })
    orderBy: DispatchedAgencyOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agencies.list(filter, orderBy, page);
  }

  @FieldResolver(() => Department, { description: 'The district department that stations it.' })
  department(@Root() agency: DispatchedAgency, @Ctx() ctx: Context) {
    return ctx.services.departments.get(agency.departmentId);
  }

  @FieldResolver(() => Subdistrict, { description: 'The subdistrict it is stationed in.' })
  subdistrict(@Root() agency: DispatchedAgency, @Ctx() ctx: Context) {
    return ctx.services.subdistricts.get(agency.subdistrictId);
  }

  @Mutation(() => DispatchedAgency, {
    description:
      "Stations an agency in a subdistrict. BAD_USER_INPUT (unknown department or subdistrict, subdistrict outside the department's district), CONFLICT (name taken).",
  })
  createDispatchedAgency(
    @Arg('input', () => CreateDispatchedAgencyInput, { description: 'The new agency.' })
    input: CreateDispatchedAgencyInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agencies.create(input);
  }

  @Mutation(() => DispatchedAgency, {
    description: 'Renames an agency or changes its kind. NOT_FOUND, BAD_USER_INPUT or CONFLICT.',
  })
  updateDispatchedAgency(
    @Arg('id', () => ID, { description: "The agency's id." }) id: string,
    @Arg('input', () => UpdateDispatchedAgencyInput, { description: 'The changes.' })
    input: UpdateDispatchedAgencyInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.agencies.update(id, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a stationed agency and returns its id. NOT_FOUND; CONFLICT while officials belong to it.',
  })
  deleteDispatchedAgency(@Arg('id', () => ID, { description: "The agency's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.agencies.remove(id);
  }
}
