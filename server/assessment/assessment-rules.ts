import { Grade, Panel } from './assessment-enums';
import type { AssessmentPolicy } from './assessment-policy.entity';

/** The scoring rules a computation needs (a stored policy or the defaults of docs/rules.md rule 10). */
export type PolicyRules = Pick<
  AssessmentPolicy,
  | 'meetingWeight'
  | 'thirdPartyWeight'
  | 'selfReportWeight'
  | 'panelWeights'
  | 'excellentFrom'
  | 'goodFrom'
  | 'mediocreFrom'
  | 'minRatings'
>;

/** docs/rules.md rule 10's defaults: parts 40/40/20, equal panels, bands 90/75/60, at least 3 ratings. */
export const DEFAULT_POLICY: PolicyRules = {
  meetingWeight: 40,
  thirdPartyWeight: 40,
  selfReportWeight: 20,
  panelWeights: Object.values(Panel).map((panel) => ({ panel, weight: 25 })),
  excellentFrom: 90,
  goodFrom: 75,
  mediocreFrom: 60,
  minRatings: 3,
};

/** One part of a weighted mean: its value (null or undefined when it has no data) and its weight in points. */
export interface WeightedPart {
  value: number | null | undefined;
  weight: number;
}

/**
 * The weighted mean of the parts that have a value (docs/rules.md rule 10): a part whose value is null or
 * undefined has no data and is left out, and the weights of the others are renormalised to their
 * own sum; a part of weight 0 counts for nothing. Returns null, never NaN, when no part with a
 * value has a positive weight. Throws RangeError for a value or weight that is not a finite number,
 * or a negative weight: those are bugs upstream, never data to average.
 */
export function weightedMean(parts: WeightedPart[]): number | null {
  for (const { value, weight } of parts) {
    if (!Number.isFinite(weight) || weight < 0)
      throw new RangeError(`weightedMean: a weight must be a finite number ≥ 0, got ${weight}`);
    if (value != null && !Number.isFinite(value))
      throw new RangeError(`weightedMean: a value must be a finite number or null, got ${value}`);
  }
  const present = parts.filter((p): p is { value: number; weight: number } => p.value != null && p.weight > 0);
  const total = present.reduce((sum, p) => sum + p.weight, 0);
  return total === 0 ? null : present.reduce((sum, p) => sum + p.weight * p.value, 0) / total;
}

/** The grade a score earns under the policy's bands (docs/rules.md rule 10). */
export function gradeFor(score: number | null, policy: PolicyRules): Grade | null {
  if (score === null) return null;
  if (score >= policy.excellentFrom) return Grade.EXCELLENT;
  if (score >= policy.goodFrom) return Grade.GOOD;
  if (score >= policy.mediocreFrom) return Grade.MEDIOCRE;
  return Grade.POOR;
}
