import { idByCode, useTestApi } from './support/api';
import * as make from './support/factories';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

describe('what service tokens read, and how refusals are worded', () => {
  let huangpu: string;
  const tokenWith = (scopes: string[]) =>
    make.serviceToken(api.server, { name: 'HR 系统', scopes, expiresAt: inDays(30) });
  beforeAll(async () => {
    huangpu = await idByCode(api.server, 'district', '310101');
  });

  it('lets a token with officials:read read the divisions, office and agency an official points at', async () => {
    const reader = (await tokenWith(['OFFICIALS_READ'])).token;
    const res = await api.server.gql(
      `{ officials(first: 30, orderBy: [{ field: NAME }]) { nodes { name subdistrict { name code district { name code } } office { name } agency { name } neighborhood { name code } } } }`,
      {},
      { token: reader },
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.officials.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((o) => o.subdistrict.district.code === '310101')).toBe(true);
    expect(nodes.some((o) => o.office?.name)).toBe(true);
    // Divisions are public reference data: any valid token reads them.
    const other = (await tokenWith(['ASSESSMENTS_READ'])).token;
    const divisions = await api.server.gql(
      `{ districts(filter: { code: "310101" }) { nodes { name } } }`,
      {},
      { token: other },
    );
    expect(divisions.errors).toBeUndefined();
    expect(divisions.data!.districts.nodes).toHaveLength(1);
  });

  it('words refusals by role with the right article', async () => {
    const token = await api.server.login('huangpu.assessor');
    const res = await api.server.gql(
      `mutation ($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token } }`,
      { input: { name: 'x', districtId: huangpu, scopes: ['OFFICIALS_READ'], expiresAt: inDays(3) } },
      { token },
    );
    expectError(res, 'FORBIDDEN');
    expect(res.errors?.[0].message).not.toMatch(/\bA ASSESSOR\b/);
    const hr = (await tokenWith(['OFFICIALS_READ'])).token;
    const update = await api.server.gql(
      `mutation { updateDistrict(id: "${huangpu}", input: { name: "黄浦" }) { id } }`,
      {},
      { token: hr },
    );
    expectError(update, 'FORBIDDEN');
    expect(update.errors?.[0].message).not.toMatch(/\bA INTEGRATION\b/);
    expect(update.errors?.[0].message).toMatch(/change/);
    expect(update.errors?.[0].message).not.toMatch(/\bread\b/);
    const noScope = (await tokenWith(['ASSESSMENTS_READ'])).token;
    const write = await api.server.gql(
      `mutation { updateDistrict(id: "${huangpu}", input: { name: "黄浦" }) { id } }`,
      {},
      { token: noScope },
    );
    expectError(write, 'FORBIDDEN');
    expect(write.errors?.[0].message).toMatch(/change/);
  });
});
