import { Grade, Panel } from './assessment-enums';
import type { AssessmentPolicy } from './assessment-policy.entity';

/** The scoring rules a computation needs (a stored policy or DESIGN's defaults). */
export type PolicyRules = Pick<
  AssessmentPolicy,
  'meetingWeight' | 'thirdPartyWeight' | 'selfReportWeight' | 'panelWeights' | 'excellentFrom' | 'goodFrom' | 'mediocreFrom' | 'minRatings'
>;

/** DESIGN rule 10's defaults: parts 40/40/20, equal panels, bands 90/75/60, at least 3 ratings. */
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

/** Weighted mean of the values present (null ones skipped, weights renormalised); null when none is present. */
export function weightedMean(parts: { value: number | null; weight: number }[]): number | null {
  const present = parts.filter((p) => p.value !== null && p.weight > 0);
  const total = present.reduce((sum, p) => sum + p.weight, 0);
  return total === 0 ? null : present.reduce((sum, p) => sum + p.weight * (p.value as number), 0) / total;
}

/** The grade a score earns under the policy's bands (DESIGN rule 10). */
export function gradeFor(score: number | null, policy: PolicyRules): Grade | null {
  if (score === null) return null;
  if (score >= policy.excellentFrom) return Grade.EXCELLENT;
  if (score >= policy.goodFrom) return Grade.GOOD;
  if (score >= policy.mediocreFrom) return Grade.MEDIOCRE;
  return Grade.POOR;
}
