import { runOnce } from 'graphile-worker';
import { jobQueueLogger } from '../server/core/job-queue';
import { adoptPendingDeliveries, webhookTaskList } from '../server/webhook';
import { idByCode, useTestApi } from './support/api';
import { createTestDatabase } from './support/databases';
import { ok } from './support/factories';
import { startTestServer, TEST_WEBHOOK_OPTIONS, TestServer } from './support/server';
import { closedMeeting } from './support/factories';
import {
  CREATE,
  DELETE,
  DELIVERIES,
  deliverWebhooks,
  hmac,
  queueSettled,
  receiver,
  until,
} from './support/webhook-fixture';
import { expectError } from './support/expect';

// The job queue runs when a test says so (deliverWebhooks), never racing it.
const api = useTestApi({ withShanghai: true, webhooks: false });

describe('webhooks', () => {
  let huangpu: string;
  let chairToken: string | undefined;
  /** waitan.chair's token, signed in once (sign-ins are rate-limited per user). */
  const chair = async () => (chairToken ??= await api.server.login('waitan.chair'));
  beforeAll(async () => {
    huangpu = await idByCode(api.server, 'district', '310101');
  });

  it('sends meeting.closed, signed with the secret shown once', async () => {
    const hook = await receiver();
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'] },
      });
      const { secret, webhookSubscription: sub } = created.createWebhookSubscription;
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(sub).toMatchObject({ districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'], active: true });

      // The secret is never readable again: no field, not in the audit log.
      const read = await api.server.gql(`{ webhookSubscriptions { nodes { id secret } } }`);
      expectError(read, 'BAD_USER_INPUT');
      const listed = await ok(api.server, `{ webhookSubscriptions { totalCount nodes { id url } } }`);
      expect(listed.webhookSubscriptions.nodes).toContainEqual({ id: sub.id, url: hook.url });
      const [auditRow] = await api.server.db.query(
        `SELECT "after"::text AS after FROM audit_event WHERE entity_id = $1`,
        [sub.id],
      );
      expect(auditRow.after).not.toContain(secret);

      const { meetingId, officialIds } = await closedMeeting(api.server, 'wh.sig', 3);
      expect(await deliverWebhooks(api.server)).toBe(1);
      expect(hook.received).toHaveLength(1);
      const [req] = hook.received;
      expect(req.headers['content-type']).toBe('application/json');
      expect(req.headers['x-pingyi-event']).toBe('meeting.closed');
      expect(req.headers['x-pingyi-signature']).toBe(hmac(secret, req.body));
      const body = JSON.parse(req.body);
      expect(body.id).toBe(req.headers['x-pingyi-delivery']);
      expect(body.event).toBe('meeting.closed');
      expect(body.data).toMatchObject({
        meetingId,
        year: 2026,
        subdistrictId: await idByCode(api.server, 'subdistrict', '310101013'),
      });
      expect(body.data.results).toHaveLength(2);
      for (const result of body.data.results) {
        expect(officialIds).toContain(result.officialId);
        expect(result).toMatchObject({ ratingCount: 3, published: true });
        expect(result.satisfactionRate).toBe(1);
        expect(result.score).toBeCloseTo(40 * 0.75 + 30 * 0.75 + 30 * 1);
      }
      // Ids and figures only: no names, no comments.
      expect(Object.keys(body.data.results[0]).sort()).toEqual([
        'externalId',
        'officialId',
        'published',
        'ratingCount',
        'satisfactionRate',
        'score',
      ]);
      // Each official's externalId rides along, as in assessment.finalized.
      const externalIds = await api.server.db.query(`SELECT id, external_id FROM official WHERE id = ANY($1)`, [
        officialIds,
      ]);
      for (const result of body.data.results) {
        expect(result.externalId).toBe(externalIds.find((o: { id: string }) => o.id === result.officialId).external_id);
      }

      const deliveries = await until(async () => {
        const res = await ok(api.server, DELIVERIES, { s: sub.id, status: 'DELIVERED' });
        return res.webhookDeliveries.totalCount === 1 && res.webhookDeliveries;
      });
      expect(deliveries.nodes[0]).toMatchObject({
        id: body.id,
        event: 'MEETING_CLOSED',
        status: 'DELIVERED',
        attempts: 1,
        lastError: null,
      });
      expect(deliveries.nodes[0].deliveredAt).not.toBeNull();
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
    }
  });

  it('retries with backoff: two HTTP 500s, then delivered on the third attempt', async () => {
    const hook = await receiver([500, 500]);
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'] },
      });
      const sub = created.createWebhookSubscription.webhookSubscription;
      await closedMeeting(api.server, 'wh.retry', 0);
      expect(await deliverWebhooks(api.server)).toBe(1);
      // The first failure is put back on the queue e^1 ≈ 2.7 s later: nothing is due now.
      const [job] = await api.server.db.query(
        `SELECT attempts, extract(epoch FROM run_at - now()) AS wait FROM graphile_worker.jobs WHERE task_identifier = 'webhook_deliver'`,
      );
      expect(job.attempts).toBe(1);
      expect(Number(job.wait)).toBeGreaterThan(1.5);
      expect(Number(job.wait)).toBeLessThan(2.8);
      expect(await deliverWebhooks(api.server)).toBe(0);
      const [waiting] = (await ok(api.server, DELIVERIES, { s: sub.id, status: null })).webhookDeliveries.nodes;
      expect(waiting).toMatchObject({ status: 'PENDING', attempts: 1, lastError: 'HTTP 500' });
      // Two more runs with the retries made due: 500 again, then 200.
      expect(await deliverWebhooks(api.server, { retriesNow: true })).toBe(1);
      expect(await deliverWebhooks(api.server, { retriesNow: true })).toBe(1);
      const [delivered] = (await ok(api.server, DELIVERIES, { s: sub.id, status: null })).webhookDeliveries.nodes;
      // The last failure stays on record after the success.
      expect(delivered).toMatchObject({ status: 'DELIVERED', attempts: 3, lastError: 'HTTP 500' });
      expect(await deliverWebhooks(api.server, { retriesNow: true })).toBe(0);
      expect(hook.received).toHaveLength(3);
      expect(new Set(hook.received.map((r) => r.headers['x-pingyi-delivery']))).toEqual(new Set([delivered.id]));
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
    }
  });

  it('marks a delivery FAILED after the last attempt, with a short error', async () => {
    const hook = await receiver([503, 503, 503, 503, 503, 503, 503, 503, 503]);
    const created = await ok(api.server, CREATE, {
      input: { districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'] },
    });
    const sub = created.createWebhookSubscription.webhookSubscription;
    await hook.close();
    // Nothing listens any more: every attempt is a connection error.
    await closedMeeting(api.server, 'wh.fail', 0);
    // Eight runs (the test series has eight attempts), each a connection error.
    for (let attempt = 1; attempt <= 8; attempt++)
      expect(await deliverWebhooks(api.server, { retriesNow: true })).toBe(1);
    expect(await deliverWebhooks(api.server, { retriesNow: true })).toBe(0);
    const [failed] = (await ok(api.server, DELIVERIES, { s: sub.id, status: 'FAILED' })).webhookDeliveries.nodes;
    expect(failed.attempts).toBe(8);
    expect(failed.lastError).toMatch(/ECONNREFUSED|fetch failed/);
    expect(failed.lastError).not.toContain('\n');
    await ok(api.server, DELETE, { id: sub.id });
  });

  it('sends a delivery left PENDING without a job (written before deliveries were jobs), once', async () => {
    const hook = await receiver();
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'] },
      });
      const sub = created.createWebhookSubscription.webhookSubscription;
      const [left] = (await api.server.db.query(
        `INSERT INTO webhook_delivery (subscription_id, event, payload, status, attempts, next_attempt_at)
         VALUES ($1, 'meeting.closed', '{"left":true}', 'PENDING', 0, now()) RETURNING id`,
        [sub.id],
      )) as { id: string }[];
      // No job: a runner finds nothing to send until the delivery is adopted.
      expect(await deliverWebhooks(api.server)).toBe(0);
      expect(await adoptPendingDeliveries(api.server.db)).toBe(1);
      // Adopting again adds nothing: the delivery has its job.
      expect(await adoptPendingDeliveries(api.server.db)).toBe(0);
      expect(await deliverWebhooks(api.server)).toBe(1);
      expect(hook.received.map((r) => JSON.parse(r.body))).toEqual([
        expect.objectContaining({ id: left.id, data: { left: true } }),
      ]);
      const [sent] = (await api.server.db.query(`SELECT status, attempts FROM webhook_delivery WHERE id = $1`, [
        left.id,
      ])) as { status: string; attempts: number }[];
      expect(sent).toEqual({ status: 'DELIVERED', attempts: 1 });
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
    }
  });

  it('never follows a redirect', async () => {
    const elsewhere = await receiver();
    const hook = await receiver(
      [302, 302, 302, 302, 302, 302, 302, 302],
      elsewhere.url.replace('127.0.0.1', 'localhost'),
    );
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'] },
      });
      const sub = created.createWebhookSubscription.webhookSubscription;
      await closedMeeting(api.server, 'wh.redirect', 0);
      expect(await deliverWebhooks(api.server)).toBe(1);
      const [retried] = (await ok(api.server, DELIVERIES, { s: sub.id, status: 'PENDING' })).webhookDeliveries.nodes;
      expect(retried.lastError).toBe('HTTP 302 (redirects are not followed)');
      expect(elsewhere.received).toHaveLength(0);
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
      await elsewhere.close();
    }
  });

  it('enqueues assessment.finalized in the finalising transaction', async () => {
    const hook = await receiver();
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: hook.url, events: ['ASSESSMENT_FINALIZED'] },
      });
      const { secret, webhookSubscription: sub } = created.createWebhookSubscription;
      const waitan = await idByCode(api.server, 'subdistrict', '310101013');
      const officials = await ok(
        api.server,
        `query ($s: ID!) { officials(filter: { subdistrictId: $s }, first: 1, orderBy: [{ field: NAME }]) { nodes { id externalId } } }`,
        { s: waitan },
      );
      const official = officials.officials.nodes[0];
      const assessed = await ok(
        api.server,
        `mutation ($input: AssessOfficialInput!) { assessOfficial(input: $input) { id score } }`,
        { input: { officialId: official.id, year: 2001, selfReportMark: 88 } },
      );
      const id = assessed.assessOfficial.id;

      // A failure after the delivery row was written rolls both back.
      await api.server.db.query(
        `CREATE FUNCTION webhook_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`,
      );
      await api.server.db.query(
        `CREATE TRIGGER webhook_test_fail BEFORE INSERT ON audit_event FOR EACH ROW WHEN (NEW.action = 'assessment.finalized') EXECUTE FUNCTION webhook_test_fail()`,
      );
      try {
        const refused = await api.server.gql(`mutation ($id: ID!) { finalizeAnnualAssessment(id: $id) { status } }`, {
          id,
        });
        expectError(refused, 'INTERNAL_SERVER_ERROR');
      } finally {
        await api.server.db.query(`DROP TRIGGER webhook_test_fail ON audit_event`);
        await api.server.db.query(`DROP FUNCTION webhook_test_fail()`);
      }
      const none = await api.server.db.query(`SELECT id FROM webhook_delivery WHERE subscription_id = $1`, [sub.id]);
      expect(none).toHaveLength(0);
      expect(
        (await ok(api.server, `query ($id: ID!) { annualAssessment(id: $id) { status } }`, { id })).annualAssessment!
          .status,
      ).toBe('DRAFT');

      const done = await ok(
        api.server,
        `mutation ($id: ID!) { finalizeAnnualAssessment(id: $id) { status score grade redLineBreached } }`,
        { id },
      );
      expect(done.finalizeAnnualAssessment.status).toBe('FINALIZED');
      expect(await deliverWebhooks(api.server)).toBe(1);
      const [req] = hook.received;
      expect(req.headers['x-pingyi-event']).toBe('assessment.finalized');
      expect(req.headers['x-pingyi-signature']).toBe(hmac(secret, req.body));
      expect(JSON.parse(req.body).data).toEqual({
        assessmentId: id,
        officialId: official.id,
        externalId: official.externalId,
        year: 2001,
        score: done.finalizeAnnualAssessment.score,
        grade: done.finalizeAnnualAssessment.grade,
        redLineBreached: false,
      });
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
    }
  });

  it('lets only an ADMIN of the whole district manage subscriptions', async () => {
    const input = {
      districtId: huangpu,
      url: 'https://hr.example.org/hooks/pingyi',
      events: ['MEETING_CLOSED', 'ASSESSMENT_FINALIZED'],
    };
    for (const username of ['huangpu.assessor', 'waitan.chair', 'waitan.official']) {
      const token = await api.server.login(username);
      const create = await api.server.gql(CREATE, { input }, { token });
      expectError(create, 'FORBIDDEN');
      const list = await api.server.gql(`{ webhookSubscriptions { totalCount } }`, {}, { token });
      expectError(list, 'FORBIDDEN');
    }
    const anonymous = await api.server.gql(CREATE, { input }, { token: null });
    expectError(anonymous, 'UNAUTHENTICATED');
    const xuhui = await idByCode(api.server, 'district', '310104');
    const other = await api.server.gql(CREATE, { input: { ...input, districtId: xuhui } });
    expectError(other, 'FORBIDDEN');
    for (const url of ['ftp://example.org/x', 'not a url', 'https://user:pw@example.org/x', 'javascript:alert(1)']) {
      const bad = await api.server.gql(CREATE, { input: { ...input, url } });
      expectError(bad, 'BAD_USER_INPUT', 'input.url');
    }
    const noEvents = await api.server.gql(CREATE, { input: { ...input, events: [] } });
    expectError(noEvents, 'BAD_USER_INPUT', 'input.events');

    const created = await ok(api.server, CREATE, { input });
    const id = created.createWebhookSubscription.webhookSubscription.id;
    const deliveries = await api.server.gql(DELIVERIES, { s: id, status: null }, { token: await chair() });
    expectError(deliveries, 'FORBIDDEN');
    const remove = await api.server.gql(DELETE, { id }, { token: await chair() });
    expectError(remove, 'FORBIDDEN');
    expect((await ok(api.server, DELETE, { id })).deleteWebhookSubscription).toBe(id);
    const gone = await api.server.gql(DELETE, { id });
    expectError(gone, 'NOT_FOUND');
  });
});

describe('webhook outbox across restarts and instances', () => {
  it('sends what was queued before the server stopped, each delivery exactly once with two job runners at once', async () => {
    const database = await createTestDatabase({ withShanghai: true });
    const hook = await receiver();
    let second: TestServer | undefined;
    try {
      // First server: no job runner, so the deliveries and their jobs wait when it stops.
      const first = await startTestServer(database.url, { webhooks: false });
      try {
        await first.signIn('huangpu.admin');
        const district = await idByCode(first, 'district', '310101');
        for (let i = 0; i < 12; i++)
          await ok(first, CREATE, {
            input: { districtId: district, url: `${hook.url}?n=${i}`, events: ['MEETING_CLOSED'] },
          });
        await closedMeeting(first, 'wh.restart', 0);
        const pending = await first.db.query(`SELECT status FROM webhook_delivery`);
        expect(pending).toHaveLength(12);
        expect(pending.every((r: { status: string }) => r.status === 'PENDING')).toBe(true);
        const [{ jobs }] = await first.db.query(
          `SELECT count(*)::int AS jobs FROM graphile_worker.jobs WHERE task_identifier = 'webhook_deliver'`,
        );
        expect(jobs).toBe(12);
      } finally {
        await first.close();
      }
      expect(hook.received).toHaveLength(0);

      // A new server on the same database, and two runners of the queue at once (as two instances).
      second = await startTestServer(database.url, { webhooks: false });
      const server = second;
      const runner = () =>
        runOnce({
          connectionString: database.url,
          concurrency: 4,
          noHandleSignals: true,
          logger: jobQueueLogger,
          taskList: webhookTaskList(server.db, TEST_WEBHOOK_OPTIONS),
        });
      await Promise.all([runner(), runner()]);
      await queueSettled(server);
      const ids = hook.received.map((r) => r.headers['x-pingyi-delivery']);
      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
      const rows = await server.db.query(`SELECT status, attempts FROM webhook_delivery`);
      expect(rows).toHaveLength(12);
      expect(
        rows.every((r: { status: string; attempts: number }) => r.status === 'DELIVERED' && r.attempts === 1),
      ).toBe(true);
      const [{ left }] = await server.db.query(
        `SELECT count(*)::int AS left FROM graphile_worker.jobs WHERE task_identifier = 'webhook_deliver'`,
      );
      expect(left).toBe(0);
    } finally {
      await second?.close();
      await hook.close();
      await database.drop();
    }
  }, 60_000);
});
