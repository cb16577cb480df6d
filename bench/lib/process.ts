import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** Resolves to a TCP port on 127.0.0.1 that is free right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Peak resident set size of process `pid` in KB (VmHWM from /proc), or null when it cannot be
 * read (process gone, not Linux).
 */
export function peakRssKb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Posts `{ __typename }` to a GraphQL endpoint until it answers 200, every `intervalMs` ms.
 * Resolves to the ms waited; rejects after `timeoutMs` ms or when `alive()` turns false.
 */
export async function waitForGraphql(
  graphqlUrl: string,
  timeoutMs: number,
  alive: () => boolean,
  intervalMs = 50,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (!alive()) throw new Error(`the server exited before answering ${graphqlUrl}`);
    try {
      const res = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(2000),
      });
      await res.arrayBuffer();
      if (res.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > timeoutMs)
      throw new Error(`no GraphQL answer from ${graphqlUrl} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/**
 * Sends SIGTERM to a child (its whole process group when it was spawned detached) and waits for
 * its exit; SIGKILL after `graceMs` ms. Resolves once it has exited.
 */
export async function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (sig: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, sig);
    } catch {
      child.kill(sig);
    }
  };
  signal('SIGTERM');
  const timer = setTimeout(() => signal('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * Runs a command to completion with inherited stderr; resolves to its stdout text, rejects with
 * the exit code when it fails. `env` extends the current environment.
 */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; quiet?: boolean },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', options.quiet ? 'pipe' : 'inherit'],
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (err += d));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}${err ? `: ${err.slice(-2000)}` : ''}`));
    });
  });
}
