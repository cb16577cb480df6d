/// <reference lib="dom" />
/**
 * Pickers within the user's scope in Chromium, as the 黄浦区 admin on a fresh Shanghai database
 * (docs/rules.md, Roles and reach): the 街道 picker offers only 黄浦区's 街道 (the places are public
 * reference data, so the admin narrows them itself), the only choice is picked by itself, and an
 * office picker waits for the 街道 and names it in each choice. Screenshots go to test/artifacts/.
 */
import { screenshot } from './support/browser';
import { useAdminSession } from './support/session';

const session = useAdminSession({ width: 1280, height: 800 });

/** The names of 黄浦区's subdistricts. */
async function places(): Promise<{ huangpu: Set<string> }> {
  const data = await session.gql(
    `query PickerPlaces { districts(filter: { nameContains: "黄浦" }, first: 1) { nodes { id } } }`,
  );
  const districtId = data.districts.nodes[0].id;
  const subdistricts = await session.gql(
    `query PickerSubdistricts($d: ID!) { subdistricts(filter: { districtId: $d }, first: 100) { nodes { name } } }`,
    { d: districtId },
  );
  return { huangpu: new Set(subdistricts.subdistricts.nodes.map((s: { name: string }) => s.name)) };
}

describe('pickers within the scope of the 黄浦区 admin', () => {
  it('offers only 黄浦区’s 街道, and an office picker that waits for the 街道 and names it', async () => {
    const { huangpu } = await places();
    expect(huangpu.size).toBeGreaterThan(5);
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/officials/create`);
    await page.getByLabel('姓名').fill('选择器测试');
    await page.getByLabel('人员类别').click();
    await page.getByRole('option', { name: '街道公务员' }).click();

    // The office picker waits for the 街道.
    const officeBox = page.getByRole('combobox', { name: '所在办公室' });
    await officeBox.waitFor();
    expect(await officeBox.isDisabled()).toBe(true);
    await page.getByText('请先选择街道').waitFor();

    const subdistrictBox = page.getByRole('combobox', { name: '所属街道' });
    await subdistrictBox.click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    const offered = (await options.allInnerTexts()).map((text) => text.trim());
    expect(offered.length).toBeGreaterThan(0);
    expect(huangpu.has(offered[0])).toBe(true);
    expect(offered.filter((name) => !huangpu.has(name))).toEqual([]);
    expect(offered).not.toContain('七宝镇');
    await screenshot(page, 'picker-subdistricts-1280x800');

    await subdistrictBox.fill('外滩');
    await page.getByRole('option', { name: '外滩街道', exact: true }).click();
    expect(await officeBox.isDisabled()).toBe(false);
    await officeBox.click();
    await page.getByRole('option', { name: '党政办公室（外滩街道）', exact: true }).waitFor();
    await screenshot(page, 'picker-offices-1280x800');
    await page.getByRole('option', { name: '党政办公室（外滩街道）', exact: true }).click();
    expect(await officeBox.inputValue()).toBe('党政办公室（外滩街道）');
  });

  it('picks the only choice by itself: 黄浦区 as the district of a new meeting', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/evaluationMeetings/create`);
    const districtBox = page.getByRole('combobox', { name: '所属区' });
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLInputElement>('input[role=combobox]')).some(
          (input) => input.value === '黄浦区',
        ),
      undefined,
      { timeout: 20_000 },
    );
    expect(await districtBox.inputValue()).toBe('黄浦区');
    // And the offices in the matters' filter name their 街道 too.
    await page.goto(`${session.server.url}/admin/#/matters`);
    const ownerBox = page.getByRole('combobox', { name: '承办科室' });
    await ownerBox.click();
    await ownerBox.fill('党政');
    await page.getByRole('option', { name: '党政办公室（外滩街道）', exact: true }).waitFor();
  });
});
