/** The pinyin keys of names (docs/rules.md rule 15): one reading per name, and the import's faster reader of place names. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pinyin } from 'pinyin-pro';
import { pinyinKeys } from '../../server/core/pinyin';
import { placePinyinReader } from '../../server/division-import/place-pinyin';

const DIVISIONS = path.join(__dirname, '..', '..', 'data', 'divisions');

/** The names of a division file (its second column). */
function namesOf(file: string): string[] {
  return readFileSync(path.join(DIVISIONS, file), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[1].replace(/"/g, ''));
}

describe('pinyin keys (docs/rules.md rule 15)', () => {
  it.each([
    ['A区12号', 'place', 'a qu1 12 hao4', 'aqu12hao aq12h'],
    ['绿地·世纪城', 'place', 'lv4 di4 · shi4 ji4 cheng2', 'lvdi·shijicheng ld·sjc'],
    ['b2栋', 'place', 'b2 dong4', 'b2dong b2d'],
    ['曾一', 'person', 'zeng1 yi1', 'zengyi zy'],
    ['欧阳 娜娜', 'person', 'ou1 yang2   na4 na4', 'ouyangnana oynn'],
  ] as const)('reads %s (%s) as %s / %s', (name, of, key, search) => {
    expect(pinyinKeys(name, of)).toEqual({ pinyinKey: key, pinyinSearch: search });
  });

  it("gives every Shanghai division name the initials pinyin-pro's own `first` reading gives", () => {
    for (const name of [...namesOf('shanghai-subdistricts.csv'), ...namesOf('shanghai-neighborhoods.csv')]) {
      const first = pinyin(name, {
        pattern: 'first',
        toneType: 'none',
        surname: 'off',
        type: 'array',
        nonZh: 'consecutive',
      });
      expect(`${name}: ${pinyinKeys(name, 'place').pinyinSearch.split(' ')[1]}`).toBe(
        `${name}: ${first.join('').replace(/\s+/g, '').toLowerCase()}`,
      );
    }
  });

  it("reads place names for an import as pinyinKeys does, for all of Shanghai's 234 township-level units and 6,509 committees", () => {
    const read = placePinyinReader();
    const names = [...namesOf('shanghai-subdistricts.csv'), ...namesOf('shanghai-neighborhoods.csv')];
    expect(names).toHaveLength(234 + 6509);
    const differing = names.filter((name) => JSON.stringify(read(name)) !== JSON.stringify(pinyinKeys(name, 'place')));
    expect(differing).toEqual([]);
    // 一 before a common ending changes its tone: such names are read whole.
    expect(read('西一居委会').pinyinKey).toBe('xi1 yi4 ju1 wei3 hui4');
  });
});
