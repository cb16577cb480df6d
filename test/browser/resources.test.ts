/**
 * A tour of the other resources in Chromium against a real server on a fresh Shanghai database:
 * a department and the agency it stations, an official whose category changes from community
 * worker to agency head, a refused delete (CONFLICT), sorting and paging, and a bulk delete.
 * Each test makes what it needs (through the form or the API), so they run in any order.
 * Screenshots go to test/artifacts/.
 */
import { useAdminSession } from './support/session';
import { onlyChoice, pickAutocomplete, screenshot } from './support/browser';
import type { Answer } from '../support/api';

const DEPARTMENT = '黄浦区营商服务局';
const AGENCY = '外滩营商服务站';
const OFFICIAL = '欧阳测试';

/** Picks `option` in the React-Admin select whose label matches `label`. */
async function selectOption(label: RegExp, option: string): Promise<void> {
  await session.tab.page.getByRole('combobox', { name: label }).click();
  await session.tab.page.getByRole('option', { name: option, exact: true }).click();
}

const session = useAdminSession({ width: 1280, height: 800 });
const gql = <T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  session.gql<T>(query, variables);

describe('admin resources in Chromium', () => {
  it('creates a department and stations an agency of it in 外滩街道', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/departments/create`);
    await onlyChoice(page, '所属区', '黄浦区');
    await page.getByLabel(/^名称/).fill(DEPARTMENT);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`区职能部门：${DEPARTMENT}`).waitFor();
    await screenshot(page, 'department-show-1280x800');

    await page.goto(`${session.server.url}/admin/#/dispatchedAgencies/create`);
    await onlyChoice(page, '所属区', '黄浦区');
    await pickAutocomplete(page, '主管部门', '营商', DEPARTMENT);
    await pickAutocomplete(page, '派驻街道', '外滩', '外滩街道');
    await selectOption(/^机构类别/, '其他');
    await page.getByLabel(/^名称/).fill(AGENCY);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`派出机构：${AGENCY}`).waitFor();
    await page.getByRole('link', { name: DEPARTMENT }).waitFor();

    const stored = await gql(
      `query ($name: String!) { dispatchedAgencies(filter: { nameContains: $name }) { nodes { kind department { name } subdistrict { name } } } }`,
      { name: AGENCY },
    );
    expect(stored.dispatchedAgencies.nodes).toEqual([
      { kind: 'OTHER', department: { name: DEPARTMENT }, subdistrict: { name: '外滩街道' } },
    ]);
  });

  it('creates a community worker, then makes them the agency’s head', async () => {
    const { page } = session.tab;
    // An agency of its own (made through the API), so that this test does not need the first.
    const agencyName = '外滩营商服务二站';
    const ids = await gql(
      `{ districts(filter: { code: "310101" }) { nodes { id } } subdistricts(filter: { code: "310101013" }) { nodes { id } } }`,
    );
    const department = await gql(
      `mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`,
      {
        input: { districtId: ids.districts.nodes[0].id, name: '黄浦区营商服务中心' },
      },
    );
    await gql(`mutation ($input: CreateDispatchedAgencyInput!) { createDispatchedAgency(input: $input) { id } }`, {
      input: {
        departmentId: department.createDepartment.id,
        kind: 'OTHER',
        name: agencyName,
        subdistrictId: ids.subdistricts.nodes[0].id,
      },
    });
    await page.goto(`${session.server.url}/admin/#/officials/create`);
    await page.getByLabel(/^姓名/).fill(OFFICIAL);
    await selectOption(/^人员类别/, '社区工作者');
    await page.getByLabel(/^职务/).fill('社区工作者');
    await pickAutocomplete(page, '所属街道', '外滩', '外滩街道');
    await pickAutocomplete(page, '所在办公室', '自治', '社区自治办公室（外滩街道）');
    await page.getByRole('combobox', { name: '服务居民区' }).click();
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`人员：${OFFICIAL}`).waitFor();

    await page.getByRole('link', { name: '编辑' }).click();
    await selectOption(/^人员类别/, '派出机构负责人');
    await page.getByLabel(/^职务/).fill('站长');
    await pickAutocomplete(page, '所在派出机构', '二站', `${agencyName}（外滩街道）`);
    await screenshot(page, 'official-edit-1280x800');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已更新').waitFor();
    await page.getByText(`人员：${OFFICIAL}`).waitFor();

    const stored = await gql(
      `query ($name: String!) { officials(filter: { nameContains: $name }) { nodes { category title office { id } neighborhood { id } agency { name } subdistrict { name } } } }`,
      {
        name: OFFICIAL,
      },
    );
    expect(stored.officials.nodes).toEqual([
      {
        category: 'AGENCY_HEAD',
        title: '站长',
        office: null,
        neighborhood: null,
        agency: { name: agencyName },
        subdistrict: { name: '外滩街道' },
      },
    ]);
    await screenshot(page, 'official-show-1280x800');
  });

  it('refuses to delete a district that still has subdistricts', async () => {
    const { page } = session.tab;
    const huangpu = await gql(`{ districts(filter: { code: "310101" }) { nodes { id } } }`);
    const id = huangpu.districts.nodes[0].id;
    await page.goto(`${session.server.url}/admin/#/districts/${id}`);
    await page.getByRole('button', { name: '删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    // The reason's sentence (conflict.reference), not the server's English message.
    await page.getByText('引用的记录不存在或仍在使用中').waitFor();
    await screenshot(page, 'district-delete-refused-1280x800');
    expect((await gql(`query ($id: ID!) { district(id: $id) { name } }`, { id })).district).toEqual({ name: '黄浦区' });
  });

  it('sorts by name on the server and pages 100 rows at a time', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/subdistricts`);
    const firstName = page.locator('.RaDatagrid-tbody tr td.column-name').first();
    const first = async (direction: string) =>
      (
        await gql(
          `{ subdistricts(orderBy: [{ field: NAME, direction: ${direction} }], first: 1) { totalCount nodes { name } } }`,
        )
      ).subdistricts;
    const ascending = await first('ASC');
    const descending = await first('DESC');
    await firstName.waitFor();
    await page.locator('th.column-name').getByRole('button').click();
    await firstName.filter({ hasText: ascending.nodes[0].name }).waitFor();
    await page.locator('th.column-name').getByRole('button').click();
    await firstName.filter({ hasText: descending.nodes[0].name }).waitFor();
    expect(page.url()).toMatch(/order=DESC.*sort=name/);

    await page.getByRole('combobox', { name: /每页条数/ }).click();
    await page.getByRole('option', { name: '100', exact: true }).click();
    await page.getByText(`第 1–100 条，共 ${descending.totalCount} 条`).waitFor();
    await page.getByRole('button', { name: '转到下一页' }).click();
    await page.getByText(`第 101–200 条，共 ${descending.totalCount} 条`).waitFor();
    expect(await page.locator('.RaDatagrid-tbody tr').count()).toBe(100);
    await screenshot(page, 'subdistricts-sorted-page2-1280x800');
  });

  it('bulk-deletes an official from the list', async () => {
    const { page } = session.tab;
    // An official of its own to delete (made through the API).
    const doomed = '欧阳删除测试';
    const office = await gql(`{ subdistricts(filter: { code: "310101013" }) { nodes { offices { id kind } } } }`);
    await gql(`mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id } }`, {
      input: {
        name: doomed,
        category: 'CIVIL_SERVANT',
        officeId: office.subdistricts.nodes[0].offices.find((o: { kind: string }) => o.kind === 'COMMUNITY_SERVICE')!
          .id,
      },
    });
    await page.goto(`${session.server.url}/admin/#/officials`);
    await page.getByLabel('姓名包含').fill(doomed);
    await page.getByText('共 1 条').waitFor();
    await page.locator('.RaDatagrid-tbody tr input[type=checkbox]').first().check();
    const deleted = page.waitForRequest((request) => (request.postData() ?? '').includes('deleteOfficial'), {
      timeout: 20_000,
    });
    await page.getByRole('button', { name: '删除' }).click();
    await page.getByText('已删除').waitFor();
    await (await deleted).response();
    const left = await gql(`query ($name: String!) { officials(filter: { nameContains: $name }) { totalCount } }`, {
      name: doomed,
    });
    expect(left.officials.totalCount).toBe(0);
  });
});
