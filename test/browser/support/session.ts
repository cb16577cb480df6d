/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '../../support/databases';
import { startTestServer, type Answer, type TestServer } from '../../support/server';
import { DEMO_PASSWORD } from '../../../server/demo/demo-users';
import { ensureAdminBuilt, launchChromium, openPage, type TestPage } from './browser';

/** A browser test file's world: a fresh Shanghai database, a server on it, Chromium and one page. */
export interface AdminSession {
  database: TestDatabase;
  server: TestServer;
  browser: Browser;
  tab: TestPage;
  /** Opens another page of `viewport`, signed in as the session's user. */
  openSignedInPage(viewport: { width: number; height: number }): Promise<TestPage>;
  /** Runs a GraphQL operation on the test server and fails the test on any error. */
  gql<T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/** What the admin keeps after its login form: the token and the user. */
export interface SignIn {
  token: string;
  user: Record<string, unknown>;
}

/** Signs `username` in through the API, as the admin's login form does. */
export async function signInThroughApi(
  server: TestServer,
  username: string,
  password = DEMO_PASSWORD,
): Promise<SignIn> {
  const signIn = await server.gql(
    `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username displayName role districtId subdistrictId } } }`,
    { u: username, p: password },
    { token: null },
  );
  if (!signIn.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(signIn.errors)}`);
  return signIn.data.login;
}

/** Opens a page of `viewport` (a phone's with `phone`) that the admin finds signed in as `signIn`'s user. */
export async function signedInPage(
  browser: Browser,
  server: TestServer,
  signIn: SignIn,
  viewport: { width: number; height: number },
  options: { phone?: boolean } = {},
): Promise<TestPage> {
  const tab = await openPage(browser, server.url, viewport, options);
  await tab.context.addInitScript(
    ([t, u]) => {
      localStorage.setItem('pingyi.token', t);
      localStorage.setItem('pingyi.user', u);
    },
    [signIn.token, JSON.stringify(signIn.user)],
  );
  return tab;
}

/** Opens a page of `viewport` signed in as `username` (see signedInPage). */
export async function openPageAs(
  browser: Browser,
  server: TestServer,
  username: string,
  viewport: { width: number; height: number },
  options: { phone?: boolean; password?: string } = {},
): Promise<TestPage> {
  return signedInPage(browser, server, await signInThroughApi(server, username, options.password), viewport, options);
}

/**
 * Registers the hooks every browser test file needs: in beforeAll the admin build, database,
 * server, Chromium and a page of `viewport`; after each test, that the page loaded nothing from
 * another host and threw nothing; in afterAll, all of it closed. Read the session inside tests.
 */
export function useAdminSession(viewport: { width: number; height: number }, username = 'huangpu.admin'): AdminSession {
  const session = {} as AdminSession;
  beforeAll(async () => {
    ensureAdminBuilt();
    session.database = await createTestDatabase({ withShanghai: true });
    session.server = await startTestServer(session.database.url);
    session.browser = await launchChromium();
    const signIn = await signInThroughApi(session.server, username);
    await session.server.signIn(username);
    session.openSignedInPage = (size) => signedInPage(session.browser, session.server, signIn, size);
    session.tab = await session.openSignedInPage(viewport);
    session.gql = async <T = Answer>(query: string, variables?: Record<string, unknown>) => {
      const response = await session.server.gql<T>(query, variables);
      if (response.errors) throw new Error(JSON.stringify(response.errors));
      return response.data as T;
    };
  });
  afterEach(() => {
    // Nothing may come from a CDN, and nothing may crash in the page.
    expect(session.tab.foreignRequests).toEqual([]);
    expect(session.tab.pageErrors).toEqual([]);
  });
  afterAll(async () => {
    await session.tab?.context.close();
    await session.browser?.close();
    await session.server?.close();
    await session.database?.drop();
  });
  return session;
}
