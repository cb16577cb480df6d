/// <reference lib="dom" />
/**
 * Each role's home and menu in Chromium: the ADMIN's waiting work, the chair's meeting in session
 * with a large button into its room, the representative's way to the ballot, the assessor's year
 * and the official's own page (我的评议) with their assessment; 新建 on the officials' list and the
 * GraphQL console for the ADMIN only. Screenshots go to test/artifacts/.
 */
import { DEMO_PASSWORD } from '../../server/demo/demo-users';
import * as make from '../support/factories';
import { screenshot, type TestPage } from './support/browser';
import { openPageAs, useAdminSession } from './support/session';
import { menuOf } from './support/walk';

const VIEWPORT = { width: 1024, height: 768 };
const session = useAdminSession(VIEWPORT);

/** A page signed in as `username`, opened on the admin's home. */
async function homeOf(username: string, password = DEMO_PASSWORD): Promise<TestPage> {
  const tab = await openPageAs(session.browser, session.server, username, VIEWPORT, { password });
  await tab.page.goto(`${session.server.url}/admin/#/`);
  return tab;
}

/** Whether the officials' list offers 新建. */
async function offersCreate(tab: TestPage): Promise<boolean> {
  await tab.page.goto(`${session.server.url}/admin/#/officials`);
  await tab.page.locator('.RaDatagrid-row, .MuiTableBody-root tr').first().waitFor();
  return (await tab.page.getByLabel('新建').count()) > 0;
}

/** Runs `check` on a fresh page of `username`, then checks the page threw nothing and closes it. */
async function asUser(username: string, check: (tab: TestPage) => Promise<void>, password?: string) {
  const tab = await homeOf(username, password);
  try {
    await check(tab);
    expect(tab.pageErrors).toEqual([]);
    expect(tab.foreignRequests).toEqual([]);
  } finally {
    await tab.context.close();
  }
}

describe('a home and a menu for each role', () => {
  it('shows the ADMIN what waits — consents, open cases, meetings to schedule — and the whole menu with the console', async () => {
    await asUser('huangpu.admin', async (tab) => {
      const { page } = tab;
      await page.getByText('您好，黄浦区管理员（演示）').waitFor();
      for (const id of ['home-consents', 'home-cases', 'home-meetings']) await page.getByTestId(id).waitFor();
      const drafts = await session.gql(`{ evaluationMeetings(filter: { status: DRAFT }) { totalCount } }`);
      await page
        .getByTestId('home-meetings')
        .getByText(String(drafts.evaluationMeetings.totalCount), { exact: true })
        .waitFor();
      await screenshot(page, 'home-admin-1024x768');
      const menu = await menuOf(tab.page);
      expect(menu[0]).toBe('首页');
      expect(menu).toContain('GraphQL 调试台');
      expect(menu).toContain('接口令牌');
      expect(await offersCreate(tab)).toBe(true);
    });
  });

  it('gives the chair their meeting in session with a large button into its room, and no console', async () => {
    await asUser('waitan.chair', async (tab) => {
      const { page } = tab;
      const enter = page.getByTestId('home-open-meeting').getByRole('link', { name: '进入会场' }).first();
      await enter.waitFor();
      expect((await enter.boundingBox())!.height).toBeGreaterThanOrEqual(48);
      await screenshot(page, 'home-chair-1024x768');
      expect(await menuOf(tab.page)).not.toContain('GraphQL 调试台');
      await enter.click();
      await page.waitForURL(/#\/evaluationMeetings\/[^/]+\/show/);
      expect(await offersCreate(tab)).toBe(false);
    });
  });

  it('gives the representative one button to the ballot and the voting screen in the menu', async () => {
    await asUser('waitan.rep', async (tab) => {
      const { page } = tab;
      await page.getByTestId('home-vote').getByRole('link', { name: '开始评议' }).waitFor();
      await screenshot(page, 'home-representative-1024x768');
      const menu = await menuOf(tab.page);
      expect(menu).not.toContain('GraphQL 调试台');
      expect(menu).not.toContain('接口令牌');
      expect(await offersCreate(tab)).toBe(false);
    });
  });

  it("shows the assessor this year's assessments and open cases, without the console or 新建", async () => {
    await asUser('huangpu.assessor', async (tab) => {
      const { page } = tab;
      await page.getByTestId('home-year').getByText(`${new Date().getFullYear()}年度考核一览`).waitFor();
      await page.getByTestId('home-year').getByRole('link', { name: '打开考核总览' }).waitFor();
      await screenshot(page, 'home-assessor-1024x768');
      const menu = await menuOf(tab.page);
      expect(menu).not.toContain('GraphQL 调试台');
      expect(menu).toContain('考核总览');
      expect(await offersCreate(tab)).toBe(false);
    });
  });

  it('shows the official their own page: who they are and their assessment, without the console or 新建', async () => {
    const official = await make.official(session.server, { name: '主页人员', title: '科员' });
    await make.finalize(session.server, await make.assessYear(session.server, official.id, 2009, 92));
    const user = await make.user(session.server, { role: 'OFFICIAL', officialId: official.id });
    await asUser(user.username, async (tab) => {
      const { page } = tab;
      await page.getByTestId('home-official').getByText('我的评议：主页人员').waitFor();
      const row = page.getByTestId('home-assessments').getByRole('row').filter({ hasText: '2009' });
      await row.getByText('优秀').waitFor();
      await row.getByText('已定稿').waitFor();
      await row.getByText('92.00').waitFor();
      await screenshot(page, 'home-official-1024x768');
      expect(await menuOf(tab.page)).not.toContain('GraphQL 调试台');
      expect(await offersCreate(tab)).toBe(false);
    });
    // The demo official is linked to a 外滩 official with three finalised grades: their own page, not the note.
    await asUser('waitan.official', async (tab) => {
      await tab.page
        .getByTestId('home-official')
        .getByText(/^我的评议：/)
        .waitFor();
      await tab.page.getByTestId('home-assessments').getByText('已定稿').first().waitFor();
    });
  });
});
