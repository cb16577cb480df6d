import { Client } from 'pg';
import { connectAndMigrate, createDataSource, markShuttingDown } from '../server/app/database';
import { runJobQueue } from '../server/core/job-queue';
import { logger } from '../server/core/logger';
import { createTestDatabase, TestDatabase } from './support/databases';

/** Ends every other connection to the database, as PostgreSQL does when it is stopped (57P01). */
async function terminateOthers(url: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
  } finally {
    await client.end();
  }
}

describe('stopping', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('logs the pool error "terminating connection due to administrator command" at info level during shutdown, not as an error', async () => {
    const source = createDataSource(database.url, { poolSize: 2 });
    const db = await connectAndMigrate(source);
    const errors = jest.spyOn(logger, 'error');
    const infos = jest.spyOn(logger, 'info');
    try {
      await Promise.all([db.query('SELECT 1'), db.query('SELECT 1')]);
      markShuttingDown();
      await terminateOthers(database.url);
      await new Promise((r) => setTimeout(r, 300));
      const poolErrors = errors.mock.calls.filter((c) => c[1] === 'PostgreSQL pool error');
      expect(poolErrors).toHaveLength(0);
      expect(infos.mock.calls.some((c) => typeof c[1] === 'string' && /PostgreSQL connection closed/.test(c[1]))).toBe(
        true,
      );
    } finally {
      errors.mockRestore();
      infos.mockRestore();
      await db.destroy().catch(() => undefined);
    }
  });

  it("logs no error and lets nothing go uncaught when PostgreSQL ends the job queue's connections while it stops (the embedded server stopping on the same Ctrl-C)", async () => {
    const source = createDataSource(database.url, { poolSize: 2 });
    const db = await connectAndMigrate(source);
    const errors = jest.spyOn(logger, 'error');
    const uncaught: unknown[] = [];
    const onUncaught = (err: unknown) => uncaught.push(err);
    process.on('uncaughtException', onUncaught);
    try {
      const runner = await runJobQueue({
        connectionString: database.url,
        concurrency: 2,
        pollInterval: 50,
        taskList: {},
      });
      await new Promise((r) => setTimeout(r, 300));
      markShuttingDown();
      await Promise.all([runner.stop(), terminateOthers(database.url)]);
      await new Promise((r) => setTimeout(r, 300));
      expect(uncaught).toEqual([]);
      const logged = errors.mock.calls.map((c) => String(c[1]));
      expect(logged.filter((m) => /PostgreSQL|pool/i.test(m))).toEqual([]);
      // Nor anything else: the job queue's own messages of a stop ("Error occurred fetching jobs"…) included.
      expect(logged).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
      errors.mockRestore();
      await db.destroy().catch(() => undefined);
    }
  });
});
