import { Logger, run, runMigrations, type RunnerOptions } from 'graphile-worker';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { logger } from './logger';
import { isShutdownTermination, listenForErrors, logPoolError } from './pool-errors';

/** Whether a graphile-worker log line reports a task's failed attempt that the queue will retry. */
function willRetry(meta: unknown): boolean {
  const { failure, job } = (meta ?? {}) as { failure?: boolean; job?: { attempts?: number; max_attempts?: number } };
  return failure === true && job !== undefined && (job.attempts ?? 0) < (job.max_attempts ?? 0);
}

/**
 * graphile-worker's log lines, through Pingyi's logger: errors and warnings as such, except a
 * task's failed attempt that the queue will retry (a webhook receiver that is down fails on
 * purpose, attempt after attempt), which is a warning without the stack; the rest (its chatter) at
 * debug level. The last failed attempt stays an error.
 */
export const jobQueueLogger = new Logger(() => (level, message, meta) => {
  if (level === 'error' && isShutdownTermination((meta as { error?: unknown } | undefined)?.error)) {
    logger.info({ code: '57P01' }, `job queue: ${message.split(':')[0]} during shutdown`);
    return;
  }
  if (level === 'error' && willRetry(meta)) {
    const { job } = meta as { job: { id: string; task_identifier: string; attempts: number } };
    logger.warn({ jobId: job.id, task: job.task_identifier, attempt: job.attempts }, message.split('\n')[0]);
    return;
  }
  const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
  logger[method]({ worker: meta }, message);
});

/**
 * The PostgreSQL URL of a data source (what a job runner connects to: the primary's, when the data
 * source has replicas), or undefined when it was built without one.
 */
export function jobQueueUrl(db: DataSource): string | undefined {
  const options = db.options as { url?: string; replication?: { master?: { url?: string } } };
  return options.url ?? options.replication?.master?.url;
}

/**
 * Installs (or brings up to date) the job queue's schema, `graphile_worker`, through the data
 * source's URL: writes that queue a job in their own transaction (the webhook outbox) call
 * `graphile_worker.add_job`, so it must exist before the app serves. Idempotent and quick when
 * nothing changed.
 */
export async function installJobQueue(db: DataSource): Promise<void> {
  const connectionString = jobQueueUrl(db);
  if (!connectionString) throw new Error('the job queue needs a PostgreSQL URL');
  await runMigrations({ connectionString, logger: jobQueueLogger });
}

/** What runJobQueue takes: graphile-worker's runner options but the connection, logger and signals, which Pingyi sets. */
export type JobQueueOptions = Omit<RunnerOptions, 'connectionString' | 'pgPool' | 'logger' | 'noHandleSignals'> & {
  /** The PostgreSQL URL the queue works on. */
  connectionString: string;
};

/** A running job queue; `stop` waits for the jobs in progress, then closes its connections. */
export interface JobQueueRunner {
  stop(): Promise<void>;
}

/**
 * Runs a graphile-worker queue on a pool Pingyi owns, with Pingyi's pool error handler
 * (pool-errors.ts) attached for the pool's whole life: a connection PostgreSQL ends while the
 * runner stops (an embedded PostgreSQL stopping on the same Ctrl-C) is logged, never an uncaught
 * 'error' event that crashes the process. Signals are left to server/main.ts.
 */
export async function runJobQueue(options: JobQueueOptions): Promise<JobQueueRunner> {
  const { connectionString, ...rest } = options;
  const pool = new Pool({ connectionString, max: (rest.concurrency ?? 1) + 2, application_name: 'pingyi-jobs' });
  listenForErrors(pool);
  try {
    const runner = await run({ ...rest, pgPool: pool, logger: jobQueueLogger, noHandleSignals: true });
    return {
      async stop() {
        try {
          await runner.stop();
        } finally {
          await pool.end().catch((err) => logPoolError(err as Error));
        }
      },
    };
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
}
