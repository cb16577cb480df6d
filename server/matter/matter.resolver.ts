import { Arg, Args, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../core/request-context';
import type { NodeService } from '../node/node.service';
import type { SubdistrictLoaders } from '../subdistrict/subdistrict.loaders';
import type { MatterRankingService } from './matter-ranking.service';
import type { MatterResidentService } from './matter-resident.service';
import type { MatterSyncService } from './matter-sync.service';
import type { MatterTransferService } from './matter-transfer.service';
import type { MatterService } from './matter.service';
import { registerNode } from '../core/node';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { Matter } from './matter.entity';
import { MatterEvent } from './matter-event.entity';
import { MatterRankingLevel } from './matter-enums';
import {
  DecideMatterOwnerInput,
  MatterDecisionInput,
  MatterFilter,
  MatterOrder,
  MatterTextInput,
  RateMatterInput,
  ReceiveMatterInput,
  TransferMatterInput,
} from './matter.inputs';
import { MatterReporter, ReceivedMatterResult, TrackedMatter, UpsertMattersResult } from './matter.types';
import { MatterRanking, MatterRankingWeights, SetMatterRankingWeightsInput } from './matter-ranking.types';
import { UpsertMatterInput } from './matter-sync.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type MatterResolverContext = RequestContext<
  {
    nodes: NodeService;
    matters: MatterService;
    matterTransfers: MatterTransferService;
    matterResidents: MatterResidentService;
    matterRanking: MatterRankingService;
    matterSync: MatterSyncService;
  },
  Pick<SubdistrictLoaders, 'subdistrict'>
>;
type Context = MatterResolverContext;

registerNode(Matter, (ctx: Context, id) => ctx.services.matters.find(id));
// A timeline entry is readable by whoever reads its matter.
registerNode(MatterEvent, async (ctx: Context, id) => {
  const row = await ctx.services.nodes.row(MatterEvent, id);
  return row && (await ctx.services.matters.find(row.matterId)) ? row : null;
});

const MatterConnection = ConnectionType(Matter, 'matters');
const idArg = () => Arg('id', () => ID, { description: "The matter's id." });

@Resolver(() => Matter)
export class MatterResolver {
  @Query(() => Matter, {
    nullable: true,
    description: "One resident's matter by id, within your scope; null when there is none.",
  })
  matter(@idArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.matters.find(id);
  }

  @Query(() => MatterConnection, {
    description:
      "A page of residents' matters within your scope (default order: overdue first, then by due time — an office's queue).",
  })
  matters(
    @Arg('filter', () => MatterFilter, { nullable: true, description: 'Which matters to list.' })
    filter: MatterFilter | undefined,
    @Arg('orderBy', () => [MatterOrder], { nullable: true, description: 'Sort keys, first one first.' })
    orderBy: MatterOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matters.list(filter, orderBy, page);
  }

  @Query(() => TrackedMatter, {
    nullable: true,
    description:
      "A matter followed by its resident's tracking code, without signing in: status, deadlines and timeline, no staff names or personal data; null for an unknown code. Limited to 30 look-ups and ratings per address in 15 minutes (UNAUTHENTICATED with retryAfterSeconds past it).",
  })
  trackedMatter(
    @Arg('trackingCode', { description: 'The tracking code given at receipt; case, spaces and hyphens do not matter.' })
    trackingCode: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterResidents.tracked(trackingCode);
  }

  @Query(() => MatterRanking, {
    description:
      "The monthly ranking (三率) of a district's offices and agencies (UNIT, ranked within each 街道) or of its 街道 (SUBDISTRICT), with the month before (docs/rules.md rule 13). ADMIN, ASSESSOR or OFFICIAL of the district; BAD_USER_INPUT on month.",
  })
  matterRanking(
    @Arg('districtId', () => ID, { description: 'The district.' }) districtId: string,
    @Arg('month', { description: 'The calendar month, YYYY-MM (Asia/Shanghai).' }) month: string,
    @Arg('level', () => MatterRankingLevel, {
      defaultValue: MatterRankingLevel.UNIT,
      description: 'UNIT (default) or SUBDISTRICT.',
    })
    level: MatterRankingLevel,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterRanking.ranking(districtId, month, level);
  }

  @Query(() => MatterRankingWeights, {
    description: "A district's weights of the three rates for a year (the defaults 10 / 45 / 45 when it set none).",
  })
  matterRankingWeights(
    @Arg('districtId', () => ID, { description: 'The district.' }) districtId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterRanking.weights(districtId, year);
  }

  @FieldResolver(() => Subdistrict, { description: 'The 街道 that handles the matter now.' })
  subdistrict(@Root() matter: Matter, @Ctx() ctx: Context) {
    return ctx.loaders.subdistrict.load(matter.subdistrictId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the office or agency that owns the matter now.',
  })
  ownerName(@Root() matter: Matter, @Ctx() ctx: Context) {
    return ctx.services.matters.unitName({ officeId: matter.ownerOfficeId, agencyId: matter.ownerAgencyId });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Name of the office or agency that received the matter first (首接).',
  })
  receiverName(@Root() matter: Matter, @Ctx() ctx: Context) {
    return ctx.services.matters.unitName({ officeId: matter.receiverOfficeId, agencyId: matter.receiverAgencyId });
  }

  @FieldResolver(() => MatterReporter, {
    description:
      "Who reported it: in full only for the current owner's staff and the 街道's own ADMINs (each view audited as matter.personalDataViewed), masked for everyone else.",
  })
  reporter(@Root() matter: Matter, @Ctx() ctx: Context) {
    return ctx.services.matters.reporterOf(matter);
  }

  @FieldResolver(() => [MatterEvent], { description: 'The append-only timeline, oldest first.' })
  events(@Root() matter: Matter, @Ctx() ctx: Context) {
    return ctx.services.matters.events(matter);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Working days left until the matter (or its rectification) is due, counted like the charged delay; negative when past due; null once resolved.',
  })
  workingDaysLeft(@Root() matter: Matter, @Ctx() ctx: Context) {
    return ctx.services.matters.workingDaysLeft(matter);
  }

  @Mutation(() => ReceivedMatterResult, {
    description:
      "Receives a matter (首接负责, docs/rules.md rule 13): the receiving office or agency owns it; returns the resident's tracking code once. ADMIN of the 街道 or the receiver's staff; BAD_USER_INPUT naming the field.",
  })
  receiveMatter(
    @Arg('input', () => ReceiveMatterInput, { description: 'The matter.' }) input: ReceiveMatterInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matters.receive(input);
  }

  @Mutation(() => Matter, {
    description:
      'The owner answers the resident; the first answer counts for the response rate. FORBIDDEN (NOT_OWNER), CONFLICT.',
  })
  respondToMatter(
    @idArg() id: string,
    @Arg('input', () => MatterTextInput, { description: 'The answer.' }) input: MatterTextInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matters.respond(id, input);
  }

  @Mutation(() => Matter, {
    description:
      "Transfers a matter to the office or agency whose listed duty covers it, with a reason; the working days the owner held it are charged to it. Back to a unit that passed it on: run-around, escalated to the 街道's PARTY_GOVERNMENT office. BAD_USER_INPUT (input.targetOfficeId / targetAgencyId, input.duty, input.reason), FORBIDDEN (NOT_OWNER), CONFLICT.",
  })
  transferMatter(
    @idArg() id: string,
    @Arg('input', () => TransferMatterInput, { description: 'The target, duty and reason.' })
    input: TransferMatterInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterTransfers.transfer(id, input);
  }

  @Mutation(() => Matter, {
    description:
      "The 街道's PARTY_GOVERNMENT office decides the owner of an escalated (run-around) matter. FORBIDDEN unless you act for that office; CONFLICT unless ESCALATED; BAD_USER_INPUT as for a transfer.",
  })
  decideMatterOwner(
    @idArg() id: string,
    @Arg('input', () => DecideMatterOwnerInput, { description: 'The owner, duty and reason.' })
    input: DecideMatterOwnerInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterTransfers.decideOwner(id, input);
  }

  @Mutation(() => Matter, {
    description:
      'The owner of a COMPLEX matter asks, once, for 15 working days. BAD_USER_INPUT on id for other types; CONFLICT for a second request; FORBIDDEN (NOT_OWNER).',
  })
  requestMatterExtension(
    @idArg() id: string,
    @Arg('input', () => MatterTextInput, { description: 'Why.' }) input: MatterTextInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matters.requestExtension(id, input);
  }

  @Mutation(() => Matter, {
    description:
      "The 街道's PARTY_GOVERNMENT office approves (due 15 working days after receipt) or refuses the pending extension. CONFLICT when none is pending; FORBIDDEN.",
  })
  decideMatterExtension(
    @idArg() id: string,
    @Arg('input', () => MatterDecisionInput, { description: 'The decision.' }) input: MatterDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matters.decideExtension(id, input);
  }

  @Mutation(() => Matter, {
    description:
      'The owner resolves the matter or its rectification. FORBIDDEN (NOT_OWNER) for a matter you do not act for; CONFLICT when resolved already or escalated.',
  })
  resolveMatter(
    @idArg() id: string,
    @Arg('input', () => MatterTextInput, { description: 'How it was resolved.' }) input: MatterTextInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matters.resolve(id, input);
  }

  @Mutation(() => TrackedMatter, {
    description:
      'The resident rates a resolved matter by tracking code, once, without signing in; DISSATISFIED or worse needs a comment and opens a rectification (5 working days). BAD_USER_INPUT (input.trackingCode: unknown code or not resolved; input.comment), CONFLICT for a second rating; limited per address like trackedMatter.',
  })
  rateMatter(
    @Arg('input', () => RateMatterInput, { description: 'The rating.' }) input: RateMatterInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterResidents.rate(input);
  }

  @Mutation(() => Matter, {
    description:
      'The owner appeals the rectification once, with a reason. FORBIDDEN (NOT_OWNER); BAD_USER_INPUT on id without a rectification; CONFLICT for a second appeal.',
  })
  appealRectification(
    @idArg() id: string,
    @Arg('input', () => MatterTextInput, { description: 'The reason.' }) input: MatterTextInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterResidents.appeal(id, input);
  }

  @Mutation(() => Matter, {
    description:
      "An ADMIN or ASSESSOR (not the owner's staff) upholds the appeal — the rating leaves the satisfaction rate and the rectification ends — or rejects it. FORBIDDEN; CONFLICT when none is pending.",
  })
  decideRectificationAppeal(
    @idArg() id: string,
    @Arg('input', () => MatterDecisionInput, { description: 'approve: true upholds the appeal.' })
    input: MatterDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterResidents.decideAppeal(id, input);
  }

  @Mutation(() => UpsertMattersResult, {
    description:
      "The district hotline's matters by externalId, at most 500 in one transaction (a service token with matters:write, or an ADMIN): new ones are received (with their tracking codes, shown once), known ones get their title, description and place updated. BAD_USER_INPUT naming the first bad row's field, extensions.errors listing every one; nothing is written then.",
  })
  upsertMatters(
    @Arg('input', () => [UpsertMatterInput], { validate: false, description: 'The matters, at most 500.' })
    input: UpsertMatterInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterSync.upsert(input);
  }

  @Mutation(() => MatterRankingWeights, {
    description:
      "Sets a district's weights of the three rates for a year (ADMIN of the whole district). BAD_USER_INPUT on input.satisfactionWeight unless they sum to 100.",
  })
  setMatterRankingWeights(
    @Arg('input', () => SetMatterRankingWeightsInput, { description: 'The weights.' })
    input: SetMatterRankingWeightsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.matterRanking.setWeights(input);
  }
}

@Resolver(() => MatterEvent)
export class MatterEventResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Name of the office or agency that acted.' })
  unitName(@Root() event: MatterEvent, @Ctx() ctx: Context) {
    return event.officeId || event.agencyId
      ? ctx.services.matters.unitName({ officeId: event.officeId, agencyId: event.agencyId })
      : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the office or agency the matter went to.' })
  targetName(@Root() event: MatterEvent, @Ctx() ctx: Context) {
    return event.targetOfficeId || event.targetAgencyId
      ? ctx.services.matters.unitName({ officeId: event.targetOfficeId, agencyId: event.targetAgencyId })
      : null;
  }
}
