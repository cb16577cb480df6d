import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stopChild } from '../lib/process';
import type { BenchContext } from '../lib/report';

/** How to install the balancer when it is missing (Debian's package). */
export const HAPROXY_INSTALL = 'sudo apt-get install -y haproxy';

/** A running HAProxy in front of Pingyi instances. */
export interface Balancer {
  /** Base address of the balancer, e.g. "http://127.0.0.1:41234". */
  baseUrl: string;
  /** HTTP answers each backend server gave so far (HAProxy's stats: 1xx–5xx responses), by server name. */
  answersPerServer(): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/** The haproxy program on the PATH (or in /usr/sbin), or undefined when it is not installed. */
export function findHaproxy(): string | undefined {
  for (const candidate of ['haproxy', '/usr/sbin/haproxy']) {
    const probe = spawnSync(candidate, ['-v'], { stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  return undefined;
}

/** Sends one command to HAProxy's stats socket and resolves with the whole reply. */
function statsCommand(socketPath: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(socketPath);
    let reply = '';
    socket.setTimeout(2000, () => socket.destroy(new Error('no reply from the HAProxy stats socket')));
    socket.once('error', reject);
    socket.on('data', (chunk) => (reply += chunk.toString('utf8')));
    socket.on('end', () => resolve(reply));
    socket.write(`${command}\n`);
  });
}

/**
 * Starts HAProxy (foreground, `-db`) on a free port of 127.0.0.1, balancing HTTP requests round
 * robin over `backends` (base addresses of Pingyi instances), each health-checked on /healthz every
 * 2 s (out after 3 failures, a failure being no answer within 5 s); `option forwardfor` gives Pingyi the client's address (PINGYI_TRUST_PROXY=loopback on the
 * instances). WebSocket upgrades pass through (subscriptions). Resolves once it accepts connections.
 */
export async function startBalancer(ctx: BenchContext, program: string, backends: string[]): Promise<Balancer> {
  const port = await ctx.freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-haproxy-'));
  const socketPath = path.join(dir, 'stats.sock');
  const servers = backends.map((base, i) => {
    const { hostname, port: backendPort } = new URL(base);
    return `  server pingyi${i + 1} ${hostname}:${backendPort} check inter 2s fall 3 rise 2`;
  });
  const config = [
    'global',
    `  stats socket ${socketPath} mode 600 level admin`,
    '  maxconn 4096',
    'defaults',
    '  mode http',
    '  timeout connect 5s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout tunnel 1h',
    // A busy instance answers /healthz slowly, not wrongly: without this the check's time limit is
    // its interval, and a burst that makes /healthz take over a second takes every instance out
    // (HAProxy then answers 503 itself; the first B7 run did).
    '  timeout check 5s',
    '  option forwardfor',
    'frontend pingyi',
    `  bind 127.0.0.1:${port}`,
    '  default_backend instances',
    'backend instances',
    '  balance roundrobin',
    '  option httpchk GET /healthz',
    ...servers,
    '',
  ].join('\n');
  const configPath = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(configPath, config);
  const child = spawn(program, ['-db', '-f', configPath], { detached: true, stdio: ['ignore', 'ignore', 'inherit'] });
  const stop = async () => {
    await stopChild(child);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  ctx.onCleanup(stop);
  for (let waited = 0; ; waited += 100) {
    const up = await new Promise<boolean>((resolve) => {
      const probe = net.connect(port, '127.0.0.1');
      probe.once('connect', () => probe.end(() => resolve(true)));
      probe.once('error', () => resolve(false));
    });
    if (up && fs.existsSync(socketPath)) break;
    if (child.exitCode !== null || waited > 10_000) throw new Error(`HAProxy did not start (exit ${child.exitCode})`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async answersPerServer() {
      const csv = (await statsCommand(socketPath, 'show stat')).trim().split('\n');
      const header = csv[0].replace(/^# /, '').split(',');
      const col = (name: string) => header.indexOf(name);
      const counts: Record<string, number> = {};
      for (const line of csv.slice(1)) {
        const cells = line.split(',');
        if (cells[col('pxname')] !== 'instances' || !cells[col('svname')].startsWith('pingyi')) continue;
        counts[cells[col('svname')]] = ['hrsp_1xx', 'hrsp_2xx', 'hrsp_3xx', 'hrsp_4xx', 'hrsp_5xx'].reduce(
          (n, c) => n + Number(cells[col(c)] || 0),
          0,
        );
      }
      return counts;
    },
    stop,
  };
}
