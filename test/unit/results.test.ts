/** docs/rules.md rule 6, the pure function: computeFigures in server/rating/results.ts. */
import type { RatingCriterion } from '../../server/rating-template/rating-template.entity';
import { computeFigures } from '../../server/rating/results';
import { Satisfaction } from '../../server/rating/satisfaction';

/** Weights 40 / 30 / 30, as the API tests' template. */
const CRITERIA = [
  { key: 'attitude', label: '服务态度', weight: 40 },
  { key: 'efficiency', label: '办事效率', weight: 30 },
  { key: 'integrity', label: '廉洁自律', weight: 30 },
] as RatingCriterion[];

/** A rating with one overall level and the scores of attitude, efficiency and integrity. */
const rating = (satisfaction: Satisfaction, attitude: number, efficiency: number, integrity: number) => ({
  satisfaction,
  scores: { attitude, efficiency, integrity },
});

const NONE = { VERY_SATISFIED: 0, SATISFIED: 0, BASICALLY_SATISFIED: 0, DISSATISFIED: 0, VERY_DISSATISFIED: 0 };

describe('computeFigures (docs/rules.md rule 6)', () => {
  it('has no rate and no score without ratings, and a distribution of zeros over the five levels', () => {
    expect(computeFigures([], CRITERIA)).toEqual({
      ratingCount: 0,
      distribution: NONE,
      satisfactionRate: null,
      score: null,
      criterionMeans: [],
    });
  });

  it('scores Σ weight · (mean − 1) / 4: all 5s are 100, all 1s are 0', () => {
    expect(computeFigures([rating(Satisfaction.VERY_SATISFIED, 5, 5, 5)], CRITERIA).score).toBe(100);
    expect(computeFigures([rating(Satisfaction.VERY_DISSATISFIED, 1, 1, 1)], CRITERIA).score).toBe(0);
  });

  it("takes each criterion's mean over the ratings and weighs it: three ratings, worked by hand", () => {
    const figures = computeFigures(
      [
        rating(Satisfaction.SATISFIED, 4, 4, 5),
        rating(Satisfaction.BASICALLY_SATISFIED, 3, 4, 5),
        rating(Satisfaction.DISSATISFIED, 2, 1, 5),
      ],
      CRITERIA,
    );
    // attitude mean 3 → 40·2/4 = 20; efficiency mean 3 → 30·2/4 = 15; integrity mean 5 → 30
    expect(figures.score).toBeCloseTo(65, 9);
    expect(figures.ratingCount).toBe(3);
    expect(figures.distribution).toEqual({ ...NONE, SATISFIED: 1, BASICALLY_SATISFIED: 1, DISSATISFIED: 1 });
    expect(figures.satisfactionRate).toBeCloseTo(2 / 3, 12);
    // The means, in the template's order, that the score weighs.
    expect(figures.criterionMeans).toEqual([
      { key: 'attitude', mean: 3 },
      { key: 'efficiency', mean: 3 },
      { key: 'integrity', mean: 5 },
    ]);
  });

  it('counts very satisfied, satisfied and basically satisfied as satisfied, the two dissatisfied levels not', () => {
    const levels = Object.values(Satisfaction).map((level) => rating(level, 3, 3, 3));
    const figures = computeFigures(levels, CRITERIA);
    expect(figures.satisfactionRate).toBeCloseTo(3 / 5, 12);
    expect(figures.distribution).toEqual({
      VERY_SATISFIED: 1,
      SATISFIED: 1,
      BASICALLY_SATISFIED: 1,
      DISSATISFIED: 1,
      VERY_DISSATISFIED: 1,
    });
    expect(figures.score).toBeCloseTo(50, 9);
  });

  it('returns numbers unrounded', () => {
    const figures = computeFigures(
      [
        rating(Satisfaction.SATISFIED, 5, 4, 4),
        rating(Satisfaction.SATISFIED, 4, 4, 4),
        rating(Satisfaction.DISSATISFIED, 4, 4, 4),
      ],
      CRITERIA,
    );
    // attitude mean 13/3 → 40·(10/3)/4 = 33.33…; 30·3/4 twice = 45
    expect(figures.score).toBeCloseTo(78 + 1 / 3, 12);
    expect(figures.satisfactionRate).toBeCloseTo(2 / 3, 12);
  });
});
