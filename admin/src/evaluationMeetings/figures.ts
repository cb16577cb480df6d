/**
 * How the meeting room shows numbers (docs/rules.md rule 6: numbers stay numbers; rounding only for
 * display): satisfaction rate as a percentage and score with one decimal, and progress shares.
 */

/** A satisfaction rate 0–1 as a percentage with one decimal, e.g. 0.5 → "50.0%". */
export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** A score 0–100 with one decimal, e.g. 41.25 → "41.3". */
export function formatScore(score: number): string {
  return score.toFixed(1);
}

/** The voters a meeting has (docs/rules.md rule 7): the attendees present, never the codes printed. */
export function voterCount(progress: { attendeesPresent: number }): number {
  return progress.attendeesPresent;
}

/** `received` of `total` as 0–100 for a progress bar (0 when there is nobody to vote). */
export function percentOf(received: number, total: number): number {
  return total > 0 ? Math.min(100, (received / total) * 100) : 0;
}

/** The colour of each satisfaction level, best first (green → red). */
export const SATISFACTION_COLORS: Record<string, string> = {
  VERY_SATISFIED: '#2e7d32',
  SATISFIED: '#66bb6a',
  BASICALLY_SATISFIED: '#29b6f6',
  DISSATISFIED: '#ffa726',
  VERY_DISSATISFIED: '#e53935',
};

/** The levels of the five-level scale, best first. */
export const SATISFACTION_LEVELS = [
  'VERY_SATISFIED',
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'DISSATISFIED',
  'VERY_DISSATISFIED',
] as const;
