/// <reference lib="dom" />
/**
 * The annual assessment in Chromium as 黄浦区's assessor (docs/rules.md rules 10 and 11): last year's
 * DRAFT assessments of 外滩街道's demo officials (one through the assess form), a grade overridden
 * with a written reason, the year finalised from the list in bulk, then the district overview
 * (grade chart by subdistrict, officials by outcome, the policy form's checks) and an official's
 * assessment history with the outcome badge. The stored values are checked through the API.
 * Screenshots go to test/artifacts/.
 */
import { pickAutocomplete, screenshot, waitUntil } from './support/browser';
import { useAdminSession } from './support/session';
import type { Answer } from '../support/api';

const session = useAdminSession({ width: 1280, height: 800 }, 'huangpu.assessor');
const gql = <T = Answer>(query: string, variables?: Record<string, unknown>): Promise<T> =>
  session.gql<T>(query, variables);

/** Last year: its demo meeting is closed and its assessments are still to be made. */
const YEAR = new Date().getUTCFullYear() - 1;
const REASON = '年内两次群众投诉经核查属实，整改不到位，调整为较差。';

interface Person {
  id: string;
  name: string;
}

/** What the tests share: the district, 外滩街道, its demo officials and the one of each outcome. */
const world = {} as {
  districtId: string;
  waitanId: string;
  officials: Person[];
  promoted: Person;
  reassigned: Person;
  dismissed: Person;
};

async function outcomeOf(officialId: string): Promise<string | null> {
  return (await gql(`query ($id: ID!) { official(id: $id) { outcome } }`, { id: officialId })).official!.outcome;
}

async function assessmentsOf(year: number) {
  const data = await gql(
    `query ($f: AnnualAssessmentFilter) { annualAssessments(filter: $f, first: 100) { totalCount nodes { id officialId status grade computedGrade overrideGrade overrideReason selfReportMark } } }`,
    { f: { year, subdistrictId: world.waitanId } },
  );
  return data.annualAssessments.nodes as {
    id: string;
    officialId: string;
    status: string;
    grade: string | null;
    computedGrade: string | null;
    overrideGrade: string | null;
    overrideReason: string | null;
    selfReportMark: number | null;
  }[];
}

// A sequence, run in the order written: last year's policy is set, the year assessed, one grade
// overridden, the year finalised, and the overview and history then show the result.
describe('annual assessment for the assessor (a sequence: each test continues where the one before left off)', () => {
  beforeAll(async () => {
    const me = await gql(`{ me { districtId } }`);
    world.districtId = me.me.districtId;
    const subs = await gql(`{ subdistricts(filter: { nameContains: "外滩" }, first: 5) { nodes { id name } } }`);
    world.waitanId = subs.subdistricts.nodes.find((s: { name: string }) => s.name === '外滩街道')!.id;
    const earlier = await gql(
      `query ($f: AnnualAssessmentFilter) { annualAssessments(filter: $f, first: 100) { nodes { official { id name } } } }`,
      { f: { year: YEAR - 2, subdistrictId: world.waitanId, status: 'FINALIZED' } },
    );
    world.officials = earlier.annualAssessments.nodes.map((n: { official: Person }) => n.official);
    const byOutcome = async (outcome: string): Promise<Person> => {
      const data = await gql(
        `query ($d: ID!, $o: PersonnelOutcome!) { officialsByOutcome(districtId: $d, outcome: $o, first: 100) { nodes { id name } } }`,
        { d: world.districtId, o: outcome },
      );
      return data.officialsByOutcome.nodes.find((o) => world.officials.some((p) => p.id === o.id))!;
    };
    world.promoted = await byOutcome('PROMOTION_ELIGIBLE');
    world.reassigned = await byOutcome('REASSIGNMENT');
    world.dismissed = await byOutcome('DISMISSAL');
    expect(world.officials.length).toBeGreaterThanOrEqual(3);
    expect([world.promoted, world.reassigned, world.dismissed].every(Boolean)).toBe(true);
  });

  it("sets last year's policy on the overview, refusing weights that do not add up and unordered bands", async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/`);
    await page.getByRole('menuitem', { name: '考核总览' }).click();
    // The overview opens on the newest finalised year: the demo's last is the year before last (none
    // of last year's is final yet). Wait for it, then type last year in.
    const yearField = page.getByRole('spinbutton', { name: '年度', exact: true });
    await waitUntil(async () => (await yearField.inputValue()) === String(YEAR - 1));
    await yearField.fill(String(YEAR));
    const policy = page.getByTestId('assessment-policy');
    await policy.getByText(`${YEAR} 年度考核办法`).waitFor();
    await policy.getByText('未单独设定，适用默认办法', { exact: false }).waitFor();
    expect(await policy.getByTestId('policy-meetingWeight').inputValue()).toBe('40');
    const save = policy.getByRole('button', { name: '保存办法' });
    await policy.getByTestId('policy-meetingWeight').fill('10');
    await policy.getByText('三部分权重之和须为 100（当前为 70）').first().waitFor();
    await policy.getByTestId('policy-goodFrom').fill('95');
    await policy.getByText('良好起点须低于优秀起点').waitFor();
    expect(await save.isDisabled()).toBe(true);
    await screenshot(page, 'assessment-policy-refused-1280x800');
    // Meetings 10, panels 60, the assessors' mark 30; bands as by default.
    await policy.getByTestId('policy-goodFrom').fill('75');
    await policy.getByTestId('policy-thirdPartyWeight').fill('60');
    await policy.getByTestId('policy-selfReportWeight').fill('30');
    await waitUntil(async () => !(await save.isDisabled()));
    await save.click();
    await page.getByText(`${YEAR} 年度考核办法已保存`).waitFor();
    await policy.getByText('本区已设定的办法').waitFor();
    const stored = await gql(
      `query ($d: ID!, $y: Int!) { assessmentPolicy(districtId: $d, year: $y) { meetingWeight thirdPartyWeight selfReportWeight goodFrom } }`,
      {
        d: world.districtId,
        y: YEAR,
      },
    );
    expect(stored.assessmentPolicy).toEqual({
      meetingWeight: 10,
      thirdPartyWeight: 60,
      selfReportWeight: 30,
      goodFrom: 75,
    });
  });

  it('assesses an official for last year through the form, and the others as DRAFTs', async () => {
    const { page } = session.tab;
    // The panels' scores of the year: high for the promoted official, middling for the other two.
    const panelScores: [Person, number][] = [
      [world.promoted, 98],
      [world.reassigned, 65],
      [world.dismissed, 62],
    ];
    for (const [official, score] of panelScores) {
      for (const panel of ['PARTY_MEMBER', 'NON_PARTY', 'RESIDENT', 'EXPERT']) {
        await gql(`mutation ($i: RecordThirdPartyEvaluationInput!) { recordThirdPartyEvaluation(input: $i) { id } }`, {
          i: { officialId: official.id, year: YEAR, panel, score },
        });
      }
    }
    await page.goto(`${session.server.url}/admin/#/annualAssessments/create`);
    await pickAutocomplete(page, '所属街道', '外滩', '外滩街道');
    await pickAutocomplete(page, '被考核人员', world.promoted.name, world.promoted.name);
    expect(await page.getByLabel('年度').inputValue()).toBe(String(YEAR));
    await page.getByLabel('述职评分').fill('101');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('必须不大于 100').first().waitFor();
    expect(page.url()).toContain('/annualAssessments/create');
    await page.getByLabel('述职评分').fill('98');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('part-self-report').filter({ hasText: '98.0' }).waitFor();
    await page.getByTestId('part-third-party').filter({ hasText: '专家 98.0' }).waitFor();
    await page.getByTestId('part-meeting').filter({ hasText: '场评议会' }).waitFor();
    await page.getByTestId('assessment-status').filter({ hasText: '草稿' }).waitFor();
    await page.locator('.MuiChip-root', { hasText: '优秀' }).first().waitFor();
    await screenshot(page, 'assessment-draft-1280x800');

    for (const official of world.officials.filter((o) => o.id !== world.promoted.id)) {
      const mark = official.id === world.reassigned.id ? 65 : official.id === world.dismissed.id ? 62 : 85;
      await gql(`mutation ($i: AssessOfficialInput!) { assessOfficial(input: $i) { id } }`, {
        i: { officialId: official.id, year: YEAR, selfReportMark: mark },
      });
    }
    const drafts = await assessmentsOf(YEAR);
    expect(drafts).toHaveLength(world.officials.length);
    expect(drafts.every((a) => a.status === 'DRAFT')).toBe(true);
    expect(drafts.find((a) => a.officialId === world.promoted.id)).toMatchObject({
      selfReportMark: 98,
      computedGrade: 'EXCELLENT',
    });
    expect(drafts.find((a) => a.officialId === world.reassigned.id)).toMatchObject({ computedGrade: 'MEDIOCRE' });
    expect(drafts.find((a) => a.officialId === world.dismissed.id)).toMatchObject({ computedGrade: 'MEDIOCRE' });
  });

  it('overrides a grade only with a written reason', async () => {
    const { page } = session.tab;
    const target = (await assessmentsOf(YEAR)).find((a) => a.officialId === world.dismissed.id)!;
    await page.goto(`${session.server.url}/admin/#/annualAssessments/${encodeURIComponent(target.id)}/show`);
    await page.getByRole('button', { name: '调整等次' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: /调整后等次/ }).click();
    await page.getByRole('option', { name: '较差', exact: true }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('必须书面说明调整理由').waitFor();
    await dialog.getByLabel(/调整理由/).fill(REASON);
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('等次已调整').waitFor();
    // The dialog closes with an animation: read the reason from the page once it has gone.
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(REASON).waitFor();
    await screenshot(page, 'assessment-overridden-1280x800');
    const after = (await assessmentsOf(YEAR)).find((a) => a.id === target.id)!;
    expect(after).toMatchObject({ status: 'DRAFT', overrideGrade: 'POOR', grade: 'POOR', overrideReason: REASON });
  });

  it('finalises the whole year of DRAFTs from the list', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/annualAssessments`);
    await page.locator('.RaDatagrid-tbody tr').first().waitFor();
    await page.getByRole('spinbutton', { name: '年度' }).fill(String(YEAR));
    await page.getByRole('combobox', { name: '状态' }).click();
    await page.getByRole('option', { name: '草稿', exact: true }).click();
    await page.getByText(`共 ${world.officials.length} 条`).waitFor();
    await page.locator('.RaDatagrid-thead input[type="checkbox"]').check();
    await page.getByRole('button', { name: '定稿所选' }).click();
    const dialog = page.getByTestId('finalize-dialog');
    await dialog.getByText(`定稿所选的 ${world.officials.length} 项草稿？`).waitFor();
    await dialog.getByRole('button', { name: '定稿', exact: true }).click();
    await dialog
      .getByTestId('finalize-summary')
      .filter({ hasText: `已定稿 ${world.officials.length} 项，失败 0 项。` })
      .waitFor();
    await screenshot(page, 'assessments-finalized-1280x800');
    await dialog.getByRole('button', { name: '关闭' }).click();

    const final = await assessmentsOf(YEAR);
    expect(final.map((a) => a.status)).toEqual(final.map(() => 'FINALIZED'));
    expect(final.find((a) => a.officialId === world.dismissed.id)).toMatchObject({
      grade: 'POOR',
      overrideReason: REASON,
    });
    // docs/rules.md rule 11 over the runs ending this year: a fourth EXCELLENT, a fourth MEDIOCRE, a third POOR (overridden).
    expect(await outcomeOf(world.promoted.id)).toBe('PROMOTION_ELIGIBLE');
    expect(await outcomeOf(world.reassigned.id)).toBe('REASSIGNMENT');
    expect(await outcomeOf(world.dismissed.id)).toBe('DISMISSAL');
  });

  it('shows the district overview: grades by subdistrict and officials by outcome', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/`);
    await page.getByRole('menuitem', { name: '考核总览' }).click();
    await page
      .getByTestId('overview-finalized')
      .filter({ hasText: String(world.officials.length) })
      .waitFor();
    await page.getByTestId('grade-chart').locator('.recharts-bar-rectangle').first().waitFor();
    await page.getByTestId('grade-chart').getByText('外滩街道').waitFor();
    const poor = (await assessmentsOf(YEAR)).filter((a) => a.grade === 'POOR').length;
    expect(await page.getByTestId('overview-grade-POOR').innerText()).toBe(String(poor));

    for (const outcome of ['PROMOTION_ELIGIBLE', 'REASSIGNMENT', 'DISMISSAL']) {
      const data = await gql(
        `query ($d: ID!, $o: PersonnelOutcome!) { officialsByOutcome(districtId: $d, outcome: $o, first: 100) { totalCount nodes { name } } }`,
        {
          d: world.districtId,
          o: outcome,
        },
      );
      const card = page.getByTestId(`outcome-${outcome}`);
      await card
        .getByTestId('outcome-count')
        .filter({ hasText: String(data.officialsByOutcome.totalCount) })
        .waitFor();
      for (const { name } of data.officialsByOutcome.nodes) await card.getByRole('link', { name }).waitFor();
    }
    await page.getByTestId('outcome-PROMOTION_ELIGIBLE').getByRole('link', { name: world.promoted.name }).waitFor();
    await page.getByTestId('outcome-REASSIGNMENT').getByRole('link', { name: world.reassigned.name }).waitFor();
    await page.getByTestId('outcome-DISMISSAL').getByRole('link', { name: world.dismissed.name }).waitFor();
    await page.getByTestId('assessment-policy').getByText('本区已设定的办法').waitFor();
    await screenshot(page, 'assessment-overview-1280x800');
    await page.getByTestId('outcome-DISMISSAL').scrollIntoViewIfNeeded();
    await screenshot(page, 'assessment-outcomes-1280x800');
  });

  it("shows an official's assessments across years with the outcome badge", async () => {
    const { page } = session.tab;
    await page.getByTestId('outcome-DISMISSAL').getByRole('link', { name: world.dismissed.name }).click();
    const history = page.getByTestId('official-assessments');
    await history.getByTestId('outcome-badge').filter({ hasText: '免职' }).waitFor();
    await waitUntil(async () => (await history.getByTestId('assessment-year').count()) === 4);
    const years = await history
      .getByTestId('assessment-year')
      .evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-year'))));
    expect(years).toEqual([YEAR, YEAR - 1, YEAR - 2, YEAR - 3]);
    const latest = history.locator(`[data-year="${YEAR}"]`);
    await latest.getByTestId('override-reason').filter({ hasText: REASON }).waitFor();
    expect(await latest.getByTestId('effective-grade').innerText()).toBe('较差');
    expect(await latest.getByTestId('assessment-status').innerText()).toBe('已定稿');
    await screenshot(page, 'official-assessments-1280x800');

    await page.goto(`${session.server.url}/admin/#/officials/${encodeURIComponent(world.promoted.id)}/show`);
    await page
      .getByTestId('official-assessments')
      .getByTestId('outcome-badge')
      .filter({ hasText: '可提拔使用' })
      .waitFor();

    // The officials list shows the outcome as a badge too.
    await page.goto(
      `${session.server.url}/admin/#/officials?filter=${encodeURIComponent(JSON.stringify({ nameContains: world.dismissed.name }))}`,
    );
    await page
      .locator('.RaDatagrid-tbody tr')
      .filter({ hasText: world.dismissed.name })
      .getByTestId('outcome-badge')
      .filter({ hasText: '免职' })
      .waitFor();
  });

  it('shows the overview in English', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/assessment-overview`);
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Assessment overview' }).waitFor();
    await page.getByText(`Grades by subdistrict, ${YEAR}`).waitFor();
    await page.getByTestId('outcome-PROMOTION_ELIGIBLE').getByText('Eligible for promotion').waitFor();
    await page.getByTestId('grade-chart').getByText('Excellent').waitFor();
    await screenshot(page, 'assessment-overview-english-1280x800');
  });
});
