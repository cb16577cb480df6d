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

/** A criterion's mean 1–5 with two decimals, e.g. 13/3 → "4.33". */
export function formatMean(mean: number): string {
  return mean.toFixed(2);
}

/** A result as ranked: published ones carry a score. */
interface Rankable {
  weightedScore?: number | null;
}

/** A result with its place in the ranking (null when not published). */
export interface Ranked<R> {
  result: R;
  rank: number | null;
}

/**
 * Results ranked by score, best first (equal scores share a place, the next place skips: 1, 1, 3;
 * among equals the given order, the API's pinyin order of names), then those not published (too
 * few ratings) in their given order, without a place.
 */
export function rankByScore<R extends Rankable>(results: readonly R[]): Ranked<R>[] {
  const published = results
    .filter((r) => typeof r.weightedScore === 'number')
    .sort((a, b) => b.weightedScore! - a.weightedScore!);
  const ranked = published.map((result) => ({
    result,
    rank: 1 + published.filter((other) => other.weightedScore! > result.weightedScore!).length,
  }));
  return [
    ...ranked,
    ...results.filter((r) => typeof r.weightedScore !== 'number').map((result) => ({ result, rank: null })),
  ];
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
