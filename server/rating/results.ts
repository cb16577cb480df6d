import type { EntityManager } from 'typeorm';
import type { EvaluationMeeting } from '../evaluation-meeting/evaluation-meeting.entity';
import { MeetingOfficial } from '../evaluation-meeting/meeting-registration.entity';
import type { RatingCriterion } from '../rating-template/rating-template.entity';
import { MeetingResult } from './meeting-result.entity';
import { isPublished } from './published-results';
import { Rating } from './rating.entity';
import { Satisfaction, SATISFACTION_LEVELS, SATISFIED_LEVELS } from './satisfaction';

/** The figures of one official's ratings (docs/rules.md rule 6), unrounded. */
export interface ResultFigures {
  ratingCount: number;
  distribution: Record<Satisfaction, number>;
  /** (very satisfied + satisfied + basically satisfied) / ratings, 0–1; null without ratings. */
  satisfactionRate: number | null;
  /** Σ weightᵢ · (meanᵢ − 1) / 4 with the weights summing to 100: 0–100; null without ratings. */
  score: number | null;
  /** Per criterion, in the template's order, the mean of its 1–5 scores; empty without ratings. */
  criterionMeans: CriterionMeanFigure[];
}

/** The mean (1–5, unrounded) of one criterion's scores. */
export interface CriterionMeanFigure {
  key: string;
  mean: number;
}

/** Computes docs/rules.md rule 6 for one official's ratings under a template's criteria. */
export function computeFigures(
  ratings: Pick<Rating, 'satisfaction' | 'scores'>[],
  criteria: RatingCriterion[],
): ResultFigures {
  const distribution = Object.fromEntries(SATISFACTION_LEVELS.map((level) => [level, 0])) as Record<
    Satisfaction,
    number
  >;
  for (const rating of ratings) distribution[rating.satisfaction] += 1;
  const n = ratings.length;
  if (n === 0) return { ratingCount: 0, distribution, satisfactionRate: null, score: null, criterionMeans: [] };
  const satisfied = SATISFIED_LEVELS.reduce((sum, level) => sum + distribution[level], 0);
  const criterionMeans = criteria.map((c) => ({
    key: c.key,
    mean: ratings.reduce((total, r) => total + r.scores[c.key], 0) / n,
  }));
  const score = criteria.reduce((sum, c, i) => sum + (c.weight * (criterionMeans[i].mean - 1)) / 4, 0);
  return { ratingCount: n, distribution, satisfactionRate: satisfied / n, score, criterionMeans };
}

/**
 * Freezes the results of a meeting being closed, inside the closing transaction: one row per
 * official under evaluation, published when the count reaches the meeting's minimum (docs/rules.md rule
 * 7), comments sorted by text so that their order reveals nothing.
 */
export async function freezeResults(
  manager: EntityManager,
  meeting: EvaluationMeeting,
  criteria: RatingCriterion[],
): Promise<MeetingResult[]> {
  const officials = await manager.getRepository(MeetingOfficial).findBy({ meetingId: meeting.id });
  const ratings = await manager.getRepository(Rating).findBy({ meetingId: meeting.id });
  const results = officials.map(({ officialId }) => {
    const own = ratings.filter((r) => r.officialId === officialId);
    const figures = computeFigures(own, criteria);
    return manager.getRepository(MeetingResult).create({
      meetingId: meeting.id,
      officialId,
      ...figures,
      published: isPublished(figures.ratingCount, meeting.minRatings),
      comments: own
        .map((r) => r.comment)
        .filter((c): c is string => !!c)
        .sort(),
    });
  });
  if (results.length > 0) await manager.getRepository(MeetingResult).insert(results);
  return results;
}
