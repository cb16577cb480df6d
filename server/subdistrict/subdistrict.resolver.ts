import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { DispatchedAgencyService } from '../dispatched-agency/dispatched-agency.service';
import type { DistrictService } from '../district/district.service';
import type { OfficeService } from '../office/office.service';
import type { SubdistrictService } from './subdistrict.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { District } from '../district/district.entity';
import { Office } from '../office/office.entity';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Subdistrict } from './subdistrict.entity';
import {
  CreateSubdistrictInput,
  SubdistrictFilter,
  SubdistrictOrder,
  UpdateSubdistrictInput,
} from './subdistrict.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type SubdistrictResolverContext = RequestContext<{
  agencies: DispatchedAgencyService;
  districts: DistrictService;
  offices: OfficeService;
  subdistricts: SubdistrictService;
}>;
type Context = SubdistrictResolverContext;

registerNode(Subdistrict, (ctx: Context, id) => ctx.services.subdistricts.find(id));

const SubdistrictConnection = ConnectionType(Subdistrict, 'subdistricts');

@Resolver(() => Subdistrict)
export class SubdistrictResolver {
  @Query(() => Subdistrict, { nullable: true, description: 'One township-level unit by id; null when there is none.' })
  subdistrict(@Arg('id', () => ID, { description: "The subdistrict's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.subdistricts.find(id);
  }

  @Query(() => SubdistrictConnection, { description: 'A page of township-level units (街道 / 镇 / 乡).' })
  subdistricts(
    @Arg('filter', () => SubdistrictFilter, { nullable: true, description: 'Which subdistricts to list.' })
    filter: SubdistrictFilter | undefined,
    @Arg('orderBy', () => [SubdistrictOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by code).',
    })
    orderBy: SubdistrictOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.subdistricts.list(filter, orderBy, page);
  }

  @FieldResolver(() => District, { description: 'The district it belongs to.' })
  district(@Root() subdistrict: Subdistrict, @Ctx() ctx: Context) {
    return ctx.services.districts.get(subdistrict.districtId);
  }

  @FieldResolver(() => [Office], {
    description: 'Its offices (docs/rules.md rule 1: six standard offices and at most two self-designated), by kind.',
  })
  offices(@Root() subdistrict: Subdistrict, @Ctx() ctx: Context) {
    return ctx.services.offices.ofSubdistrict(subdistrict.id);
  }

  @FieldResolver(() => [DispatchedAgency], {
    description:
      'The agencies district departments station in it (七所八所, docs/rules.md rule 2), by name; within your scope.',
  })
  agencies(@Root() subdistrict: Subdistrict, @Ctx() ctx: Context) {
    return ctx.services.agencies.ofSubdistrict(subdistrict.id);
  }

  @Mutation(() => Subdistrict, {
    description:
      'Creates a township-level unit. BAD_USER_INPUT (e.g. code not under the district), CONFLICT (code taken).',
  })
  createSubdistrict(
    @Arg('input', () => CreateSubdistrictInput, { description: 'The new subdistrict.' }) input: CreateSubdistrictInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.subdistricts.create(input);
  }

  @Mutation(() => Subdistrict, { description: 'Changes a subdistrict. NOT_FOUND, BAD_USER_INPUT or CONFLICT.' })
  updateSubdistrict(
    @Arg('id', () => ID, { description: "The subdistrict's id." }) id: string,
    @Arg('input', () => UpdateSubdistrictInput, { description: 'The changes.' }) input: UpdateSubdistrictInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.subdistricts.update(id, input);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a subdistrict and returns its id. NOT_FOUND; CONFLICT while neighborhoods, offices, agencies or officials refer to it.',
  })
  deleteSubdistrict(@Arg('id', () => ID, { description: "The subdistrict's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.subdistricts.remove(id);
  }
}
