/**
 * Where an official serves, through every entry point of the API: the consented head of an agency
 * stays its head until a new head is consented (docs/rules.md rule 2), and an official moves to another
 * 街道 only with an office or agency of that 街道 (docs/rules.md rule 3).
 */
import { idByCode, useTestApi } from './support/api';
import { ok } from './support/factories';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const UPDATE = `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id name category subdistrictId officeId agencyId } }`;
const CREATE = `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id subdistrictId officeId agencyId } }`;
const WAITAN = '310101013';
const NANJING = '310101002';

/** A 街道's agency of `kind` with its consented head (the demo consents one per agency). */
async function agencyWithHead(
  code: string,
  kind: string,
): Promise<{ id: string; name: string; head: { id: string; name: string } }> {
  const res = await ok(
    api.server,
    `query ($s: ID!, $k: AgencyKind) { dispatchedAgencies(filter: { subdistrictId: $s, kind: $k }) { nodes { id name head { id name } } } }`,
    {
      s: await idByCode(api.server, 'subdistrict', code),
      k: kind,
    },
  );
  const agency = res.dispatchedAgencies.nodes[0];
  if (!agency?.head) throw new Error(`no consented head of ${kind} in ${code}`);
  return { id: agency.id, name: agency.name, head: agency.head };
}

/** The id of a 街道's standard office of `kind`. */
async function officeOf(code: string, kind: string): Promise<string> {
  const res = await ok(
    api.server,
    `query ($s: ID!, $k: OfficeKind) { offices(filter: { subdistrictId: $s, kind: $k }) { nodes { id } } }`,
    {
      s: await idByCode(api.server, 'subdistrict', code),
      k: kind,
    },
  );
  return res.offices.nodes[0].id;
}

describe('the consented head of an agency (docs/rules.md rule 2) through updateOfficial and deleteOfficial', () => {
  it('refuses to move the head to another category or agency, naming the field; renaming in place is fine', async () => {
    const agency = await agencyWithHead(WAITAN, 'JUSTICE_OFFICE');
    const other = await agencyWithHead(WAITAN, 'HOUSING_OFFICE');
    const office = await officeOf(WAITAN, 'COMMUNITY_SERVICE');

    const toServant = await api.server.gql(UPDATE, {
      id: agency.head.id,
      input: { category: 'CIVIL_SERVANT', agencyId: null, officeId: office },
    });
    expectError(toServant, 'BAD_USER_INPUT', 'input.category');
    expect(toServant.errors?.[0].message).toMatch(/consented head of .*decideHeadAppointment/);
    const toOther = await api.server.gql(UPDATE, { id: agency.head.id, input: { agencyId: other.id } });
    expectError(toOther, 'BAD_USER_INPUT', 'input.agencyId');

    const renamed = await ok(api.server, UPDATE, {
      id: agency.head.id,
      input: { name: `${agency.head.name}（更名）`, title: '所长' },
    });
    expect(renamed.updateOfficial).toMatchObject({ category: 'AGENCY_HEAD', agencyId: agency.id, officeId: null });
    const after = await ok(api.server, `query ($id: ID!) { dispatchedAgency(id: $id) { head { id } } }`, {
      id: agency.id,
    });
    expect(after.dispatchedAgency!.head!.id).toBe(agency.head.id);
  });

  it('refuses to delete the head as CONFLICT saying why', async () => {
    const agency = await agencyWithHead(WAITAN, 'MARKET_SUPERVISION');
    const res = await api.server.gql(`mutation ($id: ID!) { deleteOfficial(id: $id) }`, { id: agency.head.id });
    expectError(res, 'CONFLICT');
    expect(res.errors?.[0].message).toMatch(/consented head of/);
    expect(
      (await ok(api.server, `query ($id: ID!) { official(id: $id) { id } }`, { id: agency.head.id })).official,
    ).toEqual({ id: agency.head.id });
  });

  it('lets a head not (or no longer) consented move freely', async () => {
    const agency = await agencyWithHead(WAITAN, 'POLICE_STATION');
    const created = await ok(api.server, CREATE, {
      input: { name: '候任所长', category: 'AGENCY_HEAD', agencyId: agency.id },
    });
    const moved = await ok(api.server, UPDATE, {
      id: created.createOfficial.id,
      input: { category: 'CIVIL_SERVANT', agencyId: null, officeId: await officeOf(WAITAN, 'PARTY_GOVERNMENT') },
    });
    expect(moved.updateOfficial).toMatchObject({ category: 'CIVIL_SERVANT', agencyId: null });
  });
});

describe('moving an official to another 街道 (docs/rules.md rule 3)', () => {
  it('moves a civil servant when the update gives the new 街道 and an office of it', async () => {
    const created = await ok(api.server, CREATE, {
      input: { name: '调动人员', category: 'CIVIL_SERVANT', officeId: await officeOf(WAITAN, 'COMMUNITY_SAFETY') },
    });
    const id = created.createOfficial.id;
    const nanjing = await idByCode(api.server, 'subdistrict', NANJING);
    const nanjingOffice = await officeOf(NANJING, 'COMMUNITY_SAFETY');

    // The 街道 alone: the office kept is in the old one.
    const alone = await api.server.gql(UPDATE, { id, input: { subdistrictId: nanjing } });
    expectError(alone, 'BAD_USER_INPUT', 'input.officeId');
    // An office of another 街道 than the one given.
    const mismatch = await api.server.gql(UPDATE, {
      id,
      input: { subdistrictId: nanjing, officeId: await officeOf(WAITAN, 'COMMUNITY_SERVICE') },
    });
    expectError(mismatch, 'BAD_USER_INPUT', 'input.officeId');
    expect(
      (await ok(api.server, `query ($id: ID!) { official(id: $id) { subdistrictId } }`, { id })).official!
        .subdistrictId,
    ).toBe(created.createOfficial.subdistrictId);

    const moved = await ok(api.server, UPDATE, { id, input: { subdistrictId: nanjing, officeId: nanjingOffice } });
    expect(moved.updateOfficial).toMatchObject({ subdistrictId: nanjing, officeId: nanjingOffice, agencyId: null });
    const listed = await ok(
      api.server,
      `query ($s: ID!) { officials(filter: { subdistrictId: $s, nameContains: "调动人员" }) { nodes { id subdistrict { code } office { id } } } }`,
      { s: nanjing },
    );
    expect(listed.officials.nodes).toEqual([{ id, subdistrict: { code: NANJING }, office: { id: nanjingOffice } }]);
  });

  it('refuses an agency of another 街道 than the one given, on update and on create', async () => {
    const waitanAgency = await agencyWithHead(WAITAN, 'URBAN_MANAGEMENT');
    const nanjing = await idByCode(api.server, 'subdistrict', NANJING);
    const created = await ok(api.server, CREATE, {
      input: { name: '候任队长', category: 'AGENCY_HEAD', agencyId: waitanAgency.id },
    });
    const update = await api.server.gql(UPDATE, {
      id: created.createOfficial.id,
      input: { subdistrictId: nanjing, agencyId: waitanAgency.id },
    });
    expectError(update, 'BAD_USER_INPUT', 'input.agencyId');
    const create = await api.server.gql(CREATE, {
      input: {
        name: '错位人员',
        category: 'CIVIL_SERVANT',
        subdistrictId: nanjing,
        officeId: await officeOf(WAITAN, 'COMMUNITY_SERVICE'),
      },
    });
    expectError(create, 'BAD_USER_INPUT', 'input.officeId');
    const fine = await ok(api.server, CREATE, {
      input: {
        name: '到位人员',
        category: 'CIVIL_SERVANT',
        subdistrictId: nanjing,
        officeId: await officeOf(NANJING, 'COMMUNITY_SERVICE'),
      },
    });
    expect(fine.createOfficial.subdistrictId).toBe(nanjing);
  });
});
