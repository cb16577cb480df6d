import { idByCode, useTestApi } from './support/api';

const api = useTestApi({ withShanghai: true });

const CREATE = `mutation ($input: CreateOfficeInput!) { createOffice(input: $input) { id name kind duties subdistrictId } }`;

/** Creates a self-designated office in the 街道 with this code (one the other tests leave alone) and returns its id. */
async function ownOffice(code: string, name: string): Promise<string> {
  const res = await api.server.gql(CREATE, {
    input: { subdistrictId: await idByCode(api.server, 'subdistrict', code), kind: 'SELF_DESIGNATED', name },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.createOffice.id;
}

// Each test that adds a self-designated office does so in a 街道 of its own, so that no test sees
// another's: 外滩 (the two allowed), 南京东路 (concurrency), 小东门 (delete), 豫园 (rename).
describe('docs/rules.md rule 1: six standard offices and at most two self-designated work bodies', () => {
  let waitan: string;
  beforeAll(async () => {
    waitan = await idByCode(api.server, 'subdistrict', '310101013'); // 外滩街道
  });

  it('refuses a second office of a standard kind with BAD_USER_INPUT on input.kind', async () => {
    const res = await api.server.gql(CREATE, {
      input: { subdistrictId: waitan, kind: 'COMMUNITY_SERVICE', name: '第二社区服务办公室' },
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    expect(res.errors![0].message).toContain('COMMUNITY_SERVICE');
  });

  it('accepts two self-designated work bodies and refuses a third', async () => {
    const first = await api.server.gql(CREATE, {
      input: { subdistrictId: waitan, kind: 'SELF_DESIGNATED', name: '外滩金融服务办公室', duties: ['金融企业服务'] },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.createOffice).toMatchObject({
      kind: 'SELF_DESIGNATED',
      name: '外滩金融服务办公室',
      duties: ['金融企业服务'],
      subdistrictId: waitan,
    });
    const second = await api.server.gql(CREATE, {
      input: { subdistrictId: waitan, kind: 'SELF_DESIGNATED', name: '外滩旅游发展办公室' },
    });
    expect(second.errors).toBeUndefined();
    const third = await api.server.gql(CREATE, {
      input: { subdistrictId: waitan, kind: 'SELF_DESIGNATED', name: '第三个工作机构' },
    });
    expect(third.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    const count = await api.server.gql(`query ($s: ID!) { subdistrict(id: $s) { offices { kind } } }`, { s: waitan });
    expect(count.data!.subdistrict!.offices).toHaveLength(8);
  });

  it('lets only two of many concurrent self-designated creations through', async () => {
    const nanjing = await idByCode(api.server, 'subdistrict', '310101002');
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        api.server.gql(CREATE, { input: { subdistrictId: nanjing, kind: 'SELF_DESIGNATED', name: `并发机构${i}` } }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(2);
    expect(refused.map((r) => r.errors![0].extensions.code)).toEqual([
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
      'BAD_USER_INPUT',
    ]);
  });

  it('gives each duty one owning office', async () => {
    const banned = await api.server.gql(CREATE, {
      input: {
        subdistrictId: await idByCode(api.server, 'subdistrict', '310101015'),
        kind: 'SELF_DESIGNATED',
        name: '重复职责机构',
        duties: ['就业服务'],
      },
    });
    expect(banned.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.duties' });
    expect(banned.errors![0].message).toContain('社区服务办公室');
    const found = await api.server.gql(
      `query ($s: ID!) { offices(filter: { subdistrictId: $s, dutyContains: "就业" }) { nodes { kind } } }`,
      {
        s: await idByCode(api.server, 'subdistrict', '310101015'),
      },
    );
    expect(found.data!.offices.nodes).toEqual([{ kind: 'COMMUNITY_SERVICE' }]);
  });

  it('keeps standard offices from being deleted but deletes a self-designated one', async () => {
    const own = { id: await ownOffice('310101017', '小东门临时工作专班') };
    const offices = await api.server.gql(`query ($s: ID!) { subdistrict(id: $s) { offices { id kind } } }`, {
      s: await idByCode(api.server, 'subdistrict', '310101017'),
    });
    const standard = offices.data!.subdistrict!.offices.find((o) => o.kind === 'PARTY_GOVERNMENT');
    const refused = await api.server.gql(`mutation ($id: ID!) { deleteOffice(id: $id) }`, { id: standard!.id });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const deleted = await api.server.gql(`mutation ($id: ID!) { deleteOffice(id: $id) }`, { id: own.id });
    expect(deleted.data!.deleteOffice).toBe(own.id);
    const gone = await api.server.gql(`query ($id: ID!) { office(id: $id) { id } }`, { id: own.id });
    expect(gone.data!.office).toBeNull();
  });

  it('gives a new 街道 its six standard offices in the same transaction', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const res = await api.server.gql(
      `mutation ($input: CreateSubdistrictInput!) { createSubdistrict(input: $input) { kind offices { kind name duties } } }`,
      { input: { code: '310101900', name: '试验街道', districtId: huangpu } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.createSubdistrict.kind).toBe('SUBDISTRICT');
    expect(res.data!.createSubdistrict.offices).toHaveLength(6);
    expect(res.data!.createSubdistrict.offices.find((o) => o.kind === 'COMMUNITY_SAFETY')!.name).toBe('社区平安办公室');
  });

  it('renames an office and replaces its duties', async () => {
    const own = { id: await ownOffice('310101018', '豫园旅游发展办公室') };
    const res = await api.server.gql(
      `mutation ($id: ID!, $input: UpdateOfficeInput!) { updateOffice(id: $id, input: $input) { name duties } }`,
      {
        id: own.id,
        input: { name: '豫园旅游服务办公室', duties: [' 旅游服务 ', '', '旅游服务', '商圈协调'] },
      },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateOffice).toEqual({ name: '豫园旅游服务办公室', duties: ['旅游服务', '商圈协调'] });
  });
});
