/// <reference lib="dom" />
/**
 * The built admin and the offline GraphiQL under production settings, in
 * Chromium: the Content-Security-Policy blocks nothing they need (the browser reports every
 * violation), the admin's live meeting progress connects over the WebSocket, GraphiQL works from
 * the committed schema with introspection off, neither page can be framed, and the admin's main
 * script arrives compressed. .ci/run also runs this file with NODE_ENV=production.
 */
import type { Page } from 'playwright-core';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { startTestServer, type TestServer } from '../support/server';
import { DEMO_PASSWORD } from '../../server/demo/demo-users';
import { ensureAdminBuilt, launchChromium, openPage, screenshot, type TestPage } from './support/browser';
import type { Browser } from 'playwright-core';

let database: TestDatabase;
let server: TestServer;
let browser: Browser;
let tab: TestPage;
/** Console messages of the page about the Content-Security-Policy, and the violations it reported. */
const violations: string[] = [];

/** The violations the page's document saw (securitypolicyviolation events), read from the page. */
async function reported(page: Page): Promise<string[]> {
  return page.evaluate(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).slice());
}

beforeAll(async () => {
  ensureAdminBuilt();
  database = await createTestDatabase({ withShanghai: true });
  server = await startTestServer(database.url, { introspection: false, webhooks: false });
  browser = await launchChromium();
  const signIn = await server.gql(
    `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id username displayName role } } }`,
    { u: 'huangpu.admin', p: DEMO_PASSWORD },
    { token: null },
  );
  const { token, user } = signIn.data!.login;
  await server.signIn('huangpu.admin');
  tab = await openPage(browser, server.url, { width: 1280, height: 800 });
  await tab.context.addInitScript(
    ([t, u]) => {
      // Chromium's error page in place of a refused frame has no storage.
      if (!location.href.startsWith('http')) return;
      localStorage.setItem('pingyi.token', t);
      localStorage.setItem('pingyi.user', u);
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] };
        (w.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    },
    [token, JSON.stringify(user)],
  );
  tab.page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
});

afterEach(() => {
  expect(violations).toEqual([]);
  expect(tab.foreignRequests).toEqual([]);
  expect(tab.pageErrors).toEqual([]);
});

afterAll(async () => {
  await tab?.context.close();
  await browser?.close();
  await server?.close();
  await database?.drop();
});

describe('production settings in Chromium', () => {
  it('the admin runs under the CSP, its main script compressed, and the live progress connects', async () => {
    const { page } = tab;
    const script = page.waitForResponse((response) => /\/admin\/assets\/admin-[^/]+\.js$/.test(response.url()));
    await page.goto(`${server.url}/admin/`);
    const headers = await (await script).allHeaders();
    expect(headers['content-encoding']).toMatch(/^(gzip|br|deflate)$/);
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    await page.getByTestId('home-consents').waitFor();

    const meetings = await server.gql(`{ evaluationMeetings(first: 50) { nodes { id status } } }`);
    const open = meetings.data!.evaluationMeetings.nodes.find((m: { status: string }) => m.status === 'OPEN');
    await page.goto(`${server.url}/admin/#/evaluationMeetings/${open!.id}/show`);
    await page.locator('[data-testid="progress-mode"][data-mode="live"]').waitFor();
    await screenshot(page, 'production-admin-meeting');
    expect(await reported(page)).toEqual([]);
  });

  it('GraphiQL works from the committed schema without introspecting, and runs a query', async () => {
    const { page } = tab;
    const bodies: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) bodies.push(request.postData() ?? '');
    });
    await page.goto(`${server.url}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    await page
      .locator('.graphiql-query-editor .view-lines')
      .getByText(/HuangpuSubdistricts/)
      .waitFor();
    const ran = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('HuangpuSubdistricts'),
    );
    await page.locator('.graphiql-execute-button').click();
    const result = await (await ran).json();
    expect(result.data.subdistricts.nodes[0].name).toBe('南京东路街道');
    // The docs come from schema.graphql, descriptions included.
    await page.getByRole('button', { name: /Show Documentation Explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await screenshot(page, 'production-graphiql');
    expect(bodies.filter((b) => b.includes('__schema'))).toEqual([]);
    expect(await reported(page)).toEqual([]);
  });

  it('neither the admin nor GraphiQL can be framed, even by the same origin', async () => {
    const { page } = tab;
    await page.goto(`${server.url}/healthz`);
    for (const target of ['/admin/', '/graphiql']) {
      await page.evaluate((src) => {
        document.body.innerHTML = '';
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.appendChild(frame);
        return new Promise((resolve) => frame.addEventListener('load', resolve));
      }, target);
      const child = page.frames().find((f) => f !== page.mainFrame());
      // Chromium shows its own error page in place of a framed page that refuses it.
      expect(child?.url()).not.toContain(target);
    }
    // The refusals are what the policy is for; they are not failures of the pages.
    violations.length = 0;
  });
});
