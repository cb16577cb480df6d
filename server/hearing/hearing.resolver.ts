import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import { UpsertResultType } from '../core/upsert-batch';
import { ConnectionType, PageArgs } from '../core/pagination';
import type { RequestContext } from '../core/request-context';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import type { NeighborhoodService } from '../neighborhood/neighborhood.service';
import { Hearing, WorksProject } from './hearing.entity';
import {
  CreateHearingInput,
  CreateWorksProjectInput,
  HearingFilter,
  RecordHearingOutcomeInput,
  StartWorksProjectInput,
  UpsertHearingInput,
} from './hearing.inputs';
import type { HearingService } from './hearing.service';
import type { WorksProjectService } from './works-project.service';

/** What these resolvers read from the request: the services they call; the composition root provides them. */
export type HearingResolverContext = RequestContext<{
  hearings: HearingService;
  worksProjects: WorksProjectService;
  neighborhoods: NeighborhoodService;
}>;
type Context = HearingResolverContext;

registerNode(WorksProject, (ctx: Context, id) => ctx.services.worksProjects.find(id));
registerNode(Hearing, (ctx: Context, id) => ctx.services.hearings.find(id));

const WorksProjectConnection = ConnectionType(WorksProject, 'worksProjects');
const HearingConnection = ConnectionType(Hearing, 'hearings');
const UpsertHearingsResult = UpsertResultType(Hearing, 'hearings');

/** Works projects that need a hearing before they start (docs/rules.md rule 14). */
@Resolver(() => WorksProject)
export class WorksProjectResolver {
  @Query(() => WorksProject, {
    nullable: true,
    description: 'One works project by id; null when there is none in your scope.',
  })
  worksProject(@Arg('id', () => ID, { description: "The project's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.worksProjects.find(id);
  }

  @Query(() => WorksProjectConnection, {
    description:
      'A page of the works projects in your scope, latest recorded first (service tokens: self-governance:read).',
  })
  worksProjects(
    @Arg('filter', () => HearingFilter, { nullable: true, description: 'Which projects to list (subdistrictId).' })
    filter: HearingFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.worksProjects.list(filter, page);
  }

  @FieldResolver(() => Neighborhood, { description: 'The neighborhood where the works happen.' })
  neighborhood(@Root() project: WorksProject, @Ctx() ctx: Context) {
    return ctx.services.neighborhoods.get(project.neighborhoodId);
  }

  @FieldResolver(() => [Hearing], { description: 'Its hearings, by day.' })
  hearings(@Root() project: WorksProject, @Ctx() ctx: Context) {
    return ctx.services.worksProjects.hearingsOf(project.id);
  }

  @Mutation(() => WorksProject, {
    description:
      'Records a PLANNED works project in a neighborhood (ADMIN of the 街道). BAD_USER_INPUT naming the field; FORBIDDEN.',
  })
  createWorksProject(
    @Arg('input', () => CreateWorksProjectInput, { description: 'The project.' }) input: CreateWorksProjectInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.worksProjects.create(input);
  }

  @Mutation(() => WorksProject, {
    description:
      'Marks a project started (ADMIN of the 街道, docs/rules.md rule 14): only after a hearing whose outcome is SUPPORTED or SUPPORTED_WITH_CONDITIONS, or with input.overrideReason, the recorded reason of the decision that overrides. BAD_USER_INPUT on input.overrideReason when it is needed and missing; NOT_FOUND; FORBIDDEN; CONFLICT when already started.',
  })
  startWorksProject(
    @Arg('id', () => ID, { description: "The project's id." }) id: string,
    @Arg('input', () => StartWorksProjectInput, {
      nullable: true,
      description: 'The override reason, when no hearing supported the project.',
    })
    input: StartWorksProjectInput | undefined,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.worksProjects.start(id, input ?? {});
  }
}

/** Decision hearings (决策听证会, docs/rules.md rule 14). */
@Resolver(() => Hearing)
export class HearingResolver {
  @Query(() => Hearing, { nullable: true, description: 'One hearing by id; null when there is none in your scope.' })
  hearing(@Arg('id', () => ID, { description: "The hearing's id." }) id: string, @Ctx() ctx: Context) {
    return ctx.services.hearings.find(id);
  }

  @Query(() => HearingConnection, {
    description:
      'A page of the decision hearings in your scope, latest held first (service tokens: self-governance:read).',
  })
  hearings(
    @Arg('filter', () => HearingFilter, { nullable: true, description: 'Which hearings to list.' })
    filter: HearingFilter | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hearings.list(filter, page);
  }

  @FieldResolver(() => WorksProject, { description: 'The works project heard.' })
  project(@Root() hearing: Hearing, @Ctx() ctx: Context) {
    return ctx.services.worksProjects.get(hearing.projectId);
  }

  @Mutation(() => UpsertHearingsResult, {
    description:
      "Hearings a district system keeps, by externalId within their 街道, at most 200 in one transaction (an ADMIN over each row's 街道, or a service token with self-governance:write): new ones are recorded for PLANNED projects, known ones without an outcome take the rows' details, the same batch twice changes nothing. A bad row (the rules of createHearing, a started project, a decided hearing) fails the call with BAD_USER_INPUT naming input[i].<field>, extensions.errors listing every bad row; nothing is written then (docs/rules.md rule 14).",
  })
  upsertHearings(
    @Arg('input', () => [UpsertHearingInput], { validate: false, description: 'The hearings, at most 200.' })
    input: UpsertHearingInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hearings.upsert(input);
  }

  @Mutation(() => Hearing, {
    description:
      'Records a decision hearing of a PLANNED works project (ADMIN of the 街道). BAD_USER_INPUT naming the field (e.g. input.constructionEndsOn before the start, input.heldOn after the construction start); FORBIDDEN; CONFLICT on input.projectId once the project started.',
  })
  createHearing(
    @Arg('input', () => CreateHearingInput, { description: 'The hearing.' }) input: CreateHearingInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hearings.create(input);
  }

  @Mutation(() => Hearing, {
    description:
      "Records a hearing's outcome with its reasons, once (ADMIN of the 街道), from the day the hearing is held on (Asia/Shanghai; before it BAD_USER_INPUT on id). NOT_FOUND; BAD_USER_INPUT naming the field; FORBIDDEN; CONFLICT when already recorded.",
  })
  recordHearingOutcome(
    @Arg('id', () => ID, { description: "The hearing's id." }) id: string,
    @Arg('input', () => RecordHearingOutcomeInput, { description: 'The outcome.' }) input: RecordHearingOutcomeInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hearings.recordOutcome(id, input);
  }
}
