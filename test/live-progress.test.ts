import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase, TestDatabase } from './support/databases';
import { MeetingFixture, ok, openMeeting, representatives, setUpMeeting } from './support/factories';
import { startTestServer, TestServer } from './support/server';
import type { Schema } from './support/api';

/** A meeting's live progress, as the subscription sends it. */
type Progress = Schema.MeetingProgress;

/** Redis of this machine (CI starts it); live updates between instances go through it. */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

const SUBSCRIBE = `subscription ($m: ID!) { meetingProgress(meetingId: $m) { meetingId status representativesRegistered officials { officialId ratingsReceived } } }`;

/** Resolves once `condition()` holds, checking every 20 ms (at most 10 s). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!condition()) throw new Error('condition not met within 10 s');
}

/**
 * Subscribes on `server` and resolves `done` with the first event satisfying `until`. `ready`
 * resolves with the first event the subscription receives: `poke` (a change that announces the
 * meeting without changing its ratings) is repeated until one arrives, so the test knows the
 * subscription is live instead of guessing how long that takes.
 */
function nextProgress(
  server: TestServer,
  token: string | null,
  meetingId: string,
  until: (p: Progress | undefined) => boolean,
  poke?: () => Promise<unknown>,
): { done: Promise<Progress>; ready: Promise<void>; pokesStopped: Promise<void>; dispose(): void } {
  const client = createClient({
    url: server.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  let live = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const done = new Promise<Progress>((resolve, reject) => {
    client.subscribe<Pick<Schema.Subscription, 'meetingProgress'>>(
      { query: SUBSCRIBE, variables: { m: meetingId } },
      {
        next: (value) => {
          live = true;
          markReady();
          if (value.errors) reject(new Error(JSON.stringify(value.errors)));
          else if (until(value.data?.meetingProgress)) resolve(value.data!.meetingProgress);
        },
        error: (err) => reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
        complete: () => undefined,
      },
    );
  });
  let disposed = false;
  done.catch(() => (disposed = true));
  // Resolves once the last poke has been answered (at once without pokes).
  const pokesStopped = (async () => {
    while (poke && !live && !disposed) {
      await poke();
      await Promise.race([ready, new Promise((r) => setTimeout(r, 100))]);
    }
  })();
  return {
    done,
    ready,
    pokesStopped,
    dispose: () => {
      disposed = true;
      void client.dispose();
    },
  };
}

/** Connects to `server`'s socket with `token` (none for null) and resolves with the code the server closes it with. */
function closeCodeOf(server: TestServer, token: string | null): Promise<number> {
  return new Promise((resolve) => {
    const client = createClient({
      url: server.url.replace('http', 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      retryAttempts: 0,
      lazy: false,
      on: { closed: (event) => resolve((event as { code: number }).code) },
    });
    client.on('closed', () => void client.dispose());
  });
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
    await openMeeting(a, f);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it('delivers a rating submitted on one instance to subscribers of both', async () => {
    // Registering a registered representative again changes nothing but announces the meeting.
    const poke = () =>
      ok(
        a,
        `mutation ($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`,
        { input: { meetingId: f.meetingId, ids: [f.repIds[1]] } },
        f.chairToken,
      );
    const until = (p?: Progress) => p?.officials?.[0]?.ratingsReceived === 1;
    const onA = nextProgress(a, f.chairToken, f.meetingId, until, poke);
    const onB = nextProgress(b, f.chairToken, f.meetingId, until, poke);
    // One subscription that lives through both ratings: it must count again, not repeat its cache.
    const longLived = nextProgress(b, f.chairToken, f.meetingId, (p) => p?.officials?.[0]?.ratingsReceived === 2, poke);
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
      expect(fromA).toEqual({
        meetingId: f.meetingId,
        status: 'OPEN',
        representativesRegistered: 2,
        officials: [{ officialId: f.officialIds[0], ratingsReceived: 1 }],
      });
      expect(fromB).toEqual(fromA);
      await ok(
        a,
        `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`,
        {
          input: {
            meetingId: f.meetingId,
            officialId: f.officialIds[0],
            satisfaction: 'BASICALLY_SATISFIED',
            scores: [
              { key: 'attitude', score: 3 },
              { key: 'efficiency', score: 3 },
              { key: 'integrity', score: 3 },
            ],
          },
        },
        f.repTokens[1],
      );
      expect((await longLived.done).officials[0].ratingsReceived).toBe(2);
    } finally {
      onA.dispose();
      onB.dispose();
      longLived.dispose();
    }
  });

  it('refuses a socket without a valid token as it connects, before any subscription', async () => {
    for (const token of [null, 'not-a-token', `${f.chairToken}x`]) {
      const refused = await closeCodeOf(b, token);
      expect({ token, code: refused }).toEqual({ token, code: 4403 });
    }
  });

  it('refuses, once and at the start, a subscriber who does not run the meeting', async () => {
    const [otherRep] = (await representatives(a, 1, { subdistrictId: f.waitanId })).tokens;
    for (const token of [f.repTokens[0], otherRep]) {
      const watcher = nextProgress(b, token, f.meetingId, () => true);
      try {
        const error = await watcher.done.then(
          () => null,
          (err: Error) => JSON.parse(err.message),
        );
        expect(error[0].extensions.code).toBe('FORBIDDEN');
      } finally {
        watcher.dispose();
      }
    }
  });

  it('sends an event for a first ballot and none for an amendment, so amendments cannot be counted', async () => {
    const g = await setUpMeeting(a, { reps: 2, officials: 1, prefix: 'live.amend' });
    const [sentinelRep] = (await representatives(a, 1, { subdistrictId: g.waitanId })).ids;
    await openMeeting(a, g);
    const register = (id: string) =>
      ok(
        a,
        `mutation ($input: MeetingPeopleInput!) { registerRepresentatives(input: $input) { id } }`,
        { input: { meetingId: g.meetingId, ids: [id] } },
        g.chairToken,
      );
    // Pokes re-register a registered representative: an event that changes no count. Once the
    // subscription is live, one more representative is registered: events are delivered in the
    // order published, so when the subscriber sees 3 registered, every poke's event is behind it.
    let drained = false;
    const seen: number[] = [];
    const chair = nextProgress(
      b,
      g.chairToken,
      g.meetingId,
      (p) => {
        if (!drained) {
          drained = p!.representativesRegistered === 3;
          return false;
        }
        seen.push(p!.officials[0].ratingsReceived);
        return p!.officials[0].ratingsReceived === 2;
      },
      () => register(g.repIds[1]),
    );
    const rate = (token: string, level: string) =>
      ok(
        a,
        `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { replaced } }`,
        {
          input: {
            meetingId: g.meetingId,
            officialId: g.officialIds[0],
            satisfaction: level,
            scores: [
              { key: 'attitude', score: 4 },
              { key: 'efficiency', score: 4 },
              { key: 'integrity', score: 5 },
            ],
          },
        },
        token,
      );
    try {
      await chair.ready;
      await chair.pokesStopped;
      await register(sentinelRep);
      await until(() => drained);
      await rate(g.repTokens[0], 'SATISFIED');
      await rate(g.repTokens[0], 'VERY_SATISFIED');
      await rate(g.repTokens[0], 'BASICALLY_SATISFIED');
      await rate(g.repTokens[1], 'SATISFIED');
      await chair.done;
      // An amendment's event would have repeated the count 1.
      expect(seen).toEqual([1, 2]);
    } finally {
      chair.dispose();
    }
  });
});
