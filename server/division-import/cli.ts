import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createProgressDisplay, formatReport } from './cli-output';
import { importDivisions } from './importer';

const USAGE = `Usage: npm run import:divisions -- [--all-errors] <file or folder>...

Imports administrative divisions (districts, subdistricts, neighborhoods) from CSV files,
plain or gzipped (.csv.gz); a folder means every *.csv and *.csv.gz in it, e.g. data/divisions.
Needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/pingyi_dev); migrates it first.
Bad rows are listed with file:line and skipped, at most 100 per file unless --all-errors.`;

/** What the command line asked for. */
export interface CliArgs {
  paths: string[];
  allErrors: boolean;
  help: boolean;
}

/**
 * A data source for `url` that runs the same migrations as the server's (createDataSource in
 * server/core/database.ts: migrations/, table `migrations`) but loads no entity: the importer
 * writes with SQL of its own, and loading every entity would cost the command seconds.
 * Connects (2 connections), creates the uuid-ossp extension if missing and migrates; throws when
 * the database is unreachable or a migration fails.
 */
export async function connectForImport(url: string): Promise<DataSource> {
  const db = new DataSource({
    type: 'postgres',
    url,
    entities: [],
    migrations: [path.join(__dirname, '..', '..', 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false,
    poolSize: 2,
    extra: { application_name: 'pingyi-import' },
  });
  await db.initialize();
  try {
    // TypeORM creates this extension when it connects with the entities (their ids default to
    // uuid_generate_v4()); without them it is ours to create, before the migrations use it.
    await db.query('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"');
    await db.runMigrations({ transaction: 'each' });
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw err;
  }
  return db;
}

/** Reads the arguments after `--`. Throws on an unknown option. */
export function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { paths: [], allErrors: false, help: false };
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--all-errors') args.allErrors = true;
    else if (arg.startsWith('-') && arg !== '-') throw new Error(`unknown option ${arg}`);
    else args.paths.push(arg);
  }
  return args;
}

/**
 * Runs the import and returns the exit code: 0 when it ran (bad rows and skipped files
 * included), 1 when it could not run (database unreachable, a path missing, …), 2 on a usage error.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.paths.length === 0) {
    process.stderr.write(`Give at least one file or folder.\n\n${USAGE}\n`);
    return 2;
  }
  const url = env.DATABASE_URL;
  if (!url) {
    process.stderr.write(
      'DATABASE_URL is not set: point it at the PostgreSQL database to import into, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/pingyi_dev npm run import:divisions -- data/divisions\n',
    );
    return 2;
  }
  const progress = createProgressDisplay();
  let db: DataSource | undefined;
  try {
    db = await connectForImport(url);
    const started = Date.now();
    const report = await importDivisions(db, args.paths, { onProgress: (p) => progress.update(p) });
    progress.stop();
    process.stdout.write(`${formatReport(report, Date.now() - started, args.allErrors ? 0 : 100)}\n`);
    return 0;
  } catch (err) {
    progress.stop();
    process.stderr.write(
      `Import failed: ${err instanceof Error ? err.message : String(err)}\n` +
        '(files finished before the failure stay imported; the file being imported was rolled back)\n',
    );
    return 1;
  } finally {
    if (db?.isInitialized) await db.destroy().catch(() => undefined);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      process.stderr.write(`${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
