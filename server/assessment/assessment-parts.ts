import type { EntityManager } from 'typeorm';
import { BadUserInputError } from '../core/errors';
import { PUBLISHED_RESULTS } from '../rating/published-results';
import type { AnnualAssessment } from './annual-assessment.entity';
import { gradeFor, PolicyRules, weightedMean } from './assessment-rules';
import { ThirdPartyEvaluation } from './third-party-evaluation.entity';
import { assessmentReasons } from './reasons';

/** The computed fields of an annual assessment (docs/rules.md rule 10), as `assessmentParts` returns them. */
export interface AssessmentParts {
  /** Mean of the year's published meeting scores weighted by rating count, 0–100; null without any. */
  meetingScore: number | null;
  /** Ratings behind the meeting part. */
  meetingRatingCount: number;
  /** Closed meetings behind the meeting part. */
  meetingCount: number;
  /** The panels' scores weighted by the policy over the panels that scored, 0–100; null without any. */
  thirdPartyScore: number | null;
  /** The parts present weighted by the policy (renormalised), 0–100; null when no part is present. */
  score: number | null;
  /** The grade `score` earns under the policy's bands; null without a score. */
  computedGrade: AnnualAssessment['computedGrade'];
}

/**
 * docs/rules.md rule 10 for one official and year, read through `manager` (the caller's transaction):
 * the meeting part from the published results (rating/published-results.ts) of the year's closed meetings with at least the
 * policy's minimum of ratings, the third-party part from the panels' scores, and with the
 * assessors' `selfReportMark` (0–100 or null) the score and computed grade. A part without data is
 * left out and the others' weights renormalised (weightedMean); with none, score and grade are null.
 */
export async function assessmentParts(
  manager: EntityManager,
  officialId: string,
  year: number,
  rules: PolicyRules,
  selfReportMark: number | null,
): Promise<AssessmentParts> {
  const [meeting] = await manager.query(
    `SELECT sum(r.score * r.rating_count) / NULLIF(sum(r.rating_count), 0) AS score, coalesce(sum(r.rating_count), 0)::int AS ratings, count(*)::int AS meetings
       FROM ${PUBLISHED_RESULTS} r
      WHERE r.official_id = $1 AND r.year = $2 AND r.rating_count >= $3 AND r.score IS NOT NULL`,
    [officialId, year, rules.minRatings],
  );
  const panels = await manager.getRepository(ThirdPartyEvaluation).findBy({ officialId, year });
  const thirdPartyScore = weightedMean(
    rules.panelWeights.map((w) => ({
      value: panels.find((p) => p.panel === w.panel)?.score ?? null,
      weight: w.weight,
    })),
  );
  const meetingScore = meeting.score === null ? null : Number(meeting.score);
  const score = weightedMean([
    { value: meetingScore, weight: rules.meetingWeight },
    { value: thirdPartyScore, weight: rules.thirdPartyWeight },
    { value: selfReportMark, weight: rules.selfReportWeight },
  ]);
  return {
    meetingScore,
    meetingRatingCount: meeting.ratings,
    meetingCount: meeting.meetings,
    thirdPartyScore,
    score,
    computedGrade: gradeFor(score, rules),
  };
}

/**
 * The BAD_USER_INPUT for an assessment without a score that is to be `what` (finalised,
 * overridden): names the parts without data in the message and in `extensions.missing`.
 */
export function withoutData(a: AnnualAssessment, what: string): BadUserInputError {
  const parts: [keyof AnnualAssessment, string][] = [
    ['meetingScore', `no closed meeting of ${a.year} with a published result`],
    ['thirdPartyScore', 'no third-party panel score'],
    ['selfReportMark', 'no self-report mark'],
  ];
  const missing = parts.filter(([field]) => a[field] === null);
  const why =
    missing.length > 0
      ? `it has ${missing.map(([, text]) => text).join(', ')}`
      : "the parts with data weigh nothing under the year's policy";
  const error = new BadUserInputError(assessmentReasons.noScore({ what, why }), 'id');
  Object.assign(error.extensions, { missing: missing.map(([field]) => field) });
  return error;
}
