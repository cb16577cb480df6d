import { createHmac } from 'node:crypto';
import type { JobHelpers, TaskList } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { jobQueueUrl, runJobQueue, type JobQueueRunner } from '../core/job-queue';
import { logger } from '../core/logger';
import type { BackgroundJob, JobDescriptor } from '../core/module';
import { DeliveryStatus } from './webhook-enums';
import { QUEUE_DELIVERY_JOBS, WEBHOOK_DELIVERY_TASK } from './outbox';
import { refusedResolvedHost } from './url-policy';

/** How webhook deliveries are sent and how long they are retried; every field has a default (README, Settings). */
export interface DeliveryOptions {
  /**
   * Attempts of one series (since queued or redelivered) before a delivery is FAILED: 1–25
   * (graphile-worker's own limit per job is 25). Default 13: the queue waits e^n seconds (at most
   * e^10 ≈ 6.1 h) after the n-th failed attempt, so 13 attempts span about 22 hours.
   */
  maxAttempts: number;
  /** How long a receiver may take to answer, ms (default 5000). */
  timeoutMs: number;
}

/** The defaults: 13 attempts over about a day, 5 s for the receiver to answer. */
export const DEFAULT_DELIVERY_OPTIONS: DeliveryOptions = { maxAttempts: 13, timeoutMs: 5000 };

/** The most attempts a series may have: graphile-worker's default (and our jobs') `max_attempts`. */
export const MAX_ATTEMPTS_LIMIT = 25;

/**
 * Seconds graphile-worker waits after the `attempt`-th failed attempt of a job (1-based) before it
 * runs it again: e^min(attempt, 10), i.e. 2.7 s, 7.4 s, 20 s … at most about 6.1 hours.
 */
export function retryDelaySeconds(attempt: number): number {
  return Math.exp(Math.min(Math.max(attempt, 1), 10));
}

/** Delivery options from PINGYI_WEBHOOK_MAX_ATTEMPTS and PINGYI_WEBHOOK_TIMEOUT_MS; throws naming a malformed one. */
export function deliveryOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<DeliveryOptions> {
  const read = (name: string, max = Number.MAX_SAFE_INTEGER): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0 || value > max)
      throw new Error(`${name} must be a whole number from 1 to ${max}, got "${raw}"`);
    return value;
  };
  const options: Partial<DeliveryOptions> = {
    maxAttempts: read('PINGYI_WEBHOOK_MAX_ATTEMPTS', MAX_ATTEMPTS_LIMIT),
    timeoutMs: read('PINGYI_WEBHOOK_TIMEOUT_MS'),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/**
 * Opens every statement the delivery task sends through the data source, so that the query log
 * tells this background work from the requests' (the tests' statement counts leave it out).
 */
export const DELIVERY_SQL_TAG = '/* pingyi:webhook-delivery */';

/** A delivery claimed for one attempt, with what sending it needs. */
interface Claimed {
  id: string;
  event: string;
  payload: Record<string, unknown>;
  attempts: number;
  series_attempts: number;
  created_at: Date;
  url: string;
  secret: string;
}

/** The value of X-Pingyi-Signature for `body`: `sha256=` and the hex HMAC-SHA256 with the subscription's secret. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** How one attempt ended: sent (null), failed and worth retrying, or refused for good. */
type Outcome = { error: null } | { error: string; final: boolean };

/**
 * One attempt at one delivery, as the graphile-worker task `webhook_deliver` runs it (one job per
 * delivery, keyed by its id, so at most one attempt is in flight across instances). The attempt is
 * counted before the request goes out (also one whose answer never comes). The delivery is then
 * DELIVERED (2xx), or FAILED at once when the URL policy (url-policy.ts) refuses its target (a
 * scheme other than http(s), a private or link-local address), or FAILED after `maxAttempts` of
 * its series; otherwise it stays PENDING with the error and the task throws, so that the queue
 * retries it with its backoff (retryDelaySeconds). A delivery that is no longer PENDING, or whose
 * subscription is paused, is not sent (resuming queues its pending deliveries again). Redirects
 * are never followed.
 */
export async function deliverWebhook(
  db: DataSource,
  deliveryId: string,
  job: { attempts: number; max_attempts: number },
  options: DeliveryOptions,
): Promise<void> {
  const [rows] = await db.query(
    `${DELIVERY_SQL_TAG} UPDATE webhook_delivery d SET attempts = d.attempts + 1, series_attempts = d.series_attempts + 1
       FROM webhook_subscription s
      WHERE d.id = $1 AND d.status = $2 AND s.id = d.subscription_id AND s.active
     RETURNING d.id, d.event, d.payload, d.attempts, d.series_attempts, d.created_at, s.url, s.secret`,
    [deliveryId, DeliveryStatus.PENDING],
  );
  const delivery = (rows as Claimed[])[0];
  if (!delivery) return;
  const outcome = await send(delivery, options.timeoutMs);
  if (outcome.error === null) {
    await db.query(`${DELIVERY_SQL_TAG} UPDATE webhook_delivery SET status = $2, delivered_at = now() WHERE id = $1`, [
      delivery.id,
      DeliveryStatus.DELIVERED,
    ]);
    return;
  }
  const failed =
    outcome.final ||
    delivery.series_attempts >= Math.min(options.maxAttempts, MAX_ATTEMPTS_LIMIT) ||
    job.attempts >= job.max_attempts;
  await db.query(
    `${DELIVERY_SQL_TAG} UPDATE webhook_delivery SET status = $2, last_error = $3,
            next_attempt_at = now() + make_interval(secs => $4::double precision) WHERE id = $1`,
    [
      delivery.id,
      failed ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
      outcome.error.slice(0, 300),
      failed ? 0 : retryDelaySeconds(job.attempts),
    ],
  );
  logger.info(
    {
      deliveryId: delivery.id,
      attempts: delivery.attempts,
      inSeries: delivery.series_attempts,
      error: outcome.error,
      failed,
    },
    'webhook delivery attempt failed',
  );
  // Not FAILED: the queue runs the job again after its backoff.
  if (!failed) throw new Error(`webhook delivery ${delivery.id}: ${outcome.error}`);
}

/** POSTs the delivery to its subscription's URL (after the URL policy's check of its resolved address). */
async function send(delivery: Claimed, timeoutMs: number): Promise<Outcome> {
  const body = JSON.stringify({
    id: delivery.id,
    event: delivery.event,
    createdAt: new Date(delivery.created_at).toISOString(),
    data: delivery.payload,
  });
  let url: URL;
  try {
    url = new URL(delivery.url);
  } catch {
    return { error: 'refused: not a URL', final: true };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { error: 'refused: only http and https URLs are called', final: true };
  const refused = await refusedResolvedHost(url.hostname);
  if (refused) return { error: `refused: ${refused}`, final: true };
  try {
    const res = await fetch(url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Pingyi-Webhooks/1',
        'x-pingyi-event': delivery.event,
        'x-pingyi-delivery': delivery.id,
        'x-pingyi-signature': signature(delivery.secret, body),
      },
      body,
    });
    await res.body?.cancel().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { error: null };
    const error =
      res.status >= 300 && res.status < 400 ? `HTTP ${res.status} (redirects are not followed)` : `HTTP ${res.status}`;
    return { error, final: false };
  } catch (err) {
    return { error: describe(err), final: false };
  }
}

/** A short reason for a failed request: the error's name and message, or its cause's; never a stack. */
function describe(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const text =
    cause instanceof Error ? `${(cause as NodeJS.ErrnoException).code ?? cause.name}: ${cause.message}` : String(cause);
  return text.split('\n')[0].slice(0, 300);
}

/** The graphile-worker tasks of the webhook module: `webhook_deliver` (payload `{ deliveryId }`), one attempt per run. */
export function webhookTaskList(db: DataSource, options: Partial<DeliveryOptions> = {}): TaskList {
  const settings = { ...DEFAULT_DELIVERY_OPTIONS, ...options };
  return {
    [WEBHOOK_DELIVERY_TASK]: async (payload: unknown, helpers: JobHelpers) => {
      const deliveryId = (payload as { deliveryId?: unknown } | null)?.deliveryId;
      if (typeof deliveryId !== 'string') {
        helpers.logger.error(`webhook_deliver without a deliveryId: ${JSON.stringify(payload)}`);
        return;
      }
      await deliverWebhook(db, deliveryId, helpers.job, settings);
    },
  };
}

/** Options of the webhook job (createApp's `jobs.webhooks`). */
export interface WebhookJobOptions extends Partial<DeliveryOptions> {
  /** false: this instance sends no webhook (the tests that drive the queue by hand). Default true. */
  enabled?: boolean;
  /** PostgreSQL for the job queue; default the data source's URL. */
  connectionString?: string;
  /** Deliveries sent at once by this instance (default 4). */
  concurrency?: number;
  /** How often the runner looks for due retries when no notification woke it, ms (default 2000; new jobs wake it at once). */
  pollIntervalMs?: number;
}

/**
 * Gives every PENDING delivery that has no job on the queue its job: deliveries written before
 * deliveries were jobs (an instance upgraded with some still waiting) would otherwise never be
 * sent. A delivery that has its job keeps it as it is (its attempts and backoff). One statement;
 * idempotent. Returns how many were adopted.
 */
export async function adoptPendingDeliveries(db: DataSource): Promise<number> {
  const rows = (await db.query(
    `WITH ids AS (
       SELECT d.id FROM webhook_delivery d
        WHERE d.status = $1
          AND NOT EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'webhook_delivery:' || d.id))
     ${QUEUE_DELIVERY_JOBS}`,
    [DeliveryStatus.PENDING],
  )) as unknown[];
  return rows.length;
}

/**
 * The webhook sender as the module's background job: a graphile-worker runner of `webhook_deliver`
 * in every instance (the queue hands each job to one of them); `stop` ends it and waits for the
 * attempts in progress. Settings from the app's `jobs.webhooks`, else the environment.
 */
export const webhookJobs: JobDescriptor<WebhookJobOptions> = {
  name: 'webhooks',
  create(db: DataSource, given: WebhookJobOptions | undefined): BackgroundJob {
    const options: WebhookJobOptions = given ?? deliveryOptionsFromEnv();
    let runner: Promise<JobQueueRunner | null> = Promise.resolve(null);
    return {
      start() {
        if (options.enabled === false) return;
        const connectionString = options.connectionString ?? jobQueueUrl(db);
        if (!connectionString) {
          logger.warn('webhook deliveries not started: no PostgreSQL URL');
          return;
        }
        runner = adoptPendingDeliveries(db)
          .then((adopted) => {
            if (adopted) logger.info({ adopted }, 'queued the pending webhook deliveries that had no job');
          })
          .then(() =>
            runJobQueue({
              connectionString,
              concurrency: options.concurrency ?? 4,
              pollInterval: options.pollIntervalMs ?? 2000,
              taskList: webhookTaskList(db, options),
            }),
          )
          .catch((err) => {
            logger.error({ err }, 'the webhook job queue could not start');
            return null;
          });
      },
      async stop() {
        const running = await runner;
        await running?.stop().catch((err) => logger.error({ err }, 'stopping the webhook deliveries failed'));
      },
    };
  },
};
