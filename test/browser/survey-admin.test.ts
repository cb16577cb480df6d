/// <reference lib="dom" />
/**
 * Residents' surveys in Chromium (docs/rules.md rule 12), one workflow in the written order: the
 * 黄浦区 ADMIN issues survey codes on the 居民测评 screen and follows the count; a resident answers
 * with a code on a phone without an account (and the used code is refused the second time); once
 * the survey is closed with its minimum count, the screen shows the published rates. Screenshots
 * go to test/artifacts/.
 */
import type { Page } from 'playwright-core';
import { screenshot, waitUntil } from './support/browser';
import { useAdminSession } from './support/session';

const session = useAdminSession({ width: 1280, height: 900 });
let surveyId: string;
let codes: string[];
const STANDARD_KEYS = [
  'aware_services',
  'aware_contacts',
  'took_part',
  'voice_heard',
  'satisfied_services',
  'satisfied_neighborhood',
];

beforeAll(async () => {
  const data = await session.gql(`query { subdistricts(filter: { code: "310101013" }) { nodes { id } } }`);
  const hoods = await session.gql(
    `query ($s: ID!) { neighborhoods(filter: { subdistrictId: $s }, first: 1) { nodes { id } } }`,
    {
      s: data.subdistricts.nodes[0].id,
    },
  );
  const created = await session.gql(
    `mutation ($input: CreateResidentSurveyInput!) { createResidentSurvey(input: $input) { id } }`,
    {
      input: {
        neighborhoodId: hoods.neighborhoods.nodes[0].id,
        period: '2024-Q1',
        minimumAnswers: 5,
        title: '浏览器测试居民测评',
      },
    },
  );
  surveyId = created.createResidentSurvey.id;
  await session.gql(`mutation ($id: ID!) { openResidentSurvey(id: $id) { id } }`, { id: surveyId });
});

const row = (page: Page) => page.getByTestId(`survey-${surveyId}`);

describe('residents’ surveys, in order', () => {
  it('issues printable codes on the 居民测评 screen', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/surveys`);
    await row(page).getByLabel('测评码数量').fill('5');
    await row(page).getByRole('button', { name: '发放测评码' }).click();
    await waitUntil(async () => (await page.getByTestId('survey-code').count()) === 5);
    codes = await page.getByTestId('survey-code').allInnerTexts();
    expect(codes.every((c) => /^[A-Z2-9]{5}-[A-Z2-9]{5}$/.test(c))).toBe(true);
    await screenshot(page, 'survey-slips');
  });

  it('lets a resident answer with a code on a phone, once', async () => {
    const context = await session.browser.newContext({
      viewport: { width: 360, height: 740 },
      hasTouch: true,
      isMobile: true,
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const open = async () => {
      await page.goto(`${session.server.url}/admin/#/survey`);
      await page.getByLabel('测评码').fill(codes[0].toLowerCase());
      await page.getByRole('button', { name: '开始作答' }).tap();
    };
    await open();
    await page.getByRole('heading', { name: '浏览器测试居民测评' }).waitFor();
    for (const key of STANDARD_KEYS) await page.getByRole('button', { name: `${key}-4`, exact: true }).tap();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'survey-answer-phone');
    await page.getByRole('button', { name: '提交答卷' }).tap();
    await page.getByTestId('survey-thanks').waitFor();
    await page.getByRole('button', { name: '用另一个测评码作答' }).tap();
    await page.getByLabel('测评码').fill(codes[0]);
    await page.getByRole('button', { name: '开始作答' }).tap();
    await page.getByText('此测评码已使用，或测评已结束。').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the count, and shows the rates once closed with the minimum', async () => {
    for (const code of codes.slice(1))
      await session.server.gql(
        `mutation ($input: AnswerSurveyInput!) { answerSurvey(input: $input) { questionsAnswered } }`,
        { input: { code, answers: STANDARD_KEYS.map((question) => ({ question, score: 2 })) } },
        { token: null },
      );
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/surveys`);
    await page.reload();
    await waitUntil(async () => (await row(page).getByTestId('survey-answers').innerText()) === '5');
    await row(page).getByRole('button', { name: '结果' }).click();
    await row(page).getByTestId('survey-not-published').waitFor();
    await row(page).getByRole('button', { name: '结束' }).click();
    await waitUntil(async () => (await row(page).getByRole('cell', { name: '已结束' }).count()) === 1);
    await page.reload();
    await row(page).getByRole('button', { name: '结果' }).click();
    // One resident gave 4 to everything, four gave 2: every rate is 1/5.
    await row(page).getByTestId('dimension-SATISFACTION').getByText('20.0%').waitFor();
    expect(await row(page).getByTestId('dimension-AWARENESS').innerText()).toContain('20.0%');
    await screenshot(page, 'survey-results');
  });
});
