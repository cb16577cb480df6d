/**
 * `upsert` by externalId of the self-governance records a district system keeps (docs/rules.md
 * rule 14): hearings, mediations, petitions and building conventions, in one transaction each
 * call, for a service token with self-governance:write or an ADMIN. The same batch twice changes
 * nothing; a bad row fails the whole batch naming its index and field.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData, expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const UPSERT_MEDIATIONS = `mutation UpsertMediations($input: [UpsertMediationInput!]!) { upsertMediations(input: $input) { created updated unchanged records { id externalId subject status } } }`;
const UPSERT_HEARINGS = `mutation UpsertHearings($input: [UpsertHearingInput!]!) { upsertHearings(input: $input) { created updated unchanged records { id externalId presenter outcome } } }`;
const UPSERT_PETITIONS = `mutation UpsertPetitions($input: [UpsertPetitionInput!]!) { upsertPetitions(input: $input) { created updated unchanged records { id externalId agent status } } }`;
const UPSERT_CONVENTIONS = `mutation UpsertBuildingConventions($input: [UpsertBuildingConventionInput!]!) { upsertBuildingConventions(input: $input) { created updated unchanged records { id externalId title versions { number status text } } } }`;

let neighborhoodId: string;
let departmentId: string;
let writer: string;

beforeAll(async () => {
  const waitan = (await make.places(api.server)).waitan;
  const data = await make.ok(
    api.server,
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 1) { nodes { id } } departments(first: 1) { nodes { id } } }`,
    { s: waitan },
  );
  neighborhoodId = data.neighborhoods.nodes[0].id;
  departmentId = data.departments.nodes[0].id;
  // A district system that writes reads back what it wrote, which needs self-governance:read too.
  writer = (await make.serviceToken(api.server, { scopes: ['SELF_GOVERNANCE_WRITE', 'SELF_GOVERNANCE_READ'] })).token;
});

function mediation(externalId: string, overrides: Record<string, unknown> = {}) {
  return {
    externalId,
    neighborhoodId,
    subject: '楼上漏水导致楼下墙面发霉。',
    disputeKind: 'BETWEEN_NEIGHBOURS',
    heldOn: '2026-10-20',
    parties: [
      { name: '钱某', kind: 'PERSON' },
      { name: '孙某', kind: 'PERSON' },
    ],
    chairName: '张主任',
    chairRole: 'RESIDENTS_COMMITTEE_DIRECTOR',
    legalAdviser: '陈律师',
    ...overrides,
  };
}

async function count(table: string): Promise<number> {
  return (await api.server.db.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
}

describe('upsert of self-governance records by externalId (docs/rules.md rule 14)', () => {
  it('mediations: the same batch twice changes nothing; a changed row updates; a concluded one is final', async () => {
    const batch = [mediation(make.unique('MED')), mediation(make.unique('MED'), { involvesFamily: true })];
    const first = expectData(
      await api.server.gql(UPSERT_MEDIATIONS, { input: batch }, { token: writer }),
    ).upsertMediations;
    expect([first.created, first.updated, first.unchanged]).toEqual([2, 0, 0]);
    expect(first.records.map((r) => [r.externalId, r.status])).toEqual([
      [batch[0].externalId, 'OPEN'],
      [batch[1].externalId, 'OPEN'],
    ]);
    const audited = async () =>
      (
        await api.server.db.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = ANY($1)`, [
          first.records.map((r) => r.id),
        ])
      )[0].n;
    expect(await audited()).toBe(2);

    const again = expectData(
      await api.server.gql(UPSERT_MEDIATIONS, { input: batch }, { token: writer }),
    ).upsertMediations;
    expect([again.created, again.updated, again.unchanged]).toEqual([0, 0, 2]);
    expect(again.records.map((r) => r.id)).toEqual(first.records.map((r) => r.id));
    expect(await audited()).toBe(2);

    const changed = expectData(
      await api.server.gql(
        UPSERT_MEDIATIONS,
        { input: [{ ...batch[0], subject: '楼上漏水，已约定维修。' }, batch[1]] },
        { token: writer },
      ),
    ).upsertMediations;
    expect([changed.created, changed.updated, changed.unchanged]).toEqual([0, 1, 1]);
    expect(changed.records[0]).toMatchObject({ id: first.records[0].id, subject: '楼上漏水，已约定维修。' });

    // Clearing involvesFamily of a known one is refused, and so is changing a concluded one.
    expectError(
      await api.server.gql(UPSERT_MEDIATIONS, { input: [{ ...batch[1], involvesFamily: false }] }, { token: writer }),
      'BAD_USER_INPUT',
      'input[0].involvesFamily',
    );
    expectData(
      await api.server.gql(
        `mutation ($id: ID!) { concludeMediation(id: $id, input: { record: "达成维修协议。" }) { status } }`,
        { id: first.records[0].id },
      ),
    );
    const final = await api.server.gql(
      UPSERT_MEDIATIONS,
      { input: [batch[1], { ...batch[0], subject: '另一件事。' }] },
      { token: writer },
    );
    expectError(final, 'BAD_USER_INPUT', 'input[1].externalId');
    // The same rows as stored are still unchanged.
    const stored = expectData(
      await api.server.gql(
        UPSERT_MEDIATIONS,
        { input: [{ ...batch[0], subject: '楼上漏水，已约定维修。' }] },
        { token: writer },
      ),
    ).upsertMediations;
    expect([stored.unchanged, stored.records[0].status]).toEqual([1, 'CONCLUDED']);
  });

  it('a bad row fails the whole batch naming its index and field, and nothing is written', async () => {
    const before = await count('mediation');
    const res = await api.server.gql(
      UPSERT_MEDIATIONS,
      {
        input: [
          mediation(make.unique('MED')),
          mediation(make.unique('MED'), { parties: [{ name: '钱某', kind: 'PERSON' }] }),
          mediation(make.unique('MED'), { neighborhoodId: '00000000-0000-4000-8000-000000000000' }),
          mediation('MED-TWICE'),
          mediation('MED-TWICE'),
        ],
      },
      { token: writer },
    );
    expectError(res, 'BAD_USER_INPUT', 'input[1].parties');
    expect(res.errors![0].extensions.errors).toEqual([
      expect.objectContaining({
        index: 1,
        field: 'input[1].parties',
        reason: 'validation.arrayMinSize',
        params: expect.objectContaining({ min: 2 }),
      }),
      expect.objectContaining({ index: 2, field: 'input[2].neighborhoodId', reason: expect.stringMatching(/\./) }),
      expect.objectContaining({
        index: 4,
        field: 'input[4].externalId',
        reason: 'batch.externalIdRepeated',
        params: { first: 3 },
      }),
    ]);
    expect(await count('mediation')).toBe(before);

    // Without self-governance:write a token may not, nor may a representative.
    const reader = await make.serviceToken(api.server, { scopes: ['SELF_GOVERNANCE_READ'] });
    expectError(
      await api.server.gql(UPSERT_MEDIATIONS, { input: [mediation(make.unique('MED'))] }, { token: reader.token }),
      'FORBIDDEN',
    );
    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    expectError(await api.server.gql(UPSERT_PETITIONS, { input: [] }, { token: rep.token }), 'FORBIDDEN');
    expect(await count('mediation')).toBe(before);
  });

  it('hearings, petitions and conventions: created once, unchanged the second time; a decided hearing is final', async () => {
    const project = await make.ok(
      api.server,
      `mutation ($input: CreateWorksProjectInput!) { createWorksProject(input: $input) { id } }`,
      { input: { neighborhoodId, name: make.unique('北京东路管线改造') } },
    );
    const hearing = {
      externalId: make.unique('HEA'),
      projectId: project.createWorksProject.id,
      heldOn: '2026-11-10',
      presenter: '区建管委 王工',
      constructionStartsOn: '2026-12-01',
      constructionEndsOn: '2027-01-31',
      chairName: '张主任',
      representatives: ['李阿姨', '赵师傅'],
    };
    const h1 = expectData(
      await api.server.gql(UPSERT_HEARINGS, { input: [hearing] }, { token: writer }),
    ).upsertHearings;
    expect([h1.created, h1.records[0].presenter, h1.records[0].outcome]).toEqual([1, '区建管委 王工', null]);
    const h2 = expectData(
      await api.server.gql(UPSERT_HEARINGS, { input: [hearing] }, { token: writer }),
    ).upsertHearings;
    expect([h2.created, h2.updated, h2.unchanged]).toEqual([0, 0, 1]);
    expectError(
      await api.server.gql(
        UPSERT_HEARINGS,
        { input: [{ ...hearing, externalId: make.unique('HEA'), constructionEndsOn: '2026-11-30' }] },
        { token: writer },
      ),
      'BAD_USER_INPUT',
      'input[0].constructionEndsOn',
    );
    expectData(
      await api.server.gql(
        `mutation ($id: ID!) { recordHearingOutcome(id: $id, input: { outcome: SUPPORTED, reasons: "居民支持。" }) { id } }`,
        { id: h1.records[0].id },
      ),
    );
    expectError(
      await api.server.gql(UPSERT_HEARINGS, { input: [{ ...hearing, presenter: '别人' }] }, { token: writer }),
      'BAD_USER_INPUT',
      'input[0].externalId',
    );

    const petition = {
      externalId: make.unique('PET'),
      neighborhoodId,
      subject: '请求协调小区停车位分配。',
      petitionerName: '周某',
      agent: 'RESIDENTS_COMMITTEE',
      agentName: '居委会 吴主任',
      departmentId,
      takenUpOn: '2026-10-01',
    };
    const p1 = expectData(
      await api.server.gql(UPSERT_PETITIONS, { input: [petition] }, { token: writer }),
    ).upsertPetitions;
    expect([p1.created, p1.records[0].status, p1.records[0].agent]).toEqual([1, 'OPEN', 'RESIDENTS_COMMITTEE']);
    const p2 = expectData(
      await api.server.gql(UPSERT_PETITIONS, { input: [petition, { ...petition, externalId: make.unique('PET') }] }),
    ).upsertPetitions;
    expect([p2.created, p2.updated, p2.unchanged]).toEqual([1, 0, 1]);

    const building = await make.ok(
      api.server,
      `mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }`,
      { input: { neighborhoodId, name: make.unique('楼'), households: 6 } },
    );
    const convention = {
      externalId: make.unique('CON'),
      buildingId: building.createBuilding.id,
      title: '北京东路8号楼居民公约',
      text: '一、爱护公共设施；二、不在楼道堆物。',
    };
    const c1 = expectData(
      await api.server.gql(UPSERT_CONVENTIONS, { input: [convention] }, { token: writer }),
    ).upsertBuildingConventions;
    expect(c1.records[0]).toMatchObject({
      title: '北京东路8号楼居民公约',
      versions: [{ number: 1, status: 'OPEN', text: '一、爱护公共设施；二、不在楼道堆物。' }],
    });
    const c2 = expectData(
      await api.server.gql(UPSERT_CONVENTIONS, { input: [convention] }, { token: writer }),
    ).upsertBuildingConventions;
    expect([c2.created, c2.updated, c2.unchanged, c2.records[0].versions.length]).toEqual([0, 0, 1, 1]);
    const c3 = expectData(
      await api.server.gql(UPSERT_CONVENTIONS, { input: [{ ...convention, title: '8号楼公约' }] }, { token: writer }),
    ).upsertBuildingConventions;
    expect([c3.updated, c3.records[0].title]).toEqual([1, '8号楼公约']);
  });

  it('a building has one convention: a new externalId for a building that has one is refused on the row’s buildingId', async () => {
    const newBuilding = async () =>
      (
        await make.ok(api.server, `mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }`, {
          input: { neighborhoodId, name: make.unique('楼'), households: 6 },
        })
      ).createBuilding.id as string;
    const row = (buildingId: string) => ({
      externalId: make.unique('CON'),
      buildingId,
      title: '居民公约',
      text: '文本',
    });
    const kept = row(await newBuilding());
    expectData(await api.server.gql(UPSERT_CONVENTIONS, { input: [kept] }, { token: writer }));
    const created = await make.conventionBuilding(api.server, { codes: 0 });
    const fresh = await newBuilding();
    const before = await count('building_convention');
    // Row 0: the upserted building under another externalId; row 1: a building with a convention
    // written in by createBuildingConvention; rows 2 and 3: two new conventions for one building.
    const res = await api.server.gql(
      UPSERT_CONVENTIONS,
      { input: [row(kept.buildingId), row(created.buildingId), row(fresh), row(fresh)] },
      { token: writer },
    );
    expectError(res, 'BAD_USER_INPUT', 'input[0].buildingId');
    expect(res.errors![0].extensions.errors).toEqual(
      [0, 1, 3].map((index) =>
        expect.objectContaining({
          index,
          field: `input[${index}].buildingId`,
          message: `input[${index}].buildingId: this building already has a convention; its text changes by adding a version to it`,
          reason: 'convention.buildingHasConvention',
        }),
      ),
    );
    expect(await count('building_convention')).toBe(before);
    // Its own externalId still updates the building's convention.
    const again = expectData(
      await api.server.gql(UPSERT_CONVENTIONS, { input: [{ ...kept, title: '新标题' }] }, { token: writer }),
    ).upsertBuildingConventions;
    expect([again.updated, again.records[0].title]).toEqual([1, '新标题']);
  });
});
