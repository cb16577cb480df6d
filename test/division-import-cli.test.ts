/**
 * `npm run import:divisions` as a user runs it (README, Importing other divisions): a real child
 * process on a database of its own per test. Its exit status tells a script what happened: 0 when
 * every row was imported, 2 when bad rows were rejected (the good ones imported, the bad listed),
 * 1 when the import could not run, 64 on a usage error.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, databaseUrl, onServer, type TestDatabase } from './support/databases';
import { Client } from 'pg';

const ROOT = path.join(__dirname, '..');
const DIVISIONS = path.join(ROOT, 'data', 'divisions');
const NEIGHBORHOOD_HEADER = 'code,name,streetCode,provinceCode,cityCode,areaCode';

let tmp: string;
const databases: TestDatabase[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pingyi-import-cli-'));
});

afterAll(async () => {
  for (const database of databases) await database.drop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** An empty, migrated database of this test alone. */
async function freshDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  databases.push(database);
  return database;
}

/** Runs `npm run import:divisions -- …args` in a child process and returns its exit status and output. */
function runCli(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn('npm', ['run', '--silent', 'import:divisions', '--', ...args], {
      cwd: ROOT,
      env: { ...inherited, ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** The codes of the neighborhoods stored in `url`. */
async function neighborhoodCodes(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(`SELECT code FROM neighborhood ORDER BY code`)).rows.map((r) => r.code);
  } finally {
    await client.end();
  }
}

describe('npm run import:divisions', () => {
  it('imports the good rows, lists each bad row as file:line, and exits 2', async () => {
    const database = await freshDatabase();
    const bad = path.join(tmp, 'cli-bad.csv');
    await writeFile(
      bad,
      [
        NEIGHBORHOOD_HEADER,
        '310101002901,"测试居委会",310101002,31,3101,310101',
        '310101002,"短码",310101002,31,3101,310101',
        '',
      ].join('\n'),
    );
    const run = await runCli(
      [path.join(DIVISIONS, 'shanghai-districts.csv'), path.join(DIVISIONS, 'shanghai-subdistricts.csv'), bad],
      { DATABASE_URL: database.url },
    );
    expect(run.out).toMatch(/district\s+16\s+0\s+0\s+0/);
    expect(run.out).toMatch(/neighborhood\s+1\s+0\s+0\s+1/);
    expect(run.out).toContain(`${bad}:3: neighborhood code "310101002" must have 12 digits`);
    expect(run.err).toMatch(/1 row was rejected/);
    expect(run.code).toBe(2);
    expect(await neighborhoodCodes(database.url)).toEqual(['310101002901']);
  });

  it('exits 0 when every row was imported, province and city files skipped included', async () => {
    const database = await freshDatabase();
    const province = path.join(tmp, 'provinces.csv');
    await writeFile(province, 'code,name\n31,"上海市"\n');
    const run = await runCli([path.join(DIVISIONS, 'shanghai-districts.csv'), province], {
      DATABASE_URL: database.url,
    });
    expect(run.err).not.toMatch(/rejected|Import failed/);
    expect(run.out).toMatch(/district\s+16\s+0\s+0\s+0/);
    expect(run.code).toBe(0);
  });

  it('migrates a new, empty database before importing', async () => {
    const name = `pingyi_import_empty_${randomBytes(6).toString('hex')}`;
    await onServer((c) => c.query(`CREATE DATABASE ${name}`));
    try {
      const run = await runCli([path.join(DIVISIONS, 'shanghai-districts.csv')], { DATABASE_URL: databaseUrl(name) });
      expect(run.err).not.toMatch(/Import failed/);
      expect(run.out).toMatch(/district\s+16\s+0\s+0\s+0/);
      expect(run.code).toBe(0);
    } finally {
      await onServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    }
  });

  it('explains a missing DATABASE_URL and exits 64 (a usage error)', async () => {
    const run = await runCli([DIVISIONS], {});
    expect(run.err).toMatch(/DATABASE_URL is not set/);
    expect(run.code).toBe(64);
  });

  it('exits 1 when the import cannot run: a path that does not exist', async () => {
    const database = await freshDatabase();
    const run = await runCli([path.join(tmp, 'missing.csv')], { DATABASE_URL: database.url });
    expect(run.err).toMatch(/Import failed: .*no such file or folder/);
    expect(run.code).toBe(1);
  });
});
