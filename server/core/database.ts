import path from 'node:path';
import type { Pool, QueryResultRow } from 'pg';
import { DataSource, QueryFailedError, Logger as TypeOrmLogger } from 'typeorm';
import { installJobQueue } from './job-queue';
import { logger } from './logger';
import { listenForErrors } from './pool-errors';
import { SnakeNamingStrategy } from './naming';
import type { AnyClass } from './class';

export { markShuttingDown } from './pool-errors';

/** Called with each SQL statement the data source sends; tests count statements with it. */
export type QueryListener = (sql: string) => void;

class QueryLog implements TypeOrmLogger {
  constructor(private readonly listeners: Set<QueryListener>) {}
  logQuery(query: string): void {
    for (const listener of this.listeners) listener(query);
  }
  logQueryError(error: string | Error, query: string): void {
    logger.debug({ err: error, query }, 'query failed');
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn({ time, query }, 'slow query');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn(message);
  }
}

/** A Pingyi data source with its query listeners (empty unless a test adds one). */
export interface PingyiDataSource {
  db: DataSource;
  queryListeners: Set<QueryListener>;
}

/** What createDataSource takes besides the URL. */
export interface DataSourceOptions {
  /** Every TypeORM entity of the app: the composition root's (server/app/database.ts gives them). */
  entities: readonly AnyClass[];
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /**
   * Streaming replicas' URLs (DATABASE_REPLICA_URLS): the data source is then built with TypeORM's
   * `replication`, so that its reads ask for a replica connection, which a ReplicaRouter
   * (replicas.ts) gives; without a router every read goes to the primary.
   */
  replicaUrls?: readonly string[];
}

/**
 * Builds (does not connect) the TypeORM data source for a PostgreSQL URL over `options.entities`.
 * `synchronize` is off: the schema changes only through migrations/ (docs/architecture.md).
 */
export function createPingyiDataSource(url: string, options: DataSourceOptions): PingyiDataSource {
  const queryListeners = new Set<QueryListener>();
  const replicated = (options.replicaUrls?.length ?? 0) > 0;
  const db = new DataSource({
    type: 'postgres',
    ...(replicated
      ? { replication: { master: { url, applicationName: 'pingyi' }, slaves: [] } }
      : { url, extra: { application_name: 'pingyi' } }),
    entities: [...options.entities],
    migrations: [path.join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    logging: ['query', 'error', 'warn', 'migration'],
    logger: new QueryLog(queryListeners),
    maxQueryExecutionTime: 1000,
    poolSize: options.poolSize ?? 10,
  });
  return { db, queryListeners };
}

/**
 * Connects, listens for pool errors (a dropped connection must not crash the process), migrates,
 * and installs the job queue's schema (job-queue.ts).
 */
export async function connectAndMigrate(source: PingyiDataSource): Promise<DataSource> {
  const { db } = source;
  await db.initialize();
  const pool = (db.driver as unknown as { master?: Pool }).master;
  if (pool) listenForErrors(pool);
  await db.runMigrations({ transaction: 'each' });
  await installJobQueue(db);
  return db;
}

/** A statement sent by name (see preparedQuery): its name, its SQL and its values. */
export interface PreparedStatement {
  /** Unique per SQL text in the process: each pooled connection parses and plans it once under this name. */
  name: string;
  text: string;
  values: unknown[];
}

/**
 * Runs one statement of a hot path as a named prepared statement on `db`'s pool: each connection
 * parses and plans it the first time, then only binds and executes it (docs/architecture.md,
 * Ballots). Outside any transaction, so the statement commits on its own. The statement reaches
 * the data source's query listeners like any other, and fails as TypeORM's statements do (a
 * QueryFailedError around the driver's error). Resolves to its rows.
 */
export async function preparedQuery<T = Record<string, unknown>>(
  db: DataSource,
  statement: PreparedStatement,
): Promise<T[]> {
  const pool = (db.driver as unknown as { master: Pool }).master;
  db.logger.logQuery(statement.text, statement.values);
  try {
    const result = await pool.query<QueryResultRow>(statement);
    return result.rows as T[];
  } catch (err) {
    // As TypeORM reports a failed statement, so that errors.ts maps it the same way.
    db.logger.logQueryError(err as Error, statement.text, statement.values);
    throw new QueryFailedError(statement.text, statement.values, err as Error);
  }
}
