/** docs/rules.md rule 11, the pure function: server/assessment/outcome.ts. */
import { Grade, PersonnelOutcome } from '../../server/assessment/assessment-enums';
import { GradedYear, outcomeOf } from '../../server/assessment/outcome';

const { EXCELLENT, GOOD, MEDIOCRE, POOR } = Grade;

/** Finalised years from `first` on, one grade each (null for a breach year). */
const run = (first: number, ...grades: (Grade | null)[]): GradedYear[] =>
  grades.map((grade, i) => ({ year: first + i, grade }));

describe('outcomeOf (docs/rules.md rule 11)', () => {
  it('gives PROMOTION_ELIGIBLE for three EXCELLENT years in a row, REASSIGNMENT for three MEDIOCRE, DISMISSAL for two POOR', () => {
    expect(outcomeOf(run(2022, EXCELLENT, EXCELLENT, EXCELLENT))).toBe(PersonnelOutcome.PROMOTION_ELIGIBLE);
    expect(outcomeOf(run(2022, MEDIOCRE, MEDIOCRE, MEDIOCRE))).toBe(PersonnelOutcome.REASSIGNMENT);
    expect(outcomeOf(run(2023, POOR, POOR))).toBe(PersonnelOutcome.DISMISSAL);
  });

  it('needs the full run: two EXCELLENT, two MEDIOCRE or one POOR give nothing, and GOOD never does', () => {
    expect(outcomeOf(run(2023, EXCELLENT, EXCELLENT))).toBeNull();
    expect(outcomeOf(run(2023, MEDIOCRE, MEDIOCRE))).toBeNull();
    expect(outcomeOf(run(2024, POOR))).toBeNull();
    expect(outcomeOf(run(2020, GOOD, GOOD, GOOD, GOOD, GOOD))).toBeNull();
    expect(outcomeOf([])).toBeNull();
  });

  it('counts a longer run too, and only the run that ends with the latest year', () => {
    expect(outcomeOf(run(2020, EXCELLENT, EXCELLENT, EXCELLENT, EXCELLENT, EXCELLENT))).toBe(
      PersonnelOutcome.PROMOTION_ELIGIBLE,
    );
    expect(outcomeOf(run(2020, EXCELLENT, EXCELLENT, EXCELLENT, GOOD))).toBeNull();
    expect(outcomeOf(run(2020, EXCELLENT, EXCELLENT, EXCELLENT, POOR, POOR))).toBe(PersonnelOutcome.DISMISSAL);
  });

  it('reads the years in any order', () => {
    const years = run(2022, EXCELLENT, EXCELLENT, EXCELLENT);
    expect(outcomeOf([years[1], years[2], years[0]])).toBe(PersonnelOutcome.PROMOTION_ELIGIBLE);
  });

  it('lets a gap year break the run', () => {
    expect(
      outcomeOf([
        { year: 2021, grade: EXCELLENT },
        { year: 2023, grade: EXCELLENT },
        { year: 2024, grade: EXCELLENT },
      ]),
    ).toBeNull();
    expect(
      outcomeOf([
        { year: 2022, grade: POOR },
        { year: 2024, grade: POOR },
      ]),
    ).toBeNull();
  });

  it('lets a breach year (no grade) break the run, and gives nothing when the latest year is one', () => {
    expect(outcomeOf(run(2022, EXCELLENT, EXCELLENT, null, EXCELLENT))).toBeNull();
    expect(outcomeOf(run(2022, EXCELLENT, EXCELLENT, null, EXCELLENT, EXCELLENT, EXCELLENT))).toBe(
      PersonnelOutcome.PROMOTION_ELIGIBLE,
    );
    expect(outcomeOf(run(2022, POOR, POOR, null))).toBeNull();
  });
});
