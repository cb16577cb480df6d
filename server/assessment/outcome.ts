import { Grade, PersonnelOutcome } from './assessment-enums';

/** One finalised year as rule 11 reads it: the effective grade (overridden if so), null for a breach year. */
export interface GradedYear {
  year: number;
  grade: Grade | null;
}

const RUNS: { grade: Grade; length: number; outcome: PersonnelOutcome }[] = [
  { grade: Grade.EXCELLENT, length: 3, outcome: PersonnelOutcome.PROMOTION_ELIGIBLE },
  { grade: Grade.MEDIOCRE, length: 3, outcome: PersonnelOutcome.REASSIGNMENT },
  { grade: Grade.POOR, length: 2, outcome: PersonnelOutcome.DISMISSAL },
];

/**
 * docs/rules.md rule 11: the outcome of the run of equal grades that ends with the latest finalised year —
 * three EXCELLENT → PROMOTION_ELIGIBLE, three MEDIOCRE → REASSIGNMENT, two POOR → DISMISSAL. Only
 * consecutive calendar years count: a gap year, or a year outside the four grades (a breached red
 * line), breaks the run. Null when no rule applies.
 */
export function outcomeOf(years: GradedYear[]): PersonnelOutcome | null {
  const sorted = [...years].sort((a, b) => b.year - a.year);
  const latest = sorted[0];
  if (!latest || latest.grade === null) return null;
  let length = 1;
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].year !== sorted[i - 1].year - 1 || sorted[i].grade !== latest.grade) break;
    length += 1;
  }
  const rule = RUNS.find((r) => r.grade === latest.grade);
  return rule && length >= rule.length ? rule.outcome : null;
}
