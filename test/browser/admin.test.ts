/**
 * The admin in Chromium against a real Pingyi server on a fresh copy of the Shanghai database:
 * lists 黄浦区's subdistricts, creates a self-designated office (docs/rules.md rule 1) and finds it in the
 * offices list, shows the server's "6+2" refusal on the form field, edits and deletes the office,
 * switches to English, opens the offline GraphiQL, and checks the 1024×768 tablet layout.
 * Screenshots go to test/artifacts/.
 */
import { useAdminSession } from './support/session';
import { onlyChoice, pickAutocomplete, screenshot, waitUntil } from './support/browser';
import type { Answer } from '../support/api';

const DESKTOP = { width: 1280, height: 800 };
const TABLET = { width: 1024, height: 768 };
const OFFICE_NAME = '营商环境服务专班';

/** The subdistrict with this name. */
async function subdistrictByName(name: string): Promise<{ id: string }> {
  const data = await gql(
    `query ($name: String!) { subdistricts(filter: { nameContains: $name }, first: 1) { nodes { id } } }`,
    { name },
  );
  return data.subdistricts.nodes[0];
}

const session = useAdminSession(DESKTOP);
const gql = <T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  session.gql<T>(query, variables);

// A sequence, run in the order written: the office created by the second test is refused a
// third sibling, edited and deleted by the next ones, and the English switch holds for the page
// until the tablet test opens a fresh one.
describe('admin in Chromium (a sequence: each test continues where the one before left off)', () => {
  it('opens /admin in Chinese and lists 黄浦区’s subdistricts', async () => {
    const { page } = session.tab;
    // /admin opens on the ADMIN's home; the 区 list is one menu item away.
    await page.goto(`${session.server.url}/admin`);
    await page.getByRole('menuitem', { name: '区', exact: true }).click();
    await page.getByRole('cell', { name: '黄浦区', exact: true }).waitFor();
    await page.getByRole('menuitem', { name: '街道（乡镇）' }).click();
    await pickAutocomplete(page, '所属区', '黄浦', '黄浦区'); // a list's filter picks nothing by itself;

    const huangpu = await gql(`{ districts(filter: { code: "310101" }) { nodes { id } } }`);
    const { subdistricts: expected } = await gql(
      `query ($id: ID!) { subdistricts(filter: { districtId: $id }, first: 100) { totalCount nodes { name } } }`,
      {
        id: huangpu.districts.nodes[0].id,
      },
    );
    await page.getByText(`共 ${expected.totalCount} 条`).waitFor();
    await waitUntil(async () => (await page.locator('.RaDatagrid-tbody tr').count()) === expected.totalCount);
    const districtCells = await page.locator('.RaDatagrid-tbody td.column-districtId').allInnerTexts();
    expect(new Set(districtCells)).toEqual(new Set(['黄浦区']));
    const names = await page.locator('.RaDatagrid-tbody td.column-name').allInnerTexts();
    expect(names.sort()).toEqual(expected.nodes.map((n: { name: string }) => n.name).sort());
    expect(names).toContain('南京东路街道');
    await screenshot(page, 'subdistricts-huangpu-1280x800');
  });

  it('creates a SELF_DESIGNATED office in 南京东路街道 and sees it in the offices list', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/offices/create`);
    await onlyChoice(page, '所属区', '黄浦区');
    await pickAutocomplete(page, '所属街道', '南京东路', '南京东路街道');
    expect(await page.getByRole('combobox', { name: '机构类别' }).innerText()).toContain('自设工作机构');
    await page.getByLabel('名称', { exact: true }).fill(OFFICE_NAME);
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByLabel('职责').nth(0).fill('优化营商环境');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByLabel('职责').nth(1).fill('重点企业走访服务');
    await screenshot(page, 'office-create-1280x800');
    await page.getByRole('button', { name: '保存' }).click();

    await page.getByText('已新建').waitFor();
    await page.getByText(`内设机构：${OFFICE_NAME}`).waitFor();
    await page.getByText('重点企业走访服务').waitFor();
    await screenshot(page, 'office-show-1280x800');

    const nanjing = await subdistrictByName('南京东路街道');
    const stored = await gql(
      `query ($id: ID!) { offices(filter: { subdistrictId: $id, kind: SELF_DESIGNATED }) { nodes { name duties } } }`,
      { id: nanjing.id },
    );
    expect(stored.offices.nodes).toEqual([{ name: OFFICE_NAME, duties: ['优化营商环境', '重点企业走访服务'] }]);

    await page.getByRole('menuitem', { name: '内设机构' }).click();
    await pickAutocomplete(page, '所属区', '黄浦', '黄浦区'); // a list's filter picks nothing by itself;
    await pickAutocomplete(page, '所属街道', '南京东路', '南京东路街道');
    await page.getByText('共 7 条').waitFor();
    const row = page.locator('.RaDatagrid-tbody tr', { hasText: OFFICE_NAME });
    await row.waitFor();
    expect(await row.locator('td.column-kind').innerText()).toBe('自设工作机构');
    expect(await row.locator('td.column-subdistrictId').innerText()).toBe('南京东路街道');
    await screenshot(page, 'offices-list-1280x800');
  });

  it('shows the server’s refusal of a third self-designated office on the 机构类别 field', async () => {
    const { page } = session.tab;
    const nanjing = await subdistrictByName('南京东路街道');
    await gql(
      `mutation ($id: ID!) { createOffice(input: { subdistrictId: $id, kind: SELF_DESIGNATED, name: "第二自设机构" }) { id } }`,
      { id: nanjing.id },
    );

    await page.goto(`${session.server.url}/admin/#/offices/create`);
    await onlyChoice(page, '所属区', '黄浦区');
    await pickAutocomplete(page, '所属街道', '南京东路', '南京东路街道');
    await page.getByLabel('名称', { exact: true }).fill('第三自设机构');
    await page.getByRole('button', { name: '保存' }).click();

    // The reason's Chinese sentence (office.tooManySelfDesignated), the field by its label, no English.
    await page.getByText('机构类别：南京东路街道已有 2 个自设工作机构，最多 2 个').first().waitFor();
    const kindHelper = page.locator('.ra-input-kind .MuiFormHelperText-root.Mui-error');
    await kindHelper.waitFor();
    expect(await kindHelper.innerText()).toMatch(/自设工作机构/);
    expect(await kindHelper.innerText()).not.toMatch(/[A-Za-z]{3,}/);
    expect(page.url()).toContain('/offices/create');
    await screenshot(page, 'office-create-refused-1280x800');
  });

  it('edits the office’s duties and deletes it', async () => {
    const { page } = session.tab;
    const office = await gql(`query ($name: String!) { offices(filter: { nameContains: $name }) { nodes { id } } }`, {
      name: OFFICE_NAME,
    });
    const id = office.offices.nodes[0].id;
    await page.goto(`${session.server.url}/admin/#/offices/${id}`);
    await page.getByLabel('职责').nth(1).fill('重点企业“一企一策”走访');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已更新').waitFor();
    const updated = await gql(`query ($id: ID!) { office(id: $id) { duties } }`, { id });
    expect(updated.office!.duties).toEqual(['优化营商环境', '重点企业“一企一策”走访']);

    await page.goto(`${session.server.url}/admin/#/offices/${id}`);
    await page.getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText('已删除').waitFor();
    expect((await gql(`query ($id: ID!) { office(id: $id) { id } }`, { id })).office).toBeNull();
  });

  it('switches to English', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/offices`);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Dispatched agencies' }).waitFor();
    await page.getByRole('columnheader', { name: 'Kind' }).waitFor();
    await page.getByText('Party and government office').first().waitFor();
    await screenshot(page, 'offices-english-1280x800');
  });

  it('fits a 1024×768 tablet', async () => {
    await session.tab.context.close();
    session.tab = await session.openSignedInPage(TABLET);
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/officials`);
    await page.getByRole('columnheader', { name: '人员类别' }).waitFor();
    await page.locator('.RaDatagrid-tbody tr').first().waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'officials-list-1024x768');
    await page.goto(`${session.server.url}/admin/#/offices/create`);
    await page.getByRole('combobox', { name: '所属街道' }).waitFor();
    await screenshot(page, 'office-create-1024x768');
  });

  it('serves the offline GraphiQL', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/graphiql`);
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
    await page
      .locator('.result-window')
      .getByText(/南京东路街道/)
      .first()
      .waitFor();
    await screenshot(page, 'graphiql-1024x768');
  });
});
