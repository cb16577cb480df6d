import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Server the tests use: TEST_DATABASE_URL (any database on it), default the local PostgreSQL. */
export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/**
 * Suffix of this run's template databases: global-setup sets it before the test workers start, so
 * runs going on at the same time never touch each other's templates.
 */
function runSuffix(): string {
  process.env.PINGYI_TEST_RUN ??= `${process.pid}`;
  return process.env.PINGYI_TEST_RUN;
}
/** Template with the migrated, empty schema. */
export const emptyTemplate = () => `pingyi_tpl_empty_${runSuffix()}`;
/** Template with Shanghai's divisions, the standard offices and the 黄浦区 demo set. */
export const shanghaiTemplate = () => `pingyi_tpl_shanghai_${runSuffix()}`;

/** The URL of database `name` on the test server. */
export function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs statements on the test server's maintenance database. */
export async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of one test file, copied from a template; drop it when done. */
export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh database for one test file (docs/architecture.md, Testing) as a copy of a template made by
 * global-setup.ts: empty schema, or `withShanghai` for the divisions, standard offices and demo set.
 */
export async function createTestDatabase(options: { withShanghai?: boolean } = {}): Promise<TestDatabase> {
  const name = `pingyi_t_${randomBytes(6).toString('hex')}`;
  const template = options.withShanghai ? shanghaiTemplate() : emptyTemplate();
  await onServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    name,
    url: databaseUrl(name),
    drop: () => dropDatabase(name),
  };
}

/**
 * Drops a test database once the connections still closing have gone (up to 5 s), then forces
 * out any that remain. Forcing at once would terminate a client that is in the middle of ending
 * (a job runner's pool stops a little after the server does), and that client would raise its
 * termination as an unhandled error in the test file.
 */
async function dropDatabase(name: string): Promise<void> {
  await onServer(async (c) => {
    for (let waited = 0; waited < 5000; waited += 100) {
      const { rows } = await c.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      if (rows[0].n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
}
