import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runOnce } from 'graphile-worker';
import { jobQueueLogger, jobQueueUrl } from '../../server/core/job-queue';
import { WEBHOOK_DELIVERY_TASK, webhookTaskList } from '../../server/webhook';
import { TEST_WEBHOOK_OPTIONS, type TestServer } from './server';

/** The webhook operations the tests send. */
export const CREATE = `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret webhookSubscription { id districtId url events active createdById } } }`;
export const DELETE = `mutation ($id: ID!) { deleteWebhookSubscription(id: $id) }`;
export const REDELIVER = `mutation ($id: ID!) { redeliverWebhookDelivery(id: $id) { id status attempts lastError } }`;
export const UPDATE = `mutation ($id: ID!, $input: UpdateWebhookSubscriptionInput!) { updateWebhookSubscription(id: $id, input: $input) { id active url events } }`;
export const DELIVERIES = `query ($s: ID!, $status: WebhookDeliveryStatus) { webhookDeliveries(subscriptionId: $s, status: $status) { totalCount nodes { id event status attempts lastError deliveredAt payload } } }`;

/** One request a receiver got. */
export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A local webhook receiver on 127.0.0.1: answers each request with the next of `statuses` (then 200), with `location` if given, and records them. */
export async function receiver(
  statuses: number[] = [],
  location?: string,
): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.statusCode = statuses.shift() ?? 200;
      if (location) res.setHeader('location', location);
      res.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `T` without its falsy values. */
type Truthy<T> = Exclude<T, false | '' | 0 | null | undefined>;

/** Waits until `check` returns a truthy value (polling every 50 ms) and returns it, or fails after `ms`. */
export async function until<T>(check: () => Promise<T> | T, ms = 10_000): Promise<Truthy<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as Truthy<T>;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The X-Pingyi-Signature value of `body` with `secret`. */
export function hmac(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Runs the webhook job queue of `server`'s database once, in the test, until no delivery job is due
 * (graphile-worker's runOnce with the delivery task): each due delivery gets one attempt (a failed
 * one is put back with the queue's backoff). With `retriesNow`, the waiting retries are made due
 * first, so one call is one more attempt at every pending delivery. Returns how many attempts were sent.
 */
export async function deliverWebhooks(server: TestServer, options: { retriesNow?: boolean } = {}): Promise<number> {
  if (options.retriesNow)
    await server.db.query(
      `SELECT count(*) FROM graphile_worker.reschedule_jobs(
         array(SELECT id FROM graphile_worker.jobs WHERE task_identifier = $1 AND locked_at IS NULL), run_at := now())`,
      [WEBHOOK_DELIVERY_TASK],
    );
  const sent = async (): Promise<number> =>
    (await server.db.query(`SELECT coalesce(sum(attempts), 0)::int AS n FROM webhook_delivery`))[0].n;
  const before = await sent();
  await runOnce({
    connectionString: jobQueueUrl(server.db),
    concurrency: 4,
    noHandleSignals: true,
    logger: jobQueueLogger,
    taskList: webhookTaskList(server.db, TEST_WEBHOOK_OPTIONS),
  });
  await queueSettled(server);
  return (await sent()) - before;
}

/**
 * Waits until graphile-worker has written down how the delivery jobs it ran ended (runOnce may
 * return just before it unlocks a failed job or deletes a finished one): no delivery job is locked.
 */
export async function queueSettled(server: TestServer): Promise<void> {
  await until(async () => {
    const [{ locked }] = await server.db.query(
      `SELECT count(*)::int AS locked FROM graphile_worker.jobs WHERE task_identifier = $1 AND locked_at IS NOT NULL`,
      [WEBHOOK_DELIVERY_TASK],
    );
    return locked === 0;
  });
}
