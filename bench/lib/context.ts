import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { benchDatabaseUrl } from './fixtures';
import { freePort, peakRssKb, runCommand, stopChild, waitForGraphql } from './process';
import type { BenchContext, RunningServer, StartPingyiOptions } from './report';

/** Repository root: the folder above bench/. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The same server's maintenance database ("postgres") for a connection string `url`. */
export function maintenanceUrl(url: string): string {
  const u = new URL(url);
  u.pathname = '/postgres';
  return u.toString();
}

/** Runs one SQL statement on the database at `url` with a short-lived client; resolves to its rows. */
export async function queryOnce<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The secret Pingyi signs tokens with: PINGYI_AUTH_SECRET, else the key Pingyi keeps in the database. */
export async function signingSecret(databaseUrl: string): Promise<string> {
  if (process.env.PINGYI_AUTH_SECRET) return process.env.PINGYI_AUTH_SECRET;
  const [row] = await queryOnce<{ secret: string }>(databaseUrl, 'SELECT secret FROM auth_key WHERE id = 1');
  if (!row) throw new Error('Pingyi has no signing key yet');
  return row.secret;
}

/** Quotes a PostgreSQL identifier. */
export function ident(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Drops the database `name` on the server of `adminUrl` if it exists, closing its connections. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await queryOnce(adminUrl, `DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
}

let built: Promise<void> | undefined;

/**
 * A `BenchContext` for one benchmark run. `id` ("B4") prefixes log lines. The caller runs
 * `runCleanups` (returned alongside) when the benchmark ends.
 */
export function createBenchContext(id: string): { ctx: BenchContext; runCleanups: () => Promise<void> } {
  const cleanups: (() => Promise<void> | void)[] = [];
  const databaseUrl = benchDatabaseUrl();
  const adminDatabaseUrl = maintenanceUrl(databaseUrl);
  const log = (message: string) => process.stderr.write(`[${id}] ${message}\n`);

  const ensureBuilt = (): Promise<void> => {
    built ??= runCommand(process.execPath, [path.join(ROOT, 'scripts', 'build-if-stale.mjs')], { cwd: ROOT }).then(
      () => undefined,
    );
    return built;
  };

  const startPingyi = async (options: StartPingyiOptions = {}): Promise<RunningServer> => {
    const root = options.root ?? ROOT;
    if (root === ROOT) await ensureBuilt();
    const port = options.port ?? (await freePort());
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'dist', 'server', 'main.js')], {
      cwd: root,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PINGYI_DEMO: '0',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: options.databaseUrl ?? databaseUrl,
        ...options.env,
      },
    });
    const stop = () => stopChild(child);
    cleanups.push(stop);
    const baseUrl = `http://127.0.0.1:${port}`;
    const alive = () => child.exitCode === null && child.signalCode === null;
    try {
      await waitForGraphql(`${baseUrl}/graphql`, options.timeoutMs ?? 120_000, alive);
    } catch (err) {
      await stop();
      throw err;
    }
    const readyMs = Date.now() - started;
    let lastPeak: number | null = null;
    return {
      baseUrl,
      graphqlUrl: `${baseUrl}/graphql`,
      pid: child.pid!,
      readyMs,
      peakRssKb: () => (lastPeak = peakRssKb(child.pid!) ?? lastPeak),
      stop,
    };
  };

  const createScratchDatabase = async (suffix: string): Promise<string> => {
    const name = `pingyi_bench_${suffix}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
    await dropDatabase(adminDatabaseUrl, name);
    await queryOnce(adminDatabaseUrl, `CREATE DATABASE ${ident(name)}`);
    cleanups.push(() => dropDatabase(adminDatabaseUrl, name));
    const u = new URL(databaseUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };

  const ctx: BenchContext = {
    root: ROOT,
    databaseUrl,
    adminDatabaseUrl,
    cores: os.cpus().length,
    log,
    ensureBuilt,
    startPingyi,
    freePort,
    createScratchDatabase,
    onCleanup: (fn) => cleanups.push(fn),
  };
  const runCleanups = async () => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop()!;
      try {
        await fn();
      } catch (err) {
        log(`cleanup failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  };
  return { ctx, runCleanups };
}
