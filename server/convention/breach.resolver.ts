import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import { ConnectionType, PageArgs } from '../core/pagination';
import type { RequestContext } from '../core/request-context';
import { Matter } from '../matter/matter.entity';
import { BreachFollowUp, ConventionBreach } from './breach.entity';
import type { BreachService } from './breach.service';
import { BuildingConvention, ConventionVersion } from './convention.entity';
import {
  ConventionBreachFilter,
  ConventionBreachOrder,
  FollowUpConventionBreachInput,
  RecordConventionBreachInput,
} from './convention.inputs';
import type { ConventionService } from './convention.service';

/** What these resolvers read from the request: the services they call; the composition root provides them. */
export type BreachResolverContext = RequestContext<{ breaches: BreachService; conventions: ConventionService }>;
type Context = BreachResolverContext;

registerNode(ConventionBreach, (ctx: Context, id) => ctx.services.breaches.find(id));

const ConventionBreachConnection = ConnectionType(ConventionBreach, 'conventionBreaches');

/** Breaches of building conventions and their follow-ups (docs/rules.md rule 14). */
@Resolver(() => ConventionBreach)
export class ConventionBreachResolver {
  @Query(() => ConventionBreach, {
    nullable: true,
    description: 'One convention breach by id; null when there is none in your scope.',
  })
  conventionBreach(@Arg('id', () => ID, { description: "The breach's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.breaches.find(id);
  }

  @Query(() => ConventionBreachConnection, {
    description:
      'A page of the convention breaches in your scope (signed-in users; service tokens with self-governance:read), default latest first.',
  })
  conventionBreaches(
    @Arg('filter', () => ConventionBreachFilter, { nullable: true, description: 'Which breaches to list.' })
    filter: ConventionBreachFilter | undefined,
    @Arg('orderBy', () => [ConventionBreachOrder], {
      nullable: true,
      description: 'Sort keys, first one first (default: by day of the breach, latest first).',
    })
    orderBy: ConventionBreachOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.breaches.list(filter, orderBy, page);
  }

  @FieldResolver(() => Matter, {
    nullable: true,
    description:
      "The resident's matter (诉求) the breach escalated to because public property was damaged (docs/rules.md rule 14); null when none, or when the caller does not read matters (chairs, representatives; service tokens without matters:read).",
  })
  matter(@Root() breach: ConventionBreach, @Ctx() ctx: Context) {
    return ctx.services.breaches.matterOf(breach);
  }

  @FieldResolver(() => BuildingConvention, { description: 'The convention breached.' })
  convention(@Root() breach: ConventionBreach, @Ctx() ctx: Context) {
    return ctx.services.conventions.get(breach.conventionId);
  }

  @FieldResolver(() => ConventionVersion, { description: 'The version that was in effect when it was recorded.' })
  version(@Root() breach: ConventionBreach, @Ctx() ctx: Context) {
    return ctx.services.conventions.getVersion(breach.versionId);
  }

  @FieldResolver(() => [BreachFollowUp], { description: 'Its follow-ups, in the order recorded.' })
  followUps(@Root() breach: ConventionBreach, @Ctx() ctx: Context) {
    return ctx.services.breaches.followUpsOf(breach.id);
  }

  @Mutation(() => ConventionBreach, {
    description:
      'Records a breach of a convention in effect (ADMIN of the 街道). BAD_USER_INPUT on input.conventionId for a convention with no version in effect, and naming any other field at fault; FORBIDDEN.',
  })
  recordConventionBreach(
    @Arg('input', () => RecordConventionBreachInput, { description: 'The breach.' }) input: RecordConventionBreachInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.breaches.record(input);
  }

  @Mutation(() => ConventionBreach, {
    description:
      "Records a follow-up of a breach by the residents' committee, the owners' committee or the property company (ADMIN of the 街道); returns the breach. BAD_USER_INPUT naming the field; FORBIDDEN.",
  })
  followUpConventionBreach(
    @Arg('input', () => FollowUpConventionBreachInput, { description: 'The follow-up.' })
    input: FollowUpConventionBreachInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.breaches.followUp(input);
  }
}
