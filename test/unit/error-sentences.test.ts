/**
 * What the admin shows for a server error (admin/src/dataProvider/errorText.ts): the reason's
 * Chinese sentence with its params, the field by its label and enum values by their names; the
 * generic sentence of its code for a reason without one; never the server's English message.
 */
import polyglotI18nProvider from 'ra-i18n-polyglot';
import en from '../../admin/src/i18n/en';
import zh from '../../admin/src/i18n/zh';
import { errorSentence, setErrorEnums } from '../../admin/src/dataProvider/errorText';

// The admin registers its messages' enums at start (App.tsx); so does this test.
setErrorEnums(zh);

const chinese = polyglotI18nProvider(() => zh, 'zh-CN', [], { allowMissing: true });
const english = polyglotI18nProvider(() => en, 'en', [], { allowMissing: true });

/** A server error as the client receives it. */
function serverError(code: string, reason: string | null, params: Record<string, unknown> = {}, field?: string) {
  return {
    message: 'An English message for developers',
    extensions: { code, field: field ?? null, ...(reason ? { reason, params } : {}) },
  };
}

describe('the sentence of a server error in the admin', () => {
  it("says the reason's sentence, in Chinese by default and in English on request", () => {
    const error = serverError('CONFLICT', 'meeting.noOfficials');
    expect(errorSentence(chinese.translate, error, 'CONFLICT')).toBe('请先添加至少一名被评议干部，再开始评议会');
    expect(errorSentence(english.translate, error, 'CONFLICT')).toBe(
      'Add at least one official under evaluation before opening the meeting',
    );
  });

  it('names enum values by their names and the field by its label', () => {
    const forbidden = serverError('FORBIDDEN', 'access.roleMayNot', { role: 'ASSESSOR', what: 'add officials here' });
    expect(errorSentence(chinese.translate, forbidden, 'FORBIDDEN')).toBe('角色“考核人员”无权进行此操作');
    const tooLong = serverError(
      'BAD_USER_INPUT',
      'validation.maxLength',
      { field: 'input.name', max: 100, message: 'must be at most 100 characters' },
      'input.name',
    );
    expect(errorSentence(chinese.translate, tooLong, 'BAD_USER_INPUT', 'offices')).toBe('名称：最多 100 个字');
  });

  it('names a type by its resource', () => {
    const missing = serverError('NOT_FOUND', 'notFound', { typeName: 'EvaluationMeeting', id: 'x' });
    expect(errorSentence(chinese.translate, missing, 'NOT_FOUND')).toBe('评议会不存在或已被删除');
  });

  it('falls back to the generic sentence of the code, never the English message', () => {
    const unknown = serverError('CONFLICT', 'no.suchReason');
    expect(errorSentence(chinese.translate, unknown, 'CONFLICT')).toBe('与现有数据冲突，请刷新后重试');
    const bare = serverError('BAD_USER_INPUT', null, {}, 'input.codes');
    expect(errorSentence(chinese.translate, bare, 'BAD_USER_INPUT')).toBe('“码”有误，请检查后重试');
    expect(errorSentence(chinese.translate, undefined, 'NETWORK')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
