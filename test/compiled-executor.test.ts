/**
 * The compiled executor (server/core/executor.ts, docs/architecture.md, "The path of a request"):
 * one database, two servers over it — compiled (the default) and graphql-js only
 * (PINGYI_COMPILED_EXECUTOR=0) — must answer the same, cost the same SQL statements, and keep
 * errors, variables, persisted queries and mutations as they are.
 */
import { createHash } from 'node:crypto';
import { REPRESENTATIVE_QUERIES } from '../bench/queries';
import { createTestDatabase, type TestDatabase } from './support/databases';
import { idByCode } from './support/api';
import { expectError } from './support/expect';
import { ok } from './support/factories';
import { startTestServer, type GqlResponse, type TestServer } from './support/server';

let database: TestDatabase;
let compiled: TestServer;
let plain: TestServer;
const year = new Date().getUTCFullYear();

beforeAll(async () => {
  database = await createTestDatabase({ withShanghai: true });
  compiled = await startTestServer(database.url, { webhooks: false, compiledExecutor: true });
  plain = await startTestServer(database.url, { webhooks: false, compiledExecutor: false });
  await compiled.signIn('huangpu.admin');
  await plain.signIn('huangpu.admin');
});

afterAll(async () => {
  await compiled?.close();
  await plain?.close();
  await database?.drop();
});

/** The variables of the four representative queries on 黄浦区's demo data. */
async function representativeVariables(): Promise<Record<string, Record<string, unknown>>> {
  const closed = await ok(
    compiled,
    `query ($y: Int) { evaluationMeetings(filter: { status: CLOSED, year: $y }) { nodes { id } } }`,
    { y: year - 1 },
  );
  const districtId = await idByCode(compiled, 'district', '310101');
  return {
    q1: { subdistrictId: await idByCode(compiled, 'subdistrict', '310101013') },
    q2: { meetingId: closed.evaluationMeetings.nodes[0].id },
    q3: { districtId, year: year - 2 },
    q4: { districtId, first: 100 },
  };
}

/** Sends the same raw request body to both servers and returns both answers with their HTTP status. */
async function both(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const send = async (server: TestServer) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...server.authHeader(), ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as GqlResponse };
  };
  return { compiled: await send(compiled), plain: await send(plain) };
}

describe('the compiled executor', () => {
  it('answers the representative queries as graphql-js does, in the same SQL statements, compiled', async () => {
    const variables = await representativeVariables();
    for (const q of REPRESENTATIVE_QUERIES) {
      const before = compiled.executions().compiled;
      let fast!: GqlResponse;
      let slow!: GqlResponse;
      // Twice: the first request compiles the operation, the second reuses it.
      for (let round = 0; round < 2; round += 1) {
        const fastStatements = await compiled.countQueries(async () => {
          fast = await compiled.gql(q.query, variables[q.id]);
        });
        const slowStatements = await plain.countQueries(async () => {
          slow = await plain.gql(q.query, variables[q.id]);
        });
        expect(fast.errors).toBeUndefined();
        expect(fast).toEqual(slow);
        expect(fastStatements).toBe(slowStatements);
        expect(fastStatements).toBeLessThanOrEqual(q.maxStatements);
      }
      expect(compiled.executions().compiled - before).toBe(2);
    }
    expect(plain.executions()).toEqual({ compiled: 0, 'graphql-js': 0 });
  });

  it('gives every operation its own variables and per-request loaders', async () => {
    const query = `query ($id: ID!) { subdistrict(id: $id) { name offices { name } } }`;
    const codes = ['310101002', '310101013', '310101015'];
    const ids = await Promise.all(codes.map((code) => idByCode(compiled, 'subdistrict', code)));
    const answers = await Promise.all(ids.map((id) => compiled.gql(query, { id })));
    const expected = await Promise.all(ids.map((id) => plain.gql(query, { id })));
    expect(answers).toEqual(expected);
    expect(new Set(answers.map((a) => a.data!.subdistrict!.name)).size).toBe(3);
  });

  it('keeps error codes, reasons, fields and HTTP statuses', async () => {
    const notFound = await both({
      query: `mutation { updateDistrict(id: "00000000-0000-4000-8000-000000000000", input: { name: "无" }) { id } }`,
    });
    expectError(notFound.compiled.body, 'NOT_FOUND');
    expect(notFound.compiled).toEqual(notFound.plain);

    const huangpu = await idByCode(compiled, 'district', '310101');
    const conflict = await both({
      query: `mutation ($d: ID!) { createSubdistrict(input: { code: "310101013", name: "重复", districtId: $d }) { id } }`,
      variables: { d: huangpu },
    });
    expectError(conflict.compiled.body, 'CONFLICT', 'input.code');
    expect(conflict.compiled).toEqual(conflict.plain);

    // Coercion of variables is refused before execution, as a 400 naming the field.
    const badVariable = await both({
      query: `query ($id: ID!, $first: Int) { officials(filter: { districtId: $id }, first: $first) { totalCount } }`,
      variables: { id: huangpu, first: 'many' },
    });
    expect(badVariable.compiled.status).toBe(400);
    expectError(badVariable.compiled.body, 'BAD_USER_INPUT');
    expect(badVariable.compiled).toEqual(badVariable.plain);

    const signedOut = await both({ query: `{ departments { totalCount } }` }, { authorization: '' });
    expectError(signedOut.compiled.body, 'UNAUTHENTICATED');
    expect(signedOut.compiled).toEqual(signedOut.plain);
  });

  it('masks internal errors with the request id', async () => {
    await compiled.db.query('ALTER TABLE department RENAME COLUMN name TO name_hidden');
    try {
      const broken = await both({ query: '{ departments { nodes { name } } }' }, { 'x-request-id': 'jit-request-7' });
      expect(broken.compiled.body.errors![0]).toEqual({
        message: 'Internal server error (request id jit-request-7)',
        path: ['departments', 'nodes'],
        extensions: {
          code: 'INTERNAL_SERVER_ERROR',
          requestId: 'jit-request-7',
          reason: 'internal',
          params: { requestId: 'jit-request-7' },
        },
      });
      expect(broken.compiled).toEqual(broken.plain);
      expect(JSON.stringify(broken.compiled.body)).not.toMatch(/column|name_hidden|SELECT/i);
    } finally {
      await compiled.db.query('ALTER TABLE department RENAME COLUMN name_hidden TO name');
    }
  });

  it('runs persisted queries and mutations compiled', async () => {
    const query = `query Districts { districts(first: 3) { totalCount nodes { name } } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const before = compiled.executions().compiled;
    const registered = await both({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
    const byHash = await both({ extensions: { persistedQuery: { version: 1, sha256Hash } } });
    expect(byHash.compiled.body.data!.districts.totalCount).toBe(16);
    expect(byHash.compiled).toEqual(registered.compiled);
    expect(byHash.compiled).toEqual(byHash.plain);
    expect(compiled.executions().compiled - before).toBe(2);

    // A mutation: the sign-in, compiled like a query.
    const signIn = await compiled.login('huangpu.admin');
    expect(signIn).toMatch(/\S{20,}/);
    expect(compiled.executions().compiled - before).toBe(3);
  });

  it('leaves operations on an interface to graphql-js, with the same answer', async () => {
    const waitan = await idByCode(compiled, 'subdistrict', '310101013');
    const before = compiled.executions();
    const res = await both({
      query: `query ($id: ID!) { node(id: $id) { id ... on Subdistrict { name } } }`,
      variables: { id: waitan },
    });
    expect(res.compiled.body.data).toEqual({ node: { id: waitan, name: '外滩街道' } });
    expect(res.compiled).toEqual(res.plain);
    expect(compiled.executions()).toEqual({ ...before, 'graphql-js': before['graphql-js'] + 1 });
  });

  it('leaves subscriptions to graphql-js', async () => {
    const before = compiled.executions();
    const meetingId = '00000000-0000-4000-8000-000000000000';
    const res = await both({
      query: `subscription ($m: ID!) { meetingProgress(meetingId: $m) { meetingId } }`,
      variables: { m: meetingId },
    });
    expect(res.compiled).toEqual(res.plain);
    expect(compiled.executions()).toEqual({ ...before, 'graphql-js': before['graphql-js'] + 1 });
  });
});
