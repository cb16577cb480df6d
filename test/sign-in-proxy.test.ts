import { createTestDatabase, TestDatabase } from './support/databases';
import { startTestServer, TestServer } from './support/server';
import { LOGIN } from './support/operations';
import { user } from './support/factories';

/**
 * Sign-in limits behind a reverse proxy (README, Signing in): with PINGYI_TRUST_PROXY the client's
 * address comes from X-Forwarded-For, believed only from the trusted proxy; without it (the default)
 * the header is ignored, so no client chooses its own address. And the numbers against a meeting
 * room: one person's typos, or a room's, never lock the room, while an attacker guessing one
 * account from many addresses is stopped after FAILURES_PER_ACCOUNT (100) wrong passwords.
 */
let database: TestDatabase;
/** Believes X-Forwarded-For from loopback, where the test's requests come from (a proxy on the same host). */
let proxied: TestServer;
/** The default: trusts no proxy. */
let direct: TestServer;

beforeAll(async () => {
  database = await createTestDatabase({ withShanghai: true });
  proxied = await startTestServer(database.url, { webhooks: false, trustProxy: 'loopback' });
  direct = await startTestServer(database.url, { webhooks: false });
  await proxied.signIn('huangpu.admin');
});

afterAll(async () => {
  await proxied?.close();
  await direct?.close();
  await database?.drop();
});

/** One sign-in as a client at `clientAddress` (sent as X-Forwarded-For): 'ok', 'wrong' or 'too many'. */
async function signIn(server: TestServer, username: string, password: string, clientAddress: string): Promise<string> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress },
    body: JSON.stringify({ query: LOGIN, variables: { username, password } }),
  });
  const body = (await res.json()) as {
    data?: { login?: { token: string } };
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
  if (body.data?.login?.token) return 'ok';
  const error = body.errors?.[0];
  if (error?.message === 'Wrong username or password') return 'wrong';
  if (error?.extensions.code === 'UNAUTHENTICATED' && typeof error.extensions.retryAfterSeconds === 'number')
    return 'too many';
  return JSON.stringify(body);
}

/** `count` sign-ins with wrong passwords; their outcomes. */
async function guesses(server: TestServer, username: string, count: number, clientAddress: string): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(await signIn(server, username, `wrong-guess-${i}`, clientAddress));
  return out;
}

describe('the client address behind a proxy', () => {
  it('believes X-Forwarded-For from a trusted proxy: a user locked out at one address signs in from another', async () => {
    const victim = await user(proxied);
    expect(await guesses(proxied, victim.username, 10, '203.0.113.10')).toEqual(Array(10).fill('wrong'));
    expect(await signIn(proxied, victim.username, 'pingyi-demo', '203.0.113.10')).toBe('too many');
    expect(await signIn(proxied, victim.username, 'pingyi-demo', '198.51.100.20')).toBe('ok');
  });

  it('ignores X-Forwarded-For without PINGYI_TRUST_PROXY: a client cannot escape its limit by naming another address', async () => {
    const victim = await user(proxied);
    const outcomes: string[] = [];
    for (let i = 0; i < 10; i++) outcomes.push(await signIn(direct, victim.username, `wrong-${i}`, `192.0.2.${i + 1}`));
    expect(outcomes).toEqual(Array(10).fill('wrong'));
    expect(await signIn(direct, victim.username, 'pingyi-demo', '192.0.2.99')).toBe('too many');
  });
});

describe('the limits against a meeting room', () => {
  const ROOM = '203.0.113.77';

  it("never locks the room: one person's 20 typos and a hundred people's single typo leave everyone else signing in", async () => {
    const [clumsy, colleague] = [await user(proxied), await user(proxied, { role: 'CHAIR' })];
    const typos = await guesses(proxied, clumsy.username, 20, ROOM);
    expect(typos.slice(0, 10)).toEqual(Array(10).fill('wrong'));
    expect(typos.slice(10)).toEqual(Array(10).fill('too many'));
    // A hundred representatives each mistype their username once (unknown names count like wrong passwords).
    for (let i = 0; i < 100; i++) expect(await signIn(proxied, `room.rep.${i}`, 'pingyi-demo', ROOM)).toBe('wrong');
    expect(await signIn(proxied, colleague.username, 'pingyi-demo', ROOM)).toBe('ok');
    expect(await signIn(proxied, 'waitan.chair', 'pingyi-demo', ROOM)).toBe('ok');
  });

  it('keeps an attacker with many addresses slow: after 100 wrong passwords the account is refused from every address', async () => {
    const target = await user(proxied, { role: 'ASSESSOR', subdistrictId: null });
    const outcomes: string[] = [];
    // Twelve addresses, ten guesses each: each address alone stays under its own limits.
    for (let a = 0; a < 12; a++) outcomes.push(...(await guesses(proxied, target.username, 10, `198.18.0.${a + 1}`)));
    expect(outcomes.slice(0, 100)).toEqual(Array(100).fill('wrong'));
    expect(outcomes.slice(100)).toEqual(Array(20).fill('too many'));
    // Even the right password from a fresh address is refused now; other accounts are not.
    expect(await signIn(proxied, target.username, 'pingyi-demo', '198.18.1.1')).toBe('too many');
    expect(await signIn(proxied, 'huangpu.assessor', 'pingyi-demo', '198.18.1.1')).toBe('ok');
  });
});
