import { OwnPostgres, startOwnPostgres, waitFor } from './support/own-services';
import { startTestServer, TestServer } from './support/server';
import type { GqlResponse } from './support/api';

/**
 * PostgreSQL going away under a running server: GraphQL answers HTTP 503 with
 * SERVICE_UNAVAILABLE and Retry-After, in a resolver and while reading the caller's token, and
 * recovers without a restart when PostgreSQL is back. The cluster is the test's own (initdb in a
 * temporary folder), stopped and started again; never the machine's.
 */
const LOGIN = `mutation { login(username: "nobody", password: "not-a-password") { token } }`;
/** A well-formed service token that no database holds: reading it needs PostgreSQL before any resolver runs. */
const UNKNOWN_SERVICE_TOKEN = `pyt_${'A'.repeat(43)}`;

async function post(server: TestServer, query: string, token?: string) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as GqlResponse };
}

describe('a PostgreSQL outage', () => {
  let pg: OwnPostgres;
  let server: TestServer;

  beforeAll(async () => {
    pg = await startOwnPostgres();
    server = await startTestServer(pg.url);
  });
  afterAll(async () => {
    await server?.close().catch(() => undefined);
    await pg?.destroy();
  });

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while it lasts, then recovers by itself', async () => {
    const before = await post(server, LOGIN);
    expect(before.status).toBe(200);
    expect(before.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');

    await pg.stop();
    const unavailable = {
      message: 'The database is unavailable; try again in 5 seconds',
      extensions: {
        code: 'SERVICE_UNAVAILABLE',
        reason: 'serviceUnavailable',
        params: { seconds: 5 },
        retryAfterSeconds: 5,
      },
    };
    // In a resolver: the sign-in looks the user up.
    const login = await post(server, LOGIN);
    expect(login).toEqual({
      status: 503,
      retryAfter: '5',
      body: { errors: [expect.objectContaining(unavailable)], data: null },
    });
    // Before any resolver: the context reads the caller's token.
    const withToken = await post(server, `{ districts { totalCount } }`, UNKNOWN_SERVICE_TOKEN);
    expect(withToken).toEqual({
      status: 503,
      retryAfter: '5',
      body: { errors: [expect.objectContaining(unavailable)] },
    });
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);

    await pg.start();
    await waitFor(
      'the server to reach PostgreSQL again',
      async () => (await fetch(`${server.url}/healthz`)).status === 200,
    );
    const after = await post(server, LOGIN);
    expect(after.status).toBe(200);
    expect(after.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const token = await post(server, `{ districts { totalCount } }`, UNKNOWN_SERVICE_TOKEN);
    expect(token.status).toBe(401);
    expect(token.body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
