import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEFAULT_DELIVERY_OPTIONS, retryDelaySeconds } from '../server/webhook';
import { idByCode, useTestApi } from './support/api';
import { ok } from './support/factories';
import { closedMeeting } from './support/factories';
import {
  CREATE,
  DELETE,
  DELIVERIES,
  deliverWebhooks,
  receiver,
  REDELIVER,
  until,
  UPDATE,
} from './support/webhook-fixture';
import { expectError } from './support/expect';

// No job runner in the background: each test runs the queue itself, one attempt per pending
// delivery at a time (`tick`), so what it reads between two runs cannot change under it.
const api = useTestApi({ withShanghai: true, webhooks: false });

describe('webhook retries, redelivery, pausing and target addresses', () => {
  /** Runs the queue once with every waiting retry made due first: one more attempt at each pending delivery; returns how many were sent. */
  const tick = () => deliverWebhooks(api.server, { retriesNow: true });
  let huangpu: string;
  let chairToken: string | undefined;
  /** waitan.chair's token, signed in once (sign-ins are rate-limited per user). */
  const chair = async () => (chairToken ??= await api.server.login('waitan.chair'));
  beforeAll(async () => {
    huangpu = await idByCode(api.server, 'district', '310101');
  });

  it('retries for about a day by default: the queue waits e^n seconds after the n-th failure, at most e^10', () => {
    const { maxAttempts } = DEFAULT_DELIVERY_OPTIONS;
    expect(maxAttempts).toBe(13);
    let total = 0;
    for (let attempt = 1; attempt < maxAttempts; attempt++) total += retryDelaySeconds(attempt);
    expect(total).toBeGreaterThan(20 * 3600);
    expect(total).toBeLessThan(26 * 3600);
    expect(retryDelaySeconds(1)).toBeCloseTo(Math.E);
    expect(retryDelaySeconds(12)).toBeCloseTo(Math.exp(10));
  });

  it('counts an attempt as soon as it is sent, before the receiver answers', async () => {
    let answer: (() => void) | undefined;
    const slow = http.createServer((_req, res) => {
      answer = () => res.end('ok');
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/hook`;
    try {
      const created = await ok(api.server, CREATE, { input: { districtId: huangpu, url, events: ['MEETING_CLOSED'] } });
      const sub = created.createWebhookSubscription.webhookSubscription;
      await closedMeeting(api.server, 'wh.count', 0);
      const sending = tick();
      // The request has reached the receiver, which holds its answer back.
      await until(() => answer);
      const [row] = await api.server.db.query(
        `SELECT status, attempts FROM webhook_delivery WHERE subscription_id = $1`,
        [sub.id],
      );
      expect(row).toEqual({ status: 'PENDING', attempts: 1 });
      answer!();
      expect(await sending).toBe(1);
      const done = (await ok(api.server, DELIVERIES, { s: sub.id, status: 'DELIVERED' })).webhookDeliveries.nodes[0];
      expect(done).toMatchObject({ attempts: 1, lastError: null });
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  it('redelivers a FAILED or DELIVERED delivery as a new series of attempts under the same id', async () => {
    const hook = await receiver([500, 500, 500, 500, 500, 500, 500, 500]);
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'] },
      });
      const sub = created.createWebhookSubscription.webhookSubscription;
      await closedMeeting(api.server, 'wh.redeliver', 0);
      // Eight polls, eight attempts answered 500: the series (maxAttempts 8) ends FAILED.
      for (let attempt = 1; attempt <= 8; attempt++) expect(await tick()).toBe(1);
      expect(await tick()).toBe(0);
      const failed = (await ok(api.server, DELIVERIES, { s: sub.id, status: 'FAILED' })).webhookDeliveries.nodes[0];
      expect(failed).toMatchObject({ attempts: 8, lastError: 'HTTP 500' });

      const forbidden = await api.server.gql(REDELIVER, { id: failed.id }, { token: await chair() });
      expectError(forbidden, 'FORBIDDEN');
      const missing = await api.server.gql(REDELIVER, { id: '00000000-0000-4000-8000-000000000000' });
      expectError(missing, 'NOT_FOUND');

      const requeued = await ok(api.server, REDELIVER, { id: failed.id });
      expect(requeued.redeliverWebhookDelivery).toMatchObject({ id: failed.id, status: 'PENDING', attempts: 8 });
      // Still PENDING (nothing polls in between): a second redelivery is refused.
      const again = await api.server.gql(REDELIVER, { id: failed.id });
      expectError(again, 'CONFLICT');
      expect(await tick()).toBe(1);
      const delivered = (await ok(api.server, DELIVERIES, { s: sub.id, status: 'DELIVERED' })).webhookDeliveries
        .nodes[0];
      // Every attempt sent is counted; the last failure is kept.
      expect(delivered).toMatchObject({ id: failed.id, attempts: 9, lastError: 'HTTP 500' });
      expect(hook.received).toHaveLength(9);
      expect(new Set(hook.received.map((r) => r.headers['x-pingyi-delivery']))).toEqual(new Set([failed.id]));

      // A delivered one can be sent once more too.
      await ok(api.server, REDELIVER, { id: failed.id });
      expect(await tick()).toBe(1);
      expect(hook.received).toHaveLength(10);
      const twice = (await ok(api.server, DELIVERIES, { s: sub.id, status: 'DELIVERED' })).webhookDeliveries.nodes[0];
      expect(twice).toMatchObject({ id: failed.id, attempts: 10 });
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
    }
  });

  it('pauses and resumes a subscription, and changes its URL and events', async () => {
    const hook = await receiver();
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: 'https://hr.example.org/hooks/old', events: ['ASSESSMENT_FINALIZED'] },
      });
      const sub = created.createWebhookSubscription.webhookSubscription;
      const paused = await ok(api.server, UPDATE, {
        id: sub.id,
        input: { active: false, url: hook.url, events: ['MEETING_CLOSED'] },
      });
      expect(paused.updateWebhookSubscription).toMatchObject({
        id: sub.id,
        active: false,
        url: hook.url,
        events: ['MEETING_CLOSED'],
      });
      await closedMeeting(api.server, 'wh.paused', 0);
      expect(
        await api.server.db.query(`SELECT id FROM webhook_delivery WHERE subscription_id = $1`, [sub.id]),
      ).toHaveLength(0);

      const resumed = await ok(api.server, UPDATE, { id: sub.id, input: { active: true } });
      expect(resumed.updateWebhookSubscription).toMatchObject({
        active: true,
        url: hook.url,
        events: ['MEETING_CLOSED'],
      });
      await closedMeeting(api.server, 'wh.resumed', 0);
      expect(await tick()).toBe(1);
      expect(hook.received).toHaveLength(1);

      const badUrl = await api.server.gql(UPDATE, { id: sub.id, input: { url: 'ftp://example.org/x' } });
      expectError(badUrl, 'BAD_USER_INPUT', 'input.url');
      const noEvents = await api.server.gql(UPDATE, { id: sub.id, input: { events: [] } });
      expectError(noEvents, 'BAD_USER_INPUT', 'input.events');
      const forbidden = await api.server.gql(
        UPDATE,
        { id: sub.id, input: { active: false } },
        { token: await chair() },
      );
      expectError(forbidden, 'FORBIDDEN');
      const audits = await api.server.db.query(`SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at`, [
        sub.id,
      ]);
      expect(audits.map((a: { action: string }) => a.action)).toContain('webhook_subscription.updated');
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
    }
  });

  it('refuses link-local and unspecified webhook targets always, loopback and private ones unless PINGYI_WEBHOOK_ALLOW_PRIVATE=1', async () => {
    const input = { districtId: huangpu, events: ['MEETING_CLOSED'] };
    const always = [
      'http://169.254.169.254/latest/meta-data',
      'http://[fe80::1]/hook',
      'http://0.0.0.0/hook',
      'http://[::]/hook',
      'http://[::ffff:169.254.1.1]/hook',
    ];
    const privateOnes = [
      'http://127.0.0.1:9/hook',
      'http://localhost/hook',
      'http://10.1.2.3/hook',
      'http://172.16.0.1/hook',
      'http://192.168.1.1/hook',
      'http://[::1]/hook',
      'http://[fd00::1]/hook',
      'http://2130706433/hook',
    ];
    for (const url of always) {
      const res = await api.server.gql(CREATE, { input: { ...input, url } });
      expect({ url, ext: res.errors?.[0].extensions }).toEqual({
        url,
        ext: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.url' }),
      });
    }
    const saved = process.env.PINGYI_WEBHOOK_ALLOW_PRIVATE;
    const hook = await receiver();
    let subId: string | undefined;
    try {
      // Allowed for local development: created while the setting is on.
      subId = (await ok(api.server, CREATE, { input: { ...input, url: hook.url } })).createWebhookSubscription
        .webhookSubscription.id;
      delete process.env.PINGYI_WEBHOOK_ALLOW_PRIVATE;
      for (const url of privateOnes) {
        const res = await api.server.gql(CREATE, { input: { ...input, url } });
        expect({ url, ext: res.errors?.[0].extensions }).toEqual({
          url,
          ext: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.url' }),
        });
        const upd = await api.server.gql(UPDATE, { id: subId, input: { url } });
        expect({ url, ext: upd.errors?.[0].extensions }).toEqual({
          url,
          ext: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.url' }),
        });
      }
      // At delivery time the resolved address is checked again: refused, FAILED at once with the
      // reason, nothing sent, never retried.
      await closedMeeting(api.server, 'wh.private', 0);
      expect(await tick()).toBe(1);
      const refused = (await ok(api.server, DELIVERIES, { s: subId, status: null })).webhookDeliveries.nodes;
      expect(refused).toHaveLength(1);
      expect(refused[0]).toMatchObject({ status: 'FAILED', attempts: 1 });
      expect(refused[0].lastError).toMatch(/^refused: .*127\.0\.0\.1.*private/);
      expect(await tick()).toBe(0);
      expect(hook.received).toHaveLength(0);
      expect(
        (await ok(api.server, DELIVERIES, { s: subId, status: 'FAILED' })).webhookDeliveries.nodes[0],
      ).toMatchObject({ id: refused[0].id, attempts: 1 });
    } finally {
      if (saved === undefined) delete process.env.PINGYI_WEBHOOK_ALLOW_PRIVATE;
      else process.env.PINGYI_WEBHOOK_ALLOW_PRIVATE = saved;
      if (subId) await ok(api.server, DELETE, { id: subId });
      await hook.close();
    }
    const allowed = await ok(api.server, CREATE, { input: { ...input, url: 'http://192.168.1.1/hook' } });
    await ok(api.server, DELETE, { id: allowed.createWebhookSubscription.webhookSubscription.id });
  });

  it('fails a delivery whose stored URL the policy refuses at once, never retried; a redelivery after the URL is fixed is sent', async () => {
    const hook = await receiver();
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'] },
      });
      const sub = created.createWebhookSubscription.webhookSubscription;
      // A URL stored before the policy (or by hand): the API would refuse it, the sender refuses it too.
      await api.server.db.query(`UPDATE webhook_subscription SET url = $2 WHERE id = $1`, [
        sub.id,
        hook.url.replace(/^http:/, 'ftp:'),
      ]);
      await closedMeeting(api.server, 'wh.scheme', 0);
      expect(await tick()).toBe(1);
      const [failed] = (await ok(api.server, DELIVERIES, { s: sub.id, status: null })).webhookDeliveries.nodes;
      expect(failed).toMatchObject({
        status: 'FAILED',
        attempts: 1,
        lastError: 'refused: only http and https URLs are called',
      });
      expect(await tick()).toBe(0);
      expect(hook.received).toHaveLength(0);

      await ok(api.server, UPDATE, { id: sub.id, input: { url: hook.url } });
      await ok(api.server, REDELIVER, { id: failed.id });
      expect(await tick()).toBe(1);
      const [delivered] = (await ok(api.server, DELIVERIES, { s: sub.id, status: null })).webhookDeliveries.nodes;
      expect(delivered).toMatchObject({ id: failed.id, status: 'DELIVERED', attempts: 2 });
      expect(hook.received).toHaveLength(1);
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
    }
  });

  it("keeps a paused subscription's pending deliveries waiting, and sends them once it is resumed", async () => {
    const hook = await receiver();
    try {
      const created = await ok(api.server, CREATE, {
        input: { districtId: huangpu, url: hook.url, events: ['MEETING_CLOSED'] },
      });
      const sub = created.createWebhookSubscription.webhookSubscription;
      await closedMeeting(api.server, 'wh.waiting', 0);
      await ok(api.server, UPDATE, { id: sub.id, input: { active: false } });
      // Its job runs, sends nothing and counts no attempt: the delivery waits.
      expect(await tick()).toBe(0);
      expect(hook.received).toHaveLength(0);
      const [waiting] = (await ok(api.server, DELIVERIES, { s: sub.id, status: null })).webhookDeliveries.nodes;
      expect(waiting).toMatchObject({ status: 'PENDING', attempts: 0 });
      expect(await tick()).toBe(0);

      await ok(api.server, UPDATE, { id: sub.id, input: { active: true } });
      expect(await tick()).toBe(1);
      expect(hook.received.map((r) => r.headers['x-pingyi-delivery'])).toEqual([waiting.id]);
      const [sent] = (await ok(api.server, DELIVERIES, { s: sub.id, status: null })).webhookDeliveries.nodes;
      expect(sent).toMatchObject({ status: 'DELIVERED', attempts: 1 });
      await ok(api.server, DELETE, { id: sub.id });
    } finally {
      await hook.close();
    }
  });
});
