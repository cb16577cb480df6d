import { Logger, runMigrations } from 'graphile-worker';
import type { DataSource } from 'typeorm';
import { logger } from './logger';

/**
 * graphile-worker's log lines, through Pingyi's logger: errors and warnings as such, the rest
 * (its chatter, a task's failed attempt it will retry) at debug level.
 */
export const jobQueueLogger = new Logger(() => (level, message, meta) => {
  const method = level === 'error' ? 'error' : level === 'warning' ? 'warn' : 'debug';
  logger[method]({ worker: meta }, message);
});

/** The PostgreSQL URL of a data source (what a job runner connects to), or undefined when it was built without one. */
export function jobQueueUrl(db: DataSource): string | undefined {
  return (db.options as { url?: string }).url;
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
