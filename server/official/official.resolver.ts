import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { DispatchedAgencyService } from '../dispatched-agency/dispatched-agency.service';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import type { OfficeService } from '../office/office.service';
import type { OfficialService } from './official.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import { ConnectionType, PageArgs } from '../core/pagination';
import { DispatchedAgency } from '../dispatched-agency/dispatched-agency.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import { Office } from '../office/office.entity';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Official } from './official.entity';
import { CreateOfficialInput, OfficialFilter, OfficialOrder, UpdateOfficialInput } from './official.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type OfficialResolverContext = RequestContext<{
  agencies: DispatchedAgencyService;
  neighborhoods: NeighborhoodService;
  offices: OfficeService;
  officials: OfficialService;
  subdistricts: SubdistrictService;
}>;
type Context = OfficialResolverContext;

registerNode(Official, (ctx: Context, id) => ctx.services.officials.find(id));

const OfficialConnection = ConnectionType(Official, 'officials');

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => Official, { nullable: true, description: 'One official by id; null when there is none.' })
  official(@Arg('id', () => ID, { description: "The official's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.officials.find(id);
  }

  @Query(() => OfficialConnection, {
    description: 'A page of officials: agency heads, civil servants and community workers.',
  })
  officials(
    @Arg('filter', () => OfficialFilter, { nullable: true, description: 'Which officials to list.' })
    filter: OfficialFilter | undefined,
    @Arg('orderBy', () => [OfficialOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by name).',
    })
    orderBy: OfficialOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.officials.list(filter, orderBy, page);
  }

  @FieldResolver(() => Office, {
    nullable: true,
    description: 'The office of a civil servant or community worker; null for an agency head.',
  })
  office(@Root() official: Official, @Ctx() ctx: Context) {
    return official.officeId ? ctx.services.offices.find(official.officeId) : null;
  }

  @FieldResolver(() => DispatchedAgency, {
    nullable: true,
    description: 'The stationed agency of an agency head; null otherwise.',
  })
  agency(@Root() official: Official, @Ctx() ctx: Context) {
    return official.agencyId ? ctx.services.agencies.find(official.agencyId) : null;
  }

  @FieldResolver(() => Neighborhood, {
    nullable: true,
    description: 'The neighborhood a community worker serves; null when none.',
  })
  neighborhood(@Root() official: Official, @Ctx() ctx: Context) {
    return official.neighborhoodId ? ctx.services.neighborhoods.find(official.neighborhoodId) : null;
  }

  @FieldResolver(() => Subdistrict, { description: 'The subdistrict the official serves in.' })
  subdistrict(@Root() official: Official, @Ctx() ctx: Context) {
    return ctx.services.subdistricts.get(official.subdistrictId);
  }

  @Mutation(() => Official, {
    description:
      'Creates an official (ADMIN). BAD_USER_INPUT naming the field when docs/rules.md rule 3 is not met or the office or agency is not in the subdistrictId given; CONFLICT for a taken externalId.',
  })
  createOfficial(
    @Arg('input', () => CreateOfficialInput, { description: 'The new official.' }) input: CreateOfficialInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.officials.create(input);
  }

  @Mutation(() => Official, {
    description:
      "Changes an official (ADMIN). NOT_FOUND; BAD_USER_INPUT naming the field when docs/rules.md rule 3 is not met, when the office or agency is not in the subdistrictId given, or when it would move an agency's consented head to another category or agency (docs/rules.md rule 2); CONFLICT for a taken externalId.",
  })
  updateOfficial(
    @Arg('id', () => ID, { description: "The official's id." }) id: string,
    @Arg('input', () => UpdateOfficialInput, { description: 'The changes.' }) input: UpdateOfficialInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.officials.update(id, input);
  }

  @Mutation(() => ID, {
    description:
      "Deletes an official and returns the id (ADMIN). NOT_FOUND; CONFLICT when they are an agency's consented head (docs/rules.md rule 2) or other records refer to them.",
  })
  deleteOfficial(@Arg('id', () => ID, { description: "The official's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.officials.remove(id);
  }
}
