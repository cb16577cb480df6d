import 'reflect-metadata';
import path from 'node:path';
import { connectAndMigrate, createDataSource } from '../../server/app/database';
import { seedOnStart } from '../../server/demo/start.seed';

/**
 * Runs what `npm start` seeds (with the demo set) against the database at argv[2], as a second start
 * would, then exits. A separate process: the demo set's name generator is an ES module that Jest's
 * module system cannot load.
 */
async function main(): Promise<void> {
  const db = await connectAndMigrate(createDataSource(process.argv[2]));
  await seedOnStart(db, { demo: true, divisionsDir: path.join(__dirname, '..', '..', 'data', 'divisions') });
  await db.destroy();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
