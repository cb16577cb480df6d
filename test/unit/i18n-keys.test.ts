/**
 * The admin's Chinese and English messages (admin/src/i18n) hold exactly the same keys, so no
 * screen shows a raw key, or falls back to the other language, in one of them.
 */
import en from '../../admin/src/i18n/en';
import zh from '../../admin/src/i18n/zh';
import { enSelfGovernance } from '../../admin/src/i18n/en.selfgov';
import { zhSelfGovernance } from '../../admin/src/i18n/zh.selfgov';

/**
 * React-Admin keys that ra-language-chinese (written for an older React-Admin) still carries and
 * React-Admin 5 no longer reads: the only keys the Chinese side may hold beyond the English one.
 */
const STALE_CHINESE_RA_KEYS = ['ra.navigation.prev'];

/** Every leaf key of a message tree as a dotted path (`resources.offices.fields.kind`). */
function leafKeys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? leafKeys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

/** The text at a dotted key, or undefined. */
function textAt(tree: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
      tree,
    );
}

describe("the admin's messages (admin/src/i18n)", () => {
  const zhKeys = leafKeys(zh);
  const enKeys = leafKeys(en);
  const onlyIn = (keys: string[], other: string[]) => keys.filter((k) => !new Set(other).has(k)).sort();

  it('have the same keys in Chinese and English, naming any key missing on either side', () => {
    expect({ missingInEnglish: onlyIn(zhKeys, enKeys), missingInChinese: onlyIn(enKeys, zhKeys) }).toEqual({
      missingInEnglish: STALE_CHINESE_RA_KEYS,
      missingInChinese: [],
    });
  });

  it("hold Pingyi's own resources and messages, not only React-Admin's", () => {
    const own = zhKeys.filter((k) => !k.startsWith('ra.'));
    expect(own.length).toBeGreaterThan(400);
    expect(own).toEqual(
      expect.arrayContaining(['resources.evaluationMeetings.fields.title', 'pingyi.errors.BAD_USER_INPUT_field']),
    );
  });

  it("give each of Pingyi's own keys a non-blank text in both languages", () => {
    const blank = zhKeys
      .filter((k) => !k.startsWith('ra.'))
      .filter((k) => [textAt(zh, k), textAt(en, k)].some((t) => typeof t !== 'string' || t.trim() === ''));
    expect(blank).toEqual([]);
  });
});

describe("the self-governance screens' messages (admin/src/i18n/*.selfgov.ts, merged in index.ts)", () => {
  it('have the same keys in Chinese and English, each with a non-blank text', () => {
    const zhKeys = leafKeys(zhSelfGovernance).sort();
    const enKeys = leafKeys(enSelfGovernance).sort();
    expect(enKeys).toEqual(zhKeys);
    const blank = zhKeys.filter((k) =>
      [textAt(zhSelfGovernance, k), textAt(enSelfGovernance, k)].some((t) => typeof t !== 'string' || t.trim() === ''),
    );
    expect(blank).toEqual([]);
  });
});
