import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { NeighborhoodService } from './neighborhood.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Neighborhood } from './neighborhood.entity';
import {
  CreateNeighborhoodInput,
  NeighborhoodFilter,
  NeighborhoodOrder,
  UpdateNeighborhoodInput,
} from './neighborhood.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type NeighborhoodResolverContext = RequestContext<{
  neighborhoods: NeighborhoodService;
  subdistricts: SubdistrictService;
}>;
type Context = NeighborhoodResolverContext;

registerNode(Neighborhood, (ctx: Context, id) => ctx.services.neighborhoods.find(id));

const NeighborhoodConnection = ConnectionType(Neighborhood, 'neighborhoods');

@Resolver(() => Neighborhood)
export class NeighborhoodResolver {
  @Query(() => Neighborhood, { nullable: true, description: 'One neighborhood by id; null when there is none.' })
  neighborhood(@Arg('id', () => ID, { description: "The neighborhood's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.neighborhoods.find(id);
  }

  @Query(() => NeighborhoodConnection, { description: 'A page of neighborhoods (居民区 / 居委会 and 村委会).' })
  neighborhoods(
    @Arg('filter', () => NeighborhoodFilter, { nullable: true, description: 'Which neighborhoods to list.' })
    filter: NeighborhoodFilter | undefined,
    @Arg('orderBy', () => [NeighborhoodOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by code).',
    })
    orderBy: NeighborhoodOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.neighborhoods.list(filter, orderBy, page);
  }

  @FieldResolver(() => Subdistrict, { description: 'The subdistrict it belongs to.' })
  subdistrict(@Root() neighborhood: Neighborhood, @Ctx() ctx: Context) {
    return ctx.services.subdistricts.get(neighborhood.subdistrictId);
  }

  @Mutation(() => Neighborhood, {
    description: 'Creates a neighborhood. BAD_USER_INPUT (e.g. code not under the subdistrict), CONFLICT (code taken).',
  })
  createNeighborhood(
    @Arg('input', () => CreateNeighborhoodInput, { description: 'The new neighborhood.' })
    input: CreateNeighborhoodInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.neighborhoods.create(input);
  }

  @Mutation(() => Neighborhood, { description: 'Changes a neighborhood. NOT_FOUND, BAD_USER_INPUT or CONFLICT.' })
  updateNeighborhood(
    @Arg('id', () => ID, { description: "The neighborhood's id." }) id: string,
    @Arg('input', () => UpdateNeighborhoodInput, { description: 'The changes.' }) input: UpdateNeighborhoodInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.neighborhoods.update(id, input);
  }

  @Mutation(() => ID, {
    description: 'Deletes a neighborhood and returns its id. NOT_FOUND; CONFLICT while officials refer to it.',
  })
  deleteNeighborhood(@Arg('id', () => ID, { description: "The neighborhood's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.neighborhoods.remove(id);
  }
}
