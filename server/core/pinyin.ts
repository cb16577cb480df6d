import { pinyin } from 'pinyin-pro';
import { stripHiddenCharacters } from './inputs';

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
  const elements = readElements(
    text,
    pinyin(text, { toneType: 'num', surname, type: 'array', nonZh: 'consecutive', v: true }),
  );
  const pinyinKey = elements
    .map((e) => e.text.toLowerCase())
    .join(' ')
    .slice(0, MAX_KEY);
  const bare = elements
    .map((e) => (e.syllable ? e.text.replace(/[0-9]$/, '') : e.text).toLowerCase())
    .join('')
    .replace(/\s+/g, '');
  const first = elements
    .map((e) => (e.syllable ? e.text.charAt(0) : e.text))
    .join('')
    .replace(/\s+/g, '')
    .toLowerCase();
  return { pinyinKey, pinyinSearch: `${bare} ${first}`.slice(0, MAX_KEY) };
}

/**
 * The elements of one reading of `text`, each marked as a Chinese character's syllable with its
 * tone ("qu1") or a run of other characters as written ("12", "B2", "·"). A run comes back as it is
 * written, a syllable never equals its character. Only a syllable loses its tone digit in the
 * search key and gives its first letter as its initial (as pinyin-pro's `first` pattern does),
 * so the initials are read from the same reading rather than by asking pinyin-pro a second time,
 * which halves the cost of a name (an import reads 620,573).
 */
function readElements(text: string, syllables: string[]): { text: string; syllable: boolean }[] {
  let at = 0;
  return syllables.map((element) => {
    if (element !== '' && text.startsWith(element, at)) {
      at += element.length;
      return { text: element, syllable: false };
    }
    at += 1;
    return { text: element, syllable: true };
  });
}

/**
 * What a search box's text becomes to match `pinyinSearch`: lower case without spaces when it is
 * Latin letters only, full-width ones included ("Wang Jian" → "wangjian", "ｗｊ" → "wj"), otherwise null
 * (characters match the name).
 */
export function pinyinQuery(text: string): string | null {
  // NFKC: full-width letters typed with a Chinese input method ("ｗｔ") are the letters they stand for.
  const compact = stripHiddenCharacters(text.normalize('NFKC')).replace(/\s+/g, '').toLowerCase();
  return /^[a-z]+$/.test(compact) ? compact : null;
}
