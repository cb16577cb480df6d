import { idByCode, useTestApi, type Schema, type GqlResponse } from './support/api';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

describe('Shanghai divisions through the API', () => {
  it('serves 16 districts, 234 township-level units and 6,509 committees to everyone, and the 60 offices of 黄浦区 to its admin', async () => {
    const res = await api.server.gql(`{
      districts { totalCount }
      subdistricts { totalCount }
      neighborhoods { totalCount }
      offices { totalCount }
      streets: subdistricts(filter: { kind: SUBDISTRICT }) { totalCount }
      committees: neighborhoods(filter: { kind: RESIDENTS_COMMITTEE }) { totalCount }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      districts: { totalCount: 16 },
      subdistricts: { totalCount: 234 },
      neighborhoods: { totalCount: 6509 },
      offices: { totalCount: 60 },
      streets: { totalCount: 107 },
      committees: { totalCount: 4941 },
    });
  });

  it('gives each of the 107 街道 its six standard offices on start', async () => {
    const [{ count }] = await api.server.db.query(
      `SELECT count(*)::int AS count FROM office o JOIN subdistrict s ON s.id = o.subdistrict_id WHERE s.kind = 'SUBDISTRICT'`,
    );
    expect(count).toBe(642);
  });

  it('derives codes and kinds: 黄浦区 has 10 街道, each with its six standard offices', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const res = await api.server.gql(
      `query ($d: ID!) {
        district(id: $d) { name code cityCode provinceCode }
        subdistricts(filter: { districtId: $d }, first: 100) {
          totalCount
          nodes { name kind district { name } offices { kind } }
        }
      }`,
      { d: huangpu },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.district).toEqual({ name: '黄浦区', code: '310101', cityCode: '3101', provinceCode: '31' });
    const { totalCount, nodes } = res.data!.subdistricts;
    expect(totalCount).toBe(10);
    expect(nodes.every((s) => s.kind === 'SUBDISTRICT' && s.district.name === '黄浦区')).toBe(true);
    for (const s of nodes) {
      expect(s.offices.map((o) => o.kind).sort()).toEqual([
        'COMMUNITY_MANAGEMENT',
        'COMMUNITY_SAFETY',
        'COMMUNITY_SELF_GOVERNANCE',
        'COMMUNITY_SERVICE',
        'PARTY_BUILDING',
        'PARTY_GOVERNMENT',
      ]);
    }
  });

  it("tells towns from subdistricts and village committees from residents' committees", async () => {
    const res = await api.server.gql<{
      towns: Schema.Query['subdistricts'];
      villages: Schema.Query['neighborhoods'];
      nanjing: Schema.Query['subdistricts'];
    }>(`{
      towns: subdistricts(filter: { kind: TOWN }) { totalCount }
      villages: neighborhoods(filter: { kind: VILLAGE_COMMITTEE }) { totalCount }
      nanjing: subdistricts(filter: { code: "310101002" }) { nodes { name kind } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.towns.totalCount).toBeGreaterThan(100);
    expect(res.data!.villages.totalCount).toBe(1555);
    expect(res.data!.nanjing.nodes).toEqual([{ name: '南京东路街道', kind: 'SUBDISTRICT' }]);
  });
});

describe('lists: paging, totalCount, the first cap and the orderBy allow-list', () => {
  it("pages through 黄浦区's neighborhoods with cursors without repeats or gaps", async () => {
    const query = `query ($after: String) { neighborhoods(filter: { code: "310101" }, first: 50, after: $after, orderBy: [{ field: NAME }]) {
      totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const seen = new Set<string>();
    let after: string | null = null;
    let total = 0;
    let pages = 0;
    do {
      const res: GqlResponse = await api.server.gql(query, { after });
      expect(res.errors).toBeUndefined();
      total = res.data!.neighborhoods.totalCount;
      for (const n of res.data!.neighborhoods.nodes) seen.add(n.id);
      after = res.data!.neighborhoods.pageInfo.hasNextPage ? res.data!.neighborhoods.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 20);
    expect(typeof total).toBe('number');
    expect(seen.size).toBe(total);
    expect(pages).toBe(Math.ceil(total / 50));
  });

  it('counts the whole list on every page, past the end and with first 0, in one statement with the page', async () => {
    const Q = `query ($first: Int, $offset: Int) { subdistricts(first: $first, offset: $offset) { totalCount nodes { code } pageInfo { hasNextPage } } }`;
    const pages: [number, number, number, boolean][] = [];
    for (const [first, offset] of [
      [10, 0],
      [10, 100],
      [10, 230],
      [10, 500],
      [0, 0],
    ]) {
      const res = await api.server.gql(Q, { first, offset });
      pages.push([
        first,
        res.data!.subdistricts.totalCount,
        res.data!.subdistricts.nodes.length,
        res.data!.subdistricts.pageInfo.hasNextPage,
      ]);
    }
    expect(pages).toEqual([
      [10, 234, 10, true],
      [10, 234, 10, true],
      [10, 234, 4, false],
      [10, 234, 0, false],
      [0, 234, 0, false],
    ]);
    // the session check and the page
    expect(await api.server.countQueries(() => api.server.gql(Q, { first: 10, offset: 100 }))).toBe(2);
    expect(await api.server.countQueries(() => api.server.gql(`{ subdistricts(first: 10) { nodes { code } } }`))).toBe(
      2,
    );
  });

  it('offset and first select the same rows as the full sorted list', async () => {
    const all = await api.server.gql(
      `{ districts(first: 100, orderBy: [{ field: NAME, direction: DESC }]) { nodes { code } pageInfo { hasNextPage } } }`,
    );
    const page = await api.server.gql(
      `{ districts(first: 5, offset: 3, orderBy: [{ field: NAME, direction: DESC }]) { nodes { code } pageInfo { hasNextPage } } }`,
    );
    expect(all.data!.districts.nodes).toHaveLength(16);
    expect(all.data!.districts.pageInfo.hasNextPage).toBe(false);
    expect(page.data!.districts.nodes).toEqual(all.data!.districts.nodes.slice(3, 8));
    expect(page.data!.districts.pageInfo.hasNextPage).toBe(true);
  });

  it('sorts by code ascending by default and by name when asked', async () => {
    const res = await api.server.gql<{ a: Schema.Query['districts']; b: Schema.Query['districts'] }>(
      `{ a: districts(first: 3) { nodes { code } } b: districts(first: 100, orderBy: [{ field: CODE, direction: DESC }]) { nodes { code } } }`,
    );
    expect(res.data!.a.nodes.map((d) => d.code)).toEqual(['310101', '310104', '310105']);
    expect(res.data!.b.nodes[0].code).toBe('310151');
  });

  it('refuses first above 100 and a negative offset with BAD_USER_INPUT naming the argument', async () => {
    const big = await api.server.gql(`{ officials(first: 101) { nodes { id } } }`);
    expectError(big, 'BAD_USER_INPUT', 'first');
    const negative = await api.server.gql(`{ officials(offset: -1) { nodes { id } } }`);
    expectError(negative, 'BAD_USER_INPUT', 'offset');
    const cursor = await api.server.gql(`{ officials(after: "not-a-cursor") { nodes { id } } }`);
    expectError(cursor, 'BAD_USER_INPUT', 'after');
  });

  it('accepts only the allow-listed sort fields', async () => {
    const res = await api.server.gql(`{ districts(orderBy: [{ field: PASSWORD }]) { nodes { id } } }`);
    expectError(res, 'BAD_USER_INPUT');
    expect(res.data).toBeUndefined();
    const injection = await api.server.gql(`query ($o: [DistrictOrder!]) { districts(orderBy: $o) { nodes { id } } }`, {
      o: [{ field: 'name; DROP TABLE district', direction: 'ASC' }],
    });
    expectError(injection, 'BAD_USER_INPUT');
    const still = await api.server.gql(`{ districts { totalCount } }`);
    expect(still.data!.districts.totalCount).toBe(16);
  });

  it('filters by name, matching % and _ literally', async () => {
    const res = await api.server.gql<{ a: Schema.Query['subdistricts']; b: Schema.Query['subdistricts'] }>(
      `{ a: subdistricts(filter: { nameContains: "外滩" }) { nodes { name } } b: subdistricts(filter: { nameContains: "%" }) { totalCount } }`,
    );
    expect(res.data!.a.nodes).toEqual([{ name: '外滩街道' }, { name: '北外滩街道' }]);
    expect(res.data!.b.totalCount).toBe(0);
  });
});
