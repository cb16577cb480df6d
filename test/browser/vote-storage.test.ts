/**
 * The voting screen leaves nothing of a ballot in a shared tablet's storage (docs/rules.md rule 7):
 * the code's browser secret survives a reload while the voter is at it, and is gone after the last
 * official is rated (the ballot, one official at a time, then shows the review, where a rating can
 * still be changed), after "完成并退出", and when the API says the code opens nothing any more (the
 * meeting closed); sign-out clears every ballot secret too.
 */
import type { Page } from 'playwright-core';
import { openPage, type TestPage } from './support/browser';
import { editFromReview, rateShown, reviewRowReads, shownOfficial } from './support/ballot';
import { call, codesFor, fillCard, setUpRoom, type RoomFixture, type TestRating } from './support/meeting-room';
import { useAdminSession } from './support/session';

const TABLET = { width: 1024, height: 768 };
const session = useAdminSession(TABLET);

let room: RoomFixture;
let codes: string[];
const tabs: TestPage[] = [];

/** The ballot keys this page's localStorage holds. */
const ballotKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pingyi.ballot.')));

async function enterCode(page: Page, code: string): Promise<void> {
  await page.goto(`${session.server.url}/admin/#/vote/code`);
  await page.getByLabel('投票码').fill(code);
  await page.getByRole('button', { name: '开始评议' }).click();
}

/** Rates the official shown, and returns their name. */
async function rate(page: Page): Promise<string> {
  const rating: TestRating = { satisfaction: 'SATISFIED', scores: [4, 4, 4] };
  return rateShown(page, rating);
}

async function tablet(): Promise<Page> {
  const tab = await openPage(session.browser, session.server.url, TABLET);
  tabs.push(tab);
  return tab.page;
}

afterAll(async () => {
  for (const tab of tabs) await tab.context.close();
});

describe('the voting screen forgets the ballot (docs/rules.md rule 7)', () => {
  beforeAll(async () => {
    const token = await session.server.login('huangpu.admin');
    room = await setUpRoom(session.server, token, '2026年外滩街道政务评议会（存储测试）');
    codes = await codesFor(session.server, token, room.meetingId, ['甲（存储）', '乙（存储）', '丙（存储）']);
    await call(session.server, token, `mutation ($id: ID!) { openMeeting(id: $id) { id } }`, { id: room.meetingId });
  });

  it('keeps the secret across a reload while voting, and forgets it once every official is rated', async () => {
    const page = await tablet();
    await enterCode(page, codes[0]);
    const first = await rate(page);
    expect(await ballotKeys(page)).toHaveLength(1);
    await page.reload();
    await page.getByLabel('投票码').fill(codes[0]);
    await page.getByRole('button', { name: '开始评议' }).click();
    await page.getByTestId('vote-done').filter({ hasText: '已评 1 / 3 人' }).waitFor();
    // The ballot opens at the first official not rated yet.
    expect(await shownOfficial(page)).not.toBe(first);
    await rate(page);
    await rate(page);
    await page.getByTestId('vote-done').filter({ hasText: '已评 3 / 3 人' }).waitFor();
    expect(await ballotKeys(page)).toEqual([]);
    // The page still lets the voter change a rating until they finish: from the review.
    await editFromReview(page, first);
    const card = page.getByRole('region', { name: first });
    await card
      .getByRole('group', { name: '总体满意度' })
      .getByRole('button', { name: '非常满意', exact: true })
      .click();
    await card.getByRole('button', { name: '修改后重新提交' }).click();
    await reviewRowReads(page, first, '已修改');
    expect(await ballotKeys(page)).toEqual([]);
    await page.getByRole('button', { name: '完成并退出' }).click();
    await page.getByLabel('投票码').waitFor();
    expect(await ballotKeys(page)).toEqual([]);
  });

  it('forgets it on 完成并退出 before every official is rated', async () => {
    const page = await tablet();
    await enterCode(page, codes[1]);
    await rate(page);
    expect(await ballotKeys(page)).toHaveLength(1);
    await page.getByRole('button', { name: '完成并退出' }).click();
    await page.getByLabel('投票码').waitFor();
    expect(await ballotKeys(page)).toEqual([]);
  });

  it('forgets it when the API says the meeting is closed', async () => {
    const page = await tablet();
    await enterCode(page, codes[2]);
    await rate(page);
    expect(await ballotKeys(page)).toHaveLength(1);
    await session.gql(`mutation ($id: ID!) { closeMeeting(id: $id) { id } }`, { id: room.meetingId });
    const next = await shownOfficial(page);
    const card = page.getByRole('region', { name: next });
    await fillCard(page, next, { satisfaction: 'SATISFIED', scores: [4, 4, 4] });
    await card.getByRole('button', { name: '提交评价' }).click();
    await card.getByTestId('vote-problem').waitFor();
    expect(await ballotKeys(page)).toEqual([]);
    // A reload and the code again: refused, and nothing kept.
    await page.reload();
    await page.getByLabel('投票码').fill(codes[2]);
    await page.getByRole('button', { name: '开始评议' }).click();
    await page.getByTestId('code-problem').waitFor();
    expect(await ballotKeys(page)).toEqual([]);
  });

  it('clears every ballot secret on sign-out', async () => {
    const page = session.tab.page;
    await page.goto(`${session.server.url}/admin/`);
    await page.evaluate(() => localStorage.setItem('pingyi.ballot.ABCDE12345', 'x'.repeat(43)));
    await page.getByRole('button', { name: '用户' }).click();
    await page.getByRole('menuitem', { name: '退出' }).click();
    await page.waitForURL(/#\/login/);
    expect(await ballotKeys(page)).toEqual([]);
  });
});
