import { pinyin } from 'pinyin-pro';

/** The two pinyin columns a person's or place's name is kept with (docs/rules.md rule 15). */
export interface PinyinKeys {
  /**
   * The sort key: each character's syllable with its tone number, lower case, separated by spaces,
   * surnames read as surnames (曾 zeng1, 单 shan4, 仇 qiu2), e.g. "wang2 jian4 guo2". Compared
   * byte by byte (the column's collation is "C"), it orders names as a pinyin dictionary does:
   * syllable by syllable, tone 1 before tone 2 (汪 before 王), "xi1 an1" before "xian1".
   */
  pinyinKey: string;
  /** What a search matches: the syllables run together and the initials, e.g. "wangjianguo wjg". */
  pinyinSearch: string;
}

/** Longest key kept: a name is at most 100 characters, each at most a 6-letter syllable and a tone. */
const MAX_KEY = 800;

/** What a name belongs to: a person's name starts with a surname (曾 zeng), a place's does not (曾 ceng). */
export type NameOf = 'person' | 'place';

/**
 * The pinyin keys of a name (docs/rules.md rule 15), read with pinyin-pro — in its surname mode for
 * a person's name (the default); a character that is not Chinese (a letter, a digit, "·") stays as
 * it is, lower-cased.
 */
export function pinyinKeys(name: string, of: NameOf = 'person'): PinyinKeys {
  const text = name.trim();
  const surname = of === 'person' ? 'head' : 'off';
  const syllables = pinyin(text, { toneType: 'num', surname, type: 'array', nonZh: 'consecutive', v: true });
  const initials = pinyin(text, {
    pattern: 'first',
    toneType: 'none',
    surname,
    type: 'array',
    nonZh: 'consecutive',
  });
  const pinyinKey = syllables
    .map((s) => s.toLowerCase())
    .join(' ')
    .slice(0, MAX_KEY);
  const bare = syllables
    .map((s) => s.replace(/[0-9]$/, '').toLowerCase())
    .join('')
    .replace(/\s+/g, '');
  const first = initials.join('').replace(/\s+/g, '').toLowerCase();
  return { pinyinKey, pinyinSearch: `${bare} ${first}`.slice(0, MAX_KEY) };
}

/**
 * What a search box's text becomes to match `pinyinSearch`: lower case without spaces when it is
 * Latin letters only ("Wang Jian" → "wangjian", "wj"), otherwise null (characters match the name).
 */
export function pinyinQuery(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  return /^[a-z]+$/.test(compact) ? compact : null;
}
