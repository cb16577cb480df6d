/**
 * Places and users in pinyin order (docs/rules.md rule 15): districts, subdistricts, neighborhoods,
 * offices, departments, agencies and users sort by the pinyin of their names (a place's first
 * character is not read as a surname: 曾 ceng, 单 dan; a user's display name's is: 曾 zeng) and
 * `nameContains` matches characters, pinyin and initials; the division import, the standard offices
 * and every edit keep the keys.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { ok, places, unique } from './support/factories';

const api = useTestApi({ withShanghai: true });

/** 黄浦区's ten 街道 as a pinyin dictionary orders them (ban, da, huai, lao, nan, rui, wai, wu, xiao, yu). */
const HUANGPU_IN_PINYIN = [
  '半淞园路街道',
  '打浦桥街道',
  '淮海中路街道',
  '老西门街道',
  '南京东路街道',
  '瑞金二路街道',
  '外滩街道',
  '五里桥街道',
  '小东门街道',
  '豫园街道',
];

/** Place names whose character codes disagree with pinyin; 曾 and 单 in a place are ceng and dan. */
const PLACE_NAMES = ['汪家弄局', '王家宅局', '曾家湾局', '单县局', '乔家路局', '丁家桥局'];
/** ceng, dan, ding, qiao, wāng, wáng. */
const PLACE_ORDER = ['曾家湾局', '单县局', '丁家桥局', '乔家路局', '汪家弄局', '王家宅局'];

const SUBDISTRICTS = `query ($d: ID!, $q: String, $dir: OrderDirection! = ASC) {
  subdistricts(filter: { districtId: $d, kind: SUBDISTRICT, nameContains: $q }, orderBy: [{ field: NAME, direction: $dir }], first: 50) {
    nodes { name }
  }
}`;
const DEPARTMENTS = `query ($d: ID!, $q: String) {
  departments(filter: { districtId: $d, nameContains: $q }, orderBy: [{ field: NAME }], first: 50) { nodes { name } }
}`;
const AGENCIES = `query ($s: ID!, $q: String) {
  dispatchedAgencies(filter: { subdistrictId: $s, nameContains: $q }, orderBy: [{ field: NAME }], first: 50) { nodes { name } }
}`;
const USERS = `query ($s: ID!, $q: String) {
  users(filter: { subdistrictId: $s, nameContains: $q }, orderBy: [{ field: DISPLAY_NAME }], first: 50) { nodes { displayName } }
}`;

const names = (nodes: { name: string }[]) => nodes.map((n) => n.name);

describe('places and users in pinyin order (docs/rules.md rule 15)', () => {
  it("lists 黄浦区's 街道 by pinyin, in both directions", async () => {
    const { huangpu } = await places(api.server);
    const asc = await ok(api.server, SUBDISTRICTS, { d: huangpu });
    expect(names(asc.subdistricts.nodes)).toEqual(HUANGPU_IN_PINYIN);
    const desc = await ok(api.server, SUBDISTRICTS, { d: huangpu, dir: 'DESC' });
    expect(names(desc.subdistricts.nodes)).toEqual([...HUANGPU_IN_PINYIN].reverse());
  });

  it('finds a 街道 by characters, pinyin and initials', async () => {
    const { huangpu } = await places(api.server);
    const find = async (q: string) => names((await ok(api.server, SUBDISTRICTS, { d: huangpu, q })).subdistricts.nodes);
    expect(await find('wt')).toEqual(['外滩街道']);
    expect(await find('WaiTan')).toEqual(['外滩街道']);
    // Full-width letters, as a Chinese input method types them.
    expect(await find('ｗｔ')).toEqual(['外滩街道']);
    expect(await find('Ｗａｉ Ｔａｎ')).toEqual(['外滩街道']);
    // A zero-width space pasted with the text is no part of the search.
    expect(await find('wt\u200b')).toEqual(['外滩街道']);
    expect(await find('外\u200b滩')).toEqual(['外滩街道']);
    expect(await find('外滩')).toEqual(['外滩街道']);
    expect(await find('wu li')).toEqual(['五里桥街道']);
    expect(await find('njdl')).toEqual(['南京东路街道']);
    expect(await find('zzz')).toEqual([]);
  });

  it('finds districts, neighborhoods and standard offices by initials', async () => {
    const { waitan } = await places(api.server);
    const districts = await ok(api.server, `{ districts(filter: { nameContains: "hpq" }) { nodes { name } } }`);
    expect(names(districts.districts.nodes)).toEqual(['黄浦区']);
    const hoods = await ok(
      api.server,
      `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, orderBy: [{ field: NAME }], first: 100) { nodes { name } } }`,
      { s: waitan },
    );
    const hoodNames: string[] = names(hoods.neighborhoods.nodes);
    expect(hoodNames.length).toBeGreaterThan(3);
    const stored: { name: string; key: string }[] = await api.server.db.query(
      `SELECT name, pinyin_key AS key FROM neighborhood WHERE subdistrict_id = $1`,
      [waitan],
    );
    const keyOf = new Map(stored.map((r) => [r.name, r.key]));
    const keys = hoodNames.map((n) => keyOf.get(n)!);
    expect(keys.every((k) => /^[a-z]/.test(k))).toBe(true);
    expect(keys).toEqual([...keys].sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : a === b ? 0 : 1)));
    const offices = await ok(
      api.server,
      `query ($s: ID!) { offices(filter: { subdistrictId: $s, nameContains: "dangzheng" }) { nodes { name } } }`,
      { s: waitan },
    );
    expect(names(offices.offices.nodes)).toEqual(['党政办公室']);
  });

  it('orders departments and agencies by pinyin, 曾 and 单 read as in place names', async () => {
    const { huangpu, nanjing } = await places(api.server);
    const department = await make.department(api.server, { name: unique('拼序部门') });
    for (const name of PLACE_NAMES) {
      await make.department(api.server, { districtId: huangpu, name });
      await make.agency(api.server, { subdistrictId: nanjing, departmentId: department, name });
    }
    const departments = await ok(api.server, DEPARTMENTS, { d: huangpu, q: '局' });
    expect(names(departments.departments.nodes).filter((n) => PLACE_NAMES.includes(n))).toEqual(PLACE_ORDER);
    const agencies = await ok(api.server, AGENCIES, { s: nanjing, q: '局' });
    expect(names(agencies.dispatchedAgencies.nodes).filter((n) => PLACE_NAMES.includes(n))).toEqual(PLACE_ORDER);
    expect(names((await ok(api.server, DEPARTMENTS, { d: huangpu, q: 'cjwj' })).departments.nodes)).toEqual([
      '曾家湾局',
    ]);
    expect(names((await ok(api.server, AGENCIES, { s: nanjing, q: 'dxj' })).dispatchedAgencies.nodes)).toEqual([
      '单县局',
    ]);
  });

  it('keeps the key when a department is renamed', async () => {
    const { huangpu } = await places(api.server);
    const id = await make.department(api.server, { name: '测试改名局' });
    await ok(
      api.server,
      `mutation ($id: ID!, $input: UpdateDepartmentInput!) { updateDepartment(id: $id, input: $input) { id } }`,
      { id, input: { name: '艾草局' } },
    );
    expect(names((await ok(api.server, DEPARTMENTS, { d: huangpu, q: 'acj' })).departments.nodes)).toEqual(['艾草局']);
    expect(names((await ok(api.server, DEPARTMENTS, { d: huangpu, q: 'csgmj' })).departments.nodes)).toEqual([]);
  });

  it('lists users by the pinyin of their display names and finds them by username, pinyin or initials', async () => {
    const { nanjing } = await places(api.server);
    const people = ['王建国', '曾国藩', '汪洋', '丁一'];
    for (const displayName of people)
      await make.user(api.server, { username: unique('pyuser'), displayName, subdistrictId: nanjing });
    const list = async (q?: string) =>
      (await ok(api.server, USERS, { s: nanjing, q })).users.nodes.map((u: { displayName: string }) => u.displayName);
    // 曾 at the head of a person's name is zeng: last.
    expect(await list('pyuser')).toEqual(['丁一', '汪洋', '王建国', '曾国藩']);
    expect(await list('wjg')).toEqual(['王建国']);
    expect(await list('wang')).toEqual(['汪洋', '王建国']);
    expect(await list('zengguofan')).toEqual(['曾国藩']);
    expect(await list('国')).toEqual(['王建国', '曾国藩']);
  });

  it('has the keys of every row the import, the standard offices, the demo set and the migration wrote', async () => {
    for (const table of [
      'district',
      'subdistrict',
      'neighborhood',
      'office',
      'department',
      'dispatched_agency',
      'app_user',
    ]) {
      const [{ missing, total }] = await api.server.db.query(
        `SELECT count(*) FILTER (WHERE pinyin_key = '' OR pinyin_search = '')::int AS missing, count(*)::int AS total FROM "${table}"`,
      );
      expect({ table, missing, some: total > 0 }).toEqual({ table, missing: 0, some: true });
    }
  });
});
