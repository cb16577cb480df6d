import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { NodeService } from '../node/node.service';
import type { AssessmentService } from './assessment.service';
import type { AssessmentSourcesService } from './assessment-sources.service';
import type { OfficialService } from '../official/official.service';
import type { SubdistrictService } from '../subdistrict/subdistrict.service';
import type { AssessmentLoaders } from './assessment.loaders';
import { ConnectionType, PageArgs } from '../core/pagination';
import { Official } from '../official/official.entity';
import { AnnualAssessment } from './annual-assessment.entity';
import { GradeLabels, PersonnelOutcome } from './assessment-enums';
import { AssessmentOverview, SubdistrictGradeCounts } from './assessment-overview';
import { Subdistrict } from '../subdistrict/subdistrict.entity';
import { AssessmentPolicy } from './assessment-policy.entity';
import {
  AnnualAssessmentFilter,
  AnnualAssessmentOrder,
  AssessOfficialInput,
  OverrideGradeInput,
  RecordThirdPartyEvaluationInput,
  SetAssessmentPolicyInput,
} from './assessment.inputs';
import { ThirdPartyEvaluation } from './third-party-evaluation.entity';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type AssessmentResolverContext = RequestContext<
  {
    nodes: NodeService;
    assessments: AssessmentService;
    assessmentSources: AssessmentSourcesService;
    officials: OfficialService;
    subdistricts: SubdistrictService;
  },
  Pick<AssessmentLoaders, 'thirdPartyByOfficial' | 'gradeLabelsOfAssessment'>
>;
type Context = AssessmentResolverContext;

registerNode(AnnualAssessment, (ctx: Context, id) => ctx.services.assessments.find(id));
// A policy is read by district and year: node(id) reads it the same way, so with the same reach.
registerNode(AssessmentPolicy, async (ctx: Context, id) => {
  const row = await ctx.services.nodes.row(AssessmentPolicy, id);
  const policy = row ? await ctx.services.assessmentSources.policy(row.districtId, row.year) : null;
  return policy?.id === id ? policy : null;
});
// A panel's score is read through the annual assessment of its official and year: visible to whoever reads that assessment.
registerNode(ThirdPartyEvaluation, async (ctx: Context, id) => {
  const row = await ctx.services.nodes.row(ThirdPartyEvaluation, id);
  if (!row) return null;
  const assessments = await ctx.services.assessments.list({ officialId: row.officialId, year: row.year }, undefined, {
    first: 1,
  });
  return (await assessments.nodes).length > 0 ? row : null;
});

const AnnualAssessmentConnection = ConnectionType(AnnualAssessment, 'annual assessments');
const OfficialsByOutcomeConnection = ConnectionType(Official, 'officials');
const ID_ARG = { description: "The assessment's id." };

@Resolver(() => AnnualAssessment)
export class AnnualAssessmentResolver {
  @Query(() => AnnualAssessment, {
    nullable: true,
    description:
      'One annual assessment you may read (an ADMIN or ASSESSOR within their scope, a token with assessments:read in its district, an OFFICIAL their own); ' +
      'null when there is none or it is beyond your reach, alike. FORBIDDEN for other roles and tokens.',
  })
  annualAssessment(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context) {
    return ctx.services.assessments.find(id);
  }

  @Query(() => AnnualAssessmentConnection, {
    description:
      'A page of the annual assessments you may read: those within your scope (ADMIN, ASSESSOR, a token with assessments:read), your own (OFFICIAL). FORBIDDEN for other roles and tokens.',
  })
  annualAssessments(
    @Arg('filter', () => AnnualAssessmentFilter, { nullable: true, description: 'Which assessments.' })
    filter: AnnualAssessmentFilter | undefined,
    @Arg('orderBy', () => [AnnualAssessmentOrder], {
      nullable: true,
      description: 'Sort keys (default: newest year first).',
    })
    orderBy: AnnualAssessmentOrder[] | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessments.list(filter, orderBy, page);
  }

  @Query(() => AssessmentPolicy, {
    nullable: true,
    description:
      "Your district's stored scoring policy for a year (every user of the district; a token with assessments:read); null when the defaults of docs/rules.md rule 10 apply (40/40/20, equal panels, 90/75/60, 3 ratings). " +
      'FORBIDDEN for any other district, whether it exists or not.',
  })
  assessmentPolicy(
    @Arg('districtId', () => ID, { description: 'The district.' }) districtId: string,
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessmentSources.policy(districtId, year);
  }

  @Query(() => OfficialsByOutcomeConnection, {
    description:
      "Your district's officials within your scope whose finalised grades give this outcome (docs/rules.md rule 11), by name: for an ADMIN or ASSESSOR, or a token with assessments:read and officials:read. " +
      'FORBIDDEN for other roles and for any other district, whether it exists or not.',
  })
  officialsByOutcome(
    @Arg('districtId', () => ID, { description: 'The district.' }) districtId: string,
    @Arg('outcome', () => PersonnelOutcome, { description: 'The outcome.' }) outcome: PersonnelOutcome,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessments.officialsByOutcome(districtId, outcome, page);
  }

  @Query(() => AssessmentOverview, {
    description:
      "Your district's annual assessment at a glance for its ASSESSOR, ADMIN or CHAIR, or a token with assessments:read (docs/rules.md rules 10 and 11), within your scope: the year's grades by subdistrict and officials by outcome, as counts. " +
      'BAD_USER_INPUT on year outside 2000–2100; FORBIDDEN for other roles and for any other district, whether it exists or not.',
  })
  assessmentOverview(
    @Arg('districtId', () => ID, { description: 'The district.' }) districtId: string,
    @Arg('year', () => Int, { description: 'The year of the grades, 2000–2100.' }) year: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessments.overview(districtId, year);
  }

  @FieldResolver(() => Official, { description: 'The official assessed.' })
  official(@Root() assessment: AnnualAssessment, @Ctx() ctx: Context) {
    return ctx.services.officials.get(assessment.officialId);
  }

  @FieldResolver(() => GradeLabels, {
    description:
      "The names its grades are shown with: its district's policy of its year (docs/rules.md rule 10), STANDARD without one.",
  })
  gradeLabels(@Root() assessment: AnnualAssessment, @Ctx() ctx: Context) {
    return ctx.loaders.gradeLabelsOfAssessment.load(assessment.id);
  }

  @FieldResolver(() => [ThirdPartyEvaluation], { description: "The panels' scores behind the third-party part." })
  async thirdPartyEvaluations(@Root() assessment: AnnualAssessment, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.thirdPartyByOfficial.load(assessment.officialId);
    return rows.filter((r) => r.year === assessment.year);
  }

  @Mutation(() => AssessmentPolicy, {
    description:
      "Sets a district's scoring policy for a year (ASSESSOR or ADMIN of the district; docs/rules.md rule 10). BAD_USER_INPUT unless weights sum to 100 and bands are ordered; CONFLICT once an assessment of that year is finalised. Idempotent: identical concurrent calls all succeed on one policy.",
  })
  setAssessmentPolicy(
    @Arg('input', () => SetAssessmentPolicyInput, { description: 'The policy.' }) input: SetAssessmentPolicyInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessmentSources.setPolicy(input);
  }

  @Mutation(() => ThirdPartyEvaluation, {
    description:
      "Records (or replaces) one panel's score of an official for a year (ASSESSOR or ADMIN; docs/rules.md rule 10). CONFLICT once the year is finalised. Idempotent: identical concurrent calls all succeed on one score.",
  })
  recordThirdPartyEvaluation(
    @Arg('input', () => RecordThirdPartyEvaluationInput, { description: 'The score.' })
    input: RecordThirdPartyEvaluationInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessmentSources.recordThirdParty(input);
  }

  @Mutation(() => AnnualAssessment, {
    description:
      "Computes (or recomputes) an official's DRAFT assessment from its sources (ASSESSOR or ADMIN; docs/rules.md rule 10): parts without data are left out, and with none the score and grade are null. CONFLICT once finalised. Idempotent: identical concurrent calls all succeed on one assessment.",
  })
  assessOfficial(
    @Arg('input', () => AssessOfficialInput, { description: "Official, year and the assessors' mark." })
    input: AssessOfficialInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessments.assess(input);
  }

  @Mutation(() => AnnualAssessment, {
    description:
      "Overrides a DRAFT assessment's grade with a written reason (ASSESSOR or ADMIN; docs/rules.md rule 10). BAD_USER_INPUT on input.reason when blank, and on id when the assessment has no score (no part has data; extensions.missing names the parts). CONFLICT once finalised.",
  })
  overrideAnnualAssessmentGrade(
    @Arg('id', () => ID, ID_ARG) id: string,
    @Arg('input', () => OverrideGradeInput, { description: 'The grade and the reason.' }) input: OverrideGradeInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.assessments.override(id, input);
  }

  @Mutation(() => AnnualAssessment, {
    description:
      'Finalises an assessment: final and audited (ASSESSOR or ADMIN; docs/rules.md rule 10). BAD_USER_INPUT on id when it has no score (no part has data; extensions.missing names the parts), unless a concluded case found a red line breached that year. CONFLICT when already final.',
  })
  finalizeAnnualAssessment(@Arg('id', () => ID, ID_ARG) id: string, @Ctx() ctx: Context) {
    return ctx.services.assessments.finalize(id);
  }
}

@Resolver(() => Official)
export class OfficialAssessmentResolver {
  @FieldResolver(() => [AnnualAssessment], {
    description:
      "The official's annual assessments that you may read, newest year first: all for an ADMIN or ASSESSOR and a token with assessments:read, only your own as an OFFICIAL, none for other roles. " +
      'FORBIDDEN for a token without assessments:read.',
  })
  assessments(@Root() official: Official, @Ctx() ctx: Context) {
    return ctx.services.assessments.ofOfficial(official.id);
  }

  @FieldResolver(() => AnnualAssessment, {
    nullable: true,
    description:
      "The official's assessment of the newest year, DRAFT or FINALIZED; null when there is none or you may not read it (as `assessments`). FORBIDDEN for a token without assessments:read.",
  })
  latestAssessment(@Root() official: Official, @Ctx() ctx: Context) {
    return ctx.services.assessments.latestOfOfficial(official.id);
  }

  @FieldResolver(() => PersonnelOutcome, {
    nullable: true,
    description:
      "The outcome of docs/rules.md rule 11 from the finalised grades: PROMOTION_ELIGIBLE, REASSIGNMENT, DISMISSAL, or null when none applies or you may not read the official's grades (as `assessments`). " +
      'FORBIDDEN for a token without assessments:read.',
  })
  outcome(@Root() official: Official, @Ctx() ctx: Context) {
    return ctx.services.assessments.outcome(official.id);
  }
}

@Resolver(() => SubdistrictGradeCounts)
export class SubdistrictGradeCountsResolver {
  @FieldResolver(() => Subdistrict, { description: 'The subdistrict.' })
  subdistrict(@Root() line: SubdistrictGradeCounts, @Ctx() ctx: Context) {
    return ctx.services.subdistricts.get(line.subdistrictId);
  }
}
