import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase, TestDatabase } from './support/databases';
import { CRITERIA, MeetingFixture, ok, openMeeting, setUpMeeting } from './support/factories';
import { OwnRedis, redisCommand, startOwnRedis, waitFor } from './support/own-services';
import { startTestServer, TestServer } from './support/server';
import type { Schema } from './support/api';

/**
 * A Redis outage under two instances: writes go on, the process lives, /healthz
 * says "degraded", live events reach the writing instance's own subscribers meanwhile, and every
 * subscription resumes through Redis when it returns. Redis here is the test's own, stopped and
 * started again; never the machine's.
 */
const SUBSCRIBE = `subscription ($m: ID!) { meetingProgress(meetingId: $m) { officials { officialId ratingsReceived } } }`;
const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`;

/** A subscription whose events (ratings received by the first official) are kept in order. */
function follow(server: TestServer, token: string, meetingId: string): { counts: number[]; dispose(): void } {
  const counts: number[] = [];
  const client = createClient({
    url: server.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  client.subscribe<Pick<Schema.Subscription, 'meetingProgress'>>(
    { query: SUBSCRIBE, variables: { m: meetingId } },
    {
      next: (value) => counts.push(value.data?.meetingProgress?.officials?.[0]?.ratingsReceived ?? -1),
      error: () => counts.push(-1),
      complete: () => undefined,
    },
  );
  return { counts, dispose: () => void client.dispose() };
}

/** Subscriber connections Redis counts over all channels (PUBSUB CHANNELS, then NUMSUB). */
async function subscribers(redis: OwnRedis): Promise<number> {
  const channels = (await redisCommand(redis.port, 'PUBSUB CHANNELS'))
    .split('\r\n')
    .filter((line) => line && !/^[*$]/.test(line));
  if (channels.length === 0) return 0;
  const reply = await redisCommand(redis.port, `PUBSUB NUMSUB ${channels.join(' ')}`);
  return reply
    .split('\r\n')
    .filter((line) => line.startsWith(':'))
    .reduce((sum, line) => sum + Number(line.slice(1)), 0);
}

/** GET /healthz: status and body. */
async function health(server: TestServer): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${server.url}/healthz`);
  return { status: res.status, body: await res.json() };
}

function rating(f: MeetingFixture) {
  return {
    meetingId: f.meetingId,
    officialId: f.officialIds[0],
    satisfaction: 'SATISFIED',
    scores: CRITERIA.map((c) => ({ key: c.key, score: 4 })),
  };
}

describe('a Redis outage', () => {
  let redis: OwnRedis;
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  let f: MeetingFixture;

  beforeAll(async () => {
    redis = await startOwnRedis();
    database = await createTestDatabase({ withShanghai: true });
    a = await startTestServer(database.url, { redisUrl: redis.url, webhooks: false });
    b = await startTestServer(database.url, { redisUrl: redis.url, webhooks: false });
    await a.signIn('huangpu.admin');
    f = await setUpMeeting(a, { reps: 2, officials: 1, prefix: 'outage.rep' });
    await openMeeting(a, f);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
    await redis?.destroy();
  });

  it('is survived: writes succeed, /healthz says degraded, live events resume when Redis returns', async () => {
    await waitFor(
      'both instances connected to Redis',
      async () => (await health(a)).status === 200 && (await health(b)).status === 200,
    );
    expect((await health(a)).body).toEqual({ status: 'ok', redis: 'ok' });
    const onA = follow(a, f.chairToken, f.meetingId);
    const onB = follow(b, f.chairToken, f.meetingId);
    try {
      // Each instance has subscribed its channel in Redis once its subscriber is registered.
      await waitFor('both subscriptions in Redis', async () => (await subscribers(redis)) === 2);

      await redis.stop();
      await waitFor(
        'both instances to notice',
        async () =>
          JSON.stringify((await health(a)).body).includes('unavailable') &&
          JSON.stringify((await health(b)).body).includes('unavailable'),
      );
      expect(await health(a)).toEqual({ status: 200, body: { status: 'degraded', redis: 'unavailable' } });

      // A write during the outage succeeds; its event reaches the subscribers of the same instance.
      expect(await ok(a, SUBMIT, { input: rating(f) }, f.repTokens[0])).toEqual({ submitRating: { replaced: false } });
      await waitFor('the event on the writing instance', async () => onA.counts.includes(1));

      await redis.start();
      await waitFor('both instances to subscribe again', async () => (await subscribers(redis)) === 2);
      await waitFor(
        'both instances healthy',
        async () =>
          JSON.stringify((await health(a)).body) === '{"status":"ok","redis":"ok"}' && (await health(b)).status === 200,
      );

      expect(await ok(a, SUBMIT, { input: rating(f) }, f.repTokens[1])).toEqual({ submitRating: { replaced: false } });
      await waitFor(
        'the event through Redis on both instances',
        async () => onA.counts.includes(2) && onB.counts.includes(2),
      );
      expect(onB.counts).toEqual([2]);
      expect(onA.counts).toEqual([1, 2]);
    } finally {
      onA.dispose();
      onB.dispose();
    }
  });
});
