import { pinyinKeys, type PinyinKeys } from '../core/pinyin';

/**
 * The endings that most neighborhood and township names share (社区居委会, 村委会, 街道, 镇…),
 * longest first: their pinyin is read once, and only the part before them is read per name.
 */
const COMMON_ENDINGS = [
  '社区居民委员会',
  '村民委员会',
  '居民委员会',
  '社区居委会',
  '村委会',
  '居委会',
  '街道办事处',
  '街道',
  '社区',
];

/** A stem whose last character's tone depends on what follows it. */
const SANDHI = /[一不]$/;

/** Keys of `stem` followed by keys of `ending`, as if read as one name. */
function joined(stem: PinyinKeys, ending: PinyinKeys): PinyinKeys {
  const [stemBare, stemInitials] = stem.pinyinSearch.split(' ');
  const [endBare, endInitials] = ending.pinyinSearch.split(' ');
  return {
    pinyinKey: `${stem.pinyinKey} ${ending.pinyinKey}`,
    pinyinSearch: `${stemBare}${endBare} ${stemInitials}${endInitials}`,
  };
}

/**
 * The pinyin keys of place names for a bulk import (docs/rules.md rule 15), the same as
 * `pinyinKeys(name, 'place')` but read faster: a name seen before is not read again, and a common
 * ending is read once and joined to the keys of the part before it. The national files hold
 * 620,573 neighborhoods with 371,190 distinct names, most ending in one of COMMON_ENDINGS, so
 * this reads a fraction of the characters. Returns a function of one name; keep one per import.
 */
export function placePinyinReader(): (name: string) => PinyinKeys {
  const seen = new Map<string, PinyinKeys>();
  const read = (text: string): PinyinKeys => {
    let keys = seen.get(text);
    if (!keys) {
      keys = pinyinKeys(text, 'place');
      seen.set(text, keys);
    }
    return keys;
  };
  return (name) => {
    const text = name.trim();
    const ending = COMMON_ENDINGS.find((e) => text.length > e.length && text.endsWith(e));
    if (!ending) return read(text);
    const stem = text.slice(0, -ending.length);
    // 一 and 不 change their tone by the syllable after them (一 yi4 before 居 ju1): read those whole.
    return SANDHI.test(stem) ? read(text) : joined(read(stem), read(ending));
  };
}
