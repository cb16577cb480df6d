import { createHmac } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { logger } from '../core/logger';
import { DeliveryStatus } from './webhook-enums';
import { refusedResolvedHost } from './url-policy';

/** How the dispatcher polls and retries; every field has a default (README, Settings). */
export interface DispatcherOptions {
  /** Pause between polls when nothing is due, ms (default 1000). */
  pollIntervalMs: number;
  /** Deliveries claimed per poll (default 20). */
  batchSize: number;
  /** Delay after the first failed attempt, ms; doubled after each further one (default 1000). */
  retryBaseMs: number;
  /** Longest delay between attempts, ms (default one hour). */
  retryMaxMs: number;
  /** Attempts of one series (since queued or redelivered) before a delivery is FAILED (default 36: about a day). */
  maxAttempts: number;
  /** How long a receiver may take to answer, ms (default 5000). */
  timeoutMs: number;
}

/**
 * The defaults: a first retry after 1 s, doubling up to one hour apart, 36 attempts in all, so
 * retries span about 24 hours (1 + 2 + … + 2048 s ≈ 68 min, then 23 hourly attempts) before FAILED.
 */
export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  pollIntervalMs: 1000,
  batchSize: 20,
  retryBaseMs: 1000,
  retryMaxMs: 3_600_000,
  maxAttempts: 36,
  timeoutMs: 5000,
};

/** The delay after the `attempt`-th failed attempt of a series (1-based): `retryBaseMs · 2^(attempt−1)`, at most `retryMaxMs`. */
export function retryDelayMs(attempt: number, options: Pick<DispatcherOptions, 'retryBaseMs' | 'retryMaxMs'>): number {
  return Math.min(options.retryBaseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 40), options.retryMaxMs);
}

/** Dispatcher options from PINGYI_WEBHOOK_* variables; throws naming a malformed one. */
export function dispatcherOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<DispatcherOptions> {
  const read = (name: string): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a whole number above 0, got "${raw}"`);
    return value;
  };
  const options: Partial<DispatcherOptions> = {
    pollIntervalMs: read('PINGYI_WEBHOOK_POLL_MS'),
    retryBaseMs: read('PINGYI_WEBHOOK_RETRY_BASE_MS'),
    retryMaxMs: read('PINGYI_WEBHOOK_RETRY_MAX_MS'),
    maxAttempts: read('PINGYI_WEBHOOK_MAX_ATTEMPTS'),
  };
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/**
 * Opens every statement the dispatcher sends, so that the query log tells this background work
 * from the requests' (the tests' statement counts leave it out).
 */
export const DISPATCHER_SQL_TAG = '/* pingyi:webhook-dispatcher */';

/** A claimed delivery with what sending it needs. */
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

/**
 * Sends the webhook outbox. Each poll claims due PENDING rows of active subscriptions with
 * `FOR UPDATE SKIP LOCKED` and, in the same statement, counts the attempt and moves their
 * `next_attempt_at` past the send timeout (a lease), so other instances skip them while they are
 * sent and an attempt whose instance dies mid-send is still counted; the row is then marked
 * DELIVERED (2xx), or rescheduled with exponential backoff, or FAILED after `maxAttempts` of the
 * series. A paused subscription's pending rows wait until it is resumed. Rows live in PostgreSQL, so what is
 * pending when a server stops is sent by the next one. Redirects are never followed.
 */
export class WebhookDispatcher {
  private readonly options: DispatcherOptions;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private started = false;

  constructor(
    private readonly db: DataSource,
    options: Partial<DispatcherOptions> = {},
  ) {
    this.options = { ...DEFAULT_DISPATCHER_OPTIONS, ...options };
  }

  /** Starts polling (again); a no-op while started. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.schedule(0);
  }

  /** Stops polling and waits for the deliveries being sent to finish (at most the send timeout). */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Claims and sends one batch of due deliveries; returns how many were claimed. */
  async runOnce(): Promise<number> {
    const claimed = await this.claim();
    await Promise.all(claimed.map((d) => this.send(d)));
    return claimed.length;
  }

  private schedule(delay: number): void {
    if (!this.started) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.runOnce()
        .catch((err) => {
          logger.warn({ err }, 'webhook dispatch failed');
          return 0;
        })
        .then((count) => this.schedule(count >= this.options.batchSize ? 0 : this.options.pollIntervalMs));
    }, delay);
    this.timer.unref();
  }

  private async claim(): Promise<Claimed[]> {
    const leaseMs = this.options.timeoutMs + 25_000;
    const [rows] = await this.db.query(
      `${DISPATCHER_SQL_TAG} WITH due AS (
         SELECT d.id FROM webhook_delivery d JOIN webhook_subscription a ON a.id = d.subscription_id AND a.active
          WHERE d.status = $1 AND d.next_attempt_at <= now()
          ORDER BY d.next_attempt_at, d.id
          LIMIT $2
          FOR UPDATE OF d SKIP LOCKED
       )
       UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => $3::double precision / 1000),
              attempts = d.attempts + 1, series_attempts = d.series_attempts + 1
         FROM due, webhook_subscription s
        WHERE d.id = due.id AND s.id = d.subscription_id
       RETURNING d.id, d.event, d.payload, d.attempts, d.series_attempts, d.created_at, s.url, s.secret`,
      [DeliveryStatus.PENDING, this.options.batchSize, leaseMs],
    );
    return rows as Claimed[];
  }

  private async send(delivery: Claimed): Promise<void> {
    const body = JSON.stringify({
      id: delivery.id,
      event: delivery.event,
      createdAt: new Date(delivery.created_at).toISOString(),
      data: delivery.payload,
    });
    let error: string | null = null;
    try {
      const url = new URL(delivery.url);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('only http and https URLs are called');
      const refused = await refusedResolvedHost(url.hostname);
      if (refused) throw new RefusedTargetError(`refused: ${refused}`);
      const res = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
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
      if (res.status < 200 || res.status >= 300)
        error =
          res.status >= 300 && res.status < 400
            ? `HTTP ${res.status} (redirects are not followed)`
            : `HTTP ${res.status}`;
    } catch (err) {
      error = describe(err);
    }
    await this.record(delivery, error);
  }

  private async record(delivery: Claimed, error: string | null): Promise<void> {
    // The attempt was counted when it was claimed; a success keeps the last failure on record.
    const { attempts, series_attempts: inSeries } = delivery;
    if (error === null) {
      await this.db.query(
        `${DISPATCHER_SQL_TAG} UPDATE webhook_delivery SET status = $2, delivered_at = now() WHERE id = $1`,
        [delivery.id, DeliveryStatus.DELIVERED],
      );
      return;
    }
    const failed = inSeries >= this.options.maxAttempts;
    const delay = retryDelayMs(inSeries, this.options);
    await this.db.query(
      `${DISPATCHER_SQL_TAG} UPDATE webhook_delivery SET status = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4::double precision / 1000) WHERE id = $1`,
      [delivery.id, failed ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, error.slice(0, 300), failed ? 0 : delay],
    );
    logger.info({ deliveryId: delivery.id, attempts, inSeries, error, failed }, 'webhook delivery attempt failed');
  }
}

/** A target the URL policy (url-policy.ts) refuses; its message is recorded as the delivery's lastError. */
class RefusedTargetError extends Error {}

/** A short reason for a failed request: the error's name and message, or its cause's; never a stack. */
function describe(err: unknown): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timed out';
  if (err instanceof RefusedTargetError) return err.message.slice(0, 300);
  const cause = err instanceof Error && err.cause instanceof Error ? err.cause : err;
  const text =
    cause instanceof Error ? `${(cause as NodeJS.ErrnoException).code ?? cause.name}: ${cause.message}` : String(cause);
  return text.split('\n')[0].slice(0, 300);
}
