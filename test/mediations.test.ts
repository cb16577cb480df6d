/**
 * Mediation meetings (矛盾协调会, docs/rules.md rule 14): parties, chair, the neighborhood's legal
 * adviser and the departments with the laws they cite; a family mediation is concluded only with
 * the women's director attending; the written record and the court's confirmation.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData, expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const FIELDS = `id status involvesFamily womenDirector record concludedAt courtConfirmation courtConfirmationAt parties { name kind } departments { departmentId citedLaws department { name } }`;
const CREATE = `mutation CreateMediation($input: CreateMediationInput!) { createMediation(input: $input) { ${FIELDS} } }`;
const CONCLUDE = `mutation ConcludeMediation($id: ID!, $input: ConcludeMediationInput!) { concludeMediation(id: $id, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation SubmitMediationToCourt($id: ID!) { submitMediationToCourt(id: $id) { id courtConfirmation } }`;
const DECIDE = `mutation RecordMediationCourtDecision($id: ID!, $confirmed: Boolean!) { recordMediationCourtDecision(id: $id, confirmed: $confirmed) { id courtConfirmation } }`;

/** A family mediation in a 外滩街道 neighborhood, with one department of 黄浦区. */
async function familyInput(overrides: Record<string, unknown> = {}) {
  const waitan = (await make.places(api.server)).waitan;
  const hoods = await make.ok(
    api.server,
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
    { s: waitan },
  );
  const departments = await make.ok(api.server, `{ departments(first: 1) { nodes { id name } } }`);
  return {
    neighborhoodId: hoods.neighborhoods.nodes[0].id,
    subject: '王某夫妇因赡养老人及子女抚养发生纠纷，邻居多次报警。',
    disputeKind: 'BETWEEN_NEIGHBOURS',
    involvesFamily: true,
    heldOn: '2026-11-28',
    parties: [
      { name: '王某', kind: 'PERSON' },
      { name: '李某', kind: 'PERSON' },
    ],
    chairName: '张主任',
    chairRole: 'RESIDENTS_COMMITTEE_DIRECTOR',
    legalAdviser: '陈律师',
    departments: [{ departmentId: departments.departments.nodes[0].id, citedLaws: ['《民法典》第一千零六十七条'] }],
    ...overrides,
  };
}

describe('mediation meetings (docs/rules.md rule 14)', () => {
  it("a family mediation cannot be concluded without the women's director; with them it is, then the court confirms", async () => {
    const created = expectData(await api.server.gql(CREATE, { input: await familyInput() })).createMediation;
    expect(created).toMatchObject({
      status: 'OPEN',
      involvesFamily: true,
      womenDirector: null,
      courtConfirmation: 'NOT_REQUESTED',
    });
    expect(created.departments[0].citedLaws).toEqual(['《民法典》第一千零六十七条']);
    expect(typeof created.departments[0].department!.name).toBe('string');

    const record = '双方同意：王某每月支付赡养费800元，子女由李某抚养。';
    expectError(
      await api.server.gql(CONCLUDE, { id: created.id, input: { record } }),
      'BAD_USER_INPUT',
      'input.womenDirector',
    );
    // Nothing was written.
    const still = await api.server.gql(`query ($id: ID!) { mediation(id: $id) { status record } }`, { id: created.id });
    expect(expectData(still).mediation).toEqual({ status: 'OPEN', record: null });
    // The court cannot be asked before the record is concluded.
    expectError(await api.server.gql(SUBMIT, { id: created.id }), 'CONFLICT', 'id');

    const concluded = expectData(
      await api.server.gql(CONCLUDE, { id: created.id, input: { record, womenDirector: '刘妇女主任' } }),
    ).concludeMediation;
    expect(concluded).toMatchObject({
      status: 'CONCLUDED',
      womenDirector: '刘妇女主任',
      record,
      courtConfirmation: 'NOT_REQUESTED',
    });
    expectError(await api.server.gql(CONCLUDE, { id: created.id, input: { record } }), 'CONFLICT');

    expectError(await api.server.gql(DECIDE, { id: created.id, confirmed: true }), 'CONFLICT', 'id');
    expect(expectData(await api.server.gql(SUBMIT, { id: created.id })).submitMediationToCourt.courtConfirmation).toBe(
      'SUBMITTED',
    );
    expectError(await api.server.gql(SUBMIT, { id: created.id }), 'CONFLICT', 'id');
    expect(
      expectData(await api.server.gql(DECIDE, { id: created.id, confirmed: true })).recordMediationCourtDecision
        .courtConfirmation,
    ).toBe('CONFIRMED');

    const actions = await api.server.db.query(
      `SELECT action, actor_id FROM audit_event WHERE entity_id = $1 ORDER BY at, id`,
      [created.id],
    );
    expect(actions.map((a: { action: string }) => a.action)).toEqual([
      'mediation.created',
      'mediation.concluded',
      'mediation.submitted_to_court',
      'mediation.court_decided',
    ]);
    expect(actions.every((a: { actor_id: string | null }) => a.actor_id !== null)).toBe(true);
  });

  it("a women's director recorded beforehand suffices; a dispute without family needs none; the court may refuse", async () => {
    const withDirector = expectData(
      await api.server.gql(CREATE, { input: await familyInput({ womenDirector: '刘妇女主任' }) }),
    ).createMediation;
    expect(
      expectData(await api.server.gql(CONCLUDE, { id: withDirector.id, input: { record: '达成协议。' } }))
        .concludeMediation.status,
    ).toBe('CONCLUDED');

    const plain = expectData(
      await api.server.gql(CREATE, {
        input: await familyInput({
          involvesFamily: false,
          disputeKind: 'UNIT_AND_RESIDENTS',
          parties: [
            { name: '某建筑工地', kind: 'UNIT' },
            { name: '宁波路居民', kind: 'PERSON' },
          ],
          departments: [],
        }),
      }),
    ).createMediation;
    expectData(await api.server.gql(CONCLUDE, { id: plain.id, input: { record: '工地夜间22点后停止施工。' } }));
    expectData(await api.server.gql(SUBMIT, { id: plain.id }));
    expect(
      expectData(await api.server.gql(DECIDE, { id: plain.id, confirmed: false })).recordMediationCourtDecision
        .courtConfirmation,
    ).toBe('REFUSED');
  });

  it('once recorded as involving family, a mediation keeps it: clearing it is BAD_USER_INPUT and changes nothing', async () => {
    const UPDATE = `mutation UpdateMediation($id: ID!, $input: UpdateMediationInput!) { updateMediation(id: $id, input: $input) { ${FIELDS} } }`;
    const created = expectData(await api.server.gql(CREATE, { input: await familyInput() })).createMediation;
    expectError(
      await api.server.gql(UPDATE, { id: created.id, input: { involvesFamily: false, subject: '邻里纠纷。' } }),
      'BAD_USER_INPUT',
      'input.involvesFamily',
    );
    const record = '双方同意调解。';
    expectError(
      await api.server.gql(CONCLUDE, { id: created.id, input: { record } }),
      'BAD_USER_INPUT',
      'input.womenDirector',
    );
    const after = await api.server.gql(`query ($id: ID!) { mediation(id: $id) { subject status involvesFamily } }`, {
      id: created.id,
    });
    expect(expectData(after).mediation).toEqual({
      subject: (await familyInput()).subject,
      status: 'OPEN',
      involvesFamily: true,
    });
    const updates = await api.server.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'mediation.updated'`,
      [created.id],
    );
    expect(updates).toEqual([{ n: 0 }]);
    // Saying it again, or marking a mediation as involving family later, is allowed.
    expect(
      expectData(await api.server.gql(UPDATE, { id: created.id, input: { involvesFamily: true } })).updateMediation
        .involvesFamily,
    ).toBe(true);
    const plain = expectData(
      await api.server.gql(CREATE, { input: await familyInput({ involvesFamily: false }) }),
    ).createMediation;
    expect(
      expectData(await api.server.gql(UPDATE, { id: plain.id, input: { involvesFamily: true } })).updateMediation
        .involvesFamily,
    ).toBe(true);
  });

  it('bad input names the field; only ADMINs in scope read and write mediations', async () => {
    const input = await familyInput();
    expectError(
      await api.server.gql(CREATE, { input: { ...input, parties: [input.parties[0]] } }),
      'BAD_USER_INPUT',
      'input.parties',
    );
    expectError(
      await api.server.gql(CREATE, {
        input: { ...input, departments: [{ departmentId: input.departments[0].departmentId, citedLaws: ['  '] }] },
      }),
      'BAD_USER_INPUT',
      'input.departments.0.citedLaws',
    );
    expectError(
      await api.server.gql(CREATE, {
        input: { ...input, departments: [{ departmentId: '00000000-0000-4000-8000-000000000000', citedLaws: ['x'] }] },
      }),
      'BAD_USER_INPUT',
      'input.departments.0.departmentId',
    );
    const created = expectData(await api.server.gql(CREATE, { input })).createMediation;
    expectError(
      await api.server.gql(CONCLUDE, { id: created.id, input: { record: ' ', womenDirector: '刘' } }),
      'BAD_USER_INPUT',
      'input.record',
    );
    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    expectError(await api.server.gql(CREATE, { input }, { token: rep.token }), 'FORBIDDEN');
    const repRead = await api.server.gql(
      `query ($id: ID!) { mediation(id: $id) { id } }`,
      { id: created.id },
      { token: rep.token },
    );
    expect(expectData(repRead).mediation).toBeNull();
    const nanjing = await make.user(api.server, {
      role: 'ADMIN',
      subdistrictId: (await make.places(api.server)).nanjing,
    });
    expectError(await api.server.gql(CREATE, { input }, { token: nanjing.token }), 'FORBIDDEN');
    expectError(
      await api.server.gql(
        CONCLUDE,
        { id: created.id, input: { record: '达成协议。', womenDirector: '刘' } },
        { token: nanjing.token },
      ),
      'NOT_FOUND',
    );
    const token = await make.serviceToken(api.server, { scopes: ['SELF_GOVERNANCE_READ'] });
    const listed = await api.server.gql(`{ mediations(first: 100) { nodes { id } } }`, {}, { token: token.token });
    expect(expectData(listed).mediations.nodes.map((n: { id: string }) => n.id)).toContain(created.id);
    // The token reads the names of the departments the record cites, as the ADMIN does.
    const cited = await api.server.gql(
      `query ($id: ID!) { mediation(id: $id) { departments { department { name } } } }`,
      { id: created.id },
      { token: token.token },
    );
    expect(expectData(cited).mediation!.departments[0].department!.name).toBe(created.departments[0].department!.name);
  });
  it("a mediation is concluded only from the day it is held (Asia/Shanghai): the trial's one dated 2030-01-01 waits", async () => {
    const UPDATE = `mutation UpdateMediation($id: ID!, $input: UpdateMediationInput!) { updateMediation(id: $id, input: $input) { id heldOn } }`;
    const created = expectData(
      await api.server.gql(CREATE, {
        input: await familyInput({ heldOn: '2030-01-01', womenDirector: '妇联 刘主任' }),
      }),
    ).createMediation;
    const record = '双方同意：王某每月支付赡养费800元。';
    expectError(await api.server.gql(CONCLUDE, { id: created.id, input: { record } }), 'BAD_USER_INPUT', 'id', {
      reason: 'mediation.concludedBeforeHeld',
      params: { heldOn: '2030-01-01' },
    });
    const still = await api.server.gql(`query ($id: ID!) { mediation(id: $id) { status record concludedAt } }`, {
      id: created.id,
    });
    expect(expectData(still).mediation).toEqual({ status: 'OPEN', record: null, concludedAt: null });
    // Misdated: corrected to the day it was held, it is concluded.
    expectData(await api.server.gql(UPDATE, { id: created.id, input: { heldOn: '2026-11-28' } }));
    const concluded = expectData(
      await api.server.gql(CONCLUDE, { id: created.id, input: { record } }),
    ).concludeMediation;
    expect(concluded).toMatchObject({ status: 'CONCLUDED', record });
  });
});
