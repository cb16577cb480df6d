/// <reference lib="dom" />
/**
 * The governance screens in Chromium, in Chinese, as the 黄浦区 admin (and a 外滩街道 admin for the
 * party working committee's decisions): a service token whose secret is shown once, works against
 * /graphql and stops working when revoked; agency-head appointments refused with a reason and
 * consented (docs/rules.md rule 2); an accountability case concluded with a breach (rule 9); and a
 * webhook whose secret is shown once and whose deliveries are listed. Every step is checked
 * through the API; screenshots go to test/artifacts/.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { onlyChoice, pickAutocomplete, screenshot, type TestPage } from './support/browser';
import { callWithToken, openSignedIn, places } from './support/governance';
import { useAdminSession } from './support/session';
import type { Answer } from '../support/api';

const session = useAdminSession({ width: 1280, height: 800 });
const gql = <T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  session.gql<T>(query, variables);
const admin = (path: string) => `${session.server.url}/admin/#${path}`;

const TOKEN_NAME = '黄浦区组织部人事系统（浏览器测试）';
const WAITAN_ADMIN = {
  username: 'waitan.admin',
  password: 'waitan-admin-pass-1',
  displayName: '外滩街道管理员（测试）',
};

/** Proposes `candidate` as head of 外滩派出所 through the form and returns the new appointment's id. */
async function proposeThroughForm(page: TestPage['page'], candidate: string): Promise<string> {
  await page.goto(admin('/headAppointments/create'));
  await onlyChoice(page, '所属区', '黄浦区');
  await pickAutocomplete(page, '所属街道', '外滩', '外滩街道');
  await pickAutocomplete(page, '派出机构', '外滩派出', '外滩派出所（外滩街道）');
  await pickAutocomplete(page, '拟任人选', candidate, candidate);
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByTestId('status-chip').filter({ hasText: '待决定' }).waitFor();
  const id = decodeURIComponent(/headAppointments\/([^/]+)\/show/.exec(page.url())?.[1] ?? '');
  expect(id).not.toBe('');
  return id;
}

// A sequence, run in the order written: the English test reads the case the accountability test
// concluded, and the appointment test's 外滩街道 admin page is closed after all.
describe('governance screens for the admin (a sequence: each test continues where the one before left off)', () => {
  let subdistrictAdmin: TestPage;

  afterAll(async () => {
    await subdistrictAdmin?.context.close();
  });

  it('creates a service token, shows its secret once, and revokes it so it stops working', async () => {
    const { page, context } = session.tab;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.url });
    await page.goto(admin('/serviceTokens/create'));
    await page.getByLabel('用途').fill(TOKEN_NAME);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请至少选择一项权限。').waitFor();
    await page.getByLabel('读取人员（officials:read）').check();
    await page.getByRole('button', { name: '保存' }).click();

    const dialog = page.getByRole('dialog', { name: '接口令牌已创建' });
    await dialog.getByText('此令牌只显示这一次').waitFor();
    const token = await dialog.getByTestId('secret-value').inputValue();
    expect(token).toMatch(/^pyt_/);
    await dialog.getByRole('button', { name: '复制' }).click();
    await page.getByText('已复制到剪贴板').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await screenshot(page, 'service-token-secret-1280x800');
    await dialog.getByRole('button', { name: '我已保存，关闭' }).click();
    await page.getByText(`接口令牌：${TOKEN_NAME}`).waitFor();
    expect(await page.content()).not.toContain(token);

    const stored = await gql(
      `{ serviceTokens(first: 100) { nodes { id name scopes revokedAt lastUsedAt expiresAt } } }`,
    );
    const record = stored.serviceTokens.nodes.find((t: { name: string }) => t.name === TOKEN_NAME);
    expect(record).toMatchObject({ scopes: ['OFFICIALS_READ'], revokedAt: null, lastUsedAt: null });
    const days = (new Date(record!.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89);
    expect(days).toBeLessThan(92);

    const used = await callWithToken(session.server, token, '{ officials(first: 1) { totalCount } }');
    expect(used.errors).toBeUndefined();
    expect(used.data!.officials.totalCount).toBeGreaterThan(0);
    expect(
      (await gql(`query ($id: ID!) { serviceToken(id: $id) { lastUsedAt } }`, { id: record!.id })).serviceToken!
        .lastUsedAt,
    ).not.toBeNull();

    await page.reload();
    await page.getByRole('button', { name: '吊销' }).click();
    await page.getByText(`吊销后使用“${TOKEN_NAME}”的系统将立即无法访问`).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '吊销' }).click();
    await page.getByText('令牌已吊销').waitFor();
    await page.getByTestId('token-state').filter({ hasText: '已吊销' }).waitFor();
    expect(
      (await gql(`query ($id: ID!) { serviceToken(id: $id) { revokedAt } }`, { id: record!.id })).serviceToken!
        .revokedAt,
    ).not.toBeNull();
    const refused = await callWithToken(session.server, token, '{ officials(first: 1) { totalCount } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    await page.goto(admin('/serviceTokens'));
    await page.getByRole('cell', { name: TOKEN_NAME }).waitFor();
    await page.locator('.RaDatagrid-tbody tr', { hasText: TOKEN_NAME }).getByText('已吊销').waitFor();
    await screenshot(page, 'service-tokens-list-1280x800');
  });

  it('lets the subdistrict refuse a proposed head with a reason, then consent to another', async () => {
    const { page } = session.tab;
    const { districtId, subdistrictId, agencyId } = await places(gql);
    const candidates = ['甲候选（测试）', '乙候选（测试）'];
    const ids: string[] = [];
    for (const name of candidates) {
      const made = await gql(`mutation ($input: CreateOfficialInput!) { createOfficial(input: $input) { id } }`, {
        input: { name, category: 'AGENCY_HEAD', agencyId, title: '副所长' },
      });
      ids.push(made.createOfficial.id);
    }
    await gql(`mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { ...WAITAN_ADMIN, role: 'ADMIN', districtId, subdistrictId },
    });
    subdistrictAdmin = await openSignedIn(session, WAITAN_ADMIN.username, WAITAN_ADMIN.password);
    const committee = subdistrictAdmin.page;

    // The district department proposes 甲; the subdistrict refuses, first without a reason.
    const refusedId = await proposeThroughForm(page, candidates[0]);
    await committee.goto(admin(`/headAppointments/${encodeURIComponent(refusedId)}/show`));
    await committee.getByRole('button', { name: '不同意' }).click();
    const refuseDialog = committee.getByRole('dialog', { name: '不同意任命' });
    await refuseDialog.getByRole('button', { name: '不同意' }).click();
    await refuseDialog.locator('.Mui-error', { hasText: '不同意时请写明理由。' }).first().waitFor();
    await refuseDialog.getByLabel('理由').fill('该同志任职年限不足，请重新提名。');
    await screenshot(committee, 'head-appointment-refuse-1280x800');
    await refuseDialog.getByRole('button', { name: '不同意' }).click();
    await committee.getByText('已记录不同意意见').waitFor();
    await committee.getByTestId('status-chip').filter({ hasText: '不同意' }).waitFor();
    const refused = await gql(
      `query ($id: ID!, $a: ID!) { headAppointment(id: $id) { status reason officialId } dispatchedAgency(id: $a) { head { id } headHistory { officialId } } }`,
      {
        id: refusedId,
        a: agencyId,
      },
    );
    expect(refused.headAppointment).toEqual({
      status: 'REFUSED',
      reason: '该同志任职年限不足，请重新提名。',
      officialId: ids[0],
    });
    expect(refused.dispatchedAgency!.head?.id).not.toBe(ids[0]);
    expect(refused.dispatchedAgency!.headHistory.map((h: { officialId: string }) => h.officialId)).not.toContain(
      ids[0],
    );

    // Then 乙, to whom the subdistrict consents.
    const consentedId = await proposeThroughForm(page, candidates[1]);
    await committee.goto(admin(`/headAppointments/${encodeURIComponent(consentedId)}/show`));
    await committee.getByRole('button', { name: '同意', exact: true }).click();
    await committee
      .getByRole('dialog', { name: '同意任命？' })
      .getByRole('button', { name: '同意', exact: true })
      .click();
    await committee.getByText('已同意任命').waitFor();
    await committee.getByTestId('status-chip').filter({ hasText: '已同意' }).waitFor();
    const consented = await gql(
      `query ($a: ID!) { dispatchedAgency(id: $a) { head { id name } headHistory { officialId startsOn endsOn } } }`,
      { a: agencyId },
    );
    expect(consented.dispatchedAgency!.head).toEqual({ id: ids[1], name: candidates[1] });
    // The history keeps the demo's previous head, whose term ended the day 乙's began, and never 甲.
    const history = consented.dispatchedAgency!.headHistory;
    const current = history[history.length - 1];
    expect(current).toMatchObject({ officialId: ids[1], endsOn: null });
    expect(history.map((h) => h.officialId)).not.toContain(ids[0]);
    if (history.length > 1) expect(history[history.length - 2].endsOn).toBe(current.startsOn);

    await page.goto(admin(`/dispatchedAgencies/${encodeURIComponent(agencyId)}/show/head`));
    await page.getByTestId('agency-current-head').filter({ hasText: candidates[1] }).waitFor();
    await screenshot(page, 'agency-head-panel-1280x800');

    await page.goto(admin(`/headAppointments?filter=${encodeURIComponent(JSON.stringify({ agencyId }))}`));
    const rows = page.locator('.RaDatagrid-tbody tr');
    await rows.filter({ hasText: candidates[1] }).locator('td.column-status').filter({ hasText: '已同意' }).waitFor();
    await rows.filter({ hasText: candidates[0] }).locator('td.column-status').filter({ hasText: '不同意' }).waitFor();
    expect(await rows.filter({ hasText: candidates[0] }).locator('td.column-reason').innerText()).toBe(
      '该同志任职年限不足，请重新提名。',
    );
    await screenshot(page, 'head-appointments-list-1280x800');
    expect(subdistrictAdmin.foreignRequests).toEqual([]);
    expect(subdistrictAdmin.pageErrors).toEqual([]);
  });

  it('opens an accountability case and concludes it with a breach, marking the year', async () => {
    const { page } = session.tab;
    const { subdistrictId } = await places(gql);
    // A demo agency head of 外滩街道 with a 2026 list, whose name is unique there.
    const heads = await gql(
      `query ($s: ID!) { officials(filter: { subdistrictId: $s, category: AGENCY_HEAD }, first: 100) { nodes { id name externalId responsibilityItems(year: 2026) { id kind content } } } }`,
      {
        s: subdistrictId,
      },
    );
    const nodes: {
      id: string;
      name: string;
      externalId: string | null;
      responsibilityItems: { id: string; kind: string; content: string }[];
    }[] = heads.officials.nodes;
    const official = nodes.find(
      (o) =>
        o.externalId?.startsWith('DEMO-') &&
        o.responsibilityItems.length > 0 &&
        nodes.filter((other) => other.name === o.name).length === 1,
    )!;
    const redLine = official.responsibilityItems.find((item) => item.kind === 'RED_LINE')!;

    await page.goto(admin('/accountabilityCases/create'));
    await onlyChoice(page, '所属区', '黄浦区');
    await pickAutocomplete(page, '所属街道', '外滩', '外滩街道');
    await pickAutocomplete(page, '被追究人员', official.name, official.name);
    await page.getByLabel('年度').fill('2026');
    await page.getByRole('combobox', { name: '涉及红线事项' }).click();
    await page.getByRole('option', { name: redLine.content }).click();
    await page.getByRole('combobox', { name: '承办部门' }).click();
    await page.getByRole('option', { name: '纪检监察部门', exact: true }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.Mui-error', { hasText: '必填' }).first().waitFor();
    expect(page.url()).toContain('/accountabilityCases/create');
    await page.getByLabel('案由').fill('居民反映其在市容执法中选择性执法，经初步核实需立案调查。');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('status-chip').filter({ hasText: '办理中' }).waitFor();
    const caseId = decodeURIComponent(/accountabilityCases\/([^/]+)\/show/.exec(page.url())?.[1] ?? '');
    await page.getByText(redLine.content).waitFor();

    // While OPEN the case can change.
    await page.getByRole('link', { name: '编辑' }).click();
    await page.getByLabel('案由').fill('居民反映其在市容执法中选择性执法，经初步核实需立案调查；已调取执法记录。');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('已更新').waitFor();
    await page.getByText('已调取执法记录').waitFor();

    await page.getByRole('button', { name: '办结' }).click();
    const dialog = page.getByRole('dialog', { name: '办结责任追究案件' });
    await dialog.getByRole('button', { name: '办结' }).click();
    await dialog.getByText('请填写书面处理结论。').waitFor();
    await dialog.getByText('请选择是否认定违反红线。').waitFor();
    await screenshot(page, 'accountability-conclude-refused-1280x800');
    await dialog
      .getByLabel('处理结论')
      .fill('经调查，反映属实，认定违反“不得以罚代管、选择性执法”红线，给予诫勉谈话。');
    await dialog.getByLabel('认定违反红线', { exact: true }).check();
    await dialog.getByRole('button', { name: '办结' }).click();
    await page.getByText('案件已办结').waitFor();
    await page.getByTestId('status-chip').filter({ hasText: '已办结' }).waitFor();
    await page.getByTestId('breach-alert').filter({ hasText: '2026 年度已标记为违反红线' }).waitFor();
    await screenshot(page, 'accountability-concluded-1280x800');

    const stored = await gql(
      `query ($id: ID!, $o: ID!) { accountabilityCase(id: $id) { status breachConfirmed handledBy responsibilityItemId officialId year summary } official(id: $o) { redLineBreaches } }`,
      {
        id: caseId,
        o: official.id,
      },
    );
    expect(stored.accountabilityCase).toEqual({
      status: 'CONCLUDED',
      breachConfirmed: true,
      handledBy: 'DISCIPLINE_INSPECTION',
      responsibilityItemId: redLine.id,
      officialId: official.id,
      year: 2026,
      summary: expect.stringContaining('已调取执法记录'),
    });
    expect(stored.official!.redLineBreaches).toContain(2026);
    await page.getByRole('link', { name: '编辑' }).waitFor({ state: 'detached' });

    await page.goto(admin('/accountabilityCases'));
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.getByRole('option', { name: '已办结', exact: true }).click();
    await page.getByText('共 1 条').waitFor();
    expect(await page.locator('.RaDatagrid-tbody td.column-officialId').allInnerTexts()).toEqual([official.name]);
    await screenshot(page, 'accountability-list-1280x800');
  });

  it('subscribes a webhook, shows its secret once, and lists it with its deliveries', async () => {
    const { page } = session.tab;
    const received: string[] = [];
    const receiver = http.createServer((request, response) => {
      received.push(String(request.headers['x-pingyi-event']));
      request.resume();
      request.on('end', () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/pingyi-hook`;
    try {
      await page.goto(admin('/webhookSubscriptions/create'));
      await page.getByLabel('推送地址').fill('ftp://example.invalid/hook');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('请输入以 http:// 或 https:// 开头的完整地址。').waitFor();
      await page.getByLabel('推送地址').fill(url);
      await page.getByLabel('年度考核定稿（assessment.finalized）').uncheck();
      await page.getByRole('button', { name: '保存' }).click();
      const dialog = page.getByRole('dialog', { name: '事件推送已创建' });
      await dialog.getByText('以下签名密钥只显示这一次').waitFor();
      const secret = await dialog.getByTestId('secret-value').inputValue();
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      await screenshot(page, 'webhook-secret-1280x800');
      await dialog.getByRole('button', { name: '我已保存，关闭' }).click();
      await page.getByTestId('webhook-deliveries').getByText('暂无推送记录').waitFor();
      expect(await page.content()).not.toContain(secret);

      const listed = await gql(`{ webhookSubscriptions(first: 100) { nodes { id url events active } } }`);
      expect(listed.webhookSubscriptions.nodes).toEqual([
        { id: expect.any(String), url, events: ['MEETING_CLOSED'], active: true },
      ]);
      const subscriptionId = listed.webhookSubscriptions.nodes[0].id;

      // Closing the demo meeting sends meeting.closed to the receiver.
      const open = await gql(`{ evaluationMeetings(filter: { status: OPEN }, first: 1) { nodes { id } } }`);
      await gql(`mutation ($id: ID!) { closeMeeting(id: $id) { status } }`, {
        id: open.evaluationMeetings.nodes[0].id,
      });
      const end = Date.now() + 20_000;
      while (received.length === 0 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toEqual(['meeting.closed']);
      const deliveries = async () =>
        (
          await gql(`query ($id: ID!) { webhookDeliveries(subscriptionId: $id) { nodes { status attempts } } }`, {
            id: subscriptionId,
          })
        ).webhookDeliveries.nodes;
      while ((await deliveries())[0]?.status !== 'DELIVERED' && Date.now() < end)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await deliveries()).toEqual([{ status: 'DELIVERED', attempts: 1 }]);

      await page.getByTestId('webhook-deliveries').getByRole('button', { name: '刷新' }).click();
      const row = page.getByTestId('webhook-deliveries').locator('tbody tr');
      await row.filter({ hasText: '已送达' }).waitFor();
      expect(await row.locator('td').nth(1).innerText()).toBe('评议会结束（meeting.closed）');
      expect(await row.locator('td').nth(3).innerText()).toBe('1');
      await screenshot(page, 'webhook-deliveries-1280x800');

      // A delivered event can be sent again, after a confirmation.
      await row.getByRole('button', { name: '重新推送' }).click();
      await page.getByRole('dialog').getByText('重新推送此事件？').waitFor();
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await page.getByText('已重新排队推送').waitFor();
      const again = Date.now() + 20_000;
      while (received.length < 2 && Date.now() < again) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toEqual(['meeting.closed', 'meeting.closed']);

      // Pause, then resume, from the page's toolbar.
      const active = async () =>
        (await gql(`{ webhookSubscriptions(first: 100) { nodes { id active } } }`)).webhookSubscriptions.nodes.find(
          (node: { id: string }) => node.id === subscriptionId,
        )!.active;
      await page.getByRole('button', { name: '暂停推送' }).click();
      await page.getByText('事件推送已暂停').waitFor();
      await page.getByRole('button', { name: '启用推送' }).waitFor();
      expect(await active()).toBe(false);
      await page.getByRole('button', { name: '启用推送' }).click();
      await page.getByText('事件推送已启用').waitFor();
      await page.getByRole('button', { name: '暂停推送' }).waitFor();
      expect(await active()).toBe(true);

      await page.goto(admin('/webhookSubscriptions'));
      await page.getByRole('cell', { name: url }).waitFor();
      await screenshot(page, 'webhooks-list-1280x800');
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });

  it('switches the governance screens to English', async () => {
    const { page } = session.tab;
    await page.goto(admin('/accountabilityCases'));
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Service tokens' }).waitFor();
    await page.getByRole('menuitem', { name: 'Head appointments' }).waitFor();
    await page.getByRole('columnheader', { name: 'Handled by' }).waitFor();
    await page.getByTestId('status-chip').filter({ hasText: 'Concluded' }).first().waitFor();
    await screenshot(page, 'accountability-list-english-1280x800');
  });
});
