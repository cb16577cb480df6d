/// <reference lib="dom" />
/**
 * Two forms in Chromium (time zone Asia/Shanghai) as the 黄浦区 admin: a meeting's planned time is
 * entered in the browser's time zone, stored as the instant it means and shown back in local
 * time (docs/rules.md rule 4); an official moved to another 街道 in the edit form loses the office of the
 * old one and really moves once an office of the new one is picked (docs/rules.md rule 3). Each test
 * makes its own records. Screenshots go to test/artifacts/.
 */
import { onlyChoice, pickAutocomplete, screenshot } from './support/browser';
import { useAdminSession } from './support/session';
import type { Answer } from '../support/api';

const session = useAdminSession({ width: 1280, height: 800 });
const gql = <T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  session.gql<T>(query, variables);

/** The id and name of a 街道's standard office of `kind`, and its choice in a picker, "name（街道）". */
async function office(
  code: string,
  kind: string,
): Promise<{ id: string; name: string; choice: string; subdistrictId: string }> {
  const data = await gql(
    `query ($c: String!) { subdistricts(filter: { code: $c }, first: 1) { nodes { id name offices { id name kind } } } }`,
    { c: code },
  );
  const subdistrict = data.subdistricts.nodes[0];
  const found = subdistrict.offices.find((o: { kind: string }) => o.kind === kind);
  return {
    id: found!.id,
    name: found!.name,
    choice: `${found!.name}（${subdistrict.name}）`,
    subdistrictId: subdistrict.id,
  };
}

describe('planned time of a meeting', () => {
  it('is entered in Shanghai time, saved as the instant it means, and shown back in Shanghai time', async () => {
    const { page } = session.tab;
    const title = '计划时间测试评议会（浏览器测试）';
    await page.goto(`${session.server.url}/admin/#/evaluationMeetings/create`);
    await page.getByLabel('会议名称').fill(title);
    await page.getByLabel('年度').fill('2026');
    await onlyChoice(page, '所属区', '黄浦区');
    await pickAutocomplete(page, '所属街道', '外滩', '外滩街道');
    // The demo's template is the district's only one: picked by itself.
    await onlyChoice(page, '评议模板', '政务评议标准（演示）');
    await page.getByText('按本机时区（Asia/Shanghai）填写').waitFor();
    await page.getByLabel('计划时间').fill('2026-12-20T09:30');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(`评议会：${title}`).waitFor();
    await page.getByText('2026年12月20日 周日 09:30').waitFor();
    await screenshot(page, 'meeting-planned-time-1280x800');

    const stored = await gql(
      `query ($t: String!) { evaluationMeetings(filter: { titleContains: $t }) { nodes { id scheduledAt } } }`,
      { t: title },
    );
    const meeting = stored.evaluationMeetings.nodes[0];
    expect(meeting.scheduledAt).toBe('2026-12-20T01:30:00.000Z');

    await page.goto(`${session.server.url}/admin/#/evaluationMeetings/${encodeURIComponent(meeting.id)}`);
    const input = page.getByLabel('计划时间');
    await page.waitForFunction(
      () =>
        (document.querySelector('input[type="datetime-local"]') as HTMLInputElement | null)?.value ===
        '2026-12-20T09:30',
    );
    await input.fill('2026-12-21T14:00');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已更新').waitFor();
    const changed = await gql(`query ($id: ID!) { evaluationMeeting(id: $id) { scheduledAt } }`, { id: meeting.id });
    expect(changed.evaluationMeeting!.scheduledAt).toBe('2026-12-21T06:00:00.000Z');
  });
});

describe('moving an official to another 街道 in the edit form', () => {
  it('clears the office of the old 街道, requires one of the new, and saves the move', async () => {
    const { page } = session.tab;
    const waitan = await office('310101013', 'COMMUNITY_SAFETY');
    const nanjing = await office('310101002', 'COMMUNITY_SAFETY');
    const created = await gql(`mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id } }`, {
      input: { name: '浏览器调动测试', category: 'CIVIL_SERVANT', officeId: waitan.id },
    });
    const id = created.createOfficial.id;

    await page.goto(`${session.server.url}/admin/#/officials/${encodeURIComponent(id)}`);
    const officeBox = page.getByRole('combobox', { name: '所在办公室' });
    await page.waitForFunction(
      (name) => Array.from(document.querySelectorAll('input')).some((i) => i.value === name),
      waitan.choice,
    );
    expect(await officeBox.inputValue()).toBe(waitan.choice);
    await pickAutocomplete(page, '所属街道', '南京东路', '南京东路街道');
    await page.waitForFunction(() => {
      const label = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.startsWith('所在办公室'));
      const input = label ? (document.getElementById(label.htmlFor) as HTMLInputElement | null) : null;
      return input?.value === '';
    });
    // Saving without an office of the new 街道 is stopped in the form.
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('必填').first().waitFor();
    expect(
      (await gql(`query ($id: ID!) { official(id: $id) { subdistrictId } }`, { id })).official!.subdistrictId,
    ).toBe(waitan.subdistrictId);

    await pickAutocomplete(page, '所在办公室', nanjing.name.slice(0, 2), nanjing.choice);
    await screenshot(page, 'official-move-1280x800');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已更新').waitFor();
    const moved = await gql(`query ($id: ID!) { official(id: $id) { subdistrictId officeId } }`, { id });
    expect(moved.official).toEqual({ subdistrictId: nanjing.subdistrictId, officeId: nanjing.id });
  });
});
