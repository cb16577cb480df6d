/**
 * Who reads a convention version's count (docs/rules.md rule 14): residents through their household
 * code (`householdConvention`, and the answer of `approveConvention`); `conventionTally` by id
 * follows the scope of the other self-governance reads — signed-in users of the 街道 (null
 * outside it) and service tokens with `self-governance:read` (FORBIDDEN without).
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData, expectError } from './support/expect';
import { APPROVE_CONVENTION } from './support/operations';

const api = useTestApi({ withShanghai: true });

const TALLY = `query ($v: ID!) { conventionTally(versionId: $v) { approvals rejections households requiredApprovals } }`;

describe('conventionTally follows the scope of the self-governance reads (docs/rules.md rule 14)', () => {
  it('a user of another 街道 reads null, as for the building; a user of the 街道 reads the count', async () => {
    const f = await make.conventionBuilding(api.server, { households: 6 });
    expectData(
      await api.server.gql(APPROVE_CONVENTION, { input: { code: f.codes[0], approve: true } }, { token: null }),
    );
    const nanjing = await make.user(api.server, {
      role: 'ADMIN',
      subdistrictId: (await make.places(api.server)).nanjing,
    });
    const building = await api.server.gql(
      `query ($id: ID!) { building(id: $id) { id } }`,
      { id: f.buildingId },
      { token: nanjing.token },
    );
    expect(expectData(building).building).toBeNull();
    const outside = await api.server.gql(TALLY, { v: f.versionId }, { token: nanjing.token });
    expect(expectData(outside).conventionTally).toBeNull();

    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    const inside = await api.server.gql(TALLY, { v: f.versionId }, { token: rep.token });
    expect(expectData(inside).conventionTally).toEqual({
      approvals: 1,
      rejections: 0,
      households: 6,
      requiredApprovals: 4,
    });
  });

  it('a service token needs self-governance:read, as hearing(id) does', async () => {
    const f = await make.conventionBuilding(api.server, { households: 3 });
    const matters = await make.serviceToken(api.server, { scopes: ['MATTERS_READ'] });
    expectError(
      await api.server.gql(
        `query ($id: ID!) { hearing(id: $id) { id } }`,
        { id: f.versionId },
        { token: matters.token },
      ),
      'FORBIDDEN',
    );
    expectError(await api.server.gql(TALLY, { v: f.versionId }, { token: matters.token }), 'FORBIDDEN');
    const selfGovernance = await make.serviceToken(api.server, { scopes: ['SELF_GOVERNANCE_READ'] });
    const read = await api.server.gql(TALLY, { v: f.versionId }, { token: selfGovernance.token });
    expect(expectData(read).conventionTally).toEqual({
      approvals: 0,
      rejections: 0,
      households: 3,
      requiredApprovals: 2,
    });
  });

  it('signed out, the count is read with a household code, not by version id', async () => {
    const f = await make.conventionBuilding(api.server, { households: 6 });
    expectError(await api.server.gql(TALLY, { v: f.versionId }, { token: null }), 'UNAUTHENTICATED');
    const read = await api.server.gql(
      `query ($c: String!) { householdConvention(code: $c) { tally { approvals households requiredApprovals } } }`,
      { c: f.codes[0] },
      { token: null },
    );
    expect(expectData(read).householdConvention.tally).toEqual({ approvals: 0, households: 6, requiredApprovals: 4 });
  });
});
