import { useTestApi } from './support/api';
import { expectError } from './support/expect';

/**
 * Throttling that protects a meeting room: only evaluated wrong passwords count,
 * usernames are counted as they sign in (trimmed, NFKC, lower case), one `login` field per request,
 * and successful sign-ins are limited per account. All requests come from one address, as a
 * meeting room behind one router does; each test uses its own accounts.
 */
const api = useTestApi({ withShanghai: true });

const LOGIN = `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username } } }`;

/** Signs in and returns the username signed in as, or the error's code and retryAfterSeconds. */
async function attempt(
  username: string,
  password = 'pingyi-demo',
): Promise<{ username?: string; code?: string; message?: string; retryAfterSeconds?: unknown }> {
  const res = await api.server.gql(LOGIN, { u: username, p: password }, { token: null });
  if (res.errors)
    return {
      code: res.errors[0].extensions.code,
      message: res.errors[0].message,
      retryAfterSeconds: res.errors[0].extensions.retryAfterSeconds,
    };
  return { username: res.data!.login.user.username };
}

const TOO_MANY = {
  code: 'UNAUTHENTICATED',
  message: expect.stringMatching(/^Too many sign-in attempts/),
  retryAfterSeconds: expect.any(Number),
};
const WRONG = { code: 'UNAUTHENTICATED', message: 'Wrong username or password', retryAfterSeconds: undefined };

describe('sign-in throttling', () => {
  it("never locks a meeting room out for one account's 100 wrong passwords: refused attempts cost nothing", async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 100; i++) {
      const res = await attempt('waitan.rep', `wrong-${i}`);
      outcomes.push(
        res.message === 'Wrong username or password'
          ? 'wrong'
          : res.code === 'UNAUTHENTICATED' && typeof res.retryAfterSeconds === 'number'
            ? 'too many'
            : JSON.stringify(res),
      );
    }
    expect(outcomes.slice(0, 10)).toEqual(Array(10).fill('wrong'));
    expect(outcomes.slice(10)).toEqual(Array(90).fill('too many'));
    // That account waits, even with its right password …
    expect(await attempt('waitan.rep')).toEqual(TOO_MANY);
    // … but everyone else behind the same address signs in.
    expect(await attempt('waitan.chair')).toEqual({ username: 'waitan.chair' });
    expect(await attempt('huangpu.assessor')).toEqual({ username: 'huangpu.assessor' });
  });

  it('counts and signs in a username as normalised: surrounding space, full-width forms and case are one account', async () => {
    expect(await attempt('ＷＡＩＴＡＮ．ＲＥＰ２')).toEqual({ username: 'waitan.rep2' });
    expect(await attempt('\u3000 Waitan.Rep2\t')).toEqual({ username: 'waitan.rep2' });
    const variants = [
      ' waitan.official ',
      'WAITAN.OFFICIAL',
      'ｗａｉｔａｎ．ｏｆｆｉｃｉａｌ',
      'Waitan.Official\n',
      'waitan.official',
    ];
    for (let i = 0; i < 10; i++) expect(await attempt(variants[i % variants.length], `wrong-${i}`)).toEqual(WRONG);
    for (const variant of variants) expect(await attempt(variant)).toEqual(TOO_MANY);
  });

  it('refuses a second login field in one request as BAD_USER_INPUT naming login, before any password is checked', async () => {
    const twice = (p: string) =>
      `mutation { a: login(username: "waitan.rep5", password: "${p}") { token } b: login(username: "waitan.rep5", password: "${p}") { token } }`;
    const viaFragment = (p: string) =>
      `mutation { ...Both } fragment Both on Mutation { a: login(username: "waitan.rep5", password: "${p}") { token } ... on Mutation { b: login(username: "waitan.rep5", password: "${p}") { token } } }`;
    for (const query of [twice('pingyi-demo'), viaFragment('pingyi-demo')]) {
      const res = await api.server.gql(query, {}, { token: null });
      expect(res.data).toBeNull();
      expect(res.errors?.length).toBeGreaterThanOrEqual(1);
      for (const error of res.errors ?? [])
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'login' });
    }
    // Twelve such requests with wrong passwords evaluate none of them: the account is not locked.
    for (let i = 0; i < 12; i++) {
      const res = await api.server.gql(i % 2 ? twice(`wrong-${i}`) : viaFragment(`wrong-${i}`), {}, { token: null });
      expectError(res, 'BAD_USER_INPUT', 'login');
    }
    expect(await attempt('waitan.rep5')).toEqual({ username: 'waitan.rep5' });
  });

  it('limits successful sign-ins per account (30 per 15 minutes), without telling a right password from a wrong one after that', async () => {
    for (let i = 0; i < 30; i++)
      expect(await attempt(i % 2 ? 'waitan.rep3' : ' WAITAN.REP3 ')).toEqual({ username: 'waitan.rep3' });
    expect(await attempt('waitan.rep3')).toEqual(TOO_MANY);
    expect(await attempt('waitan.rep3', 'not-the-password')).toEqual(TOO_MANY);
    expect(await attempt('waitan.rep4')).toEqual({ username: 'waitan.rep4' });
  });
});
