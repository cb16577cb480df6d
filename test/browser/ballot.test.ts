/// <reference lib="dom" />
/**
 * The ballot an older resident finishes alone (docs/rules.md rules 5 and 7) in Chromium: a
 * registered representative signs in on the representatives' own page on a 390×844 phone, and a
 * code voter on a 1024×768 tablet, and each rates the officials one at a time ("1 / 3", on to the
 * next after each submit), reviews every choice with a way back to each, and ends on the thanks
 * with the number of ratings recorded. On the way: the first missing field is scrolled to, focused
 * and announced; the comment reads 必填 once 不满意 makes it required; leaving with choices not
 * submitted is questioned (the screen's dialog and the browser's beforeunload); every text is at
 * least 16 px, larger with the 大字 switch, which this browser remembers; and axe-core finds no
 * critical or serious violation (colour contrast of every satisfaction level selected included) on
 * the sign-in page, the code entry, the ballot, the review and the thanks. The pages are the
 * residents' own small entry at /vote/, which loads no React-Admin; the admin's old addresses lead
 * there. Screenshots go to test/artifacts/.
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/demo/demo-users';
import { expectNoAxeViolations } from './support/axe';
import { rateShown, reviewRowReads, shownOfficial } from './support/ballot';
import { openPage, screenshot, type TestPage } from './support/browser';
import { CRITERIA, LEVEL_LABELS, call, codesFor, setUpRoom, type RoomFixture } from './support/meeting-room';
import { useAdminSession } from './support/session';

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 1024, height: 768 };
const session = useAdminSession({ width: 1280, height: 800 });
let room: RoomFixture;
let codes: string[];
let repUsername: string;
const tabs: TestPage[] = [];

beforeAll(async () => {
  const token = await session.server.login('huangpu.admin');
  room = await setUpRoom(session.server, token, '2026年外滩街道政务评议会（逐人评议测试）');
  codes = await codesFor(session.server, token, room.meetingId, ['逐人一']);
  await call(session.server, token, `mutation ($id: ID!) { openMeeting(id: $id) { id } }`, { id: room.meetingId });
  const reps = await call(
    session.server,
    token,
    `{ users(filter: { role: REPRESENTATIVE, nameContains: "${room.representativeNames[0]}" }) { nodes { username displayName } } }`,
  );
  const rep = reps.users.nodes.find((u: { displayName: string }) => u.displayName === room.representativeNames[0]);
  repUsername = rep!.username;
});

afterEach(() => {
  // Nothing crashed in the voters' pages, and nothing came from another host.
  for (const tab of tabs)
    expect({ errors: tab.pageErrors, foreign: tab.foreignRequests }).toEqual({ errors: [], foreign: [] });
});

afterAll(async () => {
  for (const tab of tabs) await tab.context.close();
});

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const tab = await openPage(session.browser, session.server.url, viewport);
  tabs.push(tab);
  return tab.page;
}

/** The visible texts on the page set in less than `px` pixels, with their size (none is the goal). */
const textsBelow = (page: Page, px: number) =>
  page.evaluate((limit) => {
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      // Hidden, or visually hidden for screen readers only (1 × 1 px).
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || style.opacity === '0') continue;
      const size = parseFloat(style.fontSize);
      if (size < limit) small.push(`${node.textContent.trim()} (${size}px)`);
    }
    return small;
  }, px);

/** Checks every state of the shown card with axe: each satisfaction level selected in turn (their colours differ). */
async function expectEveryLevelAccessible(page: Page, name: string): Promise<void> {
  const levels = page.getByRole('region', { name }).getByRole('group', { name: '总体满意度' });
  for (const label of Object.values(LEVEL_LABELS)) {
    await levels.getByRole('button', { name: label, exact: true }).click();
    await expectNoAxeViolations(page);
  }
}

describe('the ballot one official at a time', () => {
  it('gives representatives their own sign-in page, linked from the staff sign-in, leading to code entry', async () => {
    const page = await newPage(PHONE);
    // Not signed in, the voting screen sends a representative to their sign-in, not the staff's.
    // The admin's old address leads to the residents' entry, which asks a representative to sign in.
    await page.goto(`${session.server.url}/admin/#/vote`);
    await page.waitForURL(/\/vote\/#\/vote\/login$/);
    await page.getByRole('heading', { name: '评议', exact: true }).waitFor();
    await page.getByText('居民代表登录').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'vote-sign-in-390x844');
    await page.getByRole('link', { name: '没有账号？使用投票码评议' }).click();
    await page.waitForURL(/#\/vote\/code$/);
    await page.getByLabel('投票码').waitFor();
    await expectNoAxeViolations(page);
    // The staff's sign-in links to the representatives'.
    await page.goto(`${session.server.url}/admin/#/login`);
    await page.getByRole('link', { name: '居民代表登录' }).click();
    await page.waitForURL(/#\/vote\/login$/);
    // A wrong password is told in plain words.
    await page.getByLabel('用户名').fill(repUsername);
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByTestId('login-problem').filter({ hasText: '用户名或密码错误' }).waitFor();
  });

  it('takes a representative on a phone through every official, the review and the thanks', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${session.server.url}/admin/#/vote/login`);
    await page.getByLabel('用户名').fill(repUsername);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByText('正在进行的评议会').waitFor();
    await page.getByRole('region', { name: room.title }).getByRole('button', { name: '进入评议' }).click();
    await page.getByTestId('vote-step').filter({ hasText: '第 1 / 3 位' }).waitFor();
    expect(await page.getByTestId('vote-card').count()).toBe(1);
    const first = await shownOfficial(page);
    const card = page.getByRole('region', { name: first });

    // Text of at least 16 px everywhere; the comment optional until 不满意.
    expect(await textsBelow(page, 16)).toEqual([]);
    expect(await card.getByLabel('意见或理由').getAttribute('aria-required')).toBe('false');
    await card.getByRole('textbox', { name: '意见或理由（可选）' }).waitFor();
    await expectNoAxeViolations(page);
    await expectEveryLevelAccessible(page, first);

    // 不满意 makes the comment required, and its label says 必填.
    await card.getByRole('group', { name: '总体满意度' }).getByRole('button', { name: '不满意', exact: true }).click();
    await card.getByRole('textbox', { name: '意见或理由（必填）' }).waitFor();
    expect(await card.getByLabel('意见或理由').getAttribute('aria-required')).toBe('true');
    await card.getByText('您选择了“不满意”，请写明理由。').waitFor();

    // Submitting with no score: the first criterion is scrolled to, focused and announced.
    await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight }));
    await card.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('vote-announce').filter({ hasText: '请为每一项打分。' }).waitFor();
    const focused = await page.evaluate(() => ({
      group: document.activeElement?.closest('[role=group]')?.getAttribute('aria-label'),
      top: document.activeElement!.getBoundingClientRect().top,
      bottom: document.activeElement!.getBoundingClientRect().bottom,
    }));
    expect(focused.group).toBe(CRITERIA[0].label);
    expect(focused.top).toBeGreaterThanOrEqual(64);
    expect(focused.bottom).toBeLessThanOrEqual(PHONE.height);
    await card.getByTestId('vote-problem').filter({ hasText: '请为每一项打分' }).waitFor();
    await screenshot(page, 'vote-missing-field-390x844');
    for (const criterion of CRITERIA)
      await card.getByRole('group', { name: criterion.label }).getByRole('button', { name: '2', exact: true }).click();
    // Then the missing reason.
    await card.getByRole('button', { name: '提交评价' }).click();
    await page.getByTestId('vote-announce').filter({ hasText: '请写明理由' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await card.getByLabel('意见或理由').fill('答复不及时');
    await card.getByRole('button', { name: '提交评价' }).click();

    // On to the second official by itself.
    await page.getByTestId('vote-step').filter({ hasText: '第 2 / 3 位' }).waitFor();
    await page.getByTestId('vote-done').filter({ hasText: '已评 1 / 3 人' }).waitFor();
    const second = await shownOfficial(page);
    expect(second).not.toBe(first);

    // A choice not submitted: 返回 asks first, and the browser is told to ask on leaving.
    const levels = page.getByRole('region', { name: second }).getByRole('group', { name: '总体满意度' });
    await levels.getByRole('button', { name: '满意', exact: true }).click();
    await page.getByRole('button', { name: '返回' }).click();
    const warning = page.getByRole('dialog');
    await warning.getByText('还有未提交的选择').waitFor();
    await warning.getByText(second).waitFor();
    await screenshot(page, 'vote-leave-warning-390x844');
    await expectNoAxeViolations(page);
    expect(
      await page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      }),
    ).toBe(true);
    await warning.getByRole('button', { name: '留下继续评议' }).click();
    await warning.waitFor({ state: 'detached' });
    // Still here, the choice kept; back to the first official and forward again keeps it too.
    expect(await levels.getByRole('button', { name: '满意', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: '上一位' }).click();
    await page.getByTestId('vote-step').filter({ hasText: '第 1 / 3 位' }).waitFor();
    await page.getByRole('button', { name: '下一位' }).click();
    expect(await levels.getByRole('button', { name: '满意', exact: true }).getAttribute('aria-pressed')).toBe('true');

    await rateShown(page, { satisfaction: 'SATISFIED', scores: [4, 4, 4] });
    await page.getByTestId('vote-step').filter({ hasText: '第 3 / 3 位' }).waitFor();
    const third = await rateShown(page, { satisfaction: 'VERY_SATISFIED', scores: [5, 5, 5] });

    // The review: every choice, a way back to each.
    await page.getByRole('heading', { name: '核对您的评价' }).waitFor();
    expect(await page.getByTestId('review-row').count()).toBe(3);
    await reviewRowReads(page, first, '不满意');
    await reviewRowReads(page, first, '理由：答复不及时');
    await reviewRowReads(page, second, '满意');
    await reviewRowReads(page, third, '非常满意');
    for (const name of [first, second, third]) await page.getByRole('button', { name: `修改 ${name}` }).waitFor();
    // No warning once everything is submitted.
    expect(
      await page.evaluate(() => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      }),
    ).toBe(false);
    await expectNoAxeViolations(page);
    await screenshot(page, 'vote-review-390x844');

    await page.getByRole('button', { name: '完成评议' }).click();
    await page.getByRole('heading', { name: '感谢您的参与！' }).waitFor();
    expect(await page.getByTestId('vote-thanks-count').innerText()).toBe('本次共记录 3 份评价。');
    await expectNoAxeViolations(page);
    await screenshot(page, 'vote-thanks-member-390x844');
    await page.getByRole('button', { name: '返回评议会列表' }).click();
    await page.getByText('正在进行的评议会').waitFor();

    // The three ratings reached the meeting.
    const stored = await session.gql(
      `query ($m: ID!) { evaluationMeeting(id: $m) { progress { officials { ratingsReceived } } } }`,
      { m: room.meetingId },
    );
    expect(
      stored.evaluationMeeting!.progress.officials.map((o: { ratingsReceived: number }) => o.ratingsReceived),
    ).toEqual([1, 1, 1]);
  });

  it('takes a code voter on a tablet to the thanks with the count, leaving nothing in storage', async () => {
    const page = await newPage(TABLET);
    // The residents' own small entry: no React-Admin (the admin's script) is loaded.
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${session.server.url}/vote/#/vote/code`);
    await page.getByLabel('投票码').fill(codes[0]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((script) => /\/assets\/admin-/.test(script))).toEqual([]);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '开始评议' }).click();
    await page.getByTestId('vote-step').filter({ hasText: '第 1 / 3 位' }).waitFor();
    await expectNoAxeViolations(page);
    await rateShown(page, { satisfaction: 'BASICALLY_SATISFIED', scores: [3, 3, 3] });
    await page.getByTestId('vote-step').filter({ hasText: '第 2 / 3 位' }).waitFor();
    await rateShown(page, { satisfaction: 'SATISFIED', scores: [4, 3, 4] });
    await page.getByTestId('vote-step').filter({ hasText: '第 3 / 3 位' }).waitFor();
    await rateShown(page, { satisfaction: 'VERY_SATISFIED', scores: [5, 4, 5] });
    await page.getByRole('heading', { name: '核对您的评价' }).waitFor();
    expect(await page.getByTestId('review-row').filter({ hasText: '已提交' }).count()).toBe(3);
    await page.getByRole('button', { name: '完成评议' }).click();
    await page.getByRole('heading', { name: '感谢您的参与！' }).waitFor();
    expect(await page.getByTestId('vote-thanks-count').innerText()).toBe('本次共记录 3 份评价。');
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('pingyi.ballot.'))),
    ).toEqual([]);
    await screenshot(page, 'vote-thanks-code-1024x768');
    // The next voter finds the code form again.
    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByLabel('投票码').waitFor();
    expect(await page.getByLabel('投票码').inputValue()).toBe('');
  });

  it('offers larger text, remembered by this browser', async () => {
    const page = await newPage(PHONE);
    await page.goto(`${session.server.url}/admin/#/vote/code`);
    await page.getByLabel('投票码').waitFor();
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    expect(await rootSize()).toBe(16);
    expect(await textsBelow(page, 16)).toEqual([]);
    await page.getByRole('button', { name: '大字' }).click();
    expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
    expect(await rootSize()).toBe(20);
    expect(await textsBelow(page, 20)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'vote-code-large-text-390x844');
    await page.reload();
    await page.getByLabel('投票码').waitFor();
    expect(await rootSize()).toBe(20);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '大字' }).click();
    expect(await rootSize()).toBe(16);
    expect(await page.evaluate(() => localStorage.getItem('pingyi.vote.largeText'))).toBeNull();
  });
});
