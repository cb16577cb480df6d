/// <reference lib="dom" />
/**
 * The meeting room in Chromium (docs/rules.md rules 4–7) against a real server on a fresh Shanghai
 * database. The 黄浦区 admin prepares a meeting through the API; the chair (waitan.chair) checks a
 * registered representative in, opens the meeting in the admin, checks three people without an
 * account in by name, which issues their ballot codes, and prints the slips; a representative
 * without an account votes with a code on a 1024×768 tablet, one official at a time, then changes
 * a rating from the review, while the chair watches the progress move over the subscription,
 * counted against the attendees present, with how many finished every official; closing a dialog
 * of codes not printed asks first; the chair gives the other
 * representative a code instead and voids it unused; the chair closes the meeting, and the results
 * page (ranked by score, with criterion means, the formulas only behind 计算方法, and a full-screen
 * read-out) and printable result sheet show the numbers computed here by hand with the attendance,
 * the turnout and the codes issued, used and voided by whom. A signed-in representative then votes at the demo's
 * OPEN meeting. Screenshots go to test/artifacts/.
 */
import path from 'node:path';
import type { Request } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/demo/demo-users';
import { editFromReview, rateShown, reviewRowReads, shownOfficial } from './support/ballot';
import { ARTIFACTS, openPage, screenshot, waitUntil, type TestPage } from './support/browser';
import {
  MIN_RATINGS,
  dialogShown,
  expectedResult,
  fillCard,
  fullPageScreenshot,
  printScreenshot,
  setUpRoom,
  submitByCode,
  type RoomFixture,
  type TestRating,
} from './support/meeting-room';
import { useAdminSession } from './support/session';

const DESKTOP = { width: 1280, height: 800 };
const TABLET = { width: 1024, height: 768 };
const TITLE = '2026年外滩街道政务评议会（浏览器测试）';

const session = useAdminSession(DESKTOP, 'waitan.chair');
let room: RoomFixture;
let codes: string[] = [];
let rep: TestPage;
const sockets: string[] = [];
/** Every rating this test submitted, per official index, as finally stored. */
const submitted: TestRating[][] = [[], [], []];

const artifact = (name: string) => path.join(ARTIFACTS, `${name}.png`);

/** Waits until the chair's progress row of an official reads `count` (e.g. "1 / 5"). */
async function progressReads(name: string, count: string): Promise<void> {
  await session.tab.page
    .locator('[data-testid=official-progress]')
    .filter({ hasText: name })
    .filter({ hasText: count })
    .waitFor();
}

beforeAll(async () => {
  const adminToken = await session.server.login('huangpu.admin');
  room = await setUpRoom(session.server, adminToken, TITLE);
  session.tab.page.on('websocket', (socket) => sockets.push(socket.url()));
});

afterAll(async () => {
  await rep?.context.close();
});

// A sequence, run in the order written: the meeting's life from opening through voting and
// closing to its results; the last two tests use the demo's meetings only.
describe('meeting room in Chromium (a sequence: each test continues where the one before left off)', () => {
  it('lets the chair check people in, open the meeting, issue ballot codes against the roll and print the slips', async () => {
    const { page } = session.tab;
    await page.goto(`${session.server.url}/admin/#/evaluationMeetings/${room.meetingId}/show`);
    await page.getByText(TITLE).first().waitFor();
    await page.getByText('筹备中').waitFor();
    await page.getByTestId('meeting-chair').filter({ hasText: room.chairName }).waitFor();

    // The chair may not list users: the registered representatives and a note instead of a picker,
    // without asking the API for a list it would refuse.
    const askedForUsers: string[] = [];
    const watchUsers = (request: Request) => {
      if (request.postData()?.includes('query RepresentativeUsers')) askedForUsers.push(request.url());
    };
    page.on('request', watchUsers);
    await page.getByRole('tab', { name: '参会人员' }).click();
    for (const name of room.representativeNames)
      await page.getByTestId('registered-representatives').getByText(name).waitFor();
    await page.getByText('您无权查看街道用户名单').waitFor();
    page.off('request', watchUsers);
    expect(askedForUsers).toEqual([]);
    await page.getByText('被评议人员由街道管理员选定').waitFor();
    for (const official of room.officials) await page.getByRole('link', { name: official.name }).waitFor();
    // The first representative arrives and is checked in to vote with the account.
    const attendance = page.getByTestId('attendance');
    await attendance.getByRole('button', { name: `签到 ${room.representativeNames[0]}` }).click();
    await attendance
      .getByTestId('attendee')
      .filter({ hasText: room.representativeNames[0] })
      .filter({ hasText: '账号投票' })
      .waitFor();
    await screenshot(page, 'meeting-people-chair-1280x800');
    await page.getByRole('tab', { name: '基本信息' }).click();

    await page.getByRole('button', { name: '开始评议' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '开始评议' }).click();
    await page.getByText('评议已开始').waitFor();
    await page.getByText('评议中', { exact: true }).waitFor();
    await page.locator('[data-testid=progress-mode][data-mode=live]').waitFor();
    await page.getByText('应评 1 人：账号投票 1 人 + 投票码 0 人').waitFor();

    // Three residents without an account are checked in by name; each gets one code.
    await page.getByRole('button', { name: '发放投票码' }).click();
    await page.getByRole('dialog').getByLabel('到场居民姓名（每行一人）').fill('王芳\n李强（3号楼）\n\n赵敏');
    await page.getByRole('dialog').getByText('共 3 人').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '签到并发放', exact: true }).click();
    const shown = page.getByTestId('issued-codes').locator('code');
    await waitUntil(async () => (await shown.count()) === 3);
    codes = await shown.allInnerTexts();
    expect(codes.every((code) => /^[A-Z0-9]{5}-[A-Z0-9]{5}$/.test(code))).toBe(true);
    await dialogShown(page);
    await screenshot(page, 'meeting-codes-issued-1280x800');

    // Closing before the slips are printed asks first: the codes cannot be shown again.
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    const warning = page.getByRole('alertdialog');
    await warning.getByText('关闭后，这 3 个投票码无法再次显示').waitFor();
    await screenshot(page, 'meeting-codes-unprinted-1280x800');
    await warning.getByRole('button', { name: '返回' }).click();
    await warning.waitFor({ state: 'hidden' });
    expect(await page.getByTestId('issued-codes').locator('code').allInnerTexts()).toEqual(codes);

    await page.getByRole('button', { name: '打印投票条' }).click();
    await waitUntil(async () => (await page.getByTestId('ballot-slip').count()) === 3);
    expect(await page.getByTestId('slip-code').allInnerTexts()).toEqual(codes);
    const slip = await page.getByTestId('ballot-slip').first().innerText();
    expect(slip).toContain(TITLE);
    expect(slip).toContain(`${session.server.url}/vote/#/vote/code`);
    await screenshot(page, 'ballot-slips-1280x800');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await printScreenshot(page, artifact('ballot-slips-print-a4'));

    await page.getByRole('link', { name: '返回' }).click();
    // Voters now: the attendees present, one with an account and three with codes.
    await page.getByText('应评 4 人：账号投票 1 人 + 投票码 3 人').waitFor();
    await page.getByTestId('tally-codes').filter({ hasText: '投票码：发放 3 个，已使用 0 个，已作废 0 个' }).waitFor();
    await page
      .getByTestId('tally-issuers')
      .filter({ hasText: `发放人：${room.chairName} 3 个` })
      .waitFor();
    for (const official of room.officials) await progressReads(official.name, '0 / 4');
    await page.getByTestId('progress-finished').filter({ hasText: '已完成全部评议：0 / 4 人' }).waitFor();
    await screenshot(page, 'meeting-open-1280x800');
  });

  it('lets a representative without an account vote with a code on a tablet while the chair sees progress', async () => {
    rep = await openPage(session.browser, session.server.url, TABLET);
    const { page } = rep;
    await page.goto(`${session.server.url}/admin/#/vote/code`);
    await page.getByLabel('投票码').fill('ZZZZZ-ZZZZZ');
    await page.getByRole('button', { name: '开始评议' }).click();
    await page.getByTestId('code-problem').filter({ hasText: '投票码无效' }).waitFor();

    // Typed in lower case without the dash: the screen formats it.
    await page.getByLabel('投票码').fill(codes[0].toLowerCase().replace('-', ''));
    expect(await page.getByLabel('投票码').inputValue()).toBe(codes[0]);
    await page.getByRole('button', { name: '开始评议' }).click();
    await page.getByRole('heading', { name: TITLE }).waitFor();
    // One official at a time: "1 / 3".
    await page.getByTestId('vote-step').filter({ hasText: '第 1 / 3 位' }).waitFor();
    expect(await page.getByTestId('vote-card').count()).toBe(1);
    await screenshot(page, 'vote-code-1024x768');

    // A tablet: nothing wider than the screen, every button a touch target of at least 48 px.
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(
      0,
    );
    const heights = await page
      .locator('[data-testid=vote-card] button')
      .evaluateAll((buttons) => buttons.map((b) => b.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(48);

    const [a, b] = room.officials;
    // What each official gets, by their place in room.officials; the ballot shows them by name.
    const plan: TestRating[] = [
      { satisfaction: 'VERY_SATISFIED', scores: [5, 4, 5] },
      { satisfaction: 'DISSATISFIED', scores: [2, 2, 3] },
      { satisfaction: 'SATISFIED', scores: [4, 4, 4] },
    ];
    for (let step = 1; step <= 3; step++) {
      await page
        .getByTestId('vote-step')
        .filter({ hasText: `第 ${step} / 3 位` })
        .waitFor();
      const name = await shownOfficial(page);
      const i = room.officials.findIndex((official) => official.name === name);
      if (i === 1) {
        // 不满意 needs a reason: refused on the tablet before anything is sent, the comment focused.
        await fillCard(page, b.name, plan[1]);
        const cardB = page.getByRole('region', { name: b.name });
        await cardB.getByRole('button', { name: '提交评价' }).click();
        await cardB.getByTestId('vote-problem').filter({ hasText: '请写明理由' }).waitFor();
        expect(await cardB.getAttribute('data-saved')).toBe('none');
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
        await screenshot(page, 'vote-comment-required-1024x768');
        plan[1] = { ...plan[1], comment: '办事拖拉，答复不及时' };
        await cardB.getByLabel('意见或理由').fill(plan[1].comment!);
        await cardB.getByRole('button', { name: '提交评价' }).click();
        await cardB.waitFor({ state: 'detached' });
      } else {
        await rateShown(page, plan[i]);
      }
      if (i === 0) await progressReads(a.name, '1 / 4');
    }
    // The review of every choice, then changing a submitted rating replaces it: 已修改.
    await page.getByTestId('vote-review').waitFor();
    await page.getByTestId('vote-done').filter({ hasText: '已评 3 / 3 人' }).waitFor();
    const changed: TestRating = { satisfaction: 'VERY_SATISFIED', scores: [4, 4, 5] };
    await editFromReview(page, a.name);
    await fillCard(page, a.name, changed);
    await page.getByRole('region', { name: a.name }).getByRole('button', { name: '修改后重新提交' }).click();
    await reviewRowReads(page, a.name, '已修改');
    submitted[0].push(changed);
    submitted[1].push(plan[1]);
    submitted[2].push(plan[2]);
    await screenshot(page, 'vote-code-submitted-1024x768');

    for (const official of room.officials) await progressReads(official.name, '1 / 4');
    await session.tab.page.getByTestId('progress-finished').filter({ hasText: '已完成全部评议：1 / 4 人' }).waitFor();
    await screenshot(session.tab.page, 'meeting-progress-1280x800');
  });

  it('moves the progress bars as a second code votes (through the API)', async () => {
    const second: TestRating[] = [
      { satisfaction: 'SATISFIED', scores: [4, 3, 4] },
      { satisfaction: 'BASICALLY_SATISFIED', scores: [3, 3, 4] },
    ];
    for (const [i, rating] of second.entries()) {
      await submitByCode(session.server, room.meetingId, room.officials[i].id, codes[1], rating);
      submitted[i].push(rating);
    }
    await progressReads(room.officials[0].name, '2 / 4');
    await progressReads(room.officials[1].name, '2 / 4');
    await progressReads(room.officials[2].name, '1 / 4');
    // The second code rated two of three officials: still one voter finished every official.
    expect(await session.tab.page.getByTestId('progress-finished').innerText()).toBe('已完成全部评议：1 / 4 人');
    expect(await session.tab.page.locator('[data-testid=progress-mode]').getAttribute('data-mode')).toBe('live');
    expect(sockets.some((url) => url === `${session.server.url.replace('http', 'ws')}/graphql`)).toBe(true);
  });

  it('falls back to polling every 5 s when the socket cannot be used', async () => {
    const chair = await session.openSignedInPage(DESKTOP);
    try {
      await chair.context.routeWebSocket(/\/graphql$/, (socket) => socket.close());
      await chair.page.goto(`${session.server.url}/admin/#/evaluationMeetings/${room.meetingId}/show`);
      await chair.page.locator('[data-testid=progress-mode][data-mode=polling]').waitFor();
      const rating: TestRating = { satisfaction: 'VERY_SATISFIED', scores: [5, 5, 5] };
      const b = room.officials[1];
      await submitByCode(session.server, room.meetingId, b.id, codes[2], rating);
      submitted[1].push(rating);
      const started = Date.now();
      await chair.page
        .locator('[data-testid=official-progress]')
        .filter({ hasText: b.name })
        .filter({ hasText: '3 / 4' })
        .waitFor({ timeout: 12_000 });
      expect(Date.now() - started).toBeLessThan(11_000);
      expect(chair.pageErrors).toEqual([]);
    } finally {
      await chair.context.close();
    }
    // The chair's own page, on the socket, saw it too.
    await progressReads(room.officials[1].name, '3 / 4');
  });

  it('gives the second representative a code instead of the account, and voids it unused', async () => {
    const { page } = session.tab;
    await page.getByRole('tab', { name: '参会人员' }).click();
    const attendance = page.getByTestId('attendance');
    await attendance.getByRole('button', { name: `改用投票码 ${room.representativeNames[1]}` }).click();
    const shown = page.getByRole('dialog').getByTestId('issued-codes').locator('code');
    await shown.first().waitFor();
    const [code] = await shown.allInnerTexts();
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    // Not printed: closed only when the chair says so (the code is voided below).
    await page.getByRole('alertdialog').getByText('关闭后，这 1 个投票码无法再次显示').waitFor();
    await page.getByRole('alertdialog').getByRole('button', { name: '不打印，关闭' }).click();
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await attendance
      .getByTestId('attendee')
      .filter({ hasText: room.representativeNames[1] })
      .filter({ hasText: '投票码' })
      .waitFor();
    expect(await attendance.getByTestId('attendee').count()).toBe(5);

    await page.getByRole('button', { name: '作废投票码' }).click();
    await page.getByRole('dialog').getByLabel('要作废的投票码（每行一个）').fill(code.toLowerCase());
    await dialogShown(page);
    await screenshot(page, 'meeting-void-code-1280x800');
    await page.getByRole('dialog').getByRole('button', { name: '作废以上投票码' }).click();
    await page.getByText('已作废 1 个投票码').waitFor();
    await page.getByRole('tab', { name: '基本信息' }).click();
    await page.getByTestId('tally-codes').filter({ hasText: '投票码：发放 4 个，已使用 3 个，已作废 1 个' }).waitFor();
    await page.getByText('应评 5 人：账号投票 1 人 + 投票码 4 人').waitFor();
    await progressReads(room.officials[1].name, '3 / 5');
  });

  it('closes the meeting only after a confirmation, and the code stops working', async () => {
    const { page } = session.tab;
    await page.getByRole('button', { name: '结束评议' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('此操作不可撤销').waitFor();
    await dialogShown(page);
    await screenshot(page, 'meeting-close-confirm-1280x800');
    await dialog.getByRole('button', { name: '取消' }).click();
    await page.getByText('评议中', { exact: true }).waitFor();
    await page.getByRole('button', { name: '结束评议' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '结束评议' }).click();
    await page.getByText('评议已结束，结果已冻结').waitFor();
    await page.getByText('已结束', { exact: true }).waitFor();

    // The representative's tablet: a change now is refused in plain Chinese.
    await editFromReview(rep.page, room.officials[2].name);
    const card = rep.page.getByRole('region', { name: room.officials[2].name });
    await card
      .getByRole('group', { name: '总体满意度' })
      .getByRole('button', { name: '基本满意', exact: true })
      .click();
    await card.getByRole('button', { name: '修改后重新提交' }).click();
    await card.getByTestId('vote-problem').filter({ hasText: '不在评议中' }).waitFor();
    expect(rep.pageErrors).toEqual([]);
    expect(rep.foreignRequests).toEqual([]);
  });

  it('shows the results computed by hand, and the printable result sheet', async () => {
    const { page } = session.tab;
    await page.getByRole('tab', { name: '评议结果' }).click();
    await waitUntil(async () => (await page.getByTestId('official-result').count()) === 3);
    await page.getByTestId('tally-attendees').filter({ hasText: '到会 5 人（账号投票 1 人，投票码 4 人）' }).waitFor();
    for (const [i, official] of room.officials.entries()) {
      const card = page.getByRole('region', { name: official.name });
      const expected = expectedResult(submitted[i]);
      expect(await card.getByTestId('result-count').innerText()).toBe(expected.count);
      if (submitted[i].length < MIN_RATINGS) {
        await card.getByText('评价人数不足，不公布结果').waitFor();
        expect(await card.getByTestId('result-rate').count()).toBe(0);
        expect(await card.getByTestId('result-score').count()).toBe(0);
      } else {
        expect(await card.getByTestId('result-rate').innerText()).toBe(expected.rate);
        expect(await card.getByTestId('result-score').innerText()).toBe(expected.score);
        await card.locator('.recharts-bar-rectangle').first().waitFor();
      }
    }
    // By hand: A (非常满意 4/4/5, 满意 4/3/4) → 100.0%, 40·3/4 + 30·2.5/4 + 30·3.5/4 = 75.0;
    // B (不满意 2/2/3, 基本满意 3/3/4, 非常满意 5/5/5) → 66.7%, means 10/3, 10/3, 4:
    // 40·(7/3)/4 + 30·(7/3)/4 + 30·3/4 = 23.33 + 17.5 + 22.5 = 63.3; A and C are below the minimum of 3, so only their counts show.
    expect([expectedResult(submitted[0]), expectedResult(submitted[1])]).toEqual([
      { count: '2', rate: '100.0%', score: '75.0' },
      { count: '3', rate: '66.7%', score: '63.3' },
    ]);
    // Ranked by score: B, the only one published, first with its place and criterion means
    // (10/3, 10/3, 4); the others after it, without a place.
    expect(await page.getByTestId('official-result').first().getAttribute('aria-label')).toBe(room.officials[1].name);
    const cardB = page.getByRole('region', { name: room.officials[1].name });
    expect(await cardB.getByTestId('result-rank').innerText()).toBe('第 1 名');
    expect(await cardB.getByTestId('criterion-means').innerText()).toBe(
      '服务态度 3.33 · 办事效率 3.33 · 廉洁自律 4.00',
    );
    expect(await page.getByTestId('result-rank').count()).toBe(1);
    await page.getByTestId('tally-turnout').filter({ hasText: '参加投票 3 人，投票率 60.0%' }).waitFor();
    // The formula is not on the chair's screen, only behind 计算方法.
    const formula = page.getByText('综合得分 = Σ 权重 ×（平均分 − 1）/ 4');
    expect(await formula.isVisible()).toBe(false);
    await page.getByRole('button', { name: '计算方法' }).click();
    await formula.waitFor();
    await fullPageScreenshot(page, artifact('meeting-results-1280x800'));
    await page.getByRole('button', { name: '计算方法' }).click();
    await formula.waitFor({ state: 'hidden' });

    // The read-out: full screen, big type, ranked, with the turnout.
    await page.getByRole('button', { name: '宣读结果' }).click();
    const readOut = page.getByTestId('read-out');
    await readOut.getByText('参加投票 3 人，投票率 60.0%').waitFor();
    const rows = readOut.getByTestId('read-out-row');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().getByTestId('read-out-name').innerText()).toBe(room.officials[1].name);
    expect(await rows.first().getByTestId('read-out-rank').innerText()).toBe('1');
    expect(await rows.first().getByTestId('read-out-score').innerText()).toBe('63.3');
    expect(await rows.first().innerText()).toContain('满意率 66.7%');
    expect(await rows.first().innerText()).toContain('服务态度 3.33');
    expect(await rows.nth(1).innerText()).toContain('评价人数不足，不公布结果');
    const nameSize = await rows
      .first()
      .getByTestId('read-out-name')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(nameSize).toBeGreaterThanOrEqual(40);
    expect(await readOut.innerText()).not.toContain('Σ');
    await screenshot(page, 'meeting-read-out-1280x800');
    await readOut.getByRole('button', { name: '退出宣读' }).click();
    await readOut.waitFor({ state: 'hidden' });

    await page.getByRole('link', { name: '打印结果表' }).click();
    await waitUntil(async () => (await page.getByTestId('sheet-row').count()) === 3);
    const sheet = await page.locator('.pingyi-print-page').innerText();
    expect(sheet).toContain(TITLE);
    // Everyone present can check the ballots against the room: attendees and codes, by whom.
    expect(sheet).toContain('到会 5 人（账号投票 1 人，投票码 4 人）');
    expect(sheet).toContain('投票码：发放 4 个，已使用 3 个，已作废 1 个');
    expect(sheet).toContain('参加投票 3 人，投票率 60.0%');
    // Ranked: B first, with its place and criterion means.
    const firstRow = await page.getByTestId('sheet-row').first().innerText();
    expect(firstRow).toContain(room.officials[1].name);
    expect(firstRow.split('\t').map((cell) => cell.trim())).toEqual(
      expect.arrayContaining(['1', '3', '66.7%', '3.33', '4.00', '63.3']),
    );
    expect(sheet).toContain(`发放人：${room.chairName} 4 个`);
    expect(sheet).toContain(room.chairName);
    expect(sheet).toContain('外滩街道');
    for (const name of room.representativeNames) expect(sheet).not.toContain(name);
    for (const [i, official] of room.officials.entries()) {
      const row = await page.getByTestId('sheet-row').filter({ hasText: official.name }).innerText();
      const expected = expectedResult(submitted[i]);
      expect(row).toContain(expected.count);
      if (submitted[i].length < MIN_RATINGS) {
        expect(row).toContain('评价人数不足，不公布结果');
      } else {
        expect(row).toContain(expected.rate);
        expect(row).toContain(expected.score);
      }
    }
    await screenshot(page, 'result-sheet-1280x800');
    await printScreenshot(page, artifact('result-sheet-print-a4'));
  });

  it('shows the demo’s closed meeting with charts for every official', async () => {
    const { page } = session.tab;
    const demo = await session.gql(`{ evaluationMeetings(filter: { status: CLOSED }) { nodes { id title } } }`);
    const closed = demo.evaluationMeetings.nodes.find((m: { title: string }) => m.title.includes('演示'));
    await page.goto(`${session.server.url}/admin/#/evaluationMeetings/${closed!.id}/show/results`);
    await page.getByTestId('official-result').first().waitFor();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'demo-results-1280x800');
  });

  it('takes a signed-in representative from the login form to the demo’s open meeting', async () => {
    const tab = await openPage(session.browser, session.server.url, TABLET);
    try {
      const { page } = tab;
      await page.goto(`${session.server.url}/admin/#/login`);
      await page.getByLabel('用户名').fill('waitan.rep');
      await page.locator('input[name=password]').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('正在进行的评议会').waitFor();
      const meeting = page.getByRole('region', { name: /演示/ });
      await meeting.getByRole('button', { name: '进入评议' }).click();
      await page.getByTestId('vote-step').filter({ hasText: '第 1 /' }).waitFor();
      await rateShown(page, { satisfaction: 'BASICALLY_SATISFIED', scores: [3, 4, 3] });
      await page.getByTestId('vote-done').filter({ hasText: '已评 1 /' }).waitFor();
      await screenshot(page, 'vote-member-1024x768');
      expect(tab.pageErrors).toEqual([]);
      expect(tab.foreignRequests).toEqual([]);
    } finally {
      await tab.context.close();
    }
  });
});
