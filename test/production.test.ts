import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestDatabase, TestDatabase } from './support/databases';
import { startTestServer, TestServer } from './support/server';
import type { GqlResponse } from './support/api';

/**
 * What NODE_ENV=production changes: no introspection and no "Did you mean …"
 * unless PINGYI_INTROSPECTION=1, over HTTP and over the WebSocket; helmet's headers on every
 * answer; JSON answers from 1 KB compressed. The admin and GraphiQL under this policy are checked
 * in Chromium (test/browser/production.test.ts).
 */
const INTROSPECTION = `{ __schema { queryType { name } } }`;

/** Runs `work` with these environment variables set, then puts the old values back. */
async function withEnv<T>(vars: Record<string, string>, work: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await work();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** POSTs an operation without a token and returns the HTTP status, headers and body. */
async function post(
  server: TestServer,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse };
}

/** Sends one operation over graphql-ws and resolves with the errors it gets (or [] for a result). */
function overSocket(
  server: TestServer,
  query: string,
  token: string,
): Promise<{ message: string; extensions?: Record<string, unknown> }[]> {
  const client = createClient({
    url: server.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  return new Promise<{ message: string; extensions?: Record<string, unknown> }[]>((resolve, reject) => {
    client.subscribe(
      { query },
      {
        next: (value) => resolve(value.errors ? [...value.errors] : []),
        error: (err) =>
          Array.isArray(err) ? resolve(err) : reject(err instanceof Error ? err : new Error(JSON.stringify(err))),
        complete: () => resolve([]),
      },
    );
  }).finally(() => client.dispose());
}

describe('NODE_ENV=production', () => {
  let database: TestDatabase;
  let server: TestServer;
  let open: TestServer;

  beforeAll(async () => {
    database = await createTestDatabase({ withShanghai: true });
    server = await withEnv({ NODE_ENV: 'production' }, () => startTestServer(database.url, { webhooks: false }));
    open = await withEnv({ NODE_ENV: 'production', PINGYI_INTROSPECTION: '1' }, () =>
      startTestServer(database.url, { webhooks: false }),
    );
    await server.signIn('huangpu.admin');
  });
  afterAll(async () => {
    await server?.close();
    await open?.close();
    await database?.drop();
  });

  it('refuses introspection as BAD_USER_INPUT, unless PINGYI_INTROSPECTION=1', async () => {
    for (const query of [INTROSPECTION, `{ __type(name: "Official") { name } }`]) {
      const refused = await post(server, query);
      expect(refused.status).toBe(400);
      expect(refused.body.data).toBeUndefined();
      expect(refused.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(refused.body.errors![0].message).toMatch(/introspection/i);
    }
    const allowed = await post(open, INTROSPECTION);
    expect(allowed.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    // __typename is no introspection: clients and health checks may use it.
    expect((await post(server, '{ __typename }')).body).toEqual({ data: { __typename: 'Query' } });
  });

  it('names no schema parts in "Did you mean …" suggestions, in validation and in variables', async () => {
    const field = await post(server, `{ districts { totalCont } }`);
    expect(field.body.errors![0]).toEqual({
      message: 'Cannot query field "totalCont" on type "DistrictConnection".',
      locations: expect.any(Array),
      extensions: { code: 'BAD_USER_INPUT', field: null, reason: 'request.invalid', params: {} },
    });
    const variable = await post(server, `query ($f: OfficialFilter) { officials(filter: $f) { totalCount } }`, {
      f: { nameContain: 'x' },
    });
    expect(variable.body.errors).toEqual([
      {
        message: 'filter.nameContain: Field "nameContain" is not defined by type "OfficialFilter".',
        extensions: {
          code: 'BAD_USER_INPUT',
          field: 'filter.nameContain',
          reason: 'validation.variables',
          params: { field: 'filter.nameContain' },
        },
      },
    ]);
    const enumValue = await post(
      server,
      `query ($c: OfficialCategory) { officials(filter: { category: $c }) { totalCount } }`,
      { c: 'AGENCY_HEA' },
    );
    expect(enumValue.body.errors![0].message).toBe(
      'filter.category: Value "AGENCY_HEA" does not exist in "OfficialCategory" enum.',
    );
    // With PINGYI_INTROSPECTION=1 the suggestions are back.
    expect((await post(open, `{ districts { totalCont } }`)).body.errors![0].message).toMatch(
      /Did you mean "totalCount"\?/,
    );
  });

  it('over the WebSocket: no introspection and only subscriptions', async () => {
    const token = await server.login('huangpu.admin');
    const introspection = await overSocket(server, `subscription { __schema { queryType { name } } }`, token);
    expect(introspection[0]?.message).toMatch(/introspection|subscription/i);
    const query = await overSocket(server, `{ districts { totalCount } }`, token);
    expect(query).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^Only subscriptions run over the WebSocket/),
        extensions: { code: 'BAD_USER_INPUT', field: null, reason: 'request.invalid', params: {} },
      }),
    ]);
    const typo = await overSocket(server, `subscription { meetingProgres(meetingId: "x") { meetingId } }`, token);
    expect(typo[0].message).toBe('Cannot query field "meetingProgres" on type "Subscription".');
  });

  it("sends helmet's headers on every answer: CSP, not frameable, nosniff, no referrer", async () => {
    const answers = [
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      }),
      await fetch(`${server.url}/healthz`),
      await fetch(`${server.url}/admin/`),
      await fetch(`${server.url}/graphiql`),
    ];
    for (const res of answers) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('compresses JSON answers from 1 KB when the client accepts it, and leaves small ones as they are', async () => {
    const big = await post(server, `{ subdistricts(first: 100) { nodes { id code name } } }`, undefined, {
      ...server.authHeader(),
      'accept-encoding': 'gzip',
    });
    expect(big.headers.get('content-encoding')).toBe('gzip');
    expect(big.body.data!.subdistricts.nodes).toHaveLength(100);
    const small = await post(server, '{ __typename }', undefined, { 'accept-encoding': 'gzip' });
    expect(small.headers.get('content-encoding')).toBeNull();
    const plain = await post(server, `{ subdistricts(first: 100) { nodes { id code name } } }`, undefined, {
      ...server.authHeader(),
      'accept-encoding': 'identity',
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body.data!.subdistricts.nodes).toHaveLength(100);
  });
});
