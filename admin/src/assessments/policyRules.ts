/**
 * The checks of a district's assessment policy, as the form runs them before saving (the server
 * checks again, docs/rules.md rule 10): integer weights in points that sum to 100 for the three parts
 * and for the four panels, grade bands strictly ordered within 0–100, and a minimum rating count
 * of 1–100. Also the defaults of docs/rules.md rule 10.
 */
import type { Policy } from '../dataProvider/types';
import { PANELS } from './figures';

/** the defaults of docs/rules.md rule 10: parts 40/40/20, equal panels, bands 90/75/60, at least 3 ratings, grades named 优秀/良好/平庸/较差. */
export const DEFAULT_POLICY: Policy = {
  meetingWeight: 40,
  thirdPartyWeight: 40,
  selfReportWeight: 20,
  panelWeights: PANELS.map((panel) => ({ panel, weight: 25 })),
  excellentFrom: 90,
  goodFrom: 75,
  mediocreFrom: 60,
  minRatings: 3,
  gradeLabels: 'STANDARD',
};

/** A message key with its arguments, for the admin's translate(). */
export interface PolicyProblem {
  /** The form field it belongs to (`meetingWeight`, `panel.EXPERT`, `goodFrom`, …) or `parts` / `panels` for a sum. */
  field: string;
  message: string;
  args?: Record<string, unknown>;
}

const isWhole = (value: number) => Number.isInteger(value);

/** Every problem of the policy (empty when it may be saved). */
export function checkPolicy(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const points = (field: string, value: number, min: number, max: number) => {
    if (!Number.isFinite(value) || !isWhole(value) || value < min || value > max)
      problems.push({ field, message: 'pingyi.policy.errors.range', args: { min, max } });
  };
  points('meetingWeight', policy.meetingWeight, 0, 100);
  points('thirdPartyWeight', policy.thirdPartyWeight, 0, 100);
  points('selfReportWeight', policy.selfReportWeight, 0, 100);
  const parts = policy.meetingWeight + policy.thirdPartyWeight + policy.selfReportWeight;
  if (parts !== 100)
    problems.push({
      field: 'parts',
      message: 'pingyi.policy.errors.partsSum',
      args: { total: Number.isFinite(parts) ? parts : '?' },
    });
  for (const entry of policy.panelWeights) points(`panel.${entry.panel}`, entry.weight, 0, 100);
  const panels = policy.panelWeights.reduce((sum, entry) => sum + entry.weight, 0);
  if (panels !== 100)
    problems.push({
      field: 'panels',
      message: 'pingyi.policy.errors.panelsSum',
      args: { total: Number.isFinite(panels) ? panels : '?' },
    });
  points('excellentFrom', policy.excellentFrom, 0, 100);
  points('goodFrom', policy.goodFrom, 0, 100);
  points('mediocreFrom', policy.mediocreFrom, 0, 100);
  if (!(policy.goodFrom < policy.excellentFrom))
    problems.push({ field: 'goodFrom', message: 'pingyi.policy.errors.goodBelowExcellent' });
  if (!(policy.mediocreFrom < policy.goodFrom))
    problems.push({ field: 'mediocreFrom', message: 'pingyi.policy.errors.mediocreBelowGood' });
  points('minRatings', policy.minRatings, 1, 100);
  return problems;
}
