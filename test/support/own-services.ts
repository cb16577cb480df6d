import { ChildProcess, execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A Redis server or a PostgreSQL cluster of one test file, on a free port of 127.0.0.1, that the
 * test may stop and start again (the shared services of the machine are never stopped). Each is
 * removed by `destroy`.
 */

/** A TCP port of 127.0.0.1 that is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Waits until `check` resolves true, polling every 100 ms; fails after `ms`. */
export async function waitFor(what: string, check: () => Promise<boolean>, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Sends one inline Redis command and resolves with the raw reply text. */
export function redisCommand(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    socket.setTimeout(1000, () => socket.destroy(new Error('no reply')));
    socket.once('error', reject);
    socket.on('data', (chunk) => {
      reply += chunk.toString('utf8');
      if (reply.endsWith('\r\n')) {
        socket.end();
        resolve(reply);
      }
    });
    socket.write(`${command}\r\n`);
  });
}

/** A redis-server of the test's own (no persistence). */
export interface OwnRedis {
  url: string;
  port: number;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Starts it again on the same port and waits until it answers PING. */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** Starts `redis-server` on a free port with `--save "" --appendonly no` in a temporary folder. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-redis-'));
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: 'ignore' },
    );
    await waitFor('redis-server', async () => (await redisCommand(port, 'PING')).startsWith('+PONG'));
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    async destroy() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The folder of PostgreSQL's programs: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin, else the PATH. */
function pgBin(program: string): string {
  const base = '/usr/lib/postgresql';
  const dir =
    process.env.PG_BIN ??
    (fs.existsSync(base)
      ? fs
          .readdirSync(base)
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => path.join(base, v, 'bin'))
          .find((d) => fs.existsSync(path.join(d, program)))
      : undefined);
  return dir ? path.join(dir, program) : program;
}

/** Runs a PostgreSQL program, as the `postgres` user when this process is root (initdb refuses root). */
async function runPg(program: string, args: string[]): Promise<void> {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', pgBin(program), ...args]] : [pgBin(program), args];
  await promisify(execFile)(cmd, argv);
}

/** A PostgreSQL cluster of the test's own (trust authentication, user postgres). */
export interface OwnPostgres {
  /** URL of its `postgres` database. */
  url: string;
  port: number;
  /** Stops the server (fast shutdown: sessions end with 57P01) and waits for it. */
  stop(): Promise<void>;
  /** Starts it again on the same port and waits until it accepts connections. */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/** `initdb` in a temporary folder, then `pg_ctl start` on a free port of 127.0.0.1 (socket in the same folder). */
export async function startOwnPostgres(): Promise<OwnPostgres> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const data = path.join(dir, 'data');
  await runPg('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  const start = async () =>
    runPg('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  const stop = async () => runPg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  await start();
  return ownCluster(dir, port, start, stop);
}

/** The OwnPostgres of a started cluster in `dir` (removed by destroy). */
function ownCluster(dir: string, port: number, start: () => Promise<void>, stop: () => Promise<void>): OwnPostgres {
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await start();
      running = true;
    },
    async stop() {
      await stop();
      running = false;
    },
    async destroy() {
      if (running) await stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A streaming replica of `primary` (a cluster of startOwnPostgres): `pg_basebackup -R` (WAL
 * streamed during the copy, standby.signal and primary_conninfo written) into a temporary folder,
 * started on a free port of 127.0.0.1 as a hot standby. Stop and start it like a cluster.
 */
export async function startOwnReplica(primary: OwnPostgres): Promise<OwnPostgres> {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pingyi-replica-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', dir]);
  const data = path.join(dir, 'data');
  await runPg('pg_basebackup', [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    data,
    '-R',
    '-X',
    'stream',
    '--checkpoint=fast',
    '--no-sync',
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c hot_standby=on`;
  const start = async () =>
    runPg('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  const stop = async () => runPg('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  await start();
  return ownCluster(dir, port, start, stop);
}
