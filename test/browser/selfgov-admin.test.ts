/// <reference lib="dom" />
/**
 * The self-governance screens in Chromium on a 768×1024 tablet, in Chinese (docs/rules.md rule 14):
 * the 黄浦区 ADMIN records a decision hearing before road works in 外滩街道 with a question, answers
 * it when recording the outcome and marks the project started; concludes a family mediation, first
 * refused without the women's director (the error under that field, nothing changed), then with
 * them; and takes a building's convention to effect: household codes printed as slips, two of
 * three households approving (one on the residents' phone page `/vote/#/household` without an
 * account, one through the API), while the convention's page shows the count live until it reads 已生效; and records a
 * petition's round of talks and its agreement. Each step is checked through the API; screenshots go
 * to test/artifacts/.
 */
import { openPage, screenshot, waitUntil } from './support/browser';
import { places } from './support/governance';
import { useAdminSession } from './support/session';

const session = useAdminSession({ width: 768, height: 1024 });
const admin = (path: string) => `${session.server.url}/admin/#${path}`;
let neighborhoodId = '';

beforeAll(async () => {
  const { subdistrictId } = await places(session.gql);
  const hoods = await session.gql(
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
    { s: subdistrictId },
  );
  neighborhoodId = hoods.neighborhoods.nodes[0].id;
});

it('counts what waits on the ADMIN’s home: nothing while the demo’s records are all decided', async () => {
  const { page } = session.tab;
  await page.goto(admin('/'));
  for (const card of ['home-hearings', 'home-mediations', 'home-petitions', 'home-conventions'])
    await page.getByTestId(card).getByText('0', { exact: true }).waitFor();
});

describe('a decision hearing before road works', () => {
  let projectId = '';
  let hearingId = '';

  beforeAll(async () => {
    const created = await session.gql(
      `mutation ($input: CreateWorksProjectInput!) { createWorksProject(input: $input) { id } }`,
      { input: { neighborhoodId, name: '宁波路道路大修工程' } },
    );
    projectId = created.createWorksProject.id;
  });

  const hearing = async () =>
    (
      await session.gql(
        `query ($id: ID!) { hearing(id: $id) { outcome outcomeReasons presenter representatives
          questions { askedBy question answer answeredBy } project { status overrideReason } } }`,
        { id: hearingId },
      )
    ).hearing;

  it('records the hearing from the project’s page, with the question put', async () => {
    const { page } = session.tab;
    await page.goto(admin(`/worksProjects/${encodeURIComponent(projectId)}/show`));
    await page.getByRole('link', { name: '新建听证会' }).click();
    await page.waitForURL(/hearings\/create/);
    const project = page.getByRole('combobox', { name: '工程项目' });
    await waitUntil(async () => (await project.inputValue()) === '宁波路道路大修工程');
    await page.getByRole('textbox', { name: '项目介绍人' }).fill('区建管委 王工');
    await page.getByRole('textbox', { name: '主持人（居委会主任）' }).fill('张主任');
    await page.getByLabel('听证日期').fill('2026-11-10');
    await page.getByLabel('工期开始').fill('2026-12-01');
    await page.getByLabel('工期结束').fill('2027-02-28');
    await page.getByRole('textbox', { name: /居民代表/ }).fill('李阿姨\n赵师傅\n孙老师');
    await page.getByRole('textbox', { name: /答询部门负责人/ }).fill('区交警支队 周队长');
    await page.locator('.button-add-questions').click();
    await page.getByRole('textbox', { name: '提问人' }).fill('李阿姨');
    await page.getByRole('textbox', { name: '问题', exact: true }).fill('夜间施工会不会影响老人休息？');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/hearings\/[^/]+\/show/);
    hearingId = decodeURIComponent(/hearings\/([^/]+)\/show/.exec(page.url())![1]);
    await page.getByTestId('hearing-questions').getByText('待答复').waitFor();
    expect(await hearing()).toMatchObject({
      outcome: null,
      presenter: '区建管委 王工',
      representatives: ['李阿姨', '赵师傅', '孙老师'],
      questions: [{ askedBy: '李阿姨', question: '夜间施工会不会影响老人休息？', answer: null, answeredBy: null }],
    });
  });

  it('answers the question and records the outcome with its reasons, once', async () => {
    const { page } = session.tab;
    await page.getByRole('button', { name: '记录结论' }).click();
    const dialog = page.getByRole('dialog', { name: '记录听证结论' });
    // Without an outcome and reasons nothing is sent.
    await dialog.getByRole('button', { name: '记录结论' }).click();
    await dialog.getByText('请选择听证结论').waitFor();
    await dialog.getByRole('textbox', { name: '答复人' }).fill('区建管委 王工');
    await dialog.getByRole('textbox', { name: '答复 1' }).fill('夜间22点后不进行高噪声作业。');
    await dialog.getByRole('radio', { name: '有条件支持' }).check();
    await dialog.getByRole('textbox', { name: '结论理由' }).fill('居民代表支持，条件是夜间不施工、保留人行通道。');
    await screenshot(page, 'selfgov-hearing-outcome-768x1024');
    await dialog.getByRole('button', { name: '记录结论' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('hearing-questions')
      .getByText(/夜间22点后不进行高噪声作业/)
      .waitFor();
    await expect(page.getByRole('button', { name: '记录结论' }).count()).resolves.toBe(0);
    expect(await hearing()).toMatchObject({
      outcome: 'SUPPORTED_WITH_CONDITIONS',
      outcomeReasons: '居民代表支持，条件是夜间不施工、保留人行通道。',
      questions: [
        {
          askedBy: '李阿姨',
          question: '夜间施工会不会影响老人休息？',
          answer: '夜间22点后不进行高噪声作业。',
          answeredBy: '区建管委 王工',
        },
      ],
    });
  });

  it('prints the record the hearing signs', async () => {
    const { page } = session.tab;
    await page.goto(admin(`/hearings/${encodeURIComponent(hearingId)}/sheet`));
    await page.getByRole('heading', { name: '决策听证会记录' }).waitFor();
    await page
      .getByTestId('sheet-question')
      .getByText(/夜间22点后不进行高噪声作业/)
      .waitFor();
    await page.getByText('与会人员签字').waitFor();
    await screenshot(page, 'selfgov-hearing-sheet-768x1024');
  });

  it('marks the project started without an override: the hearing supported it', async () => {
    const { page } = session.tab;
    await page.goto(admin(`/worksProjects/${encodeURIComponent(projectId)}/show`));
    await page.getByRole('button', { name: '标记开工' }).click();
    const dialog = page.getByRole('dialog', { name: '标记工程开工' });
    await dialog.getByRole('button', { name: '标记开工' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('已开工').first().waitFor();
    expect((await hearing())!.project).toEqual({ status: 'STARTED', overrideReason: null });
  });
});

describe('works started without a supporting hearing', () => {
  it('asks for the reason of the decision that overrides, under its field, then records it', async () => {
    const created = await session.gql(
      `mutation ($input: CreateWorksProjectInput!) { createWorksProject(input: $input) { id } }`,
      { input: { neighborhoodId, name: '福州路燃气管道抢修' } },
    );
    const id = created.createWorksProject.id;
    const { page } = session.tab;
    await page.goto(admin(`/worksProjects/${encodeURIComponent(id)}/show`));
    await page.getByRole('button', { name: '标记开工' }).click();
    const dialog = page.getByRole('dialog', { name: '标记工程开工' });
    await dialog.getByRole('button', { name: '标记开工' }).click();
    await dialog.getByText(/请写明推翻或免于听证的决定理由/).waitFor();
    const project = async () =>
      (await session.gql(`query ($id: ID!) { worksProject(id: $id) { status overrideReason } }`, { id })).worksProject!;
    expect(await project()).toEqual({ status: 'PLANNED', overrideReason: null });
    await dialog.getByRole('textbox', { name: /决定理由/ }).fill('燃气泄漏抢险，区政府决定立即施工');
    await dialog.getByRole('button', { name: '标记开工' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('燃气泄漏抢险，区政府决定立即施工').waitFor();
    expect(await project()).toEqual({ status: 'STARTED', overrideReason: '燃气泄漏抢险，区政府决定立即施工' });
  });
});

describe('a family mediation with the women’s director', () => {
  let mediationId = '';

  beforeAll(async () => {
    const created = await session.gql(
      `mutation ($input: CreateMediationInput!) { createMediation(input: $input) { id } }`,
      {
        input: {
          neighborhoodId,
          subject: '婆媳因房屋漏水与楼下邻居争执',
          disputeKind: 'BETWEEN_NEIGHBOURS',
          heldOn: '2026-11-12',
          involvesFamily: true,
          chairName: '陈调解主任',
          chairRole: 'MEDIATION_DIRECTOR',
          legalAdviser: '刘律师',
          parties: [
            { kind: 'PERSON', name: '王阿婆' },
            { kind: 'PERSON', name: '钱先生' },
          ],
        },
      },
    );
    mediationId = created.createMediation.id;
  });

  const mediation = async () =>
    (
      await session.gql(`query ($id: ID!) { mediation(id: $id) { status record womenDirector concludedAt } }`, {
        id: mediationId,
      })
    ).mediation;

  it('refuses to conclude without the women’s director, under that field, and changes nothing', async () => {
    const { page } = session.tab;
    await page.goto(admin(`/mediations/${encodeURIComponent(mediationId)}/show`));
    await page.getByTestId('mediation-parties').getByText('王阿婆（个人）、钱先生（个人）').waitFor();
    await page.getByRole('button', { name: '办结' }).click();
    const dialog = page.getByRole('dialog', { name: '办结协调会' });
    await dialog.getByRole('textbox', { name: '书面协议记录' }).fill('钱先生负责维修漏水管道，王阿婆家配合入户。');
    await dialog.getByRole('button', { name: '办结' }).click();
    const director = dialog.getByRole('textbox', { name: '妇女主任' });
    await waitUntil(async () => (await director.getAttribute('aria-invalid')) === 'true');
    const helper = await director.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${helper}"]`).innerText()).toContain('须有妇女主任到场方可办结');
    await screenshot(page, 'selfgov-mediation-refused-768x1024');
    expect(await mediation()).toEqual({ status: 'OPEN', record: null, womenDirector: null, concludedAt: null });

    await director.fill('周妇女主任');
    await dialog.getByRole('button', { name: '办结' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await mediation()).toMatchObject({
      status: 'CONCLUDED',
      record: '钱先生负责维修漏水管道，王阿婆家配合入户。',
      womenDirector: '周妇女主任',
    });
  });

  it('submits the record for the court’s confirmation and prints it', async () => {
    const { page } = session.tab;
    await page.getByRole('button', { name: '提交法院司法确认' }).click();
    await page.getByRole('button', { name: '法院已确认' }).waitFor();
    const court = await session.gql(`query ($id: ID!) { mediation(id: $id) { courtConfirmation } }`, {
      id: mediationId,
    });
    expect(court.mediation!.courtConfirmation).toBe('SUBMITTED');
    await page.goto(admin(`/mediations/${encodeURIComponent(mediationId)}/sheet`));
    await page.getByRole('heading', { name: '矛盾协调会书面协议' }).waitFor();
    await page.getByText('钱先生负责维修漏水管道，王阿婆家配合入户。').waitFor();
    await page.getByTestId('record-sheet-facts').getByText('已提交法院').waitFor();
    await screenshot(page, 'selfgov-mediation-sheet-768x1024');
  });
});

describe('a building’s convention taking effect at two thirds', () => {
  let conventionId = '';
  let codes: string[] = [];

  beforeAll(async () => {
    await session.gql(`mutation ($input: CreateBuildingInput!) { createBuilding(input: $input) { id } }`, {
      input: { neighborhoodId, name: '宁波路12号', households: 3 },
    });
  });

  const tally = async () =>
    (
      await session.gql(
        `query ($id: ID!) { buildingConvention(id: $id) { effectiveVersion { number } versions { status approvals } } }`,
        { id: conventionId },
      )
    ).buildingConvention;

  it('drafts the convention and prints three household codes as slips', async () => {
    const { page } = session.tab;
    await page.goto(admin('/buildingConventions/create'));
    await page.getByRole('combobox', { name: '楼栋' }).click();
    await page.getByRole('option', { name: '宁波路12号', exact: true }).click();
    await page.getByRole('textbox', { name: '公约名称' }).fill('宁波路12号楼居民公约');
    await page.getByRole('textbox', { name: '公约文本' }).fill('一、楼道内不堆放杂物。\n二、晚十点后不装修。');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/buildingConventions\/[^/]+\/show/);
    conventionId = decodeURIComponent(/buildingConventions\/([^/]+)\/show/.exec(page.url())![1]);
    await page.getByTestId('convention-counts').getByText('同意 0 户 / 共 3 户，须 2 户（三分之二）').waitFor();
    await page.getByRole('button', { name: '发放户代码' }).click();
    const dialog = page.getByRole('dialog', { name: '发放户代码' });
    await dialog.getByRole('spinbutton', { name: '户代码数量' }).fill('3');
    await dialog.getByRole('button', { name: '发放户代码' }).click();
    await page.waitForURL(/slips/);
    await waitUntil(async () => (await page.getByTestId('slip-code').count()) === 3);
    codes = await page.getByTestId('slip-code').allInnerTexts();
    expect(codes.every((c) => /^[A-Z2-9]{5}-[A-Z2-9]{5}$/.test(c))).toBe(true);
    await page.getByText('户代码').first().waitFor();
    await screenshot(page, 'selfgov-household-slips-768x1024');
  });

  it('counts the approvals live until two thirds of the households put it into effect', async () => {
    const { page } = session.tab;
    await page.goto(admin(`/buildingConventions/${encodeURIComponent(conventionId)}/show`));
    await page.getByTestId('convention-status').getByText('表决中').waitFor();

    // One household approves on its phone, without an account.
    const phone = await openPage(session.browser, session.server.url, { width: 390, height: 844 });
    await phone.page.goto(`${session.server.url}/vote/#/household`);
    await phone.page.getByLabel('户代码').fill(codes[0].toLowerCase());
    await phone.page.getByRole('button', { name: '查看公约' }).click();
    await phone.page.getByRole('heading', { name: '宁波路12号楼居民公约' }).waitFor();
    await phone.page.getByRole('button', { name: '同意', exact: true }).click();
    await phone.page.getByTestId('household-thanks').waitFor();
    await phone.page.getByText(/目前同意 1 户/).waitFor();
    await screenshot(phone.page, 'selfgov-household-390x844');
    // The same code a second time opens nothing.
    await phone.page.reload();
    await phone.page.getByLabel('户代码').fill(codes[0]);
    await phone.page.getByRole('button', { name: '查看公约' }).click();
    await phone.page.getByTestId('household-problem').waitFor();
    expect(phone.pageErrors).toEqual([]);
    expect(phone.foreignRequests).toEqual([]);
    await phone.context.close();
    await page
      .getByTestId('convention-counts')
      .getByText(/同意 1 户/)
      .waitFor();
    expect((await tally())!.effectiveVersion).toBeNull();

    // A second household answers through the API: 2 of 3 is two thirds.
    const approved = await session.server.gql(
      `mutation ($input: ApproveConventionInput!) { approveConvention(input: $input) { status approvals } }`,
      { input: { code: codes[1], approve: true } },
      { token: null },
    );
    expect(approved.data!.approveConvention).toEqual({ status: 'EFFECTIVE', approvals: 2 });
    await page.getByTestId('convention-status').getByText('已生效').waitFor();
    await page.getByTestId('convention-counts').getByText('同意 2 户 / 共 3 户，须 2 户（三分之二）').waitFor();
    await screenshot(page, 'selfgov-convention-effective-768x1024');
    expect(await tally()).toEqual({
      effectiveVersion: { number: 1 },
      versions: [{ status: 'EFFECTIVE', approvals: 2 }],
    });

    // The household that never answered is told the approval has closed, the version being in effect.
    const late = await openPage(session.browser, session.server.url, { width: 390, height: 844 });
    await late.page.goto(`${session.server.url}/vote/#/household`);
    await late.page.getByLabel('户代码').fill(codes[2]);
    await late.page.getByRole('button', { name: '查看公约' }).click();
    await late.page
      .getByTestId('household-problem')
      .getByText('户代码：该版本表决已结束（版本状态为“已生效”），不再接受住户表决')
      .waitFor();
    expect(late.pageErrors).toEqual([]);
    await late.context.close();
  });
});

describe('a petition taken up by the women’s federation', () => {
  it('records a round of talks and concludes it with the agreement reached', async () => {
    const departments = await session.gql(`{ departments(first: 100) { nodes { id name } } }`);
    const housing = departments.departments.nodes.find((d: { name: string }) => d.name.includes('房屋管理局'))!;
    const created = await session.gql(
      `mutation ($input: CreatePetitionInput!) { createPetition(input: $input) { id } }`,
      {
        input: {
          neighborhoodId,
          subject: '老公房楼梯扶手断裂',
          petitionerName: '吴阿姨',
          agent: 'WOMENS_FEDERATION',
          agentName: '街道妇联 顾主席',
          departmentId: housing.id,
          takenUpOn: '2026-11-01',
        },
      },
    );
    const id = created.createPetition.id;
    const { page } = session.tab;
    await page.goto(admin(`/petitions/${encodeURIComponent(id)}/show`));
    await page.getByRole('button', { name: '记录协商' }).click();
    const talk = page.getByRole('dialog', { name: '记录协商' });
    await talk.getByLabel('协商日期').fill('2026-11-05');
    await talk.getByRole('textbox', { name: /参加人员/ }).fill('街道妇联 顾主席\n吴阿姨\n区房管局 科长');
    await talk.getByRole('textbox', { name: '协商情况' }).fill('房管局同意两周内修复扶手。');
    await talk.getByRole('button', { name: '记录协商' }).click();
    await talk.waitFor({ state: 'detached' });
    await page.getByTestId('petition-talks').getByText('房管局同意两周内修复扶手。').waitFor();
    await page.getByRole('button', { name: '办结' }).click();
    const conclude = page.getByRole('dialog', { name: '办结' });
    await conclude.getByRole('textbox', { name: '达成的协议' }).fill('区房管局11月20日前修复楼梯扶手。');
    await conclude.getByRole('button', { name: '办结' }).click();
    await conclude.waitFor({ state: 'detached' });
    const read = await session.gql(
      `query ($id: ID!) { petition(id: $id) { status agreement talks { round participants } } }`,
      { id },
    );
    expect(read.petition).toEqual({
      status: 'AGREED',
      agreement: '区房管局11月20日前修复楼梯扶手。',
      talks: [{ round: 1, participants: ['街道妇联 顾主席', '吴阿姨', '区房管局 科长'] }],
    });
  });
});
