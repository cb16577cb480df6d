/**
 * Decision hearings before works (决策听证会, docs/rules.md rule 14): a project is marked started only
 * after a hearing whose outcome is not NOT_SUPPORTED, or by an override decision with its reason.
 */
import { useTestApi } from './support/api';
import * as make from './support/factories';
import { expectData, expectError } from './support/expect';

const api = useTestApi({ withShanghai: true });

const CREATE_PROJECT = `mutation CreateWorksProject($input: CreateWorksProjectInput!) { createWorksProject(input: $input) { id status startedAt overrideReason } }`;
const START = `mutation StartWorksProject($id: ID!, $input: StartWorksProjectInput) { startWorksProject(id: $id, input: $input) { id status startedAt overrideReason } }`;
const CREATE_HEARING = `mutation CreateHearing($input: CreateHearingInput!) { createHearing(input: $input) { id outcome questions { askedBy question answeredBy answer } representatives } }`;
const OUTCOME = `mutation RecordHearingOutcome($id: ID!, $input: RecordHearingOutcomeInput!) { recordHearingOutcome(id: $id, input: $input) { id outcome outcomeReasons decidedAt } }`;

/** A PLANNED road works project in a 外滩街道 neighborhood. */
async function project(): Promise<string> {
  const waitan = (await make.places(api.server)).waitan;
  const hoods = await make.ok(
    api.server,
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
    { s: waitan },
  );
  const created = await make.ok(api.server, CREATE_PROJECT, {
    input: { neighborhoodId: hoods.neighborhoods.nodes[0].id, name: make.unique('宁波路道路大修工程') },
  });
  return created.createWorksProject.id;
}

/** A hearing of `projectId` with one question answered. */
function hearingInput(projectId: string) {
  return {
    projectId,
    heldOn: '2026-11-10',
    presenter: '区建管委 王工',
    constructionStartsOn: '2026-12-01',
    constructionEndsOn: '2027-02-28',
    chairName: '张主任',
    representatives: ['李阿姨', '赵师傅', '孙老师'],
    departmentHeads: ['区交警支队 周队长'],
    questions: [
      {
        askedBy: '李阿姨',
        question: '夜间施工会不会影响老人休息？',
        answeredBy: '区建管委 王工',
        answer: '夜间22点后不进行高噪声作业。',
      },
    ],
  };
}

describe('decision hearings before works (docs/rules.md rule 14)', () => {
  it('a project cannot start without a hearing: BAD_USER_INPUT on input.overrideReason, nothing written', async () => {
    const id = await project();
    expectError(await api.server.gql(START, { id }), 'BAD_USER_INPUT', 'input.overrideReason');
    const read = await api.server.gql(`query ($id: ID!) { worksProject(id: $id) { status startedAt } }`, { id });
    expect(expectData(read).worksProject).toEqual({ status: 'PLANNED', startedAt: null });
    // A hearing without an outcome does not count either.
    const hearing = expectData(await api.server.gql(CREATE_HEARING, { input: hearingInput(id) })).createHearing;
    expect(hearing.outcome).toBeNull();
    expect(hearing.questions[0]).toMatchObject({ askedBy: '李阿姨', answer: '夜间22点后不进行高噪声作业。' });
    expectError(await api.server.gql(START, { id }), 'BAD_USER_INPUT', 'input.overrideReason');
  });

  it('a hearing SUPPORTED_WITH_CONDITIONS lets the project start; then no more hearings and no second start', async () => {
    const id = await project();
    const hearing = expectData(await api.server.gql(CREATE_HEARING, { input: hearingInput(id) })).createHearing;
    const decided = expectData(
      await api.server.gql(OUTCOME, {
        id: hearing.id,
        input: {
          outcome: 'SUPPORTED_WITH_CONDITIONS',
          reasons: '同意施工，条件：夜间22点后停止高噪声作业，保留人行通道。',
        },
      }),
    ).recordHearingOutcome;
    expect(decided.outcome).toBe('SUPPORTED_WITH_CONDITIONS');
    expectError(
      await api.server.gql(OUTCOME, { id: hearing.id, input: { outcome: 'SUPPORTED', reasons: '再议' } }),
      'CONFLICT',
      'id',
    );
    const started = expectData(await api.server.gql(START, { id })).startWorksProject;
    expect(started).toMatchObject({ status: 'STARTED', overrideReason: null });
    expect(typeof started.startedAt).toBe('string');
    expectError(await api.server.gql(START, { id }), 'CONFLICT', 'id');
    expectError(await api.server.gql(CREATE_HEARING, { input: hearingInput(id) }), 'CONFLICT', 'input.projectId');
    const audit = await api.server.db.query(
      `SELECT action, after->>'status' AS status FROM audit_event WHERE entity_id = $1 ORDER BY at, id`,
      [id],
    );
    expect(audit).toEqual([
      { action: 'works_project.created', status: 'PLANNED' },
      { action: 'works_project.started', status: 'STARTED' },
    ]);
  });

  it('after NOT_SUPPORTED the project starts only by an override decision whose reason is recorded', async () => {
    const id = await project();
    const hearing = expectData(await api.server.gql(CREATE_HEARING, { input: hearingInput(id) })).createHearing;
    expectData(
      await api.server.gql(OUTCOME, {
        id: hearing.id,
        input: { outcome: 'NOT_SUPPORTED', reasons: '施工期跨春节，影响居民出行。' },
      }),
    );
    expectError(await api.server.gql(START, { id }), 'BAD_USER_INPUT', 'input.overrideReason');
    expectError(
      await api.server.gql(START, { id, input: { overrideReason: '   ' } }),
      'BAD_USER_INPUT',
      'input.overrideReason',
    );
    const reason = '道路塌陷危及安全，街道党工委决定立即抢修。';
    const started = expectData(
      await api.server.gql(START, { id, input: { overrideReason: reason } }),
    ).startWorksProject;
    expect(started).toMatchObject({ status: 'STARTED', overrideReason: reason });
    const [entry] = await api.server.db.query(
      `SELECT after->>'overrideReason' AS reason FROM audit_event WHERE entity_id = $1 AND action = 'works_project.started'`,
      [id],
    );
    expect(entry.reason).toBe(reason);
  });

  it('bad input names the field; only an ADMIN in scope holds hearings; everyone in scope reads them', async () => {
    const id = await project();
    expectError(
      await api.server.gql(CREATE_HEARING, { input: { ...hearingInput(id), constructionEndsOn: '2026-11-30' } }),
      'BAD_USER_INPUT',
      'input.constructionEndsOn',
    );
    expectError(
      await api.server.gql(CREATE_HEARING, { input: { ...hearingInput(id), representatives: [] } }),
      'BAD_USER_INPUT',
      'input.representatives',
    );
    expectError(
      await api.server.gql(CREATE_HEARING, {
        input: { ...hearingInput(id), projectId: '00000000-0000-4000-8000-000000000000' },
      }),
      'BAD_USER_INPUT',
      'input.projectId',
    );
    const rep = await make.user(api.server, { role: 'REPRESENTATIVE' });
    expectError(await api.server.gql(CREATE_HEARING, { input: hearingInput(id) }, { token: rep.token }), 'FORBIDDEN');
    expectError(
      await api.server.gql(START, { id, input: { overrideReason: '理由' } }, { token: rep.token }),
      'FORBIDDEN',
    );
    const hearing = expectData(await api.server.gql(CREATE_HEARING, { input: hearingInput(id) })).createHearing;
    const read = await api.server.gql(
      `query ($id: ID!) { worksProject(id: $id) { hearings { id representatives } } }`,
      { id },
      { token: rep.token },
    );
    expect(expectData(read).worksProject!.hearings).toEqual([
      { id: hearing.id, representatives: ['李阿姨', '赵师傅', '孙老师'] },
    ]);
    const nanjing = await make.user(api.server, {
      role: 'ADMIN',
      subdistrictId: (await make.places(api.server)).nanjing,
    });
    expectError(
      await api.server.gql(START, { id, input: { overrideReason: '理由' } }, { token: nanjing.token }),
      'NOT_FOUND',
    );
  });
  it('a hearing is not held after construction starts, and its outcome waits for its day (Asia/Shanghai)', async () => {
    const id = await project();
    // The trial's hearing: held on 2026-12-15, two weeks after construction started on 2026-12-01.
    expectError(
      await api.server.gql(CREATE_HEARING, { input: { ...hearingInput(id), heldOn: '2026-12-15' } }),
      'BAD_USER_INPUT',
      'input.heldOn',
      { reason: 'hearing.heldAfterConstructionStarts', params: { constructionStartsOn: '2026-12-01' } },
    );
    const read = await api.server.gql(`query ($id: ID!) { worksProject(id: $id) { hearings { id } } }`, { id });
    expect(expectData(read).worksProject!.hearings).toEqual([]);
    // Held on the day construction starts is still before the works.
    const sameDay = { ...hearingInput(id), heldOn: '2026-12-01' };
    expect(expectData(await api.server.gql(CREATE_HEARING, { input: sameDay })).createHearing.outcome).toBeNull();

    // A hearing dated in the future cannot be decided yet, so it cannot let the project start.
    const later = expectData(
      await api.server.gql(CREATE_HEARING, {
        input: {
          ...hearingInput(id),
          heldOn: '2099-11-05',
          constructionStartsOn: '2099-12-01',
          constructionEndsOn: '2100-02-28',
        },
      }),
    ).createHearing;
    expectError(
      await api.server.gql(OUTCOME, { id: later.id, input: { outcome: 'SUPPORTED', reasons: '居民代表一致支持。' } }),
      'BAD_USER_INPUT',
      'id',
      { reason: 'hearing.outcomeBeforeHeld', params: { heldOn: '2099-11-05' } },
    );
    const hearing = await api.server.gql(`query ($id: ID!) { hearing(id: $id) { outcome decidedAt } }`, {
      id: later.id,
    });
    expect(expectData(hearing).hearing).toEqual({ outcome: null, decidedAt: null });
    expectError(await api.server.gql(START, { id }), 'BAD_USER_INPUT', 'input.overrideReason');
    const planned = await api.server.gql(`query ($id: ID!) { worksProject(id: $id) { status } }`, { id });
    expect(expectData(planned).worksProject).toEqual({ status: 'PLANNED' });
    const decidedEvents = await api.server.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'hearing.decided'`,
      [later.id],
    );
    expect(decidedEvents).toEqual([{ n: 0 }]);
  });
});
