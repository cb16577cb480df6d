import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { stopChild } from './process';
import type { BenchContext } from './report';

/** Transpiled folders by source folder, for this process's runs. */
const transpiled = new Map<string, string>();

/**
 * The TypeScript files of `folder` (under the repository root, e.g. "bench/b2") transpiled to
 * CommonJS in a temporary folder, once per process, so a comparison server runs on plain node as
 * Pingyi runs from dist, with no compiler in its memory. Returns that folder, removed on cleanup.
 */
export function transpileFolder(ctx: BenchContext, folder: string): string {
  const done = transpiled.get(folder);
  if (done) return done;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `pingyi-${path.basename(folder)}-`));
  ctx.onCleanup(() => {
    fs.rmSync(out, { recursive: true, force: true });
    transpiled.delete(folder);
  });
  const dir = path.join(ctx.root, folder);
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const js = ts.transpileModule(fs.readFileSync(path.join(dir, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    }).outputText;
    fs.writeFileSync(path.join(out, file.replace(/\.ts$/, '.js')), js);
  }
  transpiled.set(folder, out);
  return out;
}

/** A comparison server while it runs. */
export interface ScriptServer {
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs `script` (plain JavaScript) on a free port with NODE_ENV=production, the repository's
 * node_modules and `env`, and resolves once it prints "ready"; rejects when it exits first or is
 * not ready within 60 s (`label` names it in the error). Stopped on cleanup if the caller forgets.
 */
export async function startScriptServer(
  ctx: BenchContext,
  label: string,
  script: string,
  env: Record<string, string>,
): Promise<ScriptServer> {
  const port = await ctx.freePort();
  const child = spawn(process.execPath, [script], {
    cwd: ctx.root,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NODE_PATH: path.join(ctx.root, 'node_modules'),
      PORT: String(port),
      ...env,
    },
  });
  const stop = () => stopChild(child);
  ctx.onCleanup(stop);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start within 60 s`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label} exited with ${code} before listening`));
    });
  });
  return { port, pid: child.pid!, stop };
}
