/** The two-thirds rule of building conventions (docs/rules.md rule 14), counted in whole numbers. */
import { reachesTwoThirds, requiredApprovals } from '../../server/convention/convention-threshold';

describe('two thirds of the households (docs/rules.md rule 14)', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [6, 4],
    [9, 6],
    [10, 7],
    [100, 67],
    [10000, 6667],
  ])('of %i households, %i approvals are needed', (households, needed) => {
    expect(requiredApprovals(households)).toBe(needed);
    expect(reachesTwoThirds(needed, households)).toBe(true);
    expect(reachesTwoThirds(needed - 1, households)).toBe(false);
  });
});
