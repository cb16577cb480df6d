/**
 * The voting screen's GraphQL operations (docs/rules.md rules 5 and 7): what a ballot code opens, a
 * signed-in representative's open meetings, one's own ballots, and submitting a rating. With a
 * ballot code every call goes without a token, so nobody needs an account, and carries the
 * browser's secret for the code (ballotSecret.ts), without which the code opens nothing.
 */
import { errorCode, errorField, errorMessage, request } from '../common/api';
import type { Criterion } from '../evaluationMeetings/meetingApi';
import { GraphQLRequestError } from '../graphqlClient';

/** An official as the voting screen shows them. */
export interface BallotOfficial {
  id: string;
  name: string;
  category: string;
  title: string;
}

/** What a voter rates: the meeting, its criteria and officials. */
export interface BallotPaper {
  meetingId: string;
  title: string;
  status: string;
  criteria: Criterion[];
  officials: BallotOfficial[];
}

/** The voter: a ballot code from the chair with this browser's secret for it, or the signed-in representative. */
export type Voter = { kind: 'code'; code: string; secret: string } | { kind: 'member' };

/** One's own rating of one official, to show it as submitted and change it. */
export interface OwnRating {
  officialId: string;
  satisfaction: string;
  comment: string | null;
  scores: { key: string; score: number }[];
}

/** A rating as the voter fills it in. */
export interface RatingDraft {
  satisfaction: string;
  scores: { key: string; score: number }[];
  comment: string;
}

/** An OPEN meeting listed for a signed-in representative. */
export interface OpenMeeting {
  id: string;
  title: string;
  scheduledAt: string | null;
  subdistrict: { name: string };
  neighborhood: { name: string } | null;
}

const anonymous = (voter: Voter) => ({ anonymous: voter.kind === 'code' });
const codeOf = (voter: Voter) => (voter.kind === 'code' ? voter.code : null);
const secretOf = (voter: Voter) => (voter.kind === 'code' ? voter.secret : null);

/**
 * What a ballot code opens with this browser's secret (no sign-in), and the officials it has
 * rated; BAD_USER_INPUT on `code` when unknown or its meeting is not open, FORBIDDEN CODE_IN_USE
 * when another browser holds the code.
 */
export async function fetchBallot(code: string, secret: string): Promise<BallotPaper & { ratedOfficialIds: string[] }> {
  const data = await request<{ ballot: BallotPaper & { ratedOfficialIds: string[] } }>(
    `query Ballot($code: String!, $secret: String) { ballot(code: $code, secret: $secret) { meetingId title status criteria { key label weight } officials { id name category title } ratedOfficialIds } }`,
    { code, secret },
    { anonymous: true },
  );
  return data.ballot;
}

/** The meeting as a signed-in representative rates it; null when out of reach. */
export async function fetchMemberPaper(meetingId: string): Promise<BallotPaper | null> {
  const data = await request<{ evaluationMeeting: { id: string; title: string; status: string; template: { criteria: Criterion[] }; officials: BallotOfficial[] } | null }>(
    `query MemberPaper($id: ID!) { evaluationMeeting(id: $id) { id title status template { criteria { key label weight } } officials { id name category title } } }`,
    { id: meetingId },
  );
  const meeting = data.evaluationMeeting;
  return meeting && { meetingId: meeting.id, title: meeting.title, status: meeting.status, criteria: meeting.template.criteria, officials: meeting.officials };
}

/** The voter's own ratings at an OPEN meeting: this session's, or this browser's with the code (FORBIDDEN for a signed-in user not registered for it). */
export async function fetchOwnRatings(meetingId: string, voter: Voter): Promise<OwnRating[]> {
  const data = await request<{ ratings: { nodes: OwnRating[] } }>(
    `query OwnRatings($meetingId: ID!, $ballotCode: String, $ballotSecret: String) { ratings(meetingId: $meetingId, ballotCode: $ballotCode, ballotSecret: $ballotSecret, first: 100) { nodes { officialId satisfaction comment scores { key score } } } }`,
    { meetingId, ballotCode: codeOf(voter), ballotSecret: secretOf(voter) },
    anonymous(voter),
  );
  return data.ratings.nodes;
}

/** Submits (or replaces) the voter's rating of one official; true when it replaced an earlier one. */
export async function submitRating(meetingId: string, officialId: string, draft: RatingDraft, voter: Voter): Promise<boolean> {
  const input = {
    meetingId,
    officialId,
    satisfaction: draft.satisfaction,
    scores: draft.scores,
    comment: draft.comment.trim() || null,
    ballotCode: codeOf(voter) ?? undefined,
    ballotSecret: secretOf(voter) ?? undefined,
  };
  const data = await request<{ submitRating: { replaced: boolean } }>(`mutation SubmitRating($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`, { input }, anonymous(voter));
  return data.submitRating.replaced;
}

/** The OPEN meetings in the signed-in user's scope. */
export async function fetchOpenMeetings(): Promise<OpenMeeting[]> {
  const data = await request<{ evaluationMeetings: { nodes: OpenMeeting[] } }>(
    `query OpenMeetings { evaluationMeetings(filter: { status: OPEN }, first: 50, orderBy: [{ field: SCHEDULED_AT, direction: DESC }]) { nodes { id title scheduledAt subdistrict { name } neighborhood { name } } } }`,
  );
  return data.evaluationMeetings.nodes;
}

/** The first error's `extensions` of a failed call (empty for anything else). */
function extensionsOf(error: unknown): Record<string, unknown> {
  return error instanceof GraphQLRequestError ? (error.graphQLErrors[0]?.extensions ?? {}) : {};
}

/** How many seconds the server asked to wait before trying a code again, if it did. */
export function retryAfterSeconds(error: unknown): number | null {
  const wait = extensionsOf(error).retryAfterSeconds;
  return typeof wait === 'number' ? wait : null;
}

/**
 * The `pingyi.vote.errors.*` key that explains a failed call to a representative in plain words,
 * from the error's `extensions.code`, `reason` and `field` (a code voter's FORBIDDEN means the code
 * no longer opens this meeting, or another browser holds it).
 */
export function voteErrorKey(error: unknown, voter: Voter): string {
  const field = errorField(error);
  const reason = extensionsOf(error).reason;
  switch (errorCode(error)) {
    case 'BAD_USER_INPUT':
      if (field === 'code') return 'code';
      if (field === 'input.comment') return 'comment';
      if (field === 'input.scores') return 'scores';
      if (field === 'input.officialId') return 'official';
      return 'input';
    case 'FORBIDDEN':
      if (reason === 'CODE_IN_USE') return 'codeInUse';
      if (reason === 'CODE_VOTER') return 'codeVoter';
      if (voter.kind === 'code') return 'code';
      return /yourself/i.test(errorMessage(error)) ? 'self' : 'notRegistered';
    case 'CONFLICT':
      return 'conflict';
    case 'NOT_FOUND':
      return 'notFound';
    case 'UNAUTHENTICATED':
      return reason === 'TOO_MANY_ATTEMPTS' ? 'tooMany' : 'unauthenticated';
    case 'NETWORK':
      return 'network';
    default:
      return 'internal';
  }
}
