import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { createTestDatabase } from './support/databases';
import { OwnPostgres, startOwnPostgres, startOwnReplica } from './support/own-services';
import { startTestServer, TestServer } from './support/server';

/**
 * Reads from a streaming replica (DATABASE_REPLICA_URLS, docs/scale-out.md): queries are answered
 * by the replica, a writer reads their own write at once, and a replica that stops fails no request
 * and is used again once it is back. The primary and the replica are the test's own clusters
 * (initdb, pg_basebackup -R), holding a copy of the tests' Shanghai database; never the machine's.
 * The router's health checks run only when the test asks (checkNow), never racing it. Two
 * instances share the machine's Redis (keys of this run only) for the writers' positions.
 */
const SHARED_REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ME = `query { me { username districtId } }`;
/** A query that reads a table (`me` is answered from the token's session). */
const COUNT = `query { districts(first: 1) { totalCount } }`;
const CREATE = `mutation ($d: ID!, $n: String!) { createDepartment(input: { districtId: $d, name: $n }) { id name } }`;
const DEPARTMENT = `query ($id: ID!) { department(id: $id) { id name } }`;

/** Runs one statement on a cluster and returns its rows. */
async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Waits until the replica has replayed everything the primary wrote so far, then has the router check it. */
async function caughtUp(primary: OwnPostgres, replica: OwnPostgres, server: TestServer): Promise<void> {
  const [{ lsn }] = await sql<{ lsn: string }>(primary.url, 'SELECT pg_current_wal_lsn()::text AS lsn');
  for (let i = 0; i < 400; i += 1) {
    const [{ done }] = await sql<{ done: boolean }>(
      replica.url,
      `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS done`,
    );
    if (done) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  await server.replicas!.checkNow();
}

/** The reads each side answered so far. */
function reads(server: TestServer): { primary: number; replica: number } {
  return { primary: server.replicas!.primaryReads, replica: server.replicas!.states()[0].reads };
}

describe('reads from a streaming replica', () => {
  let primary: OwnPostgres;
  let replica: OwnPostgres;
  let server: TestServer;
  let other: TestServer;
  let districtId: string;
  const prefix = `pingyi-test-${randomUUID()}`;

  beforeAll(async () => {
    primary = await startOwnPostgres();
    // The tests' Shanghai database (divisions, offices, demo users), copied into the primary.
    const source = await createTestDatabase({ withShanghai: true });
    try {
      await promisify(execFile)(
        'sh',
        ['-c', `pg_dump --no-owner "${source.url}" | psql -q -v ON_ERROR_STOP=1 "${primary.url}"`],
        {
          maxBuffer: 64 * 1024 * 1024,
        },
      );
    } finally {
      await source.drop();
    }
    replica = await startOwnReplica(primary);
    const instance = {
      replicaUrls: [replica.url],
      replicaCheckIntervalMs: 600_000,
      trustProxy: 'loopback',
      redisUrl: SHARED_REDIS,
      limitKeyPrefix: prefix,
      webhooks: false,
    };
    server = await startTestServer(primary.url, instance);
    other = await startTestServer(primary.url, instance);
    await server.signIn('huangpu.admin');
    districtId = (await server.gql(ME)).data!.me.districtId!;
  }, 120_000);

  afterAll(async () => {
    await server?.close().catch(() => undefined);
    await other?.close().catch(() => undefined);
    const redis = new Redis(SHARED_REDIS);
    for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 }))
      if ((keys as string[]).length > 0) await redis.del(...(keys as string[]));
    await redis.quit();
    await replica?.destroy();
    await primary?.destroy();
  });

  it('answers queries from the replica, whose own sessions show Pingyi connected', async () => {
    await caughtUp(primary, replica, server);
    expect(server.replicas!.states()).toEqual([expect.objectContaining({ inService: true, lagMs: 0 })]);
    const before = reads(server);
    const count = await server.gql(COUNT);
    expect(count.data!.districts.totalCount).toBe(16);
    const after = reads(server);
    expect(after.replica).toBeGreaterThan(before.replica);
    expect(after.primary).toBe(before.primary);
    const sessions = await sql<{ n: number }>(
      replica.url,
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'pingyi-replica'`,
    );
    expect(sessions[0].n).toBeGreaterThan(0);
  });

  it("shows a writer their own write at once while the replica lags; others read the replica's older state", async () => {
    await sql(replica.url, 'SELECT pg_wal_replay_pause()');
    const created = await server.gql(CREATE, { d: districtId, n: '黄浦区副本读写局' });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createDepartment.id;

    // The writer (same user, same address): from the primary, their department is there.
    const before = reads(server);
    const own = await server.gql(DEPARTMENT, { id });
    expect(own.data!.department).toEqual({ id, name: '黄浦区副本读写局' });
    expect(reads(server).primary).toBeGreaterThan(before.primary);
    expect(reads(server).replica).toBe(before.replica);

    // Someone else (another user's token, another address): the paused replica, without it yet.
    const other = await server.login('huangpu.assessor');
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other}`, 'x-forwarded-for': '10.9.8.7' },
      body: JSON.stringify({ query: DEPARTMENT, variables: { id } }),
    });
    const answer = (await res.json()) as { data: { department: unknown }; errors?: unknown[] };
    expect(answer.errors).toBeUndefined();
    expect(answer.data.department).toBeNull();
    expect(reads(server).replica).toBeGreaterThan(before.replica);

    // Replay resumes; once the replica has passed the write, the writer reads from it again.
    await sql(replica.url, 'SELECT pg_wal_replay_resume()');
    await caughtUp(primary, replica, server);
    const replayed = reads(server);
    expect((await server.gql(DEPARTMENT, { id })).data!.department).toEqual({ id, name: '黄浦区副本读写局' });
    expect(reads(server).replica).toBeGreaterThan(replayed.replica);
    expect(reads(server).primary).toBe(replayed.primary);
  });

  it('shows a writer their own write through another instance, from another address (positions in Redis)', async () => {
    const token = await server.login('huangpu.admin');
    await caughtUp(primary, replica, server);
    await other.replicas!.checkNow();
    await sql(replica.url, 'SELECT pg_wal_replay_pause()');
    try {
      const created = await server.gql(CREATE, { d: districtId, n: '黄浦区跨实例读写局' }, { token });
      const id = created.data!.createDepartment.id;
      const before = other.replicas!.primaryReads;
      const res = await fetch(`${other.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'x-forwarded-for': '10.1.1.1',
        },
        body: JSON.stringify({ query: DEPARTMENT, variables: { id } }),
      });
      const body = (await res.json()) as { data: { department: unknown } };
      expect(body.data.department).toEqual({ id, name: '黄浦区跨实例读写局' });
      expect(other.replicas!.primaryReads).toBeGreaterThan(before);
    } finally {
      await sql(replica.url, 'SELECT pg_wal_replay_resume()');
    }
  });

  it('fails no request when the replica stops mid-run, and uses it again once it is back', async () => {
    await caughtUp(primary, replica, server);
    const before = reads(server);
    const answers: unknown[] = [];
    let stopped: Promise<void> | undefined;
    const worker = async () => {
      while (answers.length < 240) {
        if (answers.length === 60 && !stopped) stopped = replica.stop();
        const res = await server.gql(COUNT);
        answers.push(res.errors ?? res.data!.districts.totalCount);
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    await stopped;
    expect(answers.filter((a) => a !== 16)).toEqual([]);
    expect(server.replicas!.states()[0].inService).toBe(false);
    expect(reads(server).replica).toBeGreaterThan(before.replica);

    // Out of service: reads go to the primary.
    const out = reads(server);
    expect((await server.gql(COUNT)).data!.districts.totalCount).toBe(16);
    expect(reads(server).primary).toBeGreaterThan(out.primary);
    expect(reads(server).replica).toBe(out.replica);

    await replica.start();
    await caughtUp(primary, replica, server);
    expect(server.replicas!.states()[0].inService).toBe(true);
    const back = reads(server);
    expect((await server.gql(COUNT)).data!.districts.totalCount).toBe(16);
    expect(reads(server).replica).toBeGreaterThan(back.replica);
  });
});
