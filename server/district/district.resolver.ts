import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { DistrictService } from './district.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { District } from './district.entity';
import { CreateDistrictInput, DistrictFilter, DistrictOrder, UpdateDistrictInput } from './district.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type DistrictResolverContext = RequestContext<{ districts: DistrictService }>;
type Context = DistrictResolverContext;

registerNode(District, (ctx: Context, id) => ctx.services.districts.find(id));

const DistrictConnection = ConnectionType(District, 'districts');

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true, description: 'One district by id; null when there is none.' })
  district(@Arg('id', () => ID, { description: "The district's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.districts.find(id);
  }

  @Query(() => DistrictConnection, { description: 'A page of districts (区).' })
  districts(
    @Arg('filter', () => DistrictFilter, { nullable: true, description: 'Which districts to list.' })
    filter: DistrictFilter | undefined,
    @Arg('orderBy', () => [DistrictOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by code).',
    })
    orderBy: DistrictOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.districts.list(filter, orderBy, page);
  }

  @Mutation(() => District, {
    description: 'Creates a district. BAD_USER_INPUT for a malformed code or name, CONFLICT for a taken code.',
  })
  createDistrict(
    @Arg('input', () => CreateDistrictInput, { description: 'The new district.' }) input: CreateDistrictInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.districts.create(input);
  }

  @Mutation(() => District, { description: 'Changes a district. NOT_FOUND, BAD_USER_INPUT or CONFLICT.' })
  updateDistrict(
    @Arg('id', () => ID, { description: "The district's id." }) id: string,
    @Arg('input', () => UpdateDistrictInput, { description: 'The changes.' }) input: UpdateDistrictInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.districts.update(id, input);
  }

  @Mutation(() => ID, {
    description:
      'Deletes a district and returns its id. NOT_FOUND; CONFLICT while subdistricts or departments refer to it.',
  })
  deleteDistrict(@Arg('id', () => ID, { description: "The district's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.districts.remove(id);
  }
}
