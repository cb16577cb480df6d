/**
 * The residents' small entry translates as the admin's polyglot provider does for its pages
 * (admin/src/lite/messages.ts): %{name} filled in, English plural forms by smart_count, a missing
 * key read as `_` or itself, and the admin's Chinese messages there at once.
 */
import { defaultMessages, translator } from '../../admin/src/lite/messages';

describe('the small entry’s translate', () => {
  const messages = {
    pingyi: {
      vote: { done: '已评 %{done} / %{total} 人', step: 'Official %{current} of %{total}' },
      count: 'one rating |||| %{smart_count} ratings',
    },
  };

  it('fills %{name} from the options and leaves unknown ones as they are', () => {
    const translate = translator('zh-CN', messages);
    expect(translate('pingyi.vote.done', { done: 3, total: 10 })).toBe('已评 3 / 10 人');
    expect(translate('pingyi.vote.step', { current: 2 })).toBe('Official 2 of %{total}');
  });

  it('chooses the English plural by smart_count, and the first form in Chinese', () => {
    expect(translator('en', messages)('pingyi.count', { smart_count: 1 })).toBe('one rating');
    expect(translator('en', messages)('pingyi.count', { smart_count: 4 })).toBe('4 ratings');
    expect(translator('zh-CN', messages)('pingyi.count', { smart_count: 4 })).toBe('one rating');
  });

  it('reads a missing key as its default text or the key itself', () => {
    const translate = translator('zh-CN', messages);
    expect(translate('pingyi.vote.nothing', { _: '无' })).toBe('无');
    expect(translate('pingyi.vote.nothing')).toBe('pingyi.vote.nothing');
    expect(translate('pingyi.vote')).toBe('pingyi.vote');
  });

  it('has the admin’s Chinese messages of the ballot', () => {
    const translate = translator('zh-CN', defaultMessages);
    expect(translate('pingyi.vote.step', { current: 3, total: 10 })).toBe('第 3 / 10 位');
    expect(translate('pingyi.vote.commentRequiredLabel')).toBe('意见或理由（必填）');
    expect(translate('pingyi.enums.Satisfaction.DISSATISFIED')).toBe('不满意');
  });
});
