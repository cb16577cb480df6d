import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../core/errors';
import { isId } from '../core/ids';
import { saysSomething } from '../core/inputs';
import { Role } from '../core/role';
import type { Viewer } from '../core/viewer';
import { MeetingStatus } from '../evaluation-meeting/meeting-status';
import type { RatingCriterion } from '../rating-template/rating-template.entity';
import type { BallotFacts } from './ballot-box';
import type { SubmitRatingInput } from './rating.inputs';
import { ratingReasons } from './reasons';
import { NEEDS_COMMENT } from './satisfaction';

/**
 * Whether `input` alone already breaks a rule that every meeting would refuse it for (docs/rules.md
 * rule 5): an id that is not one (or an official's id not in the lower case the statement compares
 * its ids in), a criterion scored twice, an unsatisfied rating without a comment; or whether
 * `viewer` is not a representative. Such a ballot is refused with the error of the first
 * check it fails (assertMayCast, on facts read apart) and never reaches the ballot statement.
 */
export function refusedBeforeFacts(input: SubmitRatingInput, viewer: Viewer | null): boolean {
  if (!isId(input.meetingId) || !isId(input.officialId) || input.officialId !== input.officialId.toLowerCase())
    return true;
  if (viewer && viewer.role !== Role.REPRESENTATIVE) return true;
  if (new Set(input.scores.map((s) => s.key)).size !== input.scores.length) return true;
  return NEEDS_COMMENT.includes(input.satisfaction) && !saysSomething(input.comment);
}

/**
 * Every check of a ballot against what the database says (docs/rules.md rules 5 and 7), in the
 * order their errors are given: NOT_FOUND (no such meeting in the caller's scope, `facts` null),
 * FORBIDDEN (a signed-in voter who is not a representative registered for the meeting, reason
 * NOT_REGISTERED; one checked in as a code voter, CODE_VOTER; rating oneself, SELF_RATING),
 * CONFLICT (the meeting is not OPEN), BAD_USER_INPUT on `input.officialId` (not under evaluation),
 * `input.scores` (see scoresFor) or `input.comment` (an unsatisfied rating without one). Returns
 * the scores by criterion when every check passes.
 */
export function assertMayCast(
  facts: BallotFacts | null,
  viewer: Viewer | null,
  input: SubmitRatingInput,
): Record<string, number> {
  if (!facts) throw new NotFoundError('EvaluationMeeting', input.meetingId);
  if (viewer && !(viewer.role === Role.REPRESENTATIVE && facts.registered)) {
    throw new ForbiddenError(ratingReasons.NOT_REGISTERED());
  }
  if (facts.codeVoter) throw codeVoterError();
  if (facts.voterOfficialId !== null && facts.voterOfficialId === input.officialId)
    throw new ForbiddenError(ratingReasons.SELF_RATING());
  if (facts.status !== MeetingStatus.OPEN)
    throw new ConflictError(ratingReasons.meetingNotOpen({ status: facts.status }));
  if (!isId(input.officialId) || !facts.underEvaluation)
    throw new BadUserInputError(ratingReasons.officialNotEvaluated(), 'input.officialId');
  const scores = scoresFor(facts.criteria, input);
  if (NEEDS_COMMENT.includes(input.satisfaction) && !saysSomething(input.comment)) {
    throw new BadUserInputError(ratingReasons.commentRequired({ satisfaction: input.satisfaction }), 'input.comment');
  }
  return scores;
}

/** The refusal of an account vote by a person checked in as a code voter. */
export function codeVoterError(): ForbiddenError {
  return new ForbiddenError(ratingReasons.CODE_VOTER());
}

/** The scores of `input` by criterion key, as sent (the ballot statement checks them against the template's criteria). */
export function scoresAsSent(input: SubmitRatingInput): Record<string, number> {
  return Object.fromEntries(input.scores.map((s) => [s.key, s.score]));
}

/** Exactly one integer 1–5 per criterion of the template (docs/rules.md rule 5); BAD_USER_INPUT on `input.scores` otherwise. */
function scoresFor(criteria: RatingCriterion[], input: SubmitRatingInput): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const s of input.scores) {
    if (!criteria.some((c) => c.key === s.key))
      throw new BadUserInputError(ratingReasons.notACriterion({ key: s.key }), 'input.scores');
    if (s.key in scores) throw new BadUserInputError(ratingReasons.criterionTwice({ key: s.key }), 'input.scores');
    scores[s.key] = s.score;
  }
  const missing = criteria.filter((c) => !(c.key in scores));
  if (missing.length > 0)
    throw new BadUserInputError(
      ratingReasons.missingCriteria({ missing: missing.map((c) => c.label).join(', ') }),
      'input.scores',
    );
  return scores;
}
