import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import { UpsertResultType } from '../core/upsert-batch';
import { ConnectionType, PageArgs } from '../core/pagination';
import type { RequestContext } from '../core/request-context';
import { Department } from '../department/department.entity';
import type { DepartmentLoaders } from '../department/department.loaders';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { Mediation, MediationDepartment } from './mediation.entity';
import {
  ConcludeMediationInput,
  CreateMediationInput,
  MediationFilter,
  MediationOrder,
  UpdateMediationInput,
  UpsertMediationInput,
} from './mediation.inputs';
import type { MediationService } from './mediation.service';

/** What these resolvers read from the request: the services they call; the composition root provides them. */
export type MediationResolverContext = RequestContext<
  {
    mediations: MediationService;
    neighborhoods: NeighborhoodService;
  },
  Pick<DepartmentLoaders, 'department'>
>;
type Context = MediationResolverContext;

registerNode(Mediation, (ctx: Context, id) => ctx.services.mediations.find(id));

const MediationConnection = ConnectionType(Mediation, 'mediations');
const UpsertMediationsResult = UpsertResultType(Mediation, 'mediations');

/** Mediation meetings (矛盾协调会, docs/rules.md rule 14): lookups, lists and edits. */
@Resolver(() => Mediation)
export class MediationResolver {
  @Query(() => Mediation, {
    nullable: true,
    description: 'One mediation by id (ADMINs in scope; service tokens with self-governance:read); null otherwise.',
  })
  mediation(@Arg('id', () => ID, { description: "The mediation's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.mediations.find(id);
  }

  @Query(() => MediationConnection, {
    description:
      'A page of mediation meetings (矛盾协调会) in your scope, latest held first by default; ADMINs and service tokens with self-governance:read read them, other roles get an empty list.',
  })
  mediations(
    @Arg('filter', () => MediationFilter, { nullable: true, description: 'Which mediations to list.' })
    filter: MediationFilter | undefined,
    @Arg('orderBy', () => [MediationOrder], { nullable: true, description: 'Sort keys (default: latest held first).' })
    orderBy: MediationOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.mediations.list(filter, orderBy, page);
  }

  @FieldResolver(() => Neighborhood, { description: 'The neighborhood where it is held.' })
  neighborhood(@Root() mediation: Mediation, @Ctx() ctx: Context) {
    return ctx.services.neighborhoods.get(mediation.neighborhoodId);
  }

  @Mutation(() => Mediation, {
    description:
      'Records a mediation meeting (ADMIN of the 街道). BAD_USER_INPUT naming the field (unknown neighborhood, fewer than two parties, a department of another district); FORBIDDEN.',
  })
  createMediation(
    @Arg('input', () => CreateMediationInput, { description: 'The mediation.' }) input: CreateMediationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.mediations.create(input);
  }

  @Mutation(() => UpsertMediationsResult, {
    description:
      "Mediations a district system keeps, by externalId within their 街道, at most 200 in one transaction (an ADMIN over each row's 街道, or a service token with self-governance:write): new ones are recorded OPEN, known OPEN ones take the rows' details, the same batch twice changes nothing. A bad row (the rules of createMediation, a CONCLUDED one, clearing involvesFamily) fails the call with BAD_USER_INPUT naming input[i].<field>, extensions.errors listing every bad row; nothing is written then (docs/rules.md rule 14).",
  })
  upsertMediations(
    @Arg('input', () => [UpsertMediationInput], { validate: false, description: 'The mediations, at most 200.' })
    input: UpsertMediationInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.mediations.upsert(input);
  }

  @Mutation(() => Mediation, {
    description:
      'Changes an OPEN mediation (ADMIN of the 街道). NOT_FOUND; BAD_USER_INPUT naming the field, also on input.involvesFamily when clearing a mediation recorded as involving family (docs/rules.md rule 14); FORBIDDEN; CONFLICT once concluded.',
  })
  updateMediation(
    @Arg('id', () => ID, { description: "The mediation's id." }) id: string,
    @Arg('input', () => UpdateMediationInput, { description: 'The changes.' }) input: UpdateMediationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.mediations.update(id, input);
  }

  @Mutation(() => Mediation, {
    description:
      "Concludes a mediation for good with its written record (ADMIN of the 街道). Where family, women or children are involved, BAD_USER_INPUT on input.womenDirector unless the women's director attended (docs/rules.md rule 14); BAD_USER_INPUT on id before the day it is held (Asia/Shanghai); BAD_USER_INPUT on input.record when blank; NOT_FOUND; FORBIDDEN; CONFLICT when already concluded.",
  })
  concludeMediation(
    @Arg('id', () => ID, { description: "The mediation's id." }) id: string,
    @Arg('input', () => ConcludeMediationInput, { description: 'The record.' }) input: ConcludeMediationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.mediations.conclude(id, input);
  }

  @Mutation(() => Mediation, {
    description:
      "Submits a concluded mediation's record for the district civil court's confirmation at the parties' request: courtConfirmation becomes SUBMITTED (ADMIN of the 街道). NOT_FOUND; FORBIDDEN; CONFLICT unless CONCLUDED and not yet submitted.",
  })
  submitMediationToCourt(@Arg('id', () => ID, { description: "The mediation's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.mediations.submitToCourt(id);
  }

  @Mutation(() => Mediation, {
    description:
      "Records the district civil court's decision on a SUBMITTED record: CONFIRMED or REFUSED (ADMIN of the 街道). NOT_FOUND; FORBIDDEN; CONFLICT unless SUBMITTED.",
  })
  recordMediationCourtDecision(
    @Arg('id', () => ID, { description: "The mediation's id." }) id: string,
    @Arg('confirmed', { description: 'true: the court confirmed the record; false: it refused.' }) confirmed: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.mediations.recordCourtDecision(id, confirmed);
  }
}

/**
 * `MediationDepartment.department`, through the request's loader: whoever reads the mediation reads
 * the names of the departments it cites (a service token with self-governance:read too).
 */
@Resolver(() => MediationDepartment)
export class MediationDepartmentResolver {
  @FieldResolver(() => Department, {
    nullable: true,
    description: 'The department; null once it was deleted (the record keeps its id and cited laws).',
  })
  department(@Root() entry: MediationDepartment, @Ctx() ctx: Context) {
    return ctx.loaders.department.load(entry.departmentId);
  }
}
