/**
 * docs/rules.md rule 7's publication gate, in one place: what of a meeting's frozen results may be
 * shown. A result exists only once its meeting is CLOSED (closing freezes it); it is published
 * when its rating count reaches the meeting's minimum; unpublished, only the count shows. The
 * GraphQL results (MeetingResult's fields), the `meeting.closed` webhook, the results export and
 * the annual assessment's meeting part all read results through this module.
 */
import { MeetingStatus } from '../evaluation-meeting/meeting-status';

/** A frozen result as stored (the MeetingResult row's columns that matter here). */
export interface FrozenResult {
  ratingCount: number;
  published: boolean;
  satisfactionRate: number | null;
  score: number | null;
  distribution: Record<string, number>;
  comments: string[];
  /** Per criterion in the template's order: its key and the mean of its scores. */
  criterionMeans: { key: string; mean: number }[];
}

/** What of a frozen result may be shown: everything when published, else the count alone (the rest null or empty). */
export interface PublishedFigures {
  ratingCount: number;
  published: boolean;
  /** 0–1; null when not published. */
  satisfactionRate: number | null;
  /** 0–100; null when not published. */
  score: number | null;
  /** Level → count; null when not published. */
  distribution: Record<string, number> | null;
  /** Sorted by text; empty when not published. */
  comments: string[];
  /** Per criterion (template order), the mean 1–5; null when not published, under the same minimum as the score. */
  criterionMeans: { key: string; mean: number }[] | null;
}

/** Whether a result with `ratingCount` ratings is published at a meeting whose minimum is `minRatings` (decided when closing freezes it). */
export function isPublished(ratingCount: number, minRatings: number): boolean {
  return ratingCount >= minRatings;
}

/** The shown part of a frozen result. */
export function publishedFigures(result: FrozenResult): PublishedFigures {
  if (!result.published)
    return {
      ratingCount: result.ratingCount,
      published: false,
      satisfactionRate: null,
      score: null,
      distribution: null,
      comments: [],
      criterionMeans: null,
    };
  return {
    ratingCount: result.ratingCount,
    published: true,
    satisfactionRate: result.satisfactionRate,
    score: result.score,
    distribution: result.distribution,
    comments: result.comments,
    criterionMeans: result.criterionMeans,
  };
}

/** Whether a meeting in `status` has results to show: only once CLOSED. */
export function hasResults(status: MeetingStatus): boolean {
  return status === MeetingStatus.CLOSED;
}

/**
 * The published results as a SQL relation, for queries that aggregate them (the export, the
 * annual assessment): one row per closed meeting and official with `meeting_id`, `official_id`,
 * `year` (the meeting's), `rating_count` (always shown) and `score` and `satisfaction_rate`, both
 * null where the result is not published. Use it as `FROM ${PUBLISHED_RESULTS} r`.
 */
export const PUBLISHED_RESULTS = `(SELECT pr.meeting_id, pr.official_id, pm.year, pr.rating_count,
           CASE WHEN pr.published THEN pr.score END AS score,
           CASE WHEN pr.published THEN pr.satisfaction_rate END AS satisfaction_rate
      FROM meeting_result pr JOIN evaluation_meeting pm ON pm.id = pr.meeting_id
     WHERE pm.status = '${MeetingStatus.CLOSED}')`;
