import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { OwnPostgres, startOwnPostgres, startOwnReplica } from '../../test/support/own-services';
import { queryOnce } from '../lib/context';
import type { BenchContext } from '../lib/report';

/**
 * Tables whose rows B7's replica phase leaves out of its copy of the bench database: the ballots,
 * the voter roll and the meetings' per-official rows (about 880 of its 980 MB). q1 reads a 街道's
 * offices, agencies and heads, none of which they hold; leaving them out makes the copy and the
 * base backup a matter of seconds rather than minutes on 2 cores.
 */
export const LEFT_OUT = [
  'rating',
  'participation',
  'third_party_evaluation',
  'meeting_result',
  'meeting_representative',
  'meeting_official',
  'audit_event',
  // The residents' matters of the full seed (about ten million rows with their timeline): B7 reads
  // none of them, and copying them would take minutes of the run.
  'matter',
  'matter_event',
];

/** A primary cluster of the benchmark's own with a streaming replica of it. */
export interface ReplicatedClusters {
  primary: OwnPostgres;
  replica: OwnPostgres;
  /** Seconds the copy of the bench data took, and the base backup. */
  copySeconds: number;
  backupSeconds: number;
}

/**
 * Starts a primary cluster (initdb in a temporary folder, a free port; the shared cluster's
 * settings are never touched), copies the bench database into its `postgres` database
 * (`pg_dump | psql`, schema whole, the rows of LEFT_OUT left out), then makes a streaming replica
 * of it (`pg_basebackup -R`) on another free port. Both are removed on cleanup.
 */
export async function startReplicatedCopy(ctx: BenchContext): Promise<ReplicatedClusters> {
  const primary = await startOwnPostgres();
  ctx.onCleanup(() => primary.destroy());
  let started = Date.now();
  const excluded = LEFT_OUT.map((t) => `--exclude-table-data=${t}`).join(' ');
  await promisify(execFile)(
    'bash',
    [
      '-o',
      'pipefail',
      '-c',
      `pg_dump --no-owner --no-privileges ${excluded} "${ctx.databaseUrl}" | psql -q -v ON_ERROR_STOP=1 "${primary.url}"`,
    ],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  await queryOnce(primary.url, 'VACUUM ANALYZE');
  const copySeconds = (Date.now() - started) / 1000;
  started = Date.now();
  const replica = await startOwnReplica(primary);
  ctx.onCleanup(() => replica.destroy());
  return { primary, replica, copySeconds, backupSeconds: (Date.now() - started) / 1000 };
}

/** Transactions committed in the `postgres` database of a cluster so far (its own statistics). */
export async function committed(url: string): Promise<number> {
  const [row] = await queryOnce<{ n: string }>(
    url,
    `SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = 'postgres'`,
  );
  return Number(row.n);
}

/**
 * Waits until the sessions' statistics have reached the cluster's counters: a PostgreSQL 15
 * backend reports them when it goes idle, at most 10 s later (PGSTAT_IDLE_INTERVAL).
 */
export function statsSettled(): Promise<void> {
  return new Promise((r) => setTimeout(r, 11_000));
}
