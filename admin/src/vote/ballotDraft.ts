/**
 * One official's choices on the ballot as the voter makes them (docs/rules.md rule 5): the
 * satisfaction level, a score 1–5 per criterion and the comment, and which of them is still
 * missing before the rating can be submitted.
 */
import type { Criterion, OwnRating, RatingDraft, Satisfaction } from '../dataProvider/types';
import { saysSomething } from '../common/validation';

/** Levels that need a comment saying why (docs/rules.md rule 5). */
export const NEEDS_COMMENT: readonly string[] = ['DISSATISFIED', 'VERY_DISSATISFIED'];

/** The choices of one official as made so far (nothing chosen yet: null level, no scores, ''). */
export interface Choices {
  satisfaction: Satisfaction | null;
  /** Score 1–5 by criterion key. */
  scores: Record<string, number>;
  comment: string;
}

/** No choice made. */
export const EMPTY_CHOICES: Choices = { satisfaction: null, scores: {}, comment: '' };

/** The choices of an earlier rating (shown as submitted). */
export function choicesOf(rating: OwnRating): Choices {
  return {
    satisfaction: rating.satisfaction,
    scores: Object.fromEntries(rating.scores.map((s) => [s.key, s.score])),
    comment: rating.comment ?? '',
  };
}

/** Whether `choices` at this level need a comment. */
export function needsComment(choices: Choices): boolean {
  return !!choices.satisfaction && NEEDS_COMMENT.includes(choices.satisfaction);
}

/**
 * The first field the voter still has to fill, top to bottom, with the `pingyi.vote.*` message
 * that asks for it: `satisfaction`, then `score:<key>` of the first criterion without a score,
 * then `comment` when the level needs one and it says nothing; null when the rating is complete.
 */
export function firstMissing(choices: Choices, criteria: Criterion[]): { field: string; message: string } | null {
  if (!choices.satisfaction) return { field: 'satisfaction', message: 'pingyi.vote.pickSatisfaction' };
  const unscored = criteria.find((criterion) => !choices.scores[criterion.key]);
  if (unscored) return { field: `score:${unscored.key}`, message: 'pingyi.vote.pickScores' };
  if (needsComment(choices) && !saysSomething(choices.comment))
    return { field: 'comment', message: 'pingyi.vote.commentRequired' };
  return null;
}

/** The rating to submit from complete `choices` (scores in the criteria's order). */
export function draftOf(choices: Choices, criteria: Criterion[]): RatingDraft {
  return {
    satisfaction: choices.satisfaction!,
    scores: criteria.map((criterion) => ({ key: criterion.key, score: choices.scores[criterion.key] })),
    comment: choices.comment,
  };
}

/** Whether any choice was made. */
export function anyChoice(choices: Choices): boolean {
  return !!choices.satisfaction || Object.keys(choices.scores).length > 0 || choices.comment !== '';
}
