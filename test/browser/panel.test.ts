/// <reference lib="dom" />
/**
 * The panel's frame in Chromium: a loading screen (正在加载…) until the admin's scripts run; on a
 * 320 px phone the officials and the other main lists are simple lists and no page scrolls
 * sideways; the light/dark switch changes the theme and the choice survives a reload; a filtered
 * list saved as a query is offered again after a reload and applies its filter. Screenshots go to
 * test/artifacts/.
 */
import { screenshot, waitUntil, type TestPage } from './support/browser';
import { expectNoAxeViolations } from './support/axe';
import { useAdminSession } from './support/session';

const session = useAdminSession({ width: 1280, height: 800 });
const admin = (path: string) => `${session.server.url}/admin/#${path}`;

/** Whether the page is wider than its window (it would scroll sideways). */
const scrollsSideways = (page: TestPage['page']) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

/** The background colour of the page's body, as the browser computes it. */
const bodyBackground = (page: TestPage['page']) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the panel on screens of every size', () => {
  it('shows a loading screen in Chinese until the scripts have run', async () => {
    const tab = await session.openSignedInPage({ width: 1280, height: 800 });
    try {
      const { page } = tab;
      // Hold the admin's scripts back so the loading screen can be seen.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/admin/assets/*.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(admin('/officials'), { waitUntil: 'commit' });
      const loading = page.getByTestId('loading-screen');
      await loading.getByText('正在加载…').waitFor();
      expect(await loading.getAttribute('role')).toBe('status');
      await screenshot(page, 'panel-loading-1280x800');
      release();
      await page.locator('.RaDatagrid-tbody tr').first().waitFor();
      expect(await loading.count()).toBe(0);
    } finally {
      await tab.context.close();
    }
  });

  it('lists officials as a simple list on a 320 px phone, with nothing scrolling sideways', async () => {
    const tab = await session.openSignedInPage({ width: 320, height: 640 });
    try {
      const { page } = tab;
      await page.goto(admin('/officials'));
      const rows = page.locator('.pingyi-phone-list .MuiListItemText-root');
      await rows.first().waitFor();
      expect(await page.locator('table').count()).toBe(0);
      expect(await scrollsSideways(page)).toBe(false);
      // The title stays inside the app bar.
      const title = await page.locator('#react-admin-title').boundingBox();
      const bar = await page.locator('header').first().boundingBox();
      expect(title && bar && title.x + title.width <= bar.x + bar.width).toBe(true);
      await expectNoAxeViolations(page);
      await screenshot(page, 'panel-officials-320x640');
      for (const path of [
        '/subdistricts',
        '/evaluationMeetings',
        '/matters',
        '/districts',
        '/neighborhoods',
        '/offices',
        '/departments',
        '/dispatchedAgencies',
      ]) {
        await page.goto(admin(path));
        await rows.first().waitFor();
        expect({ path, sideways: await scrollsSideways(page) }).toEqual({ path, sideways: false });
      }
      // A row opens the record.
      await page.goto(admin('/officials'));
      await rows.first().click();
      await waitUntil(async () => /\/officials\/[^/]+\/show$/.test(page.url()));
    } finally {
      await tab.context.close();
    }
  });

  it('switches between light and dark, and keeps the choice after a reload', async () => {
    const { page } = session.tab;
    await page.goto(admin('/officials'));
    await page.locator('.RaDatagrid-tbody tr').first().waitFor();
    const light = await bodyBackground(page);
    await page.getByRole('button', { name: '切换明暗主题' }).click();
    await waitUntil(async () => (await bodyBackground(page)) !== light);
    const dark = await bodyBackground(page);
    expect(dark).toBe('rgb(49, 49, 49)');
    await expectNoAxeViolations(page);
    await screenshot(page, 'panel-dark-1280x800');
    await page.reload();
    await page.locator('.RaDatagrid-tbody tr').first().waitFor();
    expect(await bodyBackground(page)).toBe(dark);
    await page.getByRole('button', { name: '切换明暗主题' }).click();
    await waitUntil(async () => (await bodyBackground(page)) === light);
    await page.reload();
    await page.locator('.RaDatagrid-tbody tr').first().waitFor();
    expect(await bodyBackground(page)).toBe(light);
  });

  it('saves a filtered list as a query, offers it after a reload, and applies it', async () => {
    const { page } = session.tab;
    await page.goto(admin('/officials'));
    await page.locator('.RaDatagrid-tbody tr').first().waitFor();
    await page.getByLabel('姓名包含').fill('wang');
    await waitUntil(async () => /nameContains/.test(decodeURIComponent(page.url())));
    // Beside its saved queries, the list still fits the window.
    expect(await scrollsSideways(page)).toBe(false);
    await page.getByRole('button', { name: '保存当前查询…' }).click();
    await page.getByLabel('查询名称').fill('姓王的人员');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('姓王的人员').waitFor();

    await page.goto(admin('/officials?filter=%7B%7D'));
    await page.reload();
    await page.locator('.RaDatagrid-tbody tr').first().waitFor();
    const shown = () => page.locator('.RaDatagrid-tbody tr td.column-name').allTextContents();
    const unfiltered = await shown();
    const { officials } = await session.gql<{ officials: { nodes: { name: string }[] } }>(
      `{ officials(filter: { nameContains: "wang" }, first: 25) { nodes { name } } }`,
    );
    const expected = officials.nodes.map((o) => o.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected).not.toEqual(unfiltered);
    await page.getByText('姓王的人员').click();
    await waitUntil(async () => /wang/.test(decodeURIComponent(page.url())));
    await waitUntil(async () => JSON.stringify(await shown()) === JSON.stringify(expected));
  });
});
