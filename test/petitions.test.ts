/**
 * Petition agency (信访代理, docs/rules.md rule 14): a resident's petition taken up by an agent
 * organisation, the department it negotiates with, its rounds of talks and the agreement reached;
 * it may start from a resident's matter of its own 街道, which lists it back.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData, expectError } from './support/expect';
import { MatterFixture, receive, setUpMatters } from './support/matter-fixture';

const api = useTestApi({ withShanghai: true });
let f: MatterFixture;
let departmentId: string;

beforeAll(async () => {
  f = await setUpMatters(api.server, 'pet');
  departmentId = (await make.ok(api.server, `{ departments(first: 1) { nodes { id } } }`)).departments.nodes[0].id;
});

const FIELDS = `id status subject petitionerName agent agentName takenUpOn agreement closingReason closedAt matterId
  talks { round heldOn participants summary } department { id } matter { id title } neighborhood { id }`;
const CREATE = `mutation CreatePetition($input: CreatePetitionInput!) { createPetition(input: $input) { ${FIELDS} } }`;
const TALK = `mutation RecordPetitionTalk($id: ID!, $input: PetitionTalkInput!) { recordPetitionTalk(id: $id, input: $input) { ${FIELDS} } }`;
const CONCLUDE = `mutation ConcludePetition($id: ID!, $input: ConcludePetitionInput!) { concludePetition(id: $id, input: $input) { ${FIELDS} } }`;
const WITHDRAW = `mutation WithdrawPetition($id: ID!, $input: WithdrawPetitionInput!) { withdrawPetition(id: $id, input: $input) { id status closingReason } }`;
const READ = `query Petition($id: ID!) { petition(id: $id) { ${FIELDS} } }`;

const MATTER = {
  type: 'COMPLAINT',
  channel: 'PHONE',
  title: '单位拖欠工资',
  description: '某保洁公司拖欠本人三个月工资共一万二千元。',
  reporterName: '赵桂兰',
  reporterPhone: '13912345678',
};

/** A petition of a 外滩街道 neighborhood taken up by the women's federation. */
function input(overrides: Record<string, unknown> = {}) {
  return {
    neighborhoodId: f.waitanNeighborhoodId,
    subject: '赵某请求协调追讨被拖欠的工资。',
    petitionerName: '赵桂兰',
    agent: 'WOMENS_FEDERATION',
    agentName: '街道妇联 孙主席',
    departmentId,
    takenUpOn: '2026-11-02',
    ...overrides,
  };
}

async function audit(id: string): Promise<string[]> {
  const rows = await api.server.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at, id`, [id]);
  return rows.map((r: { action: string }) => r.action);
}

describe('petition agency (docs/rules.md rule 14)', () => {
  it('starts from a matter, records two rounds of talks, concludes with the agreement; the matter lists it back', async () => {
    const { matter } = await receive(api.server, f.tokens.service, { ...MATTER, subdistrictId: f.waitanId });
    const created = expectData(await api.server.gql(CREATE, { input: input({ matterId: matter.id }) })).createPetition;
    expect(created).toMatchObject({
      status: 'OPEN',
      agent: 'WOMENS_FEDERATION',
      petitionerName: '赵桂兰',
      takenUpOn: '2026-11-02',
      talks: [],
      agreement: null,
      matterId: matter.id,
      matter: { id: matter.id, title: '单位拖欠工资' },
      department: { id: departmentId },
      neighborhood: { id: f.waitanNeighborhoodId },
    });

    // Concluding before any round of talks is refused.
    expectError(
      await api.server.gql(CONCLUDE, { id: created.id, input: { outcome: 'AGREED', agreement: '支付工资。' } }),
      'CONFLICT',
      'id',
    );
    const first = expectData(
      await api.server.gql(TALK, {
        id: created.id,
        input: { heldOn: '2026-11-05', participants: ['孙主席', '区人社局 钱科长'], summary: '人社局答应约谈公司。' },
      }),
    ).recordPetitionTalk;
    expect(first.talks).toEqual([
      { round: 1, heldOn: '2026-11-05', participants: ['孙主席', '区人社局 钱科长'], summary: '人社局答应约谈公司。' },
    ]);
    // A round before the last one is refused.
    expectError(
      await api.server.gql(TALK, {
        id: created.id,
        input: { heldOn: '2026-11-04', participants: ['孙主席'], summary: '补记。' },
      }),
      'BAD_USER_INPUT',
      'input.heldOn',
    );
    const second = expectData(
      await api.server.gql(TALK, {
        id: created.id,
        input: {
          heldOn: '2026-11-12',
          participants: ['孙主席', '钱科长', '公司法人'],
          summary: '公司同意分两期支付。',
        },
      }),
    ).recordPetitionTalk;
    expect(second.talks.map((t: { round: number; heldOn: string }) => [t.round, t.heldOn])).toEqual([
      [1, '2026-11-05'],
      [2, '2026-11-12'],
    ]);

    expectError(
      await api.server.gql(CONCLUDE, { id: created.id, input: { outcome: 'AGREED' } }),
      'BAD_USER_INPUT',
      'input.agreement',
    );
    expectError(
      await api.server.gql(CONCLUDE, { id: created.id, input: { outcome: 'AGREED', agreement: '   ' } }),
      'BAD_USER_INPUT',
      'input.agreement',
    );
    const agreement = '公司于12月15日前支付6000元，次年1月15日前支付余款6000元。';
    const concluded = expectData(
      await api.server.gql(CONCLUDE, { id: created.id, input: { outcome: 'AGREED', agreement } }),
    ).concludePetition;
    expect(concluded).toMatchObject({ status: 'AGREED', agreement, closingReason: null });
    expect(typeof concluded.closedAt).toBe('string');

    // No round after the conclusion; it is final.
    expectError(
      await api.server.gql(TALK, {
        id: created.id,
        input: { heldOn: '2026-11-20', participants: ['孙主席'], summary: '回访。' },
      }),
      'CONFLICT',
      'id',
    );
    expectError(await api.server.gql(WITHDRAW, { id: created.id, input: { reason: '撤回。' } }), 'CONFLICT', 'id');
    expect(expectData(await api.server.gql(READ, { id: created.id })).petition!.talks).toHaveLength(2);

    const back = await api.server.gql(
      `query MatterPetitions($id: ID!) { matter(id: $id) { petitions { id status } } }`,
      { id: matter.id },
    );
    expect(expectData(back).matter!.petitions).toEqual([{ id: created.id, status: 'AGREED' }]);
    const listed = await api.server.gql(
      `query PetitionsOfMatter($m: ID!) { petitions(filter: { matterId: $m, status: AGREED }) { nodes { id } } }`,
      { m: matter.id },
    );
    expect(expectData(listed).petitions.nodes).toEqual([{ id: created.id }]);
    expect(await audit(created.id)).toEqual([
      'petition.created',
      'petition.talk_recorded',
      'petition.talk_recorded',
      'petition.concluded',
    ]);
  });

  it('concludes without agreement only with the reason, and a withdrawal is final', async () => {
    const created = expectData(await api.server.gql(CREATE, { input: input({ agent: 'TRADE_UNION' }) })).createPetition;
    expectData(
      await api.server.gql(TALK, {
        id: created.id,
        input: { heldOn: '2026-11-02', participants: ['工会 周主席'], summary: '部门认为不属其职责。' },
      }),
    );
    expectError(
      await api.server.gql(CONCLUDE, { id: created.id, input: { outcome: 'NOT_AGREED' } }),
      'BAD_USER_INPUT',
      'input.reason',
    );
    expectError(
      await api.server.gql(CONCLUDE, {
        id: created.id,
        input: { outcome: 'NOT_AGREED', reason: '不属职责。', agreement: '无' },
      }),
      'BAD_USER_INPUT',
      'input.agreement',
    );
    const notAgreed = expectData(
      await api.server.gql(CONCLUDE, {
        id: created.id,
        input: { outcome: 'NOT_AGREED', reason: '部门不属其职责，建议走仲裁。' },
      }),
    ).concludePetition;
    expect(notAgreed).toMatchObject({
      status: 'NOT_AGREED',
      agreement: null,
      closingReason: '部门不属其职责，建议走仲裁。',
    });

    const other = expectData(await api.server.gql(CREATE, { input: input() })).createPetition;
    const withdrawn = expectData(
      await api.server.gql(WITHDRAW, { id: other.id, input: { reason: '双方已自行和解。' } }),
    ).withdrawPetition;
    expect(withdrawn).toEqual({ id: other.id, status: 'WITHDRAWN', closingReason: '双方已自行和解。' });
    expectError(
      await api.server.gql(CONCLUDE, { id: other.id, input: { outcome: 'AGREED', agreement: '协议。' } }),
      'CONFLICT',
      'id',
    );
    expect(await audit(other.id)).toEqual(['petition.created', 'petition.withdrawn']);
  });

  it('refuses a matter of another 街道, names the field, and lets only ADMINs in scope read the petitioner', async () => {
    const nanjingOffice = (
      await make.ok(
        api.server,
        `query ($s: ID!) { offices(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
        {
          s: f.nanjingId,
        },
      )
    ).offices.nodes[0].id;
    const nanjing = await make.user(api.server, { role: 'ADMIN', subdistrictId: f.nanjingId });
    const { matter: nanjingMatter } = await receive(api.server, nanjing.token, {
      ...MATTER,
      subdistrictId: f.nanjingId,
      receiverOfficeId: nanjingOffice,
    });
    // The district ADMIN sees the matter, but it is of another 街道 than the petition.
    expectError(
      await api.server.gql(CREATE, { input: input({ matterId: nanjingMatter.id }) }),
      'BAD_USER_INPUT',
      'input.matterId',
    );
    // 外滩's own ADMIN does not see it at all: the same field.
    expectError(
      await api.server.gql(CREATE, { input: input({ matterId: nanjingMatter.id }) }, { token: f.tokens.street }),
      'BAD_USER_INPUT',
      'input.matterId',
    );
    expectError(
      await api.server.gql(CREATE, { input: input({ departmentId: f.waitanId }) }),
      'BAD_USER_INPUT',
      'input.departmentId',
    );
    expectError(
      await api.server.gql(CREATE, { input: input({ petitionerName: ' ' }) }),
      'BAD_USER_INPUT',
      'input.petitionerName',
    );
    const before = await api.server.db.query(`SELECT count(*)::int AS n FROM petition`);

    const created = expectData(
      await api.server.gql(CREATE, { input: input() }, { token: f.tokens.street }),
    ).createPetition;
    expect(await api.server.db.query(`SELECT count(*)::int AS n FROM petition`)).toEqual([{ n: before[0].n + 1 }]);
    expectError(
      await api.server.gql(TALK, {
        id: created.id,
        input: { heldOn: '2026-11-01', participants: ['孙'], summary: '早。' },
      }),
      'BAD_USER_INPUT',
      'input.heldOn',
    );

    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    expect(expectData(await api.server.gql(READ, { id: created.id }, { token: rep.token })).petition).toBeNull();
    expectError(await api.server.gql(CREATE, { input: input() }, { token: rep.token }), 'FORBIDDEN');
    expect(expectData(await api.server.gql(READ, { id: created.id }, { token: nanjing.token })).petition).toBeNull();
    expectError(
      await api.server.gql(WITHDRAW, { id: created.id, input: { reason: '撤。' } }, { token: nanjing.token }),
      'NOT_FOUND',
    );

    const token = await make.serviceToken(api.server, { scopes: ['SELF_GOVERNANCE_READ'] });
    const read = await api.server.gql(
      `query ($id: ID!) { petition(id: $id) { petitionerName matter { id } } }`,
      { id: created.id },
      { token: token.token },
    );
    expect(expectData(read).petition).toEqual({ petitionerName: '赵桂兰', matter: null });
    const matterToken = await make.serviceToken(api.server, { scopes: ['MATTERS_READ'] });
    expectError(await api.server.gql(READ, { id: created.id }, { token: matterToken.token }), 'FORBIDDEN');
  });
  it("refuses the trial's round of talks dated 2099-11-05: a round cannot be dated after today (Asia/Shanghai)", async () => {
    const created = expectData(await api.server.gql(CREATE, { input: input() })).createPetition;
    expectError(
      await api.server.gql(TALK, {
        id: created.id,
        input: { heldOn: '2099-11-05', participants: ['孙主席', '区人社局 钱科长'], summary: '约定下次协商。' },
      }),
      'BAD_USER_INPUT',
      'input.heldOn',
      { reason: 'petition.talkAfterToday' },
    );
    expect(expectData(await api.server.gql(READ, { id: created.id })).petition!.talks).toEqual([]);
    expect(await audit(created.id)).toEqual(['petition.created']);
  });

  it('rounds sent at once are numbered one after the other; the same round sent three times is recorded once', async () => {
    const created = expectData(await api.server.gql(CREATE, { input: input() })).createPetition;
    const talk = (summary: string) =>
      api.server.gql(TALK, {
        id: created.id,
        input: { heldOn: '2026-11-05', participants: ['孙主席', '区人社局 钱科长'], summary },
      });
    // Two different rounds at once: both appended, as rounds 1 and 2, without a repeated number.
    const both = await Promise.all([talk('人社局答应约谈公司。'), talk('公司同意分两期支付。')]);
    both.forEach((res) => expectData(res));
    const talks = expectData(await api.server.gql(READ, { id: created.id })).petition!.talks;
    expect(talks.map((t: { round: number }) => t.round)).toEqual([1, 2]);
    expect(talks.map((t: { summary: string }) => t.summary).sort()).toEqual(
      ['人社局答应约谈公司。', '公司同意分两期支付。'].sort(),
    );

    // The trial's request sent three times at once: one round 3, the repeats refused.
    const thrice = await Promise.all([
      talk('回访，公司已付第一期。'),
      talk('回访，公司已付第一期。'),
      talk('回访，公司已付第一期。'),
    ]);
    expect(thrice.filter((res) => !res.errors)).toHaveLength(1);
    for (const res of thrice.filter((r) => r.errors))
      expectError(res, 'CONFLICT', 'input', { reason: 'petition.talkRepeated', params: { round: 3 } });
    const after = expectData(await api.server.gql(READ, { id: created.id })).petition!.talks;
    expect(after.map((t: { round: number; summary: string }) => [t.round, t.summary])).toEqual([
      [1, talks[0].summary],
      [2, talks[1].summary],
      [3, '回访，公司已付第一期。'],
    ]);
    expect(await audit(created.id)).toEqual([
      'petition.created',
      'petition.talk_recorded',
      'petition.talk_recorded',
      'petition.talk_recorded',
    ]);
  });
});
