import { idByCode, useTestApi, type Schema, type GqlResponse } from './support/api';
import { expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const PAGE = `query ($d: ID!, $first: Int) {
  officials(filter: { districtId: $d }, first: $first) {
    totalCount
    nodes {
      id name category
      office { name }
      agency { name }
      subdistrict { name district { name } }
    }
  }
}`;

describe('officials (docs/rules.md rule 3)', () => {
  it("lists 黄浦区's demo officials of all three categories", async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    type Officials = Schema.Query['officials'];
    const res = await api.server.gql<{ heads: Officials; servants: Officials; workers: Officials }>(
      `query ($d: ID!) {
        heads: officials(filter: { districtId: $d, category: AGENCY_HEAD }) { totalCount }
        servants: officials(filter: { districtId: $d, category: CIVIL_SERVANT }) { totalCount }
        workers: officials(filter: { districtId: $d, category: COMMUNITY_WORKER }) { totalCount }
      }`,
      { d: huangpu },
    );
    expect(res.errors).toBeUndefined();
    // The API lists every official stored (other tests of this file add some), and of them the
    // demo's: 10 街道 × 6 agencies, 10 × 6 offices × 2 civil servants, one worker per committee.
    const [stored] = await api.server.db.query(
      `SELECT count(*) FILTER (WHERE category = 'AGENCY_HEAD')::int AS heads, count(*) FILTER (WHERE category = 'CIVIL_SERVANT')::int AS servants,
              count(*) FILTER (WHERE category = 'COMMUNITY_WORKER')::int AS workers,
              count(*) FILTER (WHERE category = 'AGENCY_HEAD' AND external_id LIKE 'DEMO-%')::int AS "demoHeads",
              count(*) FILTER (WHERE category = 'CIVIL_SERVANT' AND external_id LIKE 'DEMO-%')::int AS "demoServants",
              count(*) FILTER (WHERE category = 'COMMUNITY_WORKER' AND external_id LIKE 'DEMO-%')::int AS "demoWorkers"
         FROM official o JOIN subdistrict s ON s.id = o.subdistrict_id WHERE s.district_id = $1`,
      [huangpu],
    );
    expect([res.data!.heads.totalCount, res.data!.servants.totalCount, res.data!.workers.totalCount]).toEqual([
      stored.heads,
      stored.servants,
      stored.workers,
    ]);
    const committees = await api.server.gql(`{ neighborhoods(filter: { code: "310101" }) { totalCount } }`);
    expect([stored.demoHeads, stored.demoServants, stored.demoWorkers]).toEqual([
      60,
      120,
      committees.data!.neighborhoods.totalCount,
    ]);
  });

  it('costs the same six SQL statements for a page of 100 officials with office, agency, subdistrict and district as for a page of 5', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    let res!: GqlResponse;
    const big = await api.server.countQueries(async () => {
      res = await api.server.gql(PAGE, { d: huangpu, first: 100 });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.officials.nodes).toHaveLength(100);
    expect(res.data!.officials.nodes.every((o) => o.subdistrict.district.name === '黄浦区')).toBe(true);
    expect(res.data!.officials.nodes.some((o) => o.agency !== null)).toBe(true);
    expect(res.data!.officials.nodes.some((o) => o.office !== null)).toBe(true);
    // the session check, officials page with its total count, offices, agencies, subdistricts, districts
    expect(big).toBe(6);
    const small = await api.server.countQueries(() => api.server.gql(PAGE, { d: huangpu, first: 5 }));
    expect(small).toBe(6);
  });

  it('costs six SQL statements for 100 officials with office, agency, assessments and outcome, as for 5', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const query = `query ($d: ID!, $n: Int) { officials(filter: { districtId: $d }, first: $n) { totalCount nodes { name office { name } agency { name } assessments { year grade } outcome } } }`;
    let res!: GqlResponse;
    const big = await api.server.countQueries(async () => {
      res = await api.server.gql(query, { d: huangpu, n: 100 });
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.officials.nodes).toHaveLength(100);
    // the session check, officials page with its total count, offices, agencies, assessments, and the
    // outcomes with the latest assessments stored beside them (docs/rules.md rule 11, stored facts)
    expect(big).toBe(6);
    expect(await api.server.countQueries(() => api.server.gql(query, { d: huangpu, n: 5 }))).toBe(6);
  });

  it('needs an agency for an agency head and an office for everyone else', async () => {
    const agencies = await api.server.gql(
      `{ dispatchedAgencies(first: 1, filter: { kind: JUSTICE_OFFICE }) { nodes { id subdistrictId } } }`,
    );
    const agency = agencies.data!.dispatchedAgencies.nodes[0];
    const offices = await api.server.gql(
      `query ($s: ID!) { offices(filter: { subdistrictId: $s }) { nodes { id } } }`,
      { s: agency.subdistrictId },
    );
    const office = offices.data!.offices.nodes[0];
    const create = (input: Record<string, unknown>) =>
      api.server.gql(
        `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id category subdistrictId officeId agencyId } }`,
        { input },
      );

    const headWithoutAgency = await create({ name: '李明', category: 'AGENCY_HEAD', officeId: office.id });
    expectError(headWithoutAgency, 'BAD_USER_INPUT', 'input.agencyId');
    const servantInAgency = await create({ name: '李明', category: 'CIVIL_SERVANT', agencyId: agency.id });
    expectError(servantInAgency, 'BAD_USER_INPUT', 'input.officeId');
    const both = await create({ name: '李明', category: 'CIVIL_SERVANT', officeId: office.id, agencyId: agency.id });
    expectError(both, 'BAD_USER_INPUT', 'input.agencyId');

    const head = await create({ name: '李明', category: 'AGENCY_HEAD', agencyId: agency.id, externalId: 'HR-0001' });
    expect(head.errors).toBeUndefined();
    expect(head.data!.createOfficial).toMatchObject({
      category: 'AGENCY_HEAD',
      agencyId: agency.id,
      officeId: null,
      subdistrictId: agency.subdistrictId,
    });
    const twin = await create({ name: '李明', category: 'AGENCY_HEAD', agencyId: agency.id, externalId: 'HR-0001' });
    expectError(twin, 'CONFLICT', 'input.externalId');

    const moved = await api.server.gql(
      `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { category officeId agencyId subdistrictId } }`,
      { id: head.data!.createOfficial.id, input: { category: 'CIVIL_SERVANT', agencyId: null, officeId: office.id } },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateOfficial).toEqual({
      category: 'CIVIL_SERVANT',
      officeId: office.id,
      agencyId: null,
      subdistrictId: agency.subdistrictId,
    });
  });

  it("keeps a community worker's neighborhood inside the subdistrict of the office", async () => {
    const waitanOffices = await api.server.gql(
      `query ($s: ID!) { offices(filter: { subdistrictId: $s }) { nodes { id } } }`,
      {
        s: await idByCode(api.server, 'subdistrict', '310101013'),
      },
    );
    const elsewhere = await api.server.gql(`{ neighborhoods(filter: { code: "310104" }, first: 1) { nodes { id } } }`);
    const res = await api.server.gql(
      `mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id } }`,
      {
        input: {
          name: '王芳',
          category: 'COMMUNITY_WORKER',
          officeId: waitanOffices.data!.offices.nodes[0].id,
          neighborhoodId: elsewhere.data!.neighborhoods.nodes[0].id,
        },
      },
    );
    expectError(res, 'BAD_USER_INPUT', 'input.neighborhoodId');
  });

  it('finds an official by its id in upper case, as PostgreSQL reads a UUID, for a lookup, node() and a change', async () => {
    const huangpu = await idByCode(api.server, 'district', '310101');
    const page = await api.server.gql<{
      officials: { nodes: { id: string; name: string; office: { name: string } | null }[] };
    }>(`query ($d: ID!) { officials(filter: { districtId: $d }, first: 1) { nodes { id name office { name } } } }`, {
      d: huangpu,
    });
    const [first] = page.data!.officials.nodes;
    const upper = first.id.toUpperCase();
    expect(upper).not.toBe(first.id);
    const found = await api.server.gql(
      `query ($id: ID!) { official(id: $id) { id name office { name } } node(id: $id) { ... on Official { id name } } }`,
      { id: upper },
    );
    expect(found.errors).toBeUndefined();
    expect(found.data).toEqual({ official: first, node: { id: first.id, name: first.name } });
    const changed = await api.server.gql(
      `mutation ($id: ID!, $input: UpdateOfficialInput!) { updateOfficial(id: $id, input: $input) { id title } }`,
      { id: upper, input: { title: '大写编号也能找到' } },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data).toEqual({ updateOfficial: { id: first.id, title: '大写编号也能找到' } });
  });
});
