import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { registerNode } from '../core/node';
import type { RequestContext } from '../core/request-context';
import type { EvaluationMeetingService } from '../evaluation-meeting/evaluation-meeting.service';
import type { NodeService } from '../node/node.service';
import type { RatingTemplateService } from '../rating-template/rating-template.service';
import type { OfficialService } from '../official/official.service';
import type { RatingService } from './rating.service';
import { NotFoundError } from '../core/errors';
import { ConnectionType, connectionOf, PageArgs } from '../core/pagination';
import { Official } from '../official/official.entity';
import { CriterionMean, MeetingResult } from './meeting-result.entity';
import { publishedFigures } from './published-results';
import { Rating } from './rating.entity';
import { SubmitRatingInput, VoidBallotCodesInput } from './rating.inputs';
import { Ballot, CriterionScore, MeetingProgress, SubmitRatingPayload, VoidedBallotCodes } from './rating.types';

/** What these resolvers read from the request: the services (and loaders) they call; the composition root provides them. */
export type RatingResolverContext = RequestContext<{
  meetings: EvaluationMeetingService;
  nodes: NodeService;
  ratingTemplates: RatingTemplateService;
  officials: OfficialService;
  ratings: RatingService;
}>;
type Context = RatingResolverContext;

// A ballot is read only by its voter, in the session that cast it, while its meeting is OPEN (docs/rules.md
// rule 7): node(id) answers only what ratings(meetingId) would list for the caller, null otherwise.
registerNode(Rating, async (ctx: Context, id) => {
  const row = await ctx.services.nodes.row(Rating, id);
  return row ? (await ctx.services.ratings.own(row.meetingId)).find((r) => r.id === id) : null;
});

const RatingConnection = ConnectionType(Rating, 'ratings');

@Resolver(() => Rating)
export class RatingResolver {
  @Query(() => RatingConnection, {
    description:
      "Your own ratings at an OPEN meeting (docs/rules.md rule 7): those cast in this sign-in session, or with your ballot code from the browser that holds its secret. Nobody can list anyone else's, and nobody any once the meeting is not OPEN (CONFLICT; a code dies with its meeting). FORBIDDEN (NOT_REGISTERED) for a user not registered for the meeting; for a code, the errors of `ballot`.",
  })
  async ratings(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Arg('ballotCode', () => String, {
      nullable: true,
      description: 'Your ballot code, when you vote without an account.',
    })
    ballotCode: string | null,
    @Arg('ballotSecret', () => String, {
      nullable: true,
      description: 'With ballotCode: the secret your browser keeps for that code.',
    })
    ballotSecret: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return connectionOf(
      await ctx.services.ratings.own(meetingId, ballotCode, ballotSecret),
      page,
      `ratings:${meetingId}`,
    );
  }

  @FieldResolver(() => [CriterionScore], { description: 'The score given to each criterion.' })
  scores(@Root() rating: Rating): CriterionScore[] {
    return Object.entries(rating.scores).map(([key, score]) => ({ key, score }));
  }

  @Query(() => Ballot, {
    description:
      'What a ballot code opens, with the secret of the browser using it; no sign-in needed (docs/rules.md rule 7). The code binds to the first secret it is used with. BAD_USER_INPUT on `code` for a code that is unknown, voided or of a CLOSED meeting, on `secret` without a well-formed secret (a code of a meeting not open yet shows it as DRAFT); FORBIDDEN (reason CODE_IN_USE) for a code bound to another browser; UNAUTHENTICATED with retryAfterSeconds after too many wrong codes from your address.',
  })
  ballot(
    @Arg('code', { description: 'The code from the chair\'s slip, e.g. "K7PQM-3XWAR".' }) code: string,
    @Arg('secret', () => String, {
      nullable: true,
      description:
        'The secret this browser keeps for the code: 32–128 letters, digits, "-" or "_" (e.g. 32 random bytes, base64url), made once per code by the browser and never shown.',
    })
    secret: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ratings.ballot(code, secret);
  }

  @Mutation(() => SubmitRatingPayload, {
    description:
      'Rates an official at an OPEN meeting (docs/rules.md rules 5 and 7); a second submission by the same voter replaces the first. NOT_FOUND, CONFLICT (not open), FORBIDDEN (not registered, checked in as a code voter (CODE_VOTER), rating yourself, or a code that opens nothing here or is bound to another browser), UNAUTHENTICATED with retryAfterSeconds after too many wrong codes, BAD_USER_INPUT on input.officialId, input.scores, input.comment or input.ballotSecret.',
  })
  submitRating(
    @Arg('input', () => SubmitRatingInput, { description: 'The rating.' }) input: SubmitRatingInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ratings.submit(input);
  }

  @Mutation(() => VoidedBallotCodes, {
    description:
      'Voids unused ballot codes of a DRAFT or OPEN meeting (its chair or an ADMIN; docs/rules.md rule 7). BAD_USER_INPUT on input.codes for a code not of this meeting; CONFLICT on input.codes for a code already used to vote.',
  })
  voidBallotCodes(
    @Arg('input', () => VoidBallotCodesInput, { description: 'The meeting and the codes, or allUnused.' })
    input: VoidBallotCodesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.ratings.voidCodes(input);
  }

  @Subscription(() => MeetingProgress, {
    subscribe: ({ args, context }: { args: { meetingId: string }; context: Context }) =>
      context.services.ratings.watchProgress(args.meetingId),
    description:
      'Live progress of a meeting you run (its chair, or an ADMIN over it; docs/rules.md rule 7), counts only: sent after every first ballot for an official, check-in, code issued or voided, opening and closing — never after an amendment. Refused once when it starts (FORBIDDEN, NOT_FOUND), and the socket itself is refused without a valid token.',
  })
  meetingProgress(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Ctx() ctx: Context,
  ): Promise<MeetingProgress> {
    return ctx.services.ratings.liveProgress(meetingId);
  }
}

@Resolver(() => MeetingResult)
export class MeetingResultResolver {
  @FieldResolver(() => Official, { description: 'The official this result is for.' })
  async official(@Root() result: MeetingResult, @Ctx() ctx: Context) {
    const official = await ctx.services.officials.find(result.officialId);
    if (!official) throw new NotFoundError('Official', result.officialId);
    return official;
  }

  @FieldResolver(() => [CriterionMean], {
    nullable: true,
    description:
      "Per criterion of the meeting's template, in its order: label, weight and the mean of the scores given (docs/rules.md rule 6). Published under the same minimum number of ratings as the score (rule 7): null when not published.",
  })
  async criterionMeans(@Root() result: MeetingResult, @Ctx() ctx: Context): Promise<CriterionMean[] | null> {
    const means = publishedFigures(result).criterionMeans;
    if (!means) return null;
    const meeting = await ctx.services.meetings.get(result.meetingId);
    const template = await ctx.services.ratingTemplates.get(meeting.templateId);
    return template.criteria.flatMap((criterion) => {
      const found = means.find((m) => m.key === criterion.key);
      return found ? [{ key: criterion.key, label: criterion.label, weight: criterion.weight, mean: found.mean }] : [];
    });
  }
}
