import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Context } from '../core/context';
import { NotFoundError } from '../core/errors';
import { Topic } from '../core/events';
import { ConnectionType, connectionOf, PageArgs } from '../core/pagination';
import { Official } from '../official/official.entity';
import { MeetingResult } from './meeting-result.entity';
import { Rating } from './rating.entity';
import { IssueBallotCodesInput, SubmitRatingInput } from './rating.inputs';
import { Ballot, CriterionScore, IssuedBallotCodes, MeetingProgress, SubmitRatingPayload } from './rating.types';

const RatingConnection = ConnectionType(Rating, 'ratings');

@Resolver(() => Rating)
export class RatingResolver {
  @Query(() => RatingConnection, { description: 'Your own ratings at a meeting: as a signed-in representative, or with your ballot code. Nobody can list anyone else\'s.' })
  async ratings(
    @Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string,
    @Arg('ballotCode', () => String, { nullable: true, description: 'Your ballot code, when you vote without an account.' }) ballotCode: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return connectionOf(await ctx.services.ratings.own(meetingId, ballotCode), page);
  }

  @FieldResolver(() => [CriterionScore], { description: 'The score given to each criterion.' })
  scores(@Root() rating: Rating): CriterionScore[] {
    return Object.entries(rating.scores).map(([key, score]) => ({ key, score }));
  }

  @Query(() => Ballot, { description: 'What a ballot code opens; no sign-in needed. BAD_USER_INPUT on `code` for an unknown code or a meeting not open.' })
  ballot(@Arg('code', { description: 'The code from the chair\'s slip, e.g. "K7PQM-3XWAR".' }) code: string, @Ctx() ctx: Context) {
    return ctx.services.ratings.ballot(code);
  }

  @Mutation(() => SubmitRatingPayload, {
    description: 'Rates an official at an OPEN meeting (DESIGN rule 5); a second submission replaces the first. NOT_FOUND, CONFLICT (not open), FORBIDDEN (not registered, or rating yourself), BAD_USER_INPUT on input.officialId, input.scores or input.comment.',
  })
  submitRating(@Arg('input', () => SubmitRatingInput, { description: 'The rating.' }) input: SubmitRatingInput, @Ctx() ctx: Context) {
    return ctx.services.ratings.submit(input);
  }

  @Mutation(() => IssuedBallotCodes, { description: 'Issues one-time ballot codes for a DRAFT or OPEN meeting (its chair or an ADMIN); they are shown only in this answer.' })
  issueBallotCodes(@Arg('input', () => IssueBallotCodesInput, { description: 'The meeting and how many.' }) input: IssueBallotCodesInput, @Ctx() ctx: Context) {
    return ctx.services.ratings.issueCodes(input);
  }

  @Subscription(() => MeetingProgress, {
    topics: Topic.MEETING_PROGRESS,
    filter: ({ payload, args }: { payload: string; args: { meetingId: string } }) => payload === args.meetingId,
    description: 'Live progress of a meeting you may see: sent after every rating, registration, code issue, opening and closing.',
  })
  async meetingProgress(@Arg('meetingId', () => ID, { description: 'The meeting.' }) meetingId: string, @Ctx() ctx: Context): Promise<MeetingProgress> {
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
}
