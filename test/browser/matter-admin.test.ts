/// <reference lib="dom" />
/**
 * The residents' matters screens in Chromium, in Chinese (docs/rules.md rule 13): the reform's fire-lane
 * case walked from receipt by 外滩街道's 社区自治办 through its transfers to 社区管理办 and 社区平安办,
 * the run-around back to 管理办 and the 党政办公室's decision, to the resolution; then the resident
 * rates it on `#/matter/<code>` at 390 px without an account (a comment of invisible characters
 * counts as empty), and the district admin opens 外滩街道's monthly ranking. Each step is checked
 * through the API; screenshots go to test/artifacts/.
 */
import { screenshot, pickAutocomplete, type TestPage } from './support/browser';
import { openSignedIn, places } from './support/governance';
import { useAdminSession } from './support/session';
import { openPage } from './support/browser';

const session = useAdminSession({ width: 1280, height: 800 });
const admin = (path: string) => `${session.server.url}/admin/#${path}`;
const PASSWORD = 'matter-walk-pass-1';
const OFFICES = {
  selfGovernance: 'COMMUNITY_SELF_GOVERNANCE',
  management: 'COMMUNITY_MANAGEMENT',
  safety: 'COMMUNITY_SAFETY',
  partyGovernment: 'PARTY_GOVERNMENT',
} as const;
type OfficeKey = keyof typeof OFFICES;

const MATTER_STATE = `query ($id: ID!) { matter(id: $id) { status ownerName runAround transferCount satisfaction
  events { kind unitName targetName chargedWorkingDays } } }`;

// A sequence, run in the order written: each step continues the one matter the first one receives.
describe('the fire-lane case in the admin and on the resident’s phone (a sequence: each test continues where the one before left off)', () => {
  const tabs = {} as Record<OfficeKey, TestPage>;
  let matterId = '';
  let trackingCode = '';
  let subdistrictId = '';

  beforeAll(async () => {
    ({ subdistrictId } = await places(session.gql));
    const data = await session.gql(`query ($s: ID!) { offices(filter: { subdistrictId: $s }) { nodes { id kind } } }`, {
      s: subdistrictId,
    });
    const districtId = (await places(session.gql)).districtId;
    for (const [key, kind] of Object.entries(OFFICES) as [OfficeKey, string][]) {
      const office = data.offices.nodes.find((o: { kind: string }) => o.kind === kind);
      const username = `walk.${key.toLowerCase()}`;
      await session.gql(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: {
          username,
          displayName: `走查${key}经办人`,
          role: 'ADMIN',
          password: PASSWORD,
          districtId,
          subdistrictId,
          officeId: office!.id,
        },
      });
      tabs[key] = await openSignedIn(session, username, PASSWORD);
    }
  });

  afterAll(async () => {
    for (const tab of Object.values(tabs)) await tab.context.close();
  });

  const state = async () => (await session.gql(MATTER_STATE, { id: matterId })).matter;

  /** Opens the matter's page as `who`, opens `step`'s dialog, and returns the dialog. */
  const openStep = async (who: OfficeKey, button: string, title: string) => {
    const { page } = tabs[who];
    await page.goto(admin(`/matters/${encodeURIComponent(matterId)}/show`));
    await page.getByRole('button', { name: button, exact: true }).click();
    return page.getByRole('dialog', { name: title });
  };

  /** Transfers (or decides the owner) in the dialog: searches the duties, picks one, gives the reason. */
  const move = async (who: OfficeKey, button: string, search: string, duty: string, reason: string) => {
    const dialog = await openStep(who, button, button);
    await dialog.getByLabel('按职责清单搜索').fill(search);
    // No reason yet: the dialog refuses before anything is sent.
    await dialog.getByRole('button', { name: duty, exact: true }).click();
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.getByText('必填').first().waitFor();
    await dialog.getByLabel(/理由/).fill(reason);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  };

  it('社区自治办 receives the complaint, owns it, answers it, and the resident gets a tracking code once', async () => {
    const { page } = tabs.selfGovernance;
    await page.goto(admin('/matters/create'));
    await pickAutocomplete(page, '街道', '外滩', '外滩街道');
    await page.getByRole('combobox', { name: '受理单位' }).click();
    await page.getByRole('option', { name: '社区自治办公室', exact: true }).click();
    await page.getByRole('textbox', { name: '标题' }).fill('消防通道被改成停车场');
    await page
      .getByRole('textbox', { name: '内容' })
      .fill('业委会主任反映：相邻小区把消防通道改成了停车场，物业收费却不管理。');
    await page.getByRole('textbox', { name: '地点' }).fill('外滩街道某小区东侧消防通道');
    await page.getByRole('textbox', { name: '反映人姓名' }).fill('王建国');
    await page.getByRole('textbox', { name: '反映人电话' }).fill('13812345678');
    await page.getByRole('button', { name: '保存' }).click();
    const dialog = page.getByRole('dialog', { name: '居民查询码' });
    trackingCode = await dialog.getByTestId('secret-value').inputValue();
    expect(trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await screenshot(page, 'matter-tracking-code-1280x800');
    await dialog.getByRole('button', { name: '我已保存，关闭' }).click();
    await page.waitForURL(/matters\/[^/]+\/show/);
    matterId = decodeURIComponent(/matters\/([^/]+)\/show/.exec(page.url())![1]);
    // The owner's staff see the reporter in full.
    await page.getByTestId('matter-reporter').filter({ hasText: '王建国 · 13812345678' }).waitFor();
    expect(await state())!.toMatchObject({ status: 'RECEIVED', ownerName: '社区自治办公室', transferCount: 0 });

    const respond = await openStep('selfGovernance', '响应', '响应');
    await respond.getByLabel(/答复居民/).fill('已受理，正在联系相关部门。');
    await respond.getByRole('button', { name: '响应', exact: true }).click();
    await respond.waitFor({ state: 'detached' });
    expect((await state())!.status).toBe('IN_PROGRESS');
  });

  it('passes it to 社区管理办 and on to 社区平安办, naming the listed duty and a reason each time', async () => {
    await move('selfGovernance', '转办', '城市综合', '城市综合管理', '停车管理属于城市综合管理');
    expect(await state())!.toMatchObject({ ownerName: '社区管理办公室', transferCount: 1, runAround: false });
    await move('management', '转办', '综合治理', '综合治理和维护稳定', '消防安全属于综合治理');
    expect(await state())!.toMatchObject({ ownerName: '社区平安办公室', transferCount: 2, runAround: false });
  });

  it('flags the transfer back to 管理办 as run-around, and the 党政办公室 decides the owner', async () => {
    await move('safety', '转办', '房屋管理', '市容环境和房屋管理协调', '物业不履职属于房屋管理协调');
    const escalated = await state();
    expect(escalated).toMatchObject({ status: 'ESCALATED', runAround: true, ownerName: '党政办公室' });
    const { page } = tabs.partyGovernment;
    await page.goto(admin(`/matters/${encodeURIComponent(matterId)}/show`));
    await page.getByText('推诿升级').first().waitFor();
    await screenshot(page, 'matter-run-around-1280x800');
    await move('partyGovernment', '确定承办单位', '房屋管理', '市容环境和房屋管理协调', '由社区管理办牵头处理');
    const decided = await state();
    expect(decided).toMatchObject({ status: 'IN_PROGRESS', ownerName: '社区管理办公室' });
    const kinds = decided!.events.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual([
      'RECEIVED',
      'RESPONDED',
      'TRANSFERRED',
      'TRANSFERRED',
      'TRANSFERRED',
      'ESCALATED',
      'OWNER_DECIDED',
    ]);
  });

  it('社区管理办 resolves it', async () => {
    const dialog = await openStep('management', '办结', '办结');
    // Invisible-only text is empty.
    await dialog.getByLabel(/办理结果/).fill('\u200b\u200b ');
    await dialog.getByRole('button', { name: '办结', exact: true }).click();
    await dialog.getByText('必填').waitFor();
    await dialog.getByLabel(/办理结果/).fill('会同派出所、房管办清离占道车辆，恢复消防通道。');
    await dialog.getByRole('button', { name: '办结', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await state())!.status).toBe('RESOLVED');
  });

  it('the resident follows and rates it on a 390 px phone without an account; no staff name is shown', async () => {
    const phone = await openPage(session.browser, session.server.url, { width: 390, height: 844 });
    try {
      const { page } = phone;
      await page.goto(admin(`/matter/${trackingCode}`));
      await page.getByText('消防通道被改成停车场').waitFor();
      await page.getByText('已办结').first().waitFor();
      await page.getByText('推诿升级').first().waitFor();
      const text = await page.locator('body').innerText();
      for (const key of Object.keys(OFFICES)) expect(text).not.toContain(`走查${key}经办人`);
      expect(text).not.toContain('王建国');
      expect(text).not.toContain('13812345678');
      // Dissatisfied needs a comment; invisible characters are no comment.
      await page.getByLabel('不满意', { exact: true }).check();
      await page.getByLabel(/意见/).fill('\u200b\u2060 ');
      await page.getByRole('button', { name: '提交评价' }).click();
      await page.getByText('不满意时请写明原因。').waitFor();
      await page.getByLabel('满意', { exact: true }).check();
      await page.getByLabel(/意见/).fill('');
      await page.getByRole('button', { name: '提交评价' }).click();
      await page.getByTestId('tracked-rating').filter({ hasText: '您的评价：满意' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, 'matter-resident-390x844');
      expect(phone.foreignRequests).toEqual([]);
      expect(phone.pageErrors).toEqual([]);
    } finally {
      await phone.context.close();
    }
    expect((await state())!.satisfaction).toBe('SATISFIED');
  });

  it("lists the matter in the district's queue of this month, resolved and flagged as run-around", async () => {
    const { page } = session.tab;
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    await page.goto(admin(`/matters?filter=${encodeURIComponent(JSON.stringify({ month, runAround: true }))}`));
    const row = page.locator('tr', { hasText: '消防通道被改成停车场' });
    await row.waitFor();
    await row.getByText('已办结').waitFor();
    await row.getByText('推诿').waitFor();
    await screenshot(page, 'matter-queue-1280x800');
  });

  it("opens 外滩街道's monthly ranking with this month's offices", async () => {
    const { page } = session.tab;
    await page.goto(admin('/matter-ranking'));
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    await page.getByLabel('月份').fill(month);
    await page.getByRole('combobox', { name: '街道' }).click();
    await page.getByRole('option', { name: '外滩街道', exact: true }).click();
    const row = page.locator('tr[data-unit="社区自治办公室"]');
    await row.waitFor();
    // 自治办 received the one matter this month and answered it within the working day.
    expect(await row.locator('td').nth(2).innerText()).toBe('1');
    expect(await row.locator('td').nth(3).innerText()).toBe('100.0%');
    await page.getByText('得分走势（近六个月）').waitFor();
    await screenshot(page, 'matter-ranking-1280x800');
  });
});
