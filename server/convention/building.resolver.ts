import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import { ConnectionType, PageArgs } from '../core/pagination';
import type { RequestContext } from '../core/request-context';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { Building } from './building.entity';
import type { BuildingService } from './building.service';
import { BuildingFilter, BuildingOrder, CreateBuildingInput, UpdateBuildingInput } from './convention.inputs';

/** What these resolvers read from the request: the services they call; the composition root provides them. */
export type BuildingResolverContext = RequestContext<{
  buildings: BuildingService;
  neighborhoods: NeighborhoodService;
}>;
type Context = BuildingResolverContext;

registerNode(Building, (ctx: Context, id) => ctx.services.buildings.find(id));

const BuildingConnection = ConnectionType(Building, 'buildings');

/** Buildings of neighborhoods with their households (docs/rules.md rule 14). */
@Resolver(() => Building)
export class BuildingResolver {
  @Query(() => Building, { nullable: true, description: 'One building by id; null when there is none in your scope.' })
  building(@Arg('id', () => ID, { description: "The building's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.buildings.find(id);
  }

  @Query(() => BuildingConnection, {
    description:
      'A page of the buildings in your scope (signed-in users; service tokens with self-governance:read), default by name.',
  })
  buildings(
    @Arg('filter', () => BuildingFilter, { nullable: true, description: 'Which buildings to list.' })
    filter: BuildingFilter | undefined,
    @Arg('orderBy', () => [BuildingOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by name).',
    })
    orderBy: BuildingOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.buildings.list(filter, orderBy, page);
  }

  @FieldResolver(() => Neighborhood, { description: 'The neighborhood (居民区) of the building.' })
  neighborhood(@Root() building: Building, @Ctx() ctx: Context) {
    return ctx.services.neighborhoods.get(building.neighborhoodId);
  }

  @Mutation(() => Building, {
    description:
      'Records a building of a neighborhood with its households (ADMIN of the 街道). BAD_USER_INPUT naming the field (unknown neighborhood, households outside 1–10000); FORBIDDEN; CONFLICT on input.name for a name the neighborhood has.',
  })
  createBuilding(
    @Arg('input', () => CreateBuildingInput, { description: 'The building.' }) input: CreateBuildingInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.buildings.create(input);
  }

  @Mutation(() => Building, {
    description:
      "Changes a building's name or households (ADMIN of the 街道). New households are the base of its OPEN convention versions from now on (one now at two thirds takes effect); an EFFECTIVE version stays in effect with the households it took effect on (docs/rules.md rule 14). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.households below the live codes of an OPEN version; CONFLICT on input.name.",
  })
  updateBuilding(
    @Arg('id', () => ID, { description: "The building's id." }) id: string,
    @Arg('input', () => UpdateBuildingInput, { description: 'The changes.' }) input: UpdateBuildingInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.buildings.update(id, input);
  }
}
