/**
 * The district hotline's upsertMatters (scope matters:write), the
 * webhooks matter.transferred, matter.resolved and matter.overdue through the outbox (never with
 * personal data), and the overdue marking run on the PostgreSQL-backed queue until it is idle.
 */
import { quickAddJob, runOnce } from 'graphile-worker';
import { MATTER_OVERDUE_TASK, markOverdueMatters, matterTaskList } from '../server/matter';
import { useTestApi } from './support/api';
import { MatterFixture, receive, restoreClock, serviceToken, setClock, setUpMatters } from './support/matter-fixture';
import { ok } from './support/factories';

const api = useTestApi({ withShanghai: true });
let f: MatterFixture;
let subscriptionId: string;

beforeAll(async () => {
  f = await setUpMatters(api.server, 'mi');
  // The receiver address is never called in time to matter: the tests read the outbox rows themselves.
  const sub = await ok(
    api.server,
    `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { webhookSubscription { id } } }`,
    {
      input: {
        districtId: f.districtId,
        url: 'http://127.0.0.1:9/hook',
        events: ['MATTER_TRANSFERRED', 'MATTER_RESOLVED', 'MATTER_OVERDUE'],
      },
    },
  );
  subscriptionId = sub.createWebhookSubscription.webhookSubscription.id;
});
afterEach(restoreClock);

/** The outbox rows of this file's subscription for `event` about `matterId`. */
async function outbox(event: string, matterId: string): Promise<Record<string, unknown>[]> {
  const rows: { payload: Record<string, unknown> }[] = await api.server.db.query(
    `SELECT payload FROM webhook_delivery WHERE subscription_id = $1 AND event = $2 AND payload->>'matterId' = $3`,
    [subscriptionId, event, matterId],
  );
  return rows.map((r) => r.payload);
}

const UPSERT = `mutation ($input: [UpsertMatterInput!]!) { upsertMatters(input: $input) { created updated unchanged matters { externalId created trackingCode matter { id status ownerName channel reporter { masked phone } } } } }`;
const row = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  type: 'COMPLAINT',
  subdistrictCode: '310101013',
  neighborhoodCode: '310101013001',
  title: '夜间施工噪音',
  description: '工地夜间施工扰民。',
  reporterName: '王芳',
  reporterPhone: '13700001111',
  ...extra,
});

describe('upsertMatters (the district hotline)', () => {
  it('creates new externalIds with tracking codes, updates changed ones, changes nothing the second time', async () => {
    const token = await serviceToken(api.server, f.districtId, ['MATTERS_WRITE', 'MATTERS_READ']);
    const first = await ok(api.server, UPSERT, { input: [row('HL-1'), row('HL-2', { type: 'CONSULTATION' })] }, token);
    expect(first.upsertMatters).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    expect(first.upsertMatters.matters[0]).toMatchObject({
      externalId: 'HL-1',
      created: true,
      matter: {
        status: 'RECEIVED',
        ownerName: '党政办公室',
        channel: 'HOTLINE_12345',
        reporter: { masked: true, phone: '137****1111' },
      },
    });
    expect(first.upsertMatters.matters[0].trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const again = await ok(api.server, UPSERT, { input: [row('HL-1'), row('HL-2', { type: 'CONSULTATION' })] }, token);
    expect(again.upsertMatters).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
      matters: [{ trackingCode: null }, { trackingCode: null }],
    });
    const changed = await ok(api.server, UPSERT, { input: [row('HL-1', { title: '夜间施工噪音（续）' })] }, token);
    expect(changed.upsertMatters).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    expect(changed.upsertMatters.matters[0].matter.id).toBe(first.upsertMatters.matters[0].matter.id);
  });

  it('refuses a batch with a bad row as a whole, naming every bad field, and a token without matters:write', async () => {
    const token = await serviceToken(api.server, f.districtId, ['MATTERS_WRITE']);
    const bad = await api.server.gql(
      UPSERT,
      {
        input: [
          row('HL-10'),
          row('HL-11', { subdistrictCode: '310104003' }),
          row('HL-12', { reporterPhone: 'x', title: ' ' }),
          row('HL-14', { receivedAt: '1970-01-01T00:00:00Z' }),
        ],
      },
      { token },
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input[1].subdistrictCode' });
    expect((bad.errors?.[0].extensions.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'input[1].subdistrictCode',
      'input[2].reporterPhone',
      'input[2].title',
      'input[3].receivedAt',
    ]);
    expect(await api.server.db.query(`SELECT id FROM matter WHERE external_id LIKE 'HL-1_'`)).toEqual([]);
    const readOnly = await serviceToken(api.server, f.districtId, ['MATTERS_READ']);
    expect(
      (await api.server.gql(UPSERT, { input: [row('HL-13')] }, { token: readOnly })).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses a place or reporter name holding a character that shows nothing, as the 街道 entry does', async () => {
    const token = await serviceToken(api.server, f.districtId, ['MATTERS_WRITE']);
    const bad = await api.server.gql(
      UPSERT,
      { input: [row('HL-15', { place: '中山东一路\u200b1号', reporterName: '王\u202e芳' })] },
      { token },
    );
    expect((bad.errors?.[0].extensions.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'input[0].place',
      'input[0].reporterName',
    ]);
    expect(await api.server.db.query(`SELECT id FROM matter WHERE external_id = 'HL-15'`)).toEqual([]);
  });
});

describe('matter webhooks through the outbox', () => {
  it('queues matter.transferred and matter.resolved with ids and figures, never the reporter', async () => {
    setClock('2025-10-09T10:00:00+08:00');
    const { matter } = await receive(api.server, f.tokens.service, {
      type: 'COMPLAINT',
      channel: 'PHONE',
      title: '路灯不亮',
      description: '小区路灯坏了',
      subdistrictId: f.waitanId,
      reporterName: '赵敏',
      reporterPhone: '13600002222',
    });
    setClock('2025-10-10T10:00:00+08:00');
    await ok(
      api.server,
      `mutation ($id: ID!, $o: ID!) { transferMatter(id: $id, input: { targetOfficeId: $o, duty: "城市综合管理", reason: "路灯属市政" }) { id } }`,
      { id: matter.id, o: f.offices.management.id },
      f.tokens.service,
    );
    const [transferred] = await outbox('matter.transferred', matter.id);
    expect(transferred).toMatchObject({
      matterId: matter.id,
      from: { officeId: f.offices.service.id },
      to: { officeId: f.offices.management.id },
      duty: '城市综合管理',
      chargedWorkingDays: 1,
      status: 'RECEIVED',
    });
    setClock('2025-10-11T10:00:00+08:00');
    await ok(
      api.server,
      `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "已修复" }) { id } }`,
      { id: matter.id },
      f.tokens.management,
    );
    const [resolved] = await outbox('matter.resolved', matter.id);
    expect(resolved).toMatchObject({
      matterId: matter.id,
      status: 'RESOLVED',
      ownerOfficeId: f.offices.management.id,
      inTime: true,
      resolvedAt: '2025-10-11T02:00:00.000Z',
    });
    expect(JSON.stringify([transferred, resolved])).not.toMatch(/赵敏|13600002222|reporter/);
  });
});

describe('the overdue marking (a job on the PostgreSQL-backed queue)', () => {
  it('marks unresolved matters past their due time once, with a timeline entry and matter.overdue, when the queue runs until idle', async () => {
    setClock('2025-09-30T10:00:00+08:00');
    const base = {
      type: 'CONSULTATION',
      channel: 'PHONE',
      title: '咨询',
      description: '咨询办事流程',
      subdistrictId: f.waitanId,
    };
    const late = (await receive(api.server, f.tokens.service, base)).matter; // due 2025-10-09 24:00
    const done = (await receive(api.server, f.tokens.service, base)).matter;
    await ok(
      api.server,
      `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "已答复" }) { id } }`,
      { id: done.id },
      f.tokens.service,
    );
    setClock('2025-10-10T08:00:00+08:00');
    const fresh = (await receive(api.server, f.tokens.service, base)).matter; // due 2025-10-11 24:00

    const url = (api.server.db.options as { url: string }).url;
    await quickAddJob({ connectionString: url }, MATTER_OVERDUE_TASK, {});
    await runOnce({ connectionString: url, taskList: matterTaskList(api.server.db), noHandleSignals: true });

    const read = async (id: string) =>
      (
        await ok(
          api.server,
          `query ($id: ID!) { matter(id: $id) { overdueAt events { kind } } }`,
          { id },
          f.tokens.service,
        )
      ).matter;
    const marked = await read(late.id);
    expect(marked!.overdueAt).toBe('2025-10-10T00:00:00.000Z');
    expect(marked!.events.map((e) => e.kind)).toEqual(['RECEIVED', 'OVERDUE']);
    expect((await read(done.id))!.overdueAt).toBeNull();
    expect((await read(fresh.id))!.overdueAt).toBeNull();
    expect(await outbox('matter.overdue', late.id)).toEqual([
      expect.objectContaining({
        matterId: late.id,
        dueAt: '2025-10-09T16:00:00.000Z',
        overdueAt: '2025-10-10T00:00:00.000Z',
      }),
    ]);
    const overdueList = await ok(
      api.server,
      `query { matters(filter: { overdue: true }) { nodes { id } } }`,
      {},
      f.tokens.service,
    );
    expect(overdueList.matters.nodes.map((n) => n.id)).toContain(late.id);

    // Running again (another instance, the next minute) marks nothing twice.
    expect(await markOverdueMatters(api.server.db, new Date('2025-10-10T00:05:00+08:00'))).toBe(0);
    expect((await read(late.id))!.events.filter((e) => e.kind === 'OVERDUE')).toHaveLength(1);
    expect(await outbox('matter.overdue', late.id)).toHaveLength(1);
  });
});

describe('the overdue marking, in statements', () => {
  it('marks a batch of matters and queues their notices in as many statements as it needs for one', async () => {
    const base = {
      type: 'CONSULTATION',
      channel: 'PHONE',
      title: '咨询',
      description: '咨询办事流程',
      subdistrictId: f.waitanId,
    };
    const lateBy = async (count: number, receivedAt: string) => {
      setClock(receivedAt);
      for (let i = 0; i < count; i++) await receive(api.server, f.tokens.service, base);
    };
    // One matter due 2025-11-04, then three due 2025-11-11 (a consultation is due in one working day).
    await lateBy(1, '2025-11-03T10:00:00+08:00');
    const one = await api.server.countQueries(() =>
      markOverdueMatters(api.server.db, new Date('2025-11-05T09:00:00+08:00')),
    );
    await lateBy(3, '2025-11-10T10:00:00+08:00');
    let marked = 0;
    const three = await api.server.countQueries(async () => {
      marked = await markOverdueMatters(api.server.db, new Date('2025-11-12T09:00:00+08:00'));
    });
    expect(marked).toBe(3);
    expect(three).toBe(one);
  });
});

describe("an office's queue (matters)", () => {
  it('lists overdue matters first, then by due time, with the filters of the list and the working days left', async () => {
    const base = { channel: 'COUNTER', title: '排队', description: '队列中的诉求' };
    const receiveAt = async (iso: string, type: string) => {
      setClock(iso);
      return (await receive(api.server, f.tokens.police, { ...base, type, subdistrictId: f.waitanId })).matter
        .id as string;
    };
    const oldComplaint = await receiveAt('2025-09-01T09:00:00+08:00', 'COMPLAINT'); // due 09-08 24:00
    const consultation = await receiveAt('2025-10-09T09:00:00+08:00', 'CONSULTATION'); // due 10-10 24:00
    const complaint = await receiveAt('2025-10-09T08:00:00+08:00', 'COMPLAINT'); // due 10-15 24:00
    const resolved = await receiveAt('2025-10-09T07:00:00+08:00', 'REQUEST_FOR_HELP');
    await ok(
      api.server,
      `mutation ($id: ID!) { resolveMatter(id: $id, input: { text: "已办结" }) { id } }`,
      { id: resolved },
      f.tokens.police,
    );
    await markOverdueMatters(api.server.db, new Date('2025-10-09T10:00:00+08:00'));

    setClock('2025-10-10T12:00:00+08:00');
    const q = `query ($f: MatterFilter) { matters(filter: $f, first: 50) { totalCount nodes { id workingDaysLeft } } }`;
    const list = async (filter: Record<string, unknown>) =>
      // Only this test's matters: the demo set's year of matters (due from December 2025) is the police station's too.
      (
        await ok(
          api.server,
          q,
          { f: { ownerAgencyId: f.police.id, dueBefore: '2025-12-01T00:00:00Z', ...filter } },
          f.tokens.police,
        )
      ).matters;
    const queue = await list({ status: ['RECEIVED', 'IN_PROGRESS'] });
    expect(queue.nodes.map((n) => n.id)).toEqual([oldComplaint, consultation, complaint]);
    // Friday 10-10 12:00 → 24:00 is half a working day; the complaint has that and 10-11 (make-up), 10-13, 10-14, 10-15 more.
    // The old complaint is 18.5 past due: 09-09…09-12 (4), two weeks (10), Sunday 09-28 (make-up), 09-29, 09-30,
    // nothing in the holiday 10-01…10-08, 10-09 and half of 10-10.
    expect(queue.nodes.map((n) => n.workingDaysLeft)).toEqual([-18.5, 0.5, 4.5]);
    expect((await list({ overdue: true })).nodes.map((n) => n.id)).toEqual([oldComplaint]);
    expect((await list({ type: ['CONSULTATION'] })).nodes.map((n) => n.id)).toEqual([consultation]);
    expect((await list({ month: '2025-09' })).nodes.map((n) => n.id)).toEqual([oldComplaint]);
    expect((await list({ dueBefore: '2025-10-11T00:00:00Z', status: ['RECEIVED'] })).totalCount).toBe(2);
    expect((await list({ status: ['RESOLVED'] })).nodes).toEqual([{ id: resolved, workingDaysLeft: null }]);
    const bad = await api.server.gql(q, { f: { month: '2025-13' } }, { token: f.tokens.police });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.month' });
  });
});
