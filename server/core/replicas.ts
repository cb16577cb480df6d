import { Pool, type PoolClient } from 'pg';
import type { DataSource, QueryRunner } from 'typeorm';
import { isDatabaseUnavailable } from './errors';
import { logger } from './logger';
import { listenForErrors } from './pool-errors';
import { currentOperation, currentReadReplica } from './request-scope';
import { lsnValue, memoryWritePositions, type WritePositions } from './write-positions';

/** How the replicas are watched (README, Settings; docs/scale-out.md). */
export interface ReplicaOptions {
  /** Milliseconds between health checks of every replica (default 1000). */
  checkIntervalMs?: number;
  /** A replica further behind the primary than this many milliseconds is taken out (default 10000). */
  maxLagMs?: number;
  /** A health check not answered within this many milliseconds takes the replica out (default 2000). */
  checkTimeoutMs?: number;
  /** Where the writers' last write positions are kept (default this process; Redis across instances). */
  positions?: WritePositions;
  /** Connections in each replica's pool (default 10, as the primary's). */
  poolSize?: number;
}

/** What is known of one replica, as `states()` reports it. */
export interface ReplicaState {
  /** host:port of the replica (no credentials). */
  name: string;
  /** Whether reads may go to it. */
  inService: boolean;
  /** Why it is out, when it is. */
  reason?: string;
  /** How far behind the primary it was at the last check, in milliseconds. */
  lagMs: number;
  /** Read statements it answered since the start. */
  reads: number;
}

/** The parts of TypeORM's PostgreSQL driver that the routing takes over (TypeORM's replication). */
interface ReplicatedDriver {
  obtainMasterConnection(): Promise<[PoolClient, (err?: unknown) => void]>;
  obtainSlaveConnection(): Promise<[PoolClient, (err?: unknown) => void]>;
  createQueryRunner(mode: 'master' | 'slave'): QueryRunner;
}

interface Replica extends ReplicaState {
  pool: Pool;
  /** The log position it had replayed at the last check. */
  replayed?: bigint;
}

/** PostgreSQL's 40001 on a standby: a read cancelled because replay needed what it held. */
function isRecoveryConflict(err: unknown): boolean {
  const e = err as { driverError?: { code?: string }; code?: string };
  return (e.driverError?.code ?? e.code) === '40001';
}

/** host:port of a PostgreSQL URL, for logs. */
export function replicaName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}`;
}

/**
 * Sends the reads of read-only GraphQL operations to streaming replicas (docs/scale-out.md), over
 * TypeORM's replication (`replication: { master, slaves }`), whose reads outside a transaction
 * ask the driver for a "slave" connection. TypeORM picks a replica at random and knows nothing of
 * health, lag or who wrote what, so the router takes over that choice:
 * - a read goes to the replica the request was given (`setReadReplica`, replica-plugin.ts: only
 *   queries, never mutations, subscriptions or a transaction, which TypeORM runs on the primary),
 *   and to the primary otherwise;
 * - read-your-writes: after a writer's mutation the primary's `pg_current_wal_lsn()` is recorded
 *   under the writer's keys; their queries go to a replica only once its `pg_last_wal_replay_lsn()`
 *   (at the last check) has passed it;
 * - health: every `checkIntervalMs` each replica is asked its replay position; one that does not
 *   answer, is not a standby, or lags more than `maxLagMs` is out until a check passes again;
 * - a read that fails on a replica because it went away (or was cancelled by replay) takes it out
 *   and runs again on the primary, so no request fails.
 */
export class ReplicaRouter {
  private readonly replicas: Replica[];
  private readonly positions: WritePositions;
  private readonly checkIntervalMs: number;
  private readonly maxLagMs: number;
  private readonly checkTimeoutMs: number;
  /** The primary's log position at recent checks, oldest first. */
  private samples: { lsn: bigint; at: number }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private next = 0;
  /** Which replica each pooled connection belongs to. */
  private readonly servedBy = new WeakMap<object, number>();
  /** Read statements of queries (read-only operations, not the reading of the caller's token) that the primary answered. */
  primaryReads = 0;

  /**
   * Routes the reads of `db` (made by createPingyiDataSource with replicas, i.e. with TypeORM's
   * `replication` and no `slaves` of its own: TypeORM would refuse to start while a replica is
   * down) over a pool per URL of `replicaUrls`, named `pingyi-replica` in pg_stat_activity.
   */
  constructor(
    private readonly db: DataSource,
    replicaUrls: readonly string[],
    options: ReplicaOptions = {},
  ) {
    const driver = db.driver as unknown as ReplicatedDriver;
    this.replicas = replicaUrls.map((url) => {
      // A replica that stops answering without closing its sockets must not hold reads: they wait at
      // most as long as a health check would, then go to the primary.
      const pool = new Pool({
        connectionString: url,
        application_name: 'pingyi-replica',
        max: options.poolSize ?? 10,
        connectionTimeoutMillis: options.checkTimeoutMs ?? 2000,
        keepAlive: true,
      });
      // A replica that stops ends its connections: logged, never a crash.
      listenForErrors(pool, (err) =>
        logger.debug({ replica: replicaName(url), message: err.message }, 'replica connection ended'),
      );
      return { pool, name: replicaName(url), inService: false, lagMs: 0, reads: 0, reason: 'not checked yet' };
    });
    this.positions = options.positions ?? memoryWritePositions();
    this.checkIntervalMs = options.checkIntervalMs ?? 1000;
    this.maxLagMs = options.maxLagMs ?? 10_000;
    this.checkTimeoutMs = options.checkTimeoutMs ?? 2000;
    this.install(driver);
  }

  /** How long a write position is kept: past it, every replica in service has replayed the write. */
  get positionTtlSeconds(): number {
    return Math.ceil((this.maxLagMs + 2 * this.checkIntervalMs) / 1000) + 1;
  }

  private install(driver: ReplicatedDriver): void {
    driver.obtainSlaveConnection = async () => {
      const index = await currentReadReplica();
      const replica = index === undefined ? undefined : this.replicas[index];
      if (index === undefined || !replica?.inService) return driver.obtainMasterConnection();
      try {
        const client = await replica.pool.connect();
        this.servedBy.set(client, index);
        return [client, (err?: unknown) => client.release(err as Error | undefined)];
      } catch (err) {
        this.takeOut(index, err);
        return driver.obtainMasterConnection();
      }
    };
    const createRunner = driver.createQueryRunner.bind(driver);
    driver.createQueryRunner = (mode) => {
      const runner = createRunner(mode);
      if (mode === 'slave') this.guard(runner);
      return runner;
    };
  }

  /** Makes a read runner count where its reads went and run a read again on the primary when its replica fails. */
  private guard(runner: QueryRunner): void {
    const run = runner.query.bind(runner) as (
      sql: string,
      parameters?: unknown[],
      structured?: boolean,
    ) => Promise<unknown>;
    const served = () =>
      this.servedBy.get((runner as unknown as { databaseConnection?: object }).databaseConnection ?? {});
    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      try {
        const result = await run(sql, parameters, structured);
        const index = served();
        if (index !== undefined) this.replicas[index].reads += 1;
        else if (currentOperation() === 'query') this.primaryReads += 1;
        return result;
      } catch (err) {
        const index = served();
        const unavailable = isDatabaseUnavailable(err);
        if (index === undefined || !(unavailable || isRecoveryConflict(err))) throw err;
        if (unavailable) this.takeOut(index, err);
        const primary = this.db.createQueryRunner('master');
        try {
          const result = await (primary.query as typeof run).call(primary, sql, parameters, structured);
          this.primaryReads += 1;
          return result;
        } finally {
          await primary.release();
        }
      }
    }) as QueryRunner['query'];
  }

  private takeOut(index: number, why: unknown): void {
    const replica = this.replicas[index];
    const reason = why instanceof Error ? why.message : String(why);
    if (replica.inService)
      logger.warn({ replica: replica.name, reason }, 'replica taken out; its reads go to the primary');
    replica.inService = false;
    replica.reason = reason;
  }

  private putBack(index: number): void {
    const replica = this.replicas[index];
    if (!replica.inService && replica.reason !== 'not checked yet')
      logger.info({ replica: replica.name }, 'replica back in service');
    replica.inService = true;
    replica.reason = undefined;
  }

  /** Asks `pool` one question, failing after checkTimeoutMs. */
  private async ask(pool: Pool, sql: string): Promise<Record<string, unknown>> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${this.checkTimeoutMs} ms`)), this.checkTimeoutMs);
    });
    try {
      const result = await Promise.race([pool.query(sql), timeout]);
      return result.rows[0] as Record<string, unknown>;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Checks every replica once: its replay position, whether it is a standby, its lag. */
  async checkNow(): Promise<void> {
    const now = Date.now();
    try {
      const [row] = (await this.db.query('SELECT pg_current_wal_lsn()::text AS lsn')) as { lsn: string }[];
      this.samples.push({ lsn: lsnValue(row.lsn), at: now });
      const keepFrom = now - this.maxLagMs - 2 * this.checkIntervalMs;
      while (this.samples.length > 1 && this.samples[0].at < keepFrom) this.samples.shift();
    } catch (err) {
      // Without the primary's position the lag is unknown; the last samples stand.
      logger.debug({ err }, 'replica check: the primary did not answer');
    }
    await Promise.all(
      this.replicas.map(async (replica, index) => {
        try {
          const row = await this.ask(
            replica.pool,
            'SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS lsn',
          );
          if (row.standby !== true || typeof row.lsn !== 'string')
            return this.takeOut(index, 'not a streaming standby');
          replica.replayed = lsnValue(row.lsn);
          const behind = this.samples.find((s) => s.lsn > replica.replayed!);
          replica.lagMs = behind ? now - behind.at : 0;
          if (replica.lagMs > this.maxLagMs) return this.takeOut(index, `${replica.lagMs} ms behind the primary`);
          this.putBack(index);
        } catch (err) {
          this.takeOut(index, err);
        }
      }),
    );
  }

  /** Checks now, then every checkIntervalMs until stop(). */
  async start(): Promise<void> {
    await this.checkNow();
    let checking = false;
    this.timer = setInterval(() => {
      // A check waiting for a silent replica (up to checkTimeoutMs) is not overtaken by the next.
      if (checking) return;
      checking = true;
      void this.checkNow().finally(() => (checking = false));
    }, this.checkIntervalMs);
    this.timer.unref();
  }

  /** Stops the checks and closes the replicas' pools. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await Promise.all(this.replicas.map((r) => r.pool.end().catch(() => undefined)));
  }

  /**
   * The replica a read-only operation of the writer known by `writerKeys` reads from, or undefined
   * for the primary: one in service (in turn) that has replayed the writer's last write.
   */
  async chooseForRead(writerKeys: readonly string[]): Promise<number | undefined> {
    const candidates = this.replicas.map((r, i) => ({ r, i })).filter(({ r }) => r.inService);
    if (candidates.length === 0) return undefined;
    let written: bigint | undefined;
    try {
      written = await this.positions.furthest(writerKeys);
    } catch (err) {
      logger.debug({ err }, 'write positions unavailable; reading from the primary');
      return undefined;
    }
    const ready = candidates.filter(
      ({ r }) => written === undefined || (r.replayed !== undefined && r.replayed >= written),
    );
    if (ready.length === 0) return undefined;
    this.next = (this.next + 1) % ready.length;
    return ready[this.next].i;
  }

  /** Records the primary's current log position as the last write of `writerKeys` (after their mutation). */
  async recordWrite(writerKeys: readonly string[]): Promise<void> {
    const [row] = (await this.db.query('SELECT pg_current_wal_lsn()::text AS lsn')) as { lsn: string }[];
    await this.positions.record(writerKeys, row.lsn, this.positionTtlSeconds);
  }

  /** The replicas as last checked, with the reads each answered. */
  states(): ReplicaState[] {
    return this.replicas.map(({ name, inService, reason, lagMs, reads }) => ({
      name,
      inService,
      reason,
      lagMs,
      reads,
    }));
  }
}
