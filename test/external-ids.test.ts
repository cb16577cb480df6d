import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectError } from './support/expect';

/**
 * External ids are per district (upsertOfficials must not confirm that an externalId exists in
 * another district). A district system's batch is answered the same whether or not
 * another district uses its ids; within a district an externalId stays unique, also under races.
 */
const api = useTestApi({ withShanghai: true });

const UPSERT = `mutation ($input: [UpsertOfficialInput!]!) { upsertOfficials(input: $input) { inserted updated unchanged } }`;
const CREATE = `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id } }`;
const row = (externalId: string) => ({
  externalId,
  name: '外滩新人',
  category: 'CIVIL_SERVANT',
  subdistrictCode: '310101013',
  officeKind: 'COMMUNITY_SAFETY',
});
const bad = {
  externalId: 'HP-BAD-1',
  name: '坏行',
  category: 'AGENCY_HEAD',
  subdistrictCode: '310101013',
  officeKind: 'COMMUNITY_SAFETY',
};

let token: string;
let xuhuiOfficial: string;
let waitanOffice: string;

beforeAll(async () => {
  // An official of 徐汇区 with the externalId XH-0001, made by that district's ADMIN.
  const xuhui = await make.otherDistrictAdmin(api.server);
  const xuhuiOffice = await make.officeOf(
    api.server,
    'COMMUNITY_SERVICE',
    await make.idByCode(api.server, 'subdistrict', '310104003'),
    xuhui.token,
  );
  ({ id: xuhuiOfficial } = await make.official(api.server, {
    name: '徐汇测试人员',
    officeId: xuhuiOffice,
    externalId: 'XH-0001',
    as: xuhui.token,
  }));
  waitanOffice = await make.officeOf(api.server, 'COMMUNITY_SERVICE');
  ({ token } = await make.serviceToken(api.server, { name: 'HR', scopes: ['OFFICIALS_WRITE'] }));
});

describe('externalIds are per district', () => {
  it("answers a batch naming 徐汇区's externalId exactly as one naming an unknown externalId", async () => {
    const withBad = async (externalId: string) => {
      const res = await api.server.gql(UPSERT, { input: [row(externalId), bad] }, { token });
      return { code: res.errors?.[0].extensions.code, errors: res.errors?.[0].extensions.errors };
    };
    const foreign = await withBad('XH-0001');
    const unknown = await withBad('NEVER-SEEN-1');
    expect(foreign).toEqual(unknown);
    expect(foreign).toEqual({
      code: 'BAD_USER_INPUT',
      errors: [{ index: 1, field: 'agencyId', message: expect.any(String) }],
    });

    const first = await api.server.gql(UPSERT, { input: [row('XH-0001')] }, { token });
    const second = await api.server.gql(UPSERT, { input: [row('NEVER-SEEN-1')] }, { token });
    expect(first).toEqual({ data: { upsertOfficials: { inserted: 1, updated: 0, unchanged: 0 } } });
    expect(second).toEqual(first);

    // 黄浦区 now has its own XH-0001; 徐汇区's official of that externalId is untouched, also by an update.
    const again = await api.server.gql(UPSERT, { input: [{ ...row('XH-0001'), name: '外滩新人改名' }] }, { token });
    expect(again.data!.upsertOfficials).toEqual({ inserted: 0, updated: 1, unchanged: 0 });
    const rows: { id: string; name: string; code: string }[] = await api.server.db.query(
      `SELECT o.id, o.name, s.code FROM official o JOIN subdistrict s ON s.id = o.subdistrict_id WHERE o.external_id = 'XH-0001' ORDER BY s.code`,
    );
    expect(rows.map((r) => [r.name, r.code])).toEqual([
      ['外滩新人改名', '310101013'],
      ['徐汇测试人员', '310104003'],
    ]);
    expect(rows[1].id).toBe(xuhuiOfficial);
  });

  it('keeps an externalId unique within a district, as CONFLICT on input.externalId', async () => {
    const [demo] = await api.server.db.query(
      `SELECT external_id FROM official WHERE external_id LIKE 'DEMO-310101002-%' LIMIT 1`,
    );
    const twin = await api.server.gql(CREATE, {
      input: { name: '重号', category: 'CIVIL_SERVANT', officeId: waitanOffice, externalId: demo.external_id },
    });
    expectError(twin, 'CONFLICT', 'input.externalId');
  });

  it('lets exactly one of two concurrent creations with one new externalId through', async () => {
    const create = (name: string) =>
      api.server.gql(CREATE, {
        input: { name, category: 'CIVIL_SERVANT', officeId: waitanOffice, externalId: 'RACE-0001' },
      });
    const results = await Promise.all([create('先到'), create('后到')]);
    expect(results.filter((r) => r.data?.createOfficial?.id)).toHaveLength(1);
    expect(
      results.filter(
        (r) => r.errors?.[0].extensions.code === 'CONFLICT' && r.errors[0].extensions.field === 'input.externalId',
      ),
    ).toHaveLength(1);
    const [{ n }] = await api.server.db.query(
      `SELECT count(*)::int AS n FROM official WHERE external_id = 'RACE-0001'`,
    );
    expect(n).toBe(1);
  });
});
