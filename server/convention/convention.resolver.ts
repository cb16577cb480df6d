import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import { UpsertResultType } from '../core/upsert-batch';
import { ConnectionType, PageArgs } from '../core/pagination';
import type { RequestContext } from '../core/request-context';
import { Building } from './building.entity';
import type { BuildingService } from './building.service';
import { tallyOf } from './household-code.service';
import { BuildingConvention, ConventionVersion } from './convention.entity';
import {
  AddConventionVersionInput,
  ApproveConventionInput,
  BuildingConventionFilter,
  BuildingConventionOrder,
  CreateBuildingConventionInput,
  IssueHouseholdCodesInput,
  UpsertBuildingConventionInput,
  VoidHouseholdCodesInput,
} from './convention.inputs';
import type { ConventionService } from './convention.service';
import { ConventionTally, HouseholdConvention, IssuedHouseholdCodes, VoidedHouseholdCodes } from './convention.types';
import type { HouseholdCodeService } from './household-code.service';

/** What these resolvers read from the request: the services they call; the composition root provides them. */
export type ConventionResolverContext = RequestContext<{
  buildings: BuildingService;
  conventions: ConventionService;
  householdCodes: HouseholdCodeService;
}>;
type Context = ConventionResolverContext;

registerNode(BuildingConvention, (ctx: Context, id) => ctx.services.conventions.find(id));
registerNode(ConventionVersion, (ctx: Context, id) => ctx.services.conventions.findVersion(id));

const BuildingConventionConnection = ConnectionType(BuildingConvention, 'buildingConventions');
const UpsertBuildingConventionsResult = UpsertResultType(BuildingConvention, 'buildingConventions');

/** Building conventions (居民公约, docs/rules.md rule 14): lookups, lists and edits. */
@Resolver(() => BuildingConvention)
export class BuildingConventionResolver {
  @Query(() => BuildingConvention, {
    nullable: true,
    description: 'One building convention by id; null when there is none in your scope.',
  })
  buildingConvention(@Arg('id', () => ID, { description: "The convention's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.conventions.find(id);
  }

  @Query(() => BuildingConventionConnection, {
    description:
      'A page of the building conventions (居民公约) in your scope (signed-in users; service tokens with self-governance:read), default by title.',
  })
  buildingConventions(
    @Arg('filter', () => BuildingConventionFilter, { nullable: true, description: 'Which conventions to list.' })
    filter: BuildingConventionFilter | undefined,
    @Arg('orderBy', () => [BuildingConventionOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by title).',
    })
    orderBy: BuildingConventionOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.list(filter, orderBy, page);
  }

  @FieldResolver(() => Building, { description: 'The building the convention binds.' })
  building(@Root() convention: BuildingConvention, @Ctx() ctx: Context) {
    return ctx.services.buildings.get(convention.buildingId);
  }

  @FieldResolver(() => [ConventionVersion], { description: 'Its versions, by number.' })
  versions(@Root() convention: BuildingConvention, @Ctx() ctx: Context) {
    return ctx.services.conventions.versionsOf(convention.id);
  }

  @FieldResolver(() => ConventionVersion, {
    nullable: true,
    description: 'The version in effect; null while none has reached two thirds (docs/rules.md rule 14).',
  })
  effectiveVersion(@Root() convention: BuildingConvention, @Ctx() ctx: Context) {
    return ctx.services.conventions.effectiveVersionOf(convention.id);
  }

  @Mutation(() => UpsertBuildingConventionsResult, {
    description:
      "Conventions a district system keeps, by externalId within their 街道, at most 200 in one transaction (an ADMIN over each row's 街道, or a service token with self-governance:write): new ones are written in with their text as version 1, OPEN for approval; known ones take the rows' titles; the same batch twice changes nothing. A bad row (an unknown building, a convention moved to another building, a new externalId for a building that already has a convention or another row's: a building has one convention) fails the call with BAD_USER_INPUT naming input[i].<field>, extensions.errors listing every bad row; nothing is written then (docs/rules.md rule 14).",
  })
  upsertBuildingConventions(
    @Arg('input', () => [UpsertBuildingConventionInput], {
      validate: false,
      description: 'The conventions, at most 200.',
    })
    input: UpsertBuildingConventionInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.upsert(input);
  }

  @Mutation(() => BuildingConvention, {
    description:
      "Writes in a building's convention with the text of version 1, OPEN for approval (ADMIN of the 街道). A building has one convention, whose text changes by versions: CONFLICT on input.buildingId when it already has one (docs/rules.md rule 14). BAD_USER_INPUT naming the field; FORBIDDEN.",
  })
  createBuildingConvention(
    @Arg('input', () => CreateBuildingConventionInput, { description: 'The convention.' })
    input: CreateBuildingConventionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.create(input);
  }

  @Mutation(() => ConventionVersion, {
    description:
      "Adds a version of a convention's text, OPEN for approval (ADMIN of the 街道). BAD_USER_INPUT naming the field; FORBIDDEN; CONFLICT on input.conventionId while another version is OPEN.",
  })
  addConventionVersion(
    @Arg('input', () => AddConventionVersionInput, { description: 'The new version.' })
    input: AddConventionVersionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.addVersion(input);
  }

  @Mutation(() => ConventionVersion, {
    description:
      'Withdraws an OPEN version (ADMIN of the 街道); its codes open nothing any more. NOT_FOUND; FORBIDDEN; CONFLICT unless OPEN.',
  })
  withdrawConventionVersion(
    @Arg('id', () => ID, { description: "The version's id." }) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.conventions.withdrawVersion(id);
  }

  @Mutation(() => IssuedHouseholdCodes, {
    description:
      "Issues one-time household codes for an OPEN version, shown this once for printing on slips (ADMIN of the 街道); with the live ones, never more than the building's households. NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.count; CONFLICT on input.versionId unless OPEN.",
  })
  issueHouseholdCodes(
    @Arg('input', () => IssueHouseholdCodesInput, { description: 'Which version and how many.' })
    input: IssueHouseholdCodesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.householdCodes.issue(input);
  }

  @Mutation(() => VoidedHouseholdCodes, {
    description:
      'Voids unused household codes of a version (ADMIN of the 街道). NOT_FOUND; FORBIDDEN; BAD_USER_INPUT on input.codes for a code not of the version; CONFLICT on input.codes for a used code.',
  })
  voidHouseholdCodes(
    @Arg('input', () => VoidHouseholdCodesInput, { description: 'Which codes.' }) input: VoidHouseholdCodesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.householdCodes.voidCodes(input);
  }

  @Mutation(() => ConventionTally, {
    description:
      "A household's answer to a convention version with its one-time code, without signing in (docs/rules.md rule 14): counts one approval or rejection and spends the code; at two thirds of the building's households the version takes effect. Returns the public count; nothing records which household answered. BAD_USER_INPUT on input.code for a code that opens nothing (unknown or voided: reason convention.invalidCode) or whose version is no longer OPEN (reason convention.versionClosed, with the version's status); CONFLICT on input.code for a code that has already answered, also when the same code is sent several times at once; UNAUTHENTICATED (TOO_MANY_ATTEMPTS) after too many failed codes from one address.",
  })
  approveConvention(
    @Arg('input', () => ApproveConventionInput, { description: 'The code and the answer.' })
    input: ApproveConventionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.householdCodes.answer(input);
  }

  @Query(() => HouseholdConvention, {
    description:
      'The convention version a household code answers, to read before answering; no sign-in. BAD_USER_INPUT on code for a code that opens nothing (unknown or voided: reason convention.invalidCode) or whose version is no longer OPEN (reason convention.versionClosed, with the status of the version); CONFLICT on code once it has answered.',
  })
  async householdConvention(
    @Arg('code', { description: 'The household code from the slip.' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<HouseholdConvention> {
    const view = await ctx.services.householdCodes.byCode(code);
    return { title: view.title, text: view.version.text, tally: view.tally };
  }

  @Query(() => ConventionTally, {
    nullable: true,
    description:
      "The count of a convention version (docs/rules.md rule 14), read as the other self-governance records: signed-in users in the version's 街道, service tokens with self-governance:read. Null when there is no such version in your scope; UNAUTHENTICATED signed out (residents read the count with their household code: householdConvention); FORBIDDEN for a service token without self-governance:read.",
  })
  conventionTally(@Arg('versionId', () => ID, { description: 'The version.' }) versionId: string, @Ctx() ctx: Context) {
    return ctx.services.householdCodes.tally(versionId);
  }
}

/** The fields of a convention version beyond its columns. */
/** The version's count by the one rule of which households it counts on (`tallyOf`), its building read in scope. */
async function countOf(version: ConventionVersion, ctx: Context) {
  return tallyOf(version, (await ctx.services.buildings.get(version.buildingId)).households);
}

@Resolver(() => ConventionVersion)
export class ConventionVersionResolver {
  @FieldResolver(() => BuildingConvention, { description: 'The convention.' })
  convention(@Root() version: ConventionVersion, @Ctx() ctx: Context) {
    return ctx.services.conventions.get(version.conventionId);
  }

  @FieldResolver(() => Int, {
    description:
      "The households the threshold counts on: the building's now while OPEN or WITHDRAWN, those it took effect on once EFFECTIVE or SUPERSEDED.",
  })
  async households(@Root() version: ConventionVersion, @Ctx() ctx: Context) {
    return (await countOf(version, ctx)).households;
  }

  @FieldResolver(() => Int, {
    description: 'Approvals needed to take effect: ⌈2·households/3⌉ (docs/rules.md rule 14).',
  })
  async requiredApprovals(@Root() version: ConventionVersion, @Ctx() ctx: Context) {
    return (await countOf(version, ctx)).requiredApprovals;
  }

  @FieldResolver(() => Int, { description: 'Household codes issued for it and not voided (used ones included).' })
  codesIssued(@Root() version: ConventionVersion, @Ctx() ctx: Context) {
    return ctx.services.householdCodes.liveCodes(version.id);
  }
}
