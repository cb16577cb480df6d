import 'reflect-metadata';
import path from 'node:path';
import { connectAndMigrate, createDataSource } from '../../server/app/database';
import { seedOnStart } from '../../server/demo/start.seed';
import { databaseUrl, emptyTemplate, onServer, shanghaiTemplate } from './databases';

async function rebuild(name: string, seed: boolean): Promise<void> {
  await onServer(async (c) => {
    await c.query(`UPDATE pg_database SET datistemplate = false WHERE datname = $1`, [name]);
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  const source = createDataSource(databaseUrl(name), { poolSize: 4 });
  const db = await connectAndMigrate(source);
  try {
    if (seed)
      await seedOnStart(db, { demo: true, divisionsDir: path.join(__dirname, '..', '..', 'data', 'divisions') });
  } finally {
    await db.destroy();
  }
  await onServer((c) => c.query(`UPDATE pg_database SET datistemplate = true WHERE datname = $1`, [name]));
}

/**
 * Jest global setup: builds the two template databases every test file copies — the migrated
 * empty schema, and the same with Shanghai's divisions, offices and demo set as `npm start` makes them.
 */
export default async function globalSetup(): Promise<void> {
  // A run may ask for production settings (.ci/run runs part of the browser suite so).
  process.env.NODE_ENV ??= 'test';
  await rebuild(emptyTemplate(), false);
  await rebuild(shanghaiTemplate(), true);
}
