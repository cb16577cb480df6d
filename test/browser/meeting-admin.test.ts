/// <reference lib="dom" />
/**
 * Preparing meetings in Chromium as the 黄浦区 admin (docs/rules.md rules 4 and 6): a rating template
 * whose criteria editor shows the running weight total and refuses anything but 100, a meeting
 * scheduled through the form, its officials and representatives chosen on its page, a change
 * while DRAFT, and the meeting list filtered by state and year. Screenshots go to test/artifacts/.
 */
import { onlyChoice, pickAutocomplete, screenshot, waitUntil } from './support/browser';
import { useAdminSession } from './support/session';
import type { Answer } from '../support/api';

const TEMPLATE = '2026年度政务评议标准（浏览器测试）';
const MEETING = '2026年外滩街道第二次政务评议会（浏览器测试）';

const session = useAdminSession({ width: 1280, height: 800 });
const gql = <T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  session.gql<T>(query, variables);

// A sequence, run in the order written: the meeting is scheduled with the template the first
// test builds; the list test reads only the demo's meetings.
describe('meetings and templates for the admin (a sequence: each test continues where the one before left off)', () => {
  it('builds a rating template, showing the weight total and requiring 100', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/ratingTemplates/create`);
    await onlyChoice(page, '所属区', '黄浦区');
    await page.getByLabel('模板名称').fill(TEMPLATE);
    const labels = ['服务态度', '办事效率', '廉洁自律'];
    for (const [i, label] of labels.entries()) await page.getByLabel('指标名称').nth(i).fill(label);
    await page.getByLabel('权重').nth(2).fill('20');
    await page.getByTestId('weight-total').filter({ hasText: '权重合计：90 / 100' }).waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('各项权重之和须为 100（当前为 90）').first().waitFor();
    expect(page.url()).toContain('/ratingTemplates/create');
    await screenshot(page, 'template-create-refused-1280x800');

    await page.getByLabel('权重').nth(2).fill('30');
    await page.getByTestId('weight-total').filter({ hasText: '权重合计：100 / 100' }).waitFor();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`评议模板：${TEMPLATE}`).waitFor();
    await page.getByRole('cell', { name: '廉洁自律' }).waitFor();
    await screenshot(page, 'template-show-1280x800');
    const stored = await gql(`{ ratingTemplates(first: 100) { nodes { name criteria { key label weight } } } }`);
    expect(stored.ratingTemplates.nodes.find((t: { name: string }) => t.name === TEMPLATE)!.criteria).toEqual([
      { key: 'c1', label: '服务态度', weight: 40 },
      { key: 'c2', label: '办事效率', weight: 30 },
      { key: 'c3', label: '廉洁自律', weight: 30 },
    ]);
  });

  it('schedules a meeting, chooses its officials and representatives, and changes it while DRAFT', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/evaluationMeetings/create`);
    await page.getByLabel('会议名称').fill(MEETING);
    await page.getByLabel('年度').fill('2026');
    await onlyChoice(page, '所属区', '黄浦区');
    await pickAutocomplete(page, '所属街道', '外滩', '外滩街道');
    await pickAutocomplete(page, '评议模板', '浏览器', TEMPLATE);
    await pickAutocomplete(page, '主持人', 'waitan', '外滩居委会主任（演示）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`评议会：${MEETING}`).waitFor();
    await page.getByText('筹备中').first().waitFor();

    await page.getByRole('tab', { name: '参会人员' }).click();
    await page.getByRole('combobox', { name: '搜索本街道人员' }).click();
    const officialOptions = page.getByRole('option');
    await officialOptions.first().waitFor();
    const picked = [await officialOptions.nth(0).innerText(), await officialOptions.nth(1).innerText()];
    await officialOptions.nth(0).click();
    await page.getByRole('option').nth(0).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByText('已添加 2 名被评议人员').waitFor();
    for (const label of picked) await page.getByRole('link', { name: label.replace(/（.*$/, '') }).waitFor();

    await page.getByRole('combobox', { name: '选择本街道的居民代表' }).click();
    await page.getByRole('option').first().waitFor();
    await page.getByRole('option').nth(0).click();
    await page.getByRole('option').nth(0).click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '登记', exact: true }).click();
    await page.getByText('已登记 2 名代表').waitFor();
    await waitUntil(
      async () => (await page.getByTestId('registered-representatives').locator('.MuiChip-root').count()) === 2,
    );
    await screenshot(page, 'meeting-people-admin-1280x800');

    const list = await gql(
      `query ($t: String!) { evaluationMeetings(filter: { titleContains: $t }) { nodes { id officials { id } representatives { id } } } }`,
      { t: MEETING },
    );
    const meeting = list.evaluationMeetings.nodes[0];
    expect(meeting.officials).toHaveLength(2);
    expect(meeting.representatives).toHaveLength(2);

    await page.getByText('编辑', { exact: true }).click();
    await page.getByLabel('最少评价人数').fill('5');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已更新').waitFor();
    expect(
      (await gql(`query ($id: ID!) { evaluationMeeting(id: $id) { minRatings status } }`, { id: meeting.id }))
        .evaluationMeeting,
    ).toEqual({ minRatings: 5, status: 'DRAFT' });
  });

  it('lists meetings filtered by state and year', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/evaluationMeetings`);
    await page.locator('.RaDatagrid-tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.getByRole('option', { name: '已结束', exact: true }).click();
    const year = new Date().getUTCFullYear() - 1;
    await page.getByRole('spinbutton', { name: '年度' }).fill(String(year));
    await page.getByText('共 1 条').waitFor();
    expect(await page.locator('.RaDatagrid-tbody td.column-title').allInnerTexts()).toEqual([
      `${year}年外滩街道政务评议会（演示）`,
    ]);
    expect(await page.locator('.RaDatagrid-tbody td.column-status').innerText()).toBe('已结束');
    await screenshot(page, 'meetings-list-closed-1280x800');
  });
});
