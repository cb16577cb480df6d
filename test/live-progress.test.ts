import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase, TestDatabase } from './support/databases';
import { MeetingFixture, ok, setUpMeeting } from './support/meeting-fixture';
import { startTestServer, TestServer } from './support/server';

/** Redis of this machine (CI starts it); live updates between instances go through it. */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const SUBSCRIBE = `subscription ($m: ID!) { meetingProgress(meetingId: $m) { meetingId status officials { officialId ratingsReceived } } }`;

/** Subscribes on `server` and resolves with the first event satisfying `until`. */
function nextProgress(server: TestServer, token: string | null, meetingId: string, until: (p: any) => boolean): { done: Promise<any>; ready: Promise<void>; dispose(): void } {
  const client = createClient({
    url: server.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  client.on('connected', () => setTimeout(markReady, 200));
  const done = new Promise<any>((resolve, reject) => {
    client.subscribe(
      { query: SUBSCRIBE, variables: { m: meetingId } },
      {
        next: (value) => {
          if (value.errors) reject(new Error(JSON.stringify(value.errors)));
          else if (until(value.data?.meetingProgress)) resolve(value.data?.meetingProgress);
        },
        error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
        complete: () => undefined,
      },
    );
  });
  return { done, ready, dispose: () => void client.dispose() };
}

describe('live progress through Redis across two server instances', () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  let f: MeetingFixture;

  beforeAll(async () => {
    database = await createTestDatabase({ withShanghai: true });
    a = await startTestServer(database.url, { redisUrl: REDIS_URL });
    b = await startTestServer(database.url, { redisUrl: REDIS_URL });
    await a.signIn('huangpu.admin');
    await b.signIn('huangpu.admin');
    f = await setUpMeeting(a, { reps: 2, officials: 1, prefix: 'live.rep' });
    await ok(a, `mutation ($id: ID!) { openMeeting(id: $id) { status } }`, { id: f.meetingId }, f.chairToken);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('delivers a rating submitted on one instance to subscribers of both', async () => {
    const until = (p: any) => p?.officials?.[0]?.ratingsReceived === 1;
    const onA = nextProgress(a, f.chairToken, f.meetingId, until);
    const onB = nextProgress(b, f.chairToken, f.meetingId, until);
    // One subscription that lives through both ratings: it must count again, not repeat its cache.
    const longLived = nextProgress(b, f.chairToken, f.meetingId, (p: any) => p?.officials?.[0]?.ratingsReceived === 2);
    try {
      await Promise.all([onA.ready, onB.ready, longLived.ready]);
      await ok(
        a,
        `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`,
        {
          input: {
            meetingId: f.meetingId,
            officialId: f.officialIds[0],
            satisfaction: 'SATISFIED',
            scores: [
              { key: 'attitude', score: 4 },
              { key: 'efficiency', score: 4 },
              { key: 'integrity', score: 5 },
            ],
          },
        },
        f.repTokens[0],
      );
      const [fromA, fromB] = await Promise.all([onA.done, onB.done]);
      expect(fromA).toEqual({ meetingId: f.meetingId, status: 'OPEN', officials: [{ officialId: f.officialIds[0], ratingsReceived: 1 }] });
      expect(fromB).toEqual(fromA);
      await ok(a, `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`, {
        input: { meetingId: f.meetingId, officialId: f.officialIds[0], satisfaction: 'BASICALLY_SATISFIED', scores: [{ key: 'attitude', score: 3 }, { key: 'efficiency', score: 3 }, { key: 'integrity', score: 3 }] },
      }, f.repTokens[1]);
      expect((await longLived.done).officials[0].ratingsReceived).toBe(2);
    } finally {
      onA.dispose();
      onB.dispose();
      longLived.dispose();
    }
  });

  it('tells a subscriber without a token to sign in', async () => {
    const anonymous = nextProgress(b, null, f.meetingId, () => true);
    try {
      await anonymous.ready;
      await ok(a, `mutation ($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`, { input: { meetingId: f.meetingId, ids: [f.repIds[1]] } }, f.chairToken);
      await expect(anonymous.done).rejects.toThrow(/UNAUTHENTICATED|Sign in/);
    } finally {
      anonymous.dispose();
    }
  });
});
