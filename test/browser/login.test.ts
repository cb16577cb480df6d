/// <reference lib="dom" />
/**
 * Signing in to the admin in Chromium: a signed-out visitor gets the login page, a wrong password
 * is refused in Chinese, the demo admin gets in on their home and sees 黄浦区's data, and signing out returns
 * to the login page. Screenshots go to test/artifacts/.
 */
import { DEMO_PASSWORD } from '../../server/demo/demo-users';
import { openPage, screenshot } from './support/browser';
import { useAdminSession } from './support/session';

const session = useAdminSession({ width: 1024, height: 768 });

describe('sign-in in Chromium', () => {
  it('refuses a wrong password, then signs the demo admin in and out', async () => {
    const tab = await openPage(session.browser, session.server.url, { width: 1024, height: 768 });
    try {
      const { page } = tab;
      await page.goto(`${session.server.url}/admin/`);
      await page.getByLabel('用户名').waitFor();
      await page.getByLabel('用户名').fill('huangpu.admin');
      await page.locator('input[name=password]').fill('not-the-password');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('用户名或密码错误').waitFor();
      await screenshot(page, 'login-refused-1024x768');

      await page.locator('input[name=password]').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      // The ADMIN lands on their home, and the 区 list shows 黄浦区.
      await page.getByTestId('home-consents').waitFor();
      await screenshot(page, 'login-signed-in-1024x768');
      await page.goto(`${session.server.url}/admin/#/districts`);
      await page.getByRole('cell', { name: '黄浦区', exact: true }).waitFor();
      expect(await page.evaluate(() => localStorage.getItem('pingyi.token'))).toMatch(/^ey/);

      await page.goto(`${session.server.url}/admin/#/login`);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${session.server.url}/admin/#/offices`);
      await page.getByLabel('用户名').waitFor();
      expect(tab.pageErrors).toEqual([]);
      expect(tab.foreignRequests).toEqual([]);
    } finally {
      await tab.context.close();
    }
  });
});
