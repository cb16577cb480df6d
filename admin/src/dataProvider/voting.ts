/**
 * The voting screen's methods of the data provider (docs/rules.md rules 5 and 7): what a ballot code
 * opens, a signed-in representative's open meetings and ballot, one's own ratings, and submitting
 * a rating. With a ballot code every call goes without a token, so nobody needs an account, and
 * carries the browser's secret for the code (vote/ballotSecret.ts), without which the code opens
 * nothing.
 */
import {
  BallotDocument,
  MemberPaperDocument,
  OpenMeetingsDocument,
  OwnRatingsDocument,
  SubmitRatingDocument,
  type SubmitRatingInput,
} from '../gql/graphql';
import { answer, type Call } from './call';

const RESOURCE = 'evaluationMeetings';

/** The voter: a ballot code from the chair with this browser's secret for it, or the signed-in representative. */
export type Voter = { kind: 'code'; code: string; secret: string } | { kind: 'member' };

/** A rating as the voter fills it in: the input's satisfaction and scores, and the comment as typed. */
export type RatingDraft = Pick<SubmitRatingInput, 'satisfaction' | 'scores'> & { comment: string };

const anonymous = (voter: Voter) => ({ anonymous: voter.kind === 'code' });
const codeOf = (voter: Voter) => (voter.kind === 'code' ? voter.code : null);
const secretOf = (voter: Voter) => (voter.kind === 'code' ? voter.secret : null);

/** The voting screen's methods over `call`. */
export function votingMethods(call: Call) {
  return {
    /**
     * What a ballot code opens with this browser's secret (no sign-in), and the officials it has
     * rated; BAD_USER_INPUT on `code` when unknown or its meeting is not open, FORBIDDEN CODE_IN_USE
     * when another browser holds the code.
     */
    ballot: async (code: string, secret: string) =>
      answer((await call(RESOURCE, BallotDocument, { code, secret }, { anonymous: true })).ballot),
    /** The meeting as a signed-in representative rates it, in the ballot's shape; null when out of reach. */
    memberPaper: async (meetingId: string) => {
      const meeting = (await call(RESOURCE, MemberPaperDocument, { id: meetingId })).evaluationMeeting;
      return answer(
        meeting && {
          meetingId: meeting.id,
          title: meeting.title,
          status: meeting.status,
          criteria: meeting.template.criteria,
          officials: meeting.officials,
        },
      );
    },
    /** The voter's own ratings at an OPEN meeting: this session's, or this browser's with the code (FORBIDDEN for a signed-in user not registered for it). */
    ownRatings: async (meetingId: string, voter: Voter) =>
      answer(
        (
          await call(
            RESOURCE,
            OwnRatingsDocument,
            { meetingId, ballotCode: codeOf(voter), ballotSecret: secretOf(voter) },
            anonymous(voter),
          )
        ).ratings.nodes,
      ),
    /** Submits (or replaces) the voter's rating of one official; resolves to true when it replaced an earlier one. */
    submitRating: async (meetingId: string, officialId: string, draft: RatingDraft, voter: Voter) => {
      const input = {
        meetingId,
        officialId,
        satisfaction: draft.satisfaction,
        scores: draft.scores,
        comment: draft.comment.trim() || null,
        ballotCode: codeOf(voter) ?? undefined,
        ballotSecret: secretOf(voter) ?? undefined,
      };
      return answer((await call(RESOURCE, SubmitRatingDocument, { input }, anonymous(voter))).submitRating.replaced);
    },
    /** The OPEN meetings in the signed-in user's scope, latest planned first. */
    openMeetings: async () => answer((await call(RESOURCE, OpenMeetingsDocument, {})).evaluationMeetings.nodes),
  };
}
