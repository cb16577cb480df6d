import { EXTRA_DEMO_REPRESENTATIVES } from '../server/demo/demo-meetings';
import { DEMO_USERS } from '../server/demo/demo-users';
import * as make from './support/factories';
import { idByCode, useTestApi, type Answer, type Schema } from './support/api';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

describe('sign-in', () => {
  it('refuses every query and mutation without a valid token', async () => {
    const anonymous = await api.server.gql(`{ districts { totalCount } }`, {}, { token: null });
    expectError(anonymous, 'UNAUTHENTICATED');
    expect(anonymous.data).toBeNull();
    const forged = await api.server.gql(
      `{ offices { totalCount } }`,
      {},
      { token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' },
    );
    expectError(forged, 'UNAUTHENTICATED');
    const write = await api.server.gql(`mutation { deleteOffice(id: "x") }`, {}, { token: null });
    expectError(write, 'UNAUTHENTICATED');
    const me = await api.server.gql(`{ me { id } }`, {}, { token: null });
    expectError(me, 'UNAUTHENTICATED');
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const login = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
    const wrong = await api.server.gql(login, { u: 'waitan.chair', p: 'not-the-password' }, { token: null });
    const unknown = await api.server.gql(login, { u: 'nobody.here', p: 'not-the-password' }, { token: null });
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Wrong username or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]).toMatchObject({
      message: 'Wrong username or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('returns a token that names the user, role and scope through `me`', async () => {
    const token = await api.server.login('waitan.chair');
    const res = await api.server.gql(
      `{ me { username role displayName district { name } subdistrict { name } } }`,
      {},
      { token },
    );
    expect(res.data!.me).toEqual({
      username: 'waitan.chair',
      role: 'CHAIR',
      displayName: '外滩居委会主任（演示）',
      district: { name: '黄浦区' },
      subdistrict: { name: '外滩街道' },
    });
  });

  it('stores passwords only as argon2id hashes', async () => {
    // Every user stored, the demo's and those other tests of this file add, has an argon2id hash.
    const rows: { username: string; password_hash: string }[] = await api.server.db.query(
      `SELECT username, password_hash FROM app_user`,
    );
    const demo = [
      ...DEMO_USERS.map((u) => u.username),
      ...Array.from({ length: EXTRA_DEMO_REPRESENTATIVES }, (_, i) => `waitan.rep${i + 2}`),
    ];
    expect(rows.map((r) => r.username)).toEqual(expect.arrayContaining(demo));
    expect(demo).toHaveLength(5 + EXTRA_DEMO_REPRESENTATIVES);
    for (const row of rows) expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('throttles failed sign-ins per username and address, and never counts one that succeeds', async () => {
    // Twelve right sign-ins, one request each: none is refused, none counts toward the failures.
    for (let i = 0; i < 12; i++) {
      const right = await api.server.gql(
        `mutation { login(username: "waitan.official", password: "pingyi-demo") { token } }`,
        {},
        { token: null },
      );
      expect(right.errors).toBeUndefined();
    }
    // Ten wrong passwords: the eleventh attempt is refused even with the right one, for a while.
    for (let i = 0; i < 10; i++) {
      const wrong = await api.server.gql(
        `mutation { login(username: "waitan.official", password: "wrong-${i}") { token } }`,
        {},
        { token: null },
      );
      expect(wrong.errors?.[0].message).toBe('Wrong username or password');
    }
    const later = await api.server.gql(
      `mutation { login(username: "waitan.official", password: "pingyi-demo") { token } }`,
      {},
      { token: null },
    );
    expect(later.errors?.[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(later.errors?.[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    const other = await api.server.gql(
      `mutation { login(username: "waitan.rep", password: "pingyi-demo") { token } }`,
      {},
      { token: null },
    );
    expect(other.errors).toBeUndefined();
  });
});

describe('roles and scope (docs/rules.md, Roles and reach)', () => {
  let waitan: string;
  let nanjing: string;
  let nanjingOffice: string;
  beforeAll(async () => {
    waitan = await idByCode(api.server, 'subdistrict', '310101013');
    nanjing = await idByCode(api.server, 'subdistrict', '310101002');
    const offices = await api.server.gql(
      `query ($s: ID!) { offices(filter: { subdistrictId: $s }) { nodes { id } } }`,
      { s: nanjing },
    );
    nanjingOffice = offices.data!.offices.nodes[0].id;
    const huangpu = await idByCode(api.server, 'district', '310101');
    const created = await api.server.gql(
      `mutation ($input: CreateUserInput!) { createUser(input: $input) { id role subdistrict { name } } }`,
      {
        input: {
          username: 'waitan.admin',
          displayName: '外滩管理员',
          password: 'pingyi-demo',
          role: 'ADMIN',
          districtId: huangpu,
          subdistrictId: waitan,
        },
      },
    );
    expect(created.data!.createUser).toMatchObject({ role: 'ADMIN', subdistrict: { name: '外滩街道' } });
  });

  it('lets a subdistrict admin read and change only that subdistrict', async () => {
    const token = await api.server.login('waitan.admin');
    const lists = await api.server.gql<
      Answer & { nanjing: Schema.Query['subdistrict']; filtered: Schema.Query['offices'] }
    >(
      `query ($n: ID!, $o: ID!) {
        offices { totalCount }
        officials { totalCount nodes { subdistrictId } }
        dispatchedAgencies { totalCount }
        nanjing: subdistrict(id: $n) { name offices { id } }
        office(id: $o) { id }
        filtered: offices(filter: { subdistrictId: $n }) { totalCount }
      }`,
      { n: nanjing, o: nanjingOffice },
      { token },
    );
    expect(lists.errors).toBeUndefined();
    expect(lists.data!.offices.totalCount).toBe(6);
    expect(lists.data!.dispatchedAgencies.totalCount).toBe(6);
    expect(lists.data!.officials.nodes.every((o) => o.subdistrictId === waitan)).toBe(true);
    expect(lists.data!.nanjing).toEqual({ name: '南京东路街道', offices: [] });
    expect(lists.data!.office).toBeNull();
    expect(lists.data!.filtered.totalCount).toBe(0);

    const rename = await api.server.gql(
      `mutation ($id: ID!) { updateOffice(id: $id, input: { name: "改名" }) { id } }`,
      { id: nanjingOffice },
      { token },
    );
    expectError(rename, 'NOT_FOUND');
    const add = await api.server.gql(
      `mutation ($s: ID!) { createOffice(input: { subdistrictId: $s, kind: SELF_DESIGNATED, name: "越权机构" }) { id } }`,
      { s: nanjing },
      { token },
    );
    expectError(add, 'FORBIDDEN');
    const own = await api.server.gql(
      `mutation ($s: ID!) { createOffice(input: { subdistrictId: $s, kind: SELF_DESIGNATED, name: "外滩自设机构" }) { id } }`,
      { s: waitan },
      { token },
    );
    expect(own.errors).toBeUndefined();
  });

  it('links an OFFICIAL user to the official they are, and nobody else', async () => {
    const officials = await api.server.gql(
      `query ($s: ID!) { officials(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
      { s: waitan },
    );
    const officialId = officials.data!.officials.nodes[0].id;
    const huangpu = await idByCode(api.server, 'district', '310101');
    const create = (role: string, username: string) =>
      api.server.gql(`mutation ($input: CreateUserInput!) { createUser(input: $input) { role officialId } }`, {
        input: {
          username,
          displayName: '某人',
          password: 'pingyi-demo',
          role,
          districtId: huangpu,
          subdistrictId: waitan,
          officialId,
        },
      });
    const linked = await create('OFFICIAL', 'waitan.official2');
    expect(linked.data!.createUser).toEqual({ role: 'OFFICIAL', officialId });
    const chair = await create('CHAIR', 'waitan.chair2');
    expectError(chair, 'BAD_USER_INPUT', 'input.officialId');
  });

  it('refuses writes to roles other than ADMIN', async () => {
    const token = await api.server.login('waitan.rep');
    const res = await api.server.gql(
      `mutation ($s: ID!) { createOffice(input: { subdistrictId: $s, kind: SELF_DESIGNATED, name: "代表机构" }) { id } }`,
      { s: waitan },
      { token },
    );
    expectError(res, 'FORBIDDEN');
    const users = await api.server.gql(`{ users { totalCount } }`, {}, { token });
    expectError(users, 'FORBIDDEN');
  });

  it("keeps one district's admin out of another district", async () => {
    const { username, token } = await make.otherDistrictAdmin(api.server);
    const res = await api.server.gql(
      `{ offices { totalCount } officials { totalCount } departments { totalCount } users { nodes { username } } }`,
      {},
      { token },
    );
    expect(res.data).toEqual({
      offices: { totalCount: 72 },
      officials: { totalCount: 0 },
      departments: { totalCount: 0 },
      users: { nodes: [{ username }] },
    });
    const huangpu = await idByCode(api.server, 'district', '310101');
    const grab = await api.server.gql(
      `mutation ($d: ID!) { createUser(input: { username: "spy.user", displayName: "x", password: "12345678", role: ADMIN, districtId: $d }) { id } }`,
      { d: huangpu },
      { token },
    );
    expectError(grab, 'FORBIDDEN');
    const rename = await api.server.gql(
      `mutation ($d: ID!) { updateDistrict(id: $d, input: { name: "改名区" }) { id } }`,
      { d: huangpu },
      { token },
    );
    expectError(rename, 'FORBIDDEN');
  });
});
