import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { Client } from 'pg';
import { connectAndMigrate, createDataSource } from '../../server/app/database';
import { importDivisions } from '../../server/division-import/importer';
import { createStandardOffices } from '../../server/office/standard-offices';
import { hashPassword } from '../../server/user/user.service';
import { dropDatabase, ident, maintenanceUrl, queryOnce, ROOT } from '../lib/context';
import { BENCH_PASSWORD } from '../lib/fixtures';
import { MARK_PREFIX, SEED_VERSION } from './mark';
import { assessmentSteps } from './assessments';
import { BULK_TABLES, dropIndexes, restoreIndexes, setLogged, setUnlogged } from './bulk';
import { seedFunctions } from './functions';
import { meetingSteps } from './meetings';
import { writePinyinKeys } from './pinyin';
import { benchMatterCount, matterSteps } from './matters';
import { structureSteps, type SeedStep } from './structure';

/** Row counts of the seeded tables (table name → rows). */
export type SeedCounts = Record<string, number>;

/** Tables whose row counts the seed reports. */
const COUNTED = [
  'district',
  'subdistrict',
  'neighborhood',
  'office',
  'department',
  'dispatched_agency',
  'official',
  'head_appointment',
  'app_user',
  'rating_template',
  'evaluation_meeting',
  'meeting_official',
  'meeting_representative',
  'participation',
  'rating',
  'meeting_result',
  'third_party_evaluation',
  'annual_assessment',
  'official_standing',
  'matter',
  'matter_event',
];

/** Progress display: a bar on a terminal, one line per step otherwise. */
function progress(total: number) {
  const tty = process.stderr.isTTY;
  const bar = tty
    ? new cliProgress.SingleBar(
        { format: 'seed [{bar}] {value}/{total} {step}', stream: process.stderr, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  bar?.start(total, 0, { step: 'starting' });
  let done = 0;
  let stepStarted = Date.now();
  return {
    begin(label: string) {
      stepStarted = Date.now();
      bar?.update(done, { step: label });
    },
    end(label: string, rows: number | null) {
      done += 1;
      const ms = Date.now() - stepStarted;
      if (bar) bar.update(done, { step: label });
      else
        process.stderr.write(
          `seed ${done}/${total} ${label}: ${rows === null ? '' : `${rows.toLocaleString('en')} rows, `}${ms} ms\n`,
        );
    },
    stop: () => bar?.stop(),
  };
}

/**
 * Seeds the bench database at `url` from scratch: drops and creates it, runs the migrations,
 * imports Shanghai's divisions (data/divisions), gives every 街道 its six standard offices, then
 * runs the SQL steps (structure, people, users, five years of meetings, ballots, results, panels,
 * assessments, open meetings, a year of residents' matters with their timelines), analyses the tables and marks the database as seeded. Prints the
 * row counts and how long it took; resolves to the counts.
 */
export async function seedBenchDatabase(url: string): Promise<SeedCounts> {
  const started = Date.now();
  const year = new Date().getUTCFullYear();
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = maintenanceUrl(url);
  await dropDatabase(admin, name);
  await queryOnce(admin, `CREATE DATABASE ${ident(name)}`);

  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const steps: SeedStep[] = [
    ...structureSteps(passwordHash, year),
    ...meetingSteps(year, randomBytes(16).toString('hex')),
    ...assessmentSteps(year),
    ...matterSteps(benchMatterCount()),
  ];
  const bar = progress(steps.length + 5);

  bar.begin('migrations');
  const source = createDataSource(url, { poolSize: 2 });
  const db = await connectAndMigrate(source);
  bar.end('migrations', null);
  try {
    bar.begin('divisions');
    const report = await importDivisions(db, [path.join(ROOT, 'data', 'divisions')]);
    bar.end('divisions', report.district.inserted + report.subdistrict.inserted + report.neighborhood.inserted);
    bar.begin('standard offices');
    const ids: { id: string }[] = await db.query(`SELECT id FROM subdistrict WHERE kind = 'SUBDISTRICT'`);
    bar.end(
      'standard offices',
      await createStandardOffices(
        db.manager,
        ids.map((r) => r.id),
      ),
    );
  } finally {
    await db.destroy();
  }

  const client = new Client({ connectionString: url, application_name: 'pingyi-bench-seed' });
  await client.connect();
  try {
    for (const sql of seedFunctions()) await client.query(sql);
    await client.query('BEGIN');
    // The rows are consistent by construction; skipping the per-row foreign-key triggers makes
    // the million-row inserts several times faster.
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    const restore = await dropIndexes(client, BULK_TABLES);
    const unlogged = await setUnlogged(client, BULK_TABLES);
    for (const step of steps) {
      bar.begin(step.label);
      const result = await client.query(step.sql, step.params);
      const rows = Array.isArray(result) ? result.reduce((n, r) => n + (r.rowCount ?? 0), 0) : result.rowCount;
      bar.end(step.label, rows);
    }
    bar.begin('pinyin keys');
    bar.end('pinyin keys', await writePinyinKeys(client));
    bar.begin('indexes');
    await setLogged(client, unlogged);
    await restoreIndexes(client, restore);
    bar.end('indexes', null);
    await client.query('COMMIT');
    bar.stop();
    await client.query('VACUUM (ANALYZE)');
    const counts: SeedCounts = {};
    for (const table of COUNTED) {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${ident(table)}`);
      counts[table] = rows[0].n;
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    const mark = `${MARK_PREFIX} v${SEED_VERSION}, year ${year}, ${counts.official.toLocaleString('en')} officials, ${counts.rating.toLocaleString('en')} ratings, ${counts.matter.toLocaleString('en')} matters, seeded in ${seconds} s`;
    await client.query(`COMMENT ON DATABASE ${ident(name)} IS ${client.escapeLiteral(mark)}`);
    process.stderr.write(`\nSeeded ${name} in ${seconds} s:\n`);
    for (const [table, n] of Object.entries(counts))
      process.stderr.write(`  ${table.padEnd(24)} ${n.toLocaleString('en').padStart(10)}\n`);
    return counts;
  } catch (err) {
    bar.stop();
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
