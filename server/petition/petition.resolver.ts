import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import { UpsertResultType } from '../core/upsert-batch';
import { ConnectionType, PageArgs } from '../core/pagination';
import type { RequestContext } from '../core/request-context';
import { Department } from '../department/department.entity';
import type { DepartmentLoaders } from '../department/department.loaders';
import { Matter } from '../matter/matter.entity';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { Petition } from './petition.entity';
import {
  ConcludePetitionInput,
  CreatePetitionInput,
  PetitionFilter,
  PetitionOrder,
  PetitionTalkInput,
  UpdatePetitionInput,
  UpsertPetitionInput,
  WithdrawPetitionInput,
} from './petition.inputs';
import type { PetitionService } from './petition.service';

/** What these resolvers read from the request: the services they call; the composition root provides them. */
export type PetitionResolverContext = RequestContext<
  {
    petitions: PetitionService;
    neighborhoods: NeighborhoodService;
  },
  Pick<DepartmentLoaders, 'department'>
>;
type Context = PetitionResolverContext;

registerNode(Petition, (ctx: Context, id) => ctx.services.petitions.find(id));

const PetitionConnection = ConnectionType(Petition, 'petitions');
const UpsertPetitionsResult = UpsertResultType(Petition, 'petitions');

/** Petition agency (信访代理, docs/rules.md rule 14): lookups, lists and edits. */
@Resolver(() => Petition)
export class PetitionResolver {
  @Query(() => Petition, {
    nullable: true,
    description: 'One petition by id (ADMINs in scope; service tokens with self-governance:read); null otherwise.',
  })
  petition(@Arg('id', () => ID, { description: "The petition's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.petitions.find(id);
  }

  @Query(() => PetitionConnection, {
    description:
      'A page of petitions taken up by agents (信访代理) in your scope, latest taken up first by default; ADMINs and service tokens with self-governance:read read them, other roles get an empty list.',
  })
  petitions(
    @Arg('filter', () => PetitionFilter, { nullable: true, description: 'Which petitions to list.' })
    filter: PetitionFilter | undefined,
    @Arg('orderBy', () => [PetitionOrder], {
      nullable: true,
      description: 'Sort keys (default: latest taken up first).',
    })
    orderBy: PetitionOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.petitions.list(filter, orderBy, page);
  }

  @FieldResolver(() => Neighborhood, { description: 'The neighborhood where the petitioner lives.' })
  neighborhood(@Root() petition: Petition, @Ctx() ctx: Context) {
    return ctx.services.neighborhoods.get(petition.neighborhoodId);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description:
      'The department the agent negotiates with (names of departments are read by whoever reads the petition).',
  })
  department(@Root() petition: Petition, @Ctx() ctx: Context) {
    return ctx.loaders.department.load(petition.departmentId);
  }

  @FieldResolver(() => Matter, {
    nullable: true,
    description:
      "The resident's matter (诉求) the petition started from; null when none, or when the caller does not read matters (a service token without matters:read).",
  })
  matter(@Root() petition: Petition, @Ctx() ctx: Context) {
    return ctx.services.petitions.matterOf(petition);
  }

  @Mutation(() => Petition, {
    description:
      'Records a petition taken up by an agent organisation (ADMIN of the 街道). BAD_USER_INPUT naming the field (unknown neighborhood, a department of another district, input.matterId of another 街道); FORBIDDEN.',
  })
  createPetition(
    @Arg('input', () => CreatePetitionInput, { description: 'The petition.' }) input: CreatePetitionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.petitions.create(input);
  }

  @Mutation(() => UpsertPetitionsResult, {
    description:
      "Petitions a district system keeps, by externalId within their 街道, at most 200 in one transaction (an ADMIN over each row's 街道, or a service token with self-governance:write): new ones are recorded OPEN, known OPEN ones take the rows' details, the same batch twice changes nothing. A bad row (the rules of createPetition, a final petition) fails the call with BAD_USER_INPUT naming input[i].<field>, extensions.errors listing every bad row; nothing is written then (docs/rules.md rule 14).",
  })
  upsertPetitions(
    @Arg('input', () => [UpsertPetitionInput], { validate: false, description: 'The petitions, at most 200.' })
    input: UpsertPetitionInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.petitions.upsert(input);
  }

  @Mutation(() => Petition, {
    description:
      'Changes an OPEN petition (ADMIN of the 街道). NOT_FOUND; BAD_USER_INPUT naming the field; FORBIDDEN; CONFLICT once final.',
  })
  updatePetition(
    @Arg('id', () => ID, { description: "The petition's id." }) id: string,
    @Arg('input', () => UpdatePetitionInput, { description: 'The changes.' }) input: UpdatePetitionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.petitions.update(id, input);
  }

  @Mutation(() => Petition, {
    description:
      'Records the next round of talks between the agent and the department (ADMIN of the 街道). Concurrent requests are serialised on the petition and numbered one after the other. CONFLICT on id once the petition is final (docs/rules.md rule 14), on input when the last round has the same day, participants and summary; BAD_USER_INPUT on input.heldOn after today (Asia/Shanghai), before it was taken up or before the last round; NOT_FOUND; FORBIDDEN.',
  })
  recordPetitionTalk(
    @Arg('id', () => ID, { description: "The petition's id." }) id: string,
    @Arg('input', () => PetitionTalkInput, { description: 'The round of talks.' }) input: PetitionTalkInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.petitions.recordTalk(id, input);
  }

  @Mutation(() => Petition, {
    description:
      'Concludes a petition for good (ADMIN of the 街道): AGREED with the agreement (BAD_USER_INPUT on input.agreement without it) or NOT_AGREED with the reason (BAD_USER_INPUT on input.reason). CONFLICT on id when final already or before any round of talks; NOT_FOUND; FORBIDDEN.',
  })
  concludePetition(
    @Arg('id', () => ID, { description: "The petition's id." }) id: string,
    @Arg('input', () => ConcludePetitionInput, { description: 'The outcome.' }) input: ConcludePetitionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.petitions.conclude(id, input);
  }

  @Mutation(() => Petition, {
    description:
      "Records the petitioner's withdrawal of an OPEN petition, with the reason (ADMIN of the 街道). NOT_FOUND; FORBIDDEN; CONFLICT when final.",
  })
  withdrawPetition(
    @Arg('id', () => ID, { description: "The petition's id." }) id: string,
    @Arg('input', () => WithdrawPetitionInput, { description: 'The reason.' }) input: WithdrawPetitionInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.petitions.withdraw(id, input);
  }
}

/** `Matter.petitions`: the petitions that started from a matter, for those who read petitions. */
@Resolver(() => Matter)
export class MatterPetitionsResolver {
  @FieldResolver(() => [Petition], {
    description:
      'The petitions taken up by agents (信访代理) that started from this matter, oldest first; empty for those who do not read petitions (ADMINs in scope and service tokens with self-governance:read do).',
  })
  petitions(@Root() matter: Matter, @Ctx() ctx: Context) {
    return ctx.services.petitions.ofMatter(matter);
  }
}
