import { spawn } from 'node:child_process';
import path from 'node:path';
import { peakRssKb, stopChild, waitForGraphql } from '../lib/process';
import type { BenchContext, StartPingyiOptions } from '../lib/report';
import { startScriptServer, transpileFolder } from '../lib/script-server';
import type { ServerKind } from './queries';

/** A server under test, whichever kind. */
export interface ServerUnderTest {
  kind: ServerKind;
  /** Base address, e.g. "http://127.0.0.1:41234". */
  baseUrl: string;
  /** Process id (VmHWM is read from it). */
  pid: number;
  /** Peak resident set size so far in MB, or null when unknown. */
  peakRssMb(): number | null;
  /** Stops the process and waits for its exit. */
  stop(): Promise<void>;
}

/** Settings shared by the two comparison servers. */
export interface CompanionSettings {
  /** Database both serve. */
  databaseUrl: string;
  /** The secret Pingyi signs tokens with, so that both accept the same token. */
  jwtSecret: string;
  /** Extra environment variables for the child. */
  env?: Record<string, string>;
}

/**
 * Starts PostGraphile (`postgraphile`) or the raw server (`raw`) as a child process on a free
 * port and resolves once it listens. The child is stopped on cleanup if the caller forgets.
 */
export async function startCompanion(
  ctx: BenchContext,
  kind: Exclude<ServerKind, 'pingyi'>,
  settings: CompanionSettings,
): Promise<ServerUnderTest> {
  const folder = transpileFolder(ctx, path.join('bench', 'b2'));
  const script = path.join(folder, kind === 'raw' ? 'raw-server.js' : 'graphile-server.js');
  const { port, pid, stop } = await startScriptServer(ctx, `${kind} server`, script, {
    DATABASE_URL: settings.databaseUrl,
    B2_JWT_SECRET: settings.jwtSecret,
    ...settings.env,
  });
  return {
    kind,
    baseUrl: `http://127.0.0.1:${port}`,
    pid,
    peakRssMb: () => kbToMb(peakRssKb(pid)),
    stop,
  };
}

/**
 * Starts Pingyi (built, NODE_ENV=production) through the bench context. With `profileDir`, starts
 * it the same way but under `node --cpu-prof` (not allowed in NODE_OPTIONS), the profile written
 * to that folder when it stops.
 */
export async function startPingyi(
  ctx: BenchContext,
  databaseUrl: string,
  profileDir?: string,
  options: Pick<StartPingyiOptions, 'env' | 'root'> = {},
): Promise<ServerUnderTest> {
  if (profileDir) return startProfiledPingyi(ctx, databaseUrl, profileDir);
  const server = await ctx.startPingyi({ databaseUrl, ...options });
  let last: number | null = null;
  return {
    kind: 'pingyi',
    baseUrl: server.baseUrl,
    pid: server.pid,
    peakRssMb: () => (last = kbToMb(server.peakRssKb()) ?? last),
    stop: () => server.stop(),
  };
}

async function startProfiledPingyi(
  ctx: BenchContext,
  databaseUrl: string,
  profileDir: string,
): Promise<ServerUnderTest> {
  await ctx.ensureBuilt();
  const port = await ctx.freePort();
  const child = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${profileDir}`, path.join(ctx.root, 'dist', 'server', 'main.js')],
    {
      cwd: ctx.root,
      detached: true,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PINGYI_DEMO: '0',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
      },
    },
  );
  const stop = () => stopChild(child);
  ctx.onCleanup(stop);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForGraphql(`${baseUrl}/graphql`, 120_000, () => child.exitCode === null && child.signalCode === null);
  return { kind: 'pingyi', baseUrl, pid: child.pid!, peakRssMb: () => kbToMb(peakRssKb(child.pid!)), stop };
}

function kbToMb(kb: number | null): number | null {
  return kb === null ? null : Math.round(kb / 102.4) / 10;
}

/** The address to POST query `id` to on a server of `kind` (GraphQL endpoint, or the raw server's path). */
export function queryUrl(server: ServerUnderTest, id: string): string {
  return server.kind === 'raw' ? `${server.baseUrl}/${id}` : `${server.baseUrl}/graphql`;
}
