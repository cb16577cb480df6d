import { spawn, ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Redis } from 'ioredis';
import { createTestDatabase, TestDatabase } from './support/databases';
import { startTestServer, TestServer } from './support/server';

/**
 * Sign-in limits live in Redis when a Redis URL is given: two instances count
 * together, and a Redis outage neither blocks sign-in nor stops the limits (an in-memory insurance
 * limiter takes over). The shared Redis of the machine is used with a key prefix of this run only;
 * the outage is staged on a redis-server this test starts and stops itself.
 */
const SHARED_REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

/** The outcome of one sign-in: 'ok', 'wrong' or 'too many'. */
async function attempt(server: TestServer, username: string, password: string): Promise<string> {
  const res = await server.gql(LOGIN, { u: username, p: password }, { token: null });
  if (!res.errors) return res.data!.login.token ? 'ok' : 'no token';
  if (res.errors[0].message === 'Wrong username or password') return 'wrong';
  return typeof res.errors[0].extensions.retryAfterSeconds === 'number' ? 'too many' : JSON.stringify(res.errors);
}

/** The keys of the shared Redis that start with `prefix` (SCAN, never KEYS). */
async function keysWith(redis: Redis, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const batch of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) keys.push(...(batch as string[]));
  return keys;
}

/** A free local TCP port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Starts a throwaway redis-server (no persistence) and resolves once it accepts connections. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
  return child;
}

/** Stops a redis-server started by startRedis and waits for it to exit. */
async function stopRedis(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}

describe('sign-in limits in Redis', () => {
  let database: TestDatabase;
  const prefix = `pingyi-test-${randomUUID()}`;

  beforeAll(async () => {
    database = await createTestDatabase({ withShanghai: true });
  });

  afterAll(async () => {
    // Remove this run's keys only (they would expire within 15 minutes anyway).
    const redis = new Redis(SHARED_REDIS);
    const keys = await keysWith(redis, prefix);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await database?.drop();
  });

  it('holds across two instances sharing Redis', async () => {
    const a = await startTestServer(database.url, { redisUrl: SHARED_REDIS, limitKeyPrefix: prefix, webhooks: false });
    const b = await startTestServer(database.url, { redisUrl: SHARED_REDIS, limitKeyPrefix: prefix, webhooks: false });
    try {
      const outcomes: string[] = [];
      for (let i = 0; i < 10; i++) outcomes.push(await attempt(i % 2 ? a : b, 'waitan.official', `wrong-${i}`));
      expect(outcomes).toEqual(Array(10).fill('wrong'));
      // Ten wrong passwords, five on each instance: the account is refused on both.
      expect(await attempt(a, 'waitan.official', 'pingyi-demo')).toBe('too many');
      expect(await attempt(b, 'waitan.official', 'pingyi-demo')).toBe('too many');
      expect(await attempt(b, 'waitan.chair', 'pingyi-demo')).toBe('ok');
      // The counts are in Redis, under this run's prefix.
      const redis = new Redis(SHARED_REDIS);
      try {
        const keys = await keysWith(redis, prefix);
        expect(keys.some((k) => k.includes('waitan.official'))).toBe(true);
      } finally {
        await redis.quit();
      }
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps signing in and limiting, in memory, while Redis is down', async () => {
    const port = await freePort();
    const redis = await startRedis(port);
    const server = await startTestServer(database.url, {
      limitsRedisUrl: `redis://127.0.0.1:${port}`,
      limitKeyPrefix: `${prefix}-outage`,
      webhooks: false,
    });
    try {
      expect(await attempt(server, 'waitan.rep', 'pingyi-demo')).toBe('ok');
      await stopRedis(redis);
      expect(await attempt(server, 'waitan.rep', 'pingyi-demo')).toBe('ok');
      const outcomes: string[] = [];
      for (let i = 0; i < 10; i++) outcomes.push(await attempt(server, 'waitan.rep2', `wrong-${i}`));
      expect(outcomes).toEqual(Array(10).fill('wrong'));
      expect(await attempt(server, 'waitan.rep2', 'pingyi-demo')).toBe('too many');
      expect(await attempt(server, 'waitan.rep3', 'pingyi-demo')).toBe('ok');
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      await server.close();
      await stopRedis(redis);
    }
  });
});
