/**
 * How the assessment screens show grades, outcomes and scores: the grades best first with their
 * colours, the outcomes with theirs, and scores 0–100 with one decimal (numbers stay numbers;
 * rounding is only for display, docs/rules.md rule 6).
 */
import type { Grade, Outcome, Panel } from '../dataProvider/types';

/** The four grades, best first (docs/rules.md rule 10). */
export const GRADES: Grade[] = ['EXCELLENT', 'GOOD', 'MEDIOCRE', 'POOR'];

/** The three outcomes of docs/rules.md rule 11. */
export const OUTCOMES: Outcome[] = ['PROMOTION_ELIGIBLE', 'REASSIGNMENT', 'DISMISSAL'];

/** The four third-party panels in the order docs/rules.md rule 10 names them. */
export const PANELS: Panel[] = ['PARTY_MEMBER', 'NON_PARTY', 'RESIDENT', 'EXPERT'];

/** Chart colour of each grade (green → red), of a red-line breach year (`BREACH`) and of a not yet final assessment (`DRAFT`). */
export const GRADE_COLORS: Record<Grade | 'BREACH' | 'DRAFT', string> = {
  EXCELLENT: '#2e7d32',
  GOOD: '#29b6f6',
  MEDIOCRE: '#ffa726',
  POOR: '#e53935',
  BREACH: '#6d4c41',
  DRAFT: '#bdbdbd',
};

/** MUI chip colour of each grade. */
export const GRADE_CHIP: Record<Grade, 'success' | 'info' | 'warning' | 'error'> = {
  EXCELLENT: 'success',
  GOOD: 'info',
  MEDIOCRE: 'warning',
  POOR: 'error',
};

/** MUI chip colour of each outcome: promotion green, reassignment amber, dismissal red. */
export const OUTCOME_CHIP: Record<Outcome, 'success' | 'warning' | 'error'> = {
  PROMOTION_ELIGIBLE: 'success',
  REASSIGNMENT: 'warning',
  DISMISSAL: 'error',
};

/** A score 0–100 with one decimal, or "—" when there is none. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined ? '—' : score.toFixed(1);
}
