/**
 * Codes are typed on phones with a Chinese input method, often in full-width mode: the code entry,
 * the households' page and the survey page read "ｋ７ｐｑｍ－３ｘｗａｒ" as the code K7PQM-3XWAR.
 */
import { formatCode } from '../../admin/src/vote/codeFormat';

describe('formatCode (the residents’ code fields)', () => {
  it.each([
    ['k7pqm3xwar', 'K7PQM-3XWAR'],
    ['ｋ７ｐｑｍ－３ｘｗａｒ', 'K7PQM-3XWAR'],
    ['Ｋ７ＰＱＭ　３ＸＷＡＲ', 'K7PQM-3XWAR'],
    ['k7pq', 'K7PQ'],
    ['测评码 K7PQM-3XWAR-EXTRA', 'K7PQM-3XWAR'],
  ])('%s → %s', (typed, shown) => {
    expect(formatCode(typed)).toBe(shown);
  });
});
