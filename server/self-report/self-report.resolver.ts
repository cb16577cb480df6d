import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { OfficialService } from '../official/official.service';
import type { ResponsibilityItemService } from '../responsibility/responsibility.service';
import type { SelfReportService } from './self-report.service';
import { Official } from '../official/official.entity';
import { ResponsibilityItem } from '../responsibility/responsibility.entity';
import { SelfReport, SelfReportAnswer } from './self-report.entity';
import { SubmitSelfReportInput } from './self-report.inputs';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type SelfReportResolverContext = RequestContext<{
  officials: OfficialService;
  responsibilityItems: ResponsibilityItemService;
  selfReports: SelfReportService;
}>;
type Context = SelfReportResolverContext;

registerNode(SelfReport, (ctx: Context, id) => ctx.services.selfReports.find(id));

/** Self-reports (述职, docs/rules.md rule 8): the lookup, the answers and the submission. */
@Resolver(() => SelfReport)
export class SelfReportResolver {
  @Query(() => SelfReport, {
    nullable: true,
    description:
      "An official's self-report for a year; null when there is none (or the official is outside your scope).",
  })
  selfReport(
    @Arg('officialId', () => ID, { description: "The official's id." }) officialId: string,
    @Arg('year', () => Int, { description: 'The year reported on, e.g. 2026.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.selfReports.ofOfficial(officialId, year);
  }

  @FieldResolver(() => [SelfReportAnswer], {
    description: "One answer per line of the year's responsibility list, in the order of the list.",
  })
  answers(@Root() report: SelfReport, @Ctx() ctx: Context) {
    return ctx.services.selfReports.answers(report);
  }

  @FieldResolver(() => Official, { description: 'The official reporting.' })
  official(@Root() report: SelfReport, @Ctx() ctx: Context) {
    return ctx.services.officials.get(report.officialId);
  }

  @Mutation(() => SelfReport, {
    description:
      "Submits an official's self-report for a year, replacing an earlier one (the official's own OFFICIAL user, or an ADMIN in scope). BAD_USER_INPUT on input.answers, naming the item, when a line of the list is missing, repeated or not on the list; on input.year when there is no list; FORBIDDEN.",
  })
  submitSelfReport(
    @Arg('input', () => SubmitSelfReportInput, { description: 'The report.' }) input: SubmitSelfReportInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.selfReports.submit(input);
  }
}

/** `SelfReportAnswer.item`: the line an answer is about. */
@Resolver(() => SelfReportAnswer)
export class SelfReportAnswerResolver {
  @FieldResolver(() => ResponsibilityItem, { description: 'The line of the responsibility list this answers.' })
  item(@Root() answer: SelfReportAnswer, @Ctx() ctx: Context) {
    return ctx.services.responsibilityItems.get(answer.itemId);
  }
}

/** `Official.selfReport`: an official's report for one year, through a grouped loader. */
@Resolver(() => Official)
export class OfficialSelfReportResolver {
  @FieldResolver(() => SelfReport, {
    nullable: true,
    description: "The official's self-report (述职) for a year; null when not submitted.",
  })
  selfReport(
    @Root() official: Official,
    @Arg('year', () => Int, { description: 'The year reported on, e.g. 2026.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.selfReports.ofOfficial(official.id, year);
  }
}
