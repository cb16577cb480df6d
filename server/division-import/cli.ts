import 'reflect-metadata';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { createProgressDisplay, formatReport } from './cli-output';
import { importDivisions } from './importer';

const USAGE = `Usage: npm run import:divisions -- [--all-errors] <file or folder>...

Imports administrative divisions (districts, subdistricts, neighborhoods) from CSV files,
plain or gzipped (.csv.gz); a folder means every *.csv and *.csv.gz in it, e.g. data/divisions.
Needs DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/pingyi_dev); migrates it first.
Bad rows are listed with file:line and skipped, at most 100 per file unless --all-errors.

Exit status: 0 every row imported (province and city files are skipped, not rejected);
2 the good rows imported and bad rows rejected (listed above); 1 the import could not run;
64 a usage error.`;

/** Exit statuses of the command (README, Importing other divisions). */
export const EXIT = {
  /** Every row imported. */
  OK: 0,
  /** Could not run: database unreachable, a path missing, a file that failed part-way, … */
  FAILED: 1,
  /** Ran, and rejected bad rows: the good ones are imported, the bad ones listed with file:line. */
  ROWS_REJECTED: 2,
  /** Bad arguments or environment (EX_USAGE of sysexits.h). */
  USAGE: 64,
} as const;

/** What the command line asked for. */
export interface CliArgs {
  paths: string[];
  allErrors: boolean;
  help: boolean;
}

/**
 * A data source for `url` that runs the same migrations as the server's (createPingyiDataSource in
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
 * Runs the import and returns the exit status (`EXIT`): 0 when every row was imported (skipped
 * province and city files included), 2 when it ran and rejected bad rows (the good ones are
 * imported, the bad ones listed), 1 when it could not run (database unreachable, a path missing,
 * …), 64 on a usage error.
 */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n\n${USAGE}\n`);
    return EXIT.USAGE;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.OK;
  }
  if (args.paths.length === 0) {
    process.stderr.write(`Give at least one file or folder.\n\n${USAGE}\n`);
    return EXIT.USAGE;
  }
  const url = env.DATABASE_URL;
  if (!url) {
    process.stderr.write(
      'DATABASE_URL is not set: point it at the PostgreSQL database to import into, e.g.\n' +
        '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/pingyi_dev npm run import:divisions -- data/divisions\n',
    );
    return EXIT.USAGE;
  }
  const progress = createProgressDisplay();
  let db: DataSource | undefined;
  try {
    db = await connectForImport(url);
    const started = Date.now();
    const report = await importDivisions(db, args.paths, { onProgress: (p) => progress.update(p) });
    progress.stop();
    process.stdout.write(`${formatReport(report, Date.now() - started, args.allErrors ? 0 : 100)}\n`);
    const rejected = report.errors.length;
    if (rejected === 0) return EXIT.OK;
    process.stderr.write(
      `${rejected} ${rejected === 1 ? 'row was' : 'rows were'} rejected (listed above); the good rows are imported. Exit status ${EXIT.ROWS_REJECTED}.\n`,
    );
    return EXIT.ROWS_REJECTED;
  } catch (err) {
    progress.stop();
    process.stderr.write(
      `Import failed: ${err instanceof Error ? err.message : String(err)}\n` +
        '(files finished before the failure stay imported; the file being imported was rolled back)\n',
    );
    return EXIT.FAILED;
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
      process.exitCode = EXIT.FAILED;
    },
  );
}
