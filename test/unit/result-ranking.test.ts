/** The read-out's ranking (docs/rules.md rule 6): rankByScore in admin/src/evaluationMeetings/figures.ts. */
import { formatMean, rankByScore } from '../../admin/src/evaluationMeetings/figures';

/** A result of `name` with `score`, null when not published. */
const result = (name: string, score: number | null) => ({ name, weightedScore: score });

describe('rankByScore', () => {
  it('ranks by score, best first; equal scores share a place and the next skips; unpublished last without one', () => {
    const ranked = rankByScore([
      result('包立诚', null),
      result('陈雅婷', 63.3),
      result('骆志明', 80),
      result('王芳', 63.3),
      result('赵敏', 12.5),
    ]);
    expect(ranked.map(({ result: r, rank }) => [r.name, rank])).toEqual([
      ['骆志明', 1],
      ['陈雅婷', 2],
      ['王芳', 2],
      ['赵敏', 4],
      ['包立诚', null],
    ]);
  });

  it('keeps the given (pinyin) order among equal scores and among the unpublished', () => {
    const ranked = rankByScore([result('甲', null), result('乙', 50), result('丙', null), result('丁', 50)]);
    expect(ranked.map(({ result: r }) => r.name)).toEqual(['乙', '丁', '甲', '丙']);
  });

  it('shows a criterion mean with two decimals', () => {
    expect(formatMean(13 / 3)).toBe('4.33');
    expect(formatMean(4)).toBe('4.00');
  });
});
