import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { queryOnce } from '../lib/context';
import { stopChild } from '../lib/process';
import type { BenchContext } from '../lib/report';

/** The anchor server while it runs: where it answers, and how to stop it. */
export interface AnchorServer {
  /** The address B3 posts its ratings to (any path answers). */
  url: string;
  stop(): Promise<void>;
}

/** The secret Pingyi signs tokens with: PINGYI_AUTH_SECRET, else the key Pingyi keeps in the database. */
async function signingSecret(databaseUrl: string): Promise<string> {
  if (process.env.PINGYI_AUTH_SECRET) return process.env.PINGYI_AUTH_SECRET;
  const [row] = await queryOnce<{ secret: string }>(databaseUrl, 'SELECT secret FROM auth_key WHERE id = 1');
  if (!row) throw new Error('Pingyi has no signing key yet');
  return row.secret;
}

/**
 * Starts B3's raw http + pg server (raw-server.ts, transpiled to plain JavaScript in a temporary
 * folder so that no compiler runs beside it) on a free port, with Pingyi's signing secret so that
 * it takes the representatives' tokens; resolves once it listens. Stopped on cleanup too.
 */
export async function startAnchor(ctx: BenchContext): Promise<AnchorServer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-b3-'));
  ctx.onCleanup(() => fs.rmSync(folder, { recursive: true, force: true }));
  const source = fs.readFileSync(path.join(ctx.root, 'bench', 'b3', 'raw-server.ts'), 'utf8');
  const script = path.join(folder, 'raw-server.js');
  fs.writeFileSync(
    script,
    ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText,
  );
  const port = await ctx.freePort();
  const child = spawn(process.execPath, [script], {
    cwd: ctx.root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_PATH: path.join(ctx.root, 'node_modules'),
      DATABASE_URL: ctx.databaseUrl,
      PORT: String(port),
      B3_JWT_SECRET: await signingSecret(ctx.databaseUrl),
    },
  });
  const stop = () => stopChild(child);
  ctx.onCleanup(stop);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the raw server did not start within 60 s')), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the raw server exited with ${code} before listening`));
    });
  });
  return { url: `http://127.0.0.1:${port}/rate`, stop };
}
