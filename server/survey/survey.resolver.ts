import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import { ConnectionType, PageArgs } from '../core/pagination';
import type { RequestContext } from '../core/request-context';
import { MatterRankingRow } from '../matter/matter-ranking.types';
import { Neighborhood } from '../neighborhood/neighborhood.entity';
import type { NeighborhoodLoaders } from '../neighborhood/neighborhood.loaders';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import type { SubdistrictLoaders } from '../subdistrict/subdistrict.loaders';
import { ResidentSurvey } from './resident-survey.entity';
import type { ResidentSurveyService } from './resident-survey.service';
import type { SurveyCodeService } from './survey-code.service';
import {
  AnswerSurveyInput,
  CreateResidentSurveyInput,
  EnterSurveyAnswersInput,
  IssueSurveyCodesInput,
  ResidentSurveyFilter,
  ResidentSurveyOrder,
  VoidSurveyCodesInput,
} from './survey.inputs';
import {
  EnteredSurveyAnswers,
  IssuedSurveyCodes,
  SubdistrictSurveyRates,
  SurveyAnswerReceipt,
  SurveyCounts,
  SurveyForm,
  SurveyResults,
  VoidedSurveyCodes,
} from './survey.types';

/** What these resolvers read from the request: the services and loaders they call; the composition root provides them. */
export type SurveyResolverContext = RequestContext<
  { residentSurveys: ResidentSurveyService; surveyCodes: SurveyCodeService },
  Pick<SubdistrictLoaders, 'subdistrict'> & Pick<NeighborhoodLoaders, 'neighborhood'>
>;
type Context = SurveyResolverContext;

registerNode(ResidentSurvey, (ctx: Context, id) => ctx.services.residentSurveys.find(id));

const ResidentSurveyConnection = ConnectionType(ResidentSurvey, 'residents’ surveys');
const idArg = () => Arg('id', () => ID, { description: "The survey's id." });

@Resolver(() => ResidentSurvey)
export class ResidentSurveyResolver {
  @Query(() => ResidentSurvey, {
    nullable: true,
    description:
      "One residents' survey by id, within your scope; null when there is none. Service tokens need surveys:read.",
  })
  residentSurvey(@idArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.residentSurveys.find(id);
  }

  @Query(() => ResidentSurveyConnection, {
    description:
      "A page of residents' surveys within your scope (default order: latest period first). Service tokens need surveys:read.",
  })
  residentSurveys(
    @Arg('filter', () => ResidentSurveyFilter, { nullable: true, description: 'Which surveys to list.' })
    filter: ResidentSurveyFilter | undefined,
    @Arg('orderBy', () => [ResidentSurveyOrder], { nullable: true, description: 'Sort keys, first one first.' })
    orderBy: ResidentSurveyOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.residentSurveys.list(filter, orderBy, page);
  }

  @Query(() => SurveyResults, {
    description:
      "A survey's results (docs/rules.md rule 12): per question and per dimension once CLOSED with at least its minimum count of answers; before that no figures, and the count only for the 街道's ADMINs and CHAIRs. NOT_FOUND outside your scope.",
  })
  surveyResults(@Arg('surveyId', () => ID, { description: 'The survey.' }) surveyId: string, @Ctx() ctx: Context) {
    return ctx.services.residentSurveys.results(surveyId);
  }

  @Query(() => SubdistrictSurveyRates, {
    nullable: true,
    description:
      "A 街道's survey rates of one period, rolled up from its neighborhoods' published surveys weighted by answers (docs/rules.md rule 12); null when none is published. FORBIDDEN outside your scope.",
  })
  subdistrictSurveyRates(
    @Arg('subdistrictId', () => ID, { description: 'The 街道.' }) subdistrictId: string,
    @Arg('period', { description: 'The period, e.g. 2025-Q3.' }) period: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.residentSurveys.subdistrictRates(subdistrictId, period);
  }

  @Query(() => SurveyForm, {
    description:
      'The questions a one-time survey code answers, without signing in. BAD_USER_INPUT on code for an unknown or voided code, CONFLICT for a used code or a CLOSED survey; failures are limited per address (UNAUTHENTICATED with retryAfterSeconds past 20 in 15 minutes).',
  })
  surveyForm(
    @Arg('code', { description: 'The code on the slip; case, spaces and hyphens do not matter.' }) code: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.surveyCodes.form(code);
  }

  @FieldResolver(() => Neighborhood, { description: 'The neighborhood surveyed.' })
  neighborhood(@Root() survey: ResidentSurvey, @Ctx() ctx: Context) {
    return ctx.loaders.neighborhood.load(survey.neighborhoodId);
  }

  @FieldResolver(() => Subdistrict, { description: 'Its 街道.' })
  subdistrict(@Root() survey: ResidentSurvey, @Ctx() ctx: Context) {
    return ctx.loaders.subdistrict.load(survey.subdistrictId);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether its results are published: CLOSED with at least minimumAnswers answers (docs/rules.md rule 12).',
  })
  published(@Root() survey: ResidentSurvey, @Ctx() ctx: Context) {
    return ctx.services.residentSurveys.published(survey);
  }

  @FieldResolver(() => SurveyCounts, {
    nullable: true,
    description:
      "Codes issued, used and voided and answers received: for the 街道's ADMINs and CHAIRs at any time (to follow the count), for everyone else once published; null otherwise.",
  })
  counts(@Root() survey: ResidentSurvey, @Ctx() ctx: Context) {
    return ctx.services.residentSurveys.counts(survey);
  }

  @Mutation(() => ResidentSurvey, {
    description:
      "Creates a DRAFT residents' survey of a neighborhood (docs/rules.md rule 12); an ADMIN whose scope covers its 街道. BAD_USER_INPUT on input.neighborhoodId, input.period, input.questions; CONFLICT on input.period when the neighborhood already has a survey of that period.",
  })
  createResidentSurvey(
    @Arg('input', () => CreateResidentSurveyInput, { description: 'The survey.' }) input: CreateResidentSurveyInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.residentSurveys.create(input);
  }

  @Mutation(() => ResidentSurvey, {
    description: 'DRAFT → OPEN: answers are taken from now on. An ADMIN over it; CONFLICT on id unless DRAFT.',
  })
  openResidentSurvey(@idArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.residentSurveys.open(id);
  }

  @Mutation(() => ResidentSurvey, {
    description:
      'OPEN → CLOSED, final: no more answers; results are published when the minimum count was reached. An ADMIN over it; CONFLICT on id unless OPEN.',
  })
  closeResidentSurvey(@idArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.residentSurveys.close(id);
  }

  @Mutation(() => IssuedSurveyCodes, {
    description:
      'Prints new one-time survey codes for a DRAFT or OPEN survey, shown this once (only hashes are kept). An ADMIN over it; CONFLICT on input.surveyId for a CLOSED survey.',
  })
  issueSurveyCodes(
    @Arg('input', () => IssueSurveyCodesInput, { description: 'The survey and how many codes.' })
    input: IssueSurveyCodesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.surveyCodes.issue(input);
  }

  @Mutation(() => VoidedSurveyCodes, {
    description:
      'Voids unused survey codes (listed, or all unused). An ADMIN over the survey; BAD_USER_INPUT on input.codes for a code not of this survey, CONFLICT on input.codes for a used one and on input.surveyId for a CLOSED survey.',
  })
  voidSurveyCodes(
    @Arg('input', () => VoidSurveyCodesInput, { description: 'The survey and the codes to void.' })
    input: VoidSurveyCodesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.surveyCodes.voidCodes(input);
  }

  @Mutation(() => SurveyAnswerReceipt, {
    description:
      "A resident's answer with a one-time survey code, without signing in (docs/rules.md rule 12): one score 1–5 per question of an OPEN survey; the code answers once and the answer keeps no link to it. BAD_USER_INPUT on input.code (unknown or voided), input.answers (a question left out), input.answers.<i>.question, input.answers.<i>.score; CONFLICT on input.code for a used code or a survey not OPEN. Failures are limited per address.",
  })
  answerSurvey(
    @Arg('input', () => AnswerSurveyInput, { description: 'The code and the scores.' }) input: AnswerSurveyInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.surveyCodes.answer(input);
  }

  @Mutation(() => EnteredSurveyAnswers, {
    description:
      'Enters paper answer sheets collected at a meeting into an OPEN survey, all or none: a CHAIR or ADMIN whose scope covers its 街道. BAD_USER_INPUT on input.sheets.<i>.answers…; CONFLICT on input.surveyId unless OPEN.',
  })
  enterSurveyAnswers(
    @Arg('input', () => EnterSurveyAnswersInput, { description: 'The survey and the sheets.' })
    input: EnterSurveyAnswersInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.surveyCodes.enterPaper(input);
  }
}

@Resolver(() => MatterRankingRow)
export class SurveyRankingResolver {
  @FieldResolver(() => SubdistrictSurveyRates, {
    nullable: true,
    description:
      "SUBDISTRICT rows: the 街道's residents' survey rates (知晓率、参与率、满意率, docs/rules.md rule 12) of its latest period with published surveys that ended by the end of this month, rolled up weighted by answers; null for UNIT rows and when none is published. Read for all rows in one statement.",
  })
  surveyRates(@Root() row: MatterRankingRow, @Ctx() ctx: Context) {
    if (row.officeId || row.agencyId) return null;
    return ctx.services.residentSurveys.rankingRates(row.subdistrictId, row.month);
  }
}
