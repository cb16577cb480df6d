/** docs/rules.md rule 10, the pure functions: server/assessment/assessment-rules.ts. */
import { Grade, Panel } from '../../server/assessment/assessment-enums';
import { DEFAULT_POLICY, gradeFor, PolicyRules, weightedMean } from '../../server/assessment/assessment-rules';

describe('weightedMean (docs/rules.md rule 10), the pure function behind every score', () => {
  it('leaves out parts without a value, null or undefined alike, and renormalises the weights of the others', () => {
    expect(
      weightedMean([
        { value: 80, weight: 40 },
        { value: null, weight: 40 },
        { value: undefined, weight: 20 },
      ]),
    ).toBe(80);
    expect(
      weightedMean([
        { value: 80, weight: 40 },
        { value: 50, weight: 20 },
        { value: undefined, weight: 40 },
      ]),
    ).toBe(70);
    expect(
      weightedMean([
        { value: 90, weight: 0 },
        { value: 60, weight: 25 },
      ]),
    ).toBe(60);
  });

  it('weighs the three parts 40 / 40 / 20 when all are present', () => {
    expect(
      weightedMean([
        { value: 70, weight: 40 },
        { value: 85, weight: 40 },
        { value: 100, weight: 20 },
      ]),
    ).toBeCloseTo(82, 9);
  });

  it('is null, never NaN, when no part has a value or every present part weighs nothing', () => {
    expect(weightedMean([])).toBeNull();
    expect(
      weightedMean([
        { value: null, weight: 40 },
        { value: undefined, weight: 20 },
      ]),
    ).toBeNull();
    expect(weightedMean([{ value: 75, weight: 0 }])).toBeNull();
  });

  it('refuses a value or weight that is not a finite number instead of passing it on', () => {
    expect(() => weightedMean([{ value: Number.NaN, weight: 40 }])).toThrow(RangeError);
    expect(() => weightedMean([{ value: Infinity, weight: 40 }])).toThrow(RangeError);
    expect(() => weightedMean([{ value: 50, weight: Number.NaN }])).toThrow(RangeError);
    expect(() => weightedMean([{ value: 50, weight: -1 }])).toThrow(RangeError);
  });
});

describe('gradeFor (docs/rules.md rule 10)', () => {
  it('grades by the default bands: EXCELLENT from 90, GOOD from 75, MEDIOCRE from 60, else POOR', () => {
    const grades = [100, 90, 89.999, 75, 74.5, 60, 59.99, 0].map((score) => [score, gradeFor(score, DEFAULT_POLICY)]);
    expect(grades).toEqual([
      [100, Grade.EXCELLENT],
      [90, Grade.EXCELLENT],
      [89.999, Grade.GOOD],
      [75, Grade.GOOD],
      [74.5, Grade.MEDIOCRE],
      [60, Grade.MEDIOCRE],
      [59.99, Grade.POOR],
      [0, Grade.POOR],
    ]);
  });

  it('follows a policy of its own bands', () => {
    const strict: PolicyRules = { ...DEFAULT_POLICY, excellentFrom: 95, goodFrom: 85, mediocreFrom: 70 };
    expect([94, 85, 84, 69].map((score) => gradeFor(score, strict))).toEqual([
      Grade.GOOD,
      Grade.GOOD,
      Grade.MEDIOCRE,
      Grade.POOR,
    ]);
  });

  it('gives no grade without a score', () => {
    expect(gradeFor(null, DEFAULT_POLICY)).toBeNull();
  });
});

describe('DEFAULT_POLICY (docs/rules.md rule 10)', () => {
  it('weighs the parts 40 / 40 / 20 and the four panels equally, summing to 100 each', () => {
    expect(DEFAULT_POLICY).toMatchObject({
      meetingWeight: 40,
      thirdPartyWeight: 40,
      selfReportWeight: 20,
      excellentFrom: 90,
      goodFrom: 75,
      mediocreFrom: 60,
      minRatings: 3,
    });
    expect(DEFAULT_POLICY.panelWeights).toEqual(Object.values(Panel).map((panel) => ({ panel, weight: 25 })));
    expect(DEFAULT_POLICY.panelWeights.map((p) => p.panel).sort()).toEqual([
      'EXPERT',
      'NON_PARTY',
      'PARTY_MEMBER',
      'RESIDENT',
    ]);
  });
});
