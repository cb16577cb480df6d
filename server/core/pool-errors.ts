import type { Pool } from 'pg';
import { logger } from './logger';

let shuttingDown = false;

/**
 * Tells the pools' error handlers that the process is stopping: from then on PostgreSQL ending
 * connections (57P01 "terminating connection due to administrator command", as a stopping
 * server does) is logged at info level rather than as an error.
 */
export function markShuttingDown(): void {
  shuttingDown = true;
}

/** Whether `err` is PostgreSQL ending a connection (57P01) while this process is stopping. */
export function isShutdownTermination(err: unknown): boolean {
  return shuttingDown && (err as { code?: string } | null)?.code === '57P01';
}

/**
 * The error handler of every PostgreSQL pool Pingyi opens (the data source's and the job queue's):
 * an idle connection that PostgreSQL drops must not crash the process. Info for 57P01 while
 * shutting down, error otherwise.
 */
export function logPoolError(err: Error & { code?: string }): void {
  if (isShutdownTermination(err))
    logger.info({ code: err.code, message: err.message }, 'PostgreSQL connection closed by the server during shutdown');
  else logger.error({ err }, 'PostgreSQL pool error');
}

/**
 * Gives `pool` and every connection it opens an error listener: an idle connection is the pool's,
 * but one checked out between two statements has none of its own, and PostgreSQL ending it (a
 * server stopping, a replica taken down) must not become an uncaught 'error' event.
 */
export function listenForErrors(pool: Pool, onError: (err: Error & { code?: string }) => void = logPoolError): void {
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
}
