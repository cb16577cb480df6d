/// <reference lib="dom" />
/**
 * A whole meeting walked in Chromium at four sizes — a 320 px phone, a 390 × 844 phone, a
 * 768 × 1024 tablet and a 1440 × 900 desktop (issue 12, docs/rules.md rules 4–7) — each size with a
 * meeting of its own, prepared through the API by the 黄浦区 admin (three officials, two registered
 * representatives). At that size the chair (waitan.chair) finds the meeting on their home, checks
 * both representatives in, opens it, checks two residents in by name and prints their ballot-code
 * slips; one representative rates every official on a 390 × 844 phone after the representatives'
 * sign-in, the other from their home at the walk's size, and a resident with a printed code; the
 * chair watches every voter finish, closes the meeting, reads the ranked results and opens the
 * printed sheet (attendance, turnout, codes issued and used); the evaluated official signs in and
 * reads their own result on 我的评议. Each role's home and menu are checked (what is shown and
 * what is not); every screen is scanned for English and sideways scrolling on arrival, and axe-core
 * finds nothing critical or serious on the chair's room, the ballot, the code entry and the sheet.
 * The scores are computed here by hand (docs/rules.md rule 6). Screenshots go to test/artifacts/.
 */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../server/demo/demo-users';
import * as make from '../support/factories';
import { expectNoAxeViolations } from './support/axe';
import { openPage, screenshot, waitUntil, type TestPage } from './support/browser';
import { expectedResult, setUpRoom, type RoomFixture, type TestRating } from './support/meeting-room';
import { openPageAs, useAdminSession } from './support/session';
import {
  arrive,
  checkInRepresentatives,
  closeMeetingInRoom,
  issueAndPrintCodes,
  menuOf,
  openMeetingInRoom,
  rateEveryOfficial,
} from './support/walk';

const SIZES = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
];
/** The phone one representative always votes on. */
const PHONE = { width: 390, height: 844 };

/** What each voter gives the officials, by their place in room.officials (name order). */
const PLANS: Record<'phone' | 'member' | 'code', TestRating[]> = {
  phone: [
    { satisfaction: 'VERY_SATISFIED', scores: [5, 4, 5] },
    { satisfaction: 'SATISFIED', scores: [4, 4, 4] },
    { satisfaction: 'BASICALLY_SATISFIED', scores: [3, 3, 4] },
  ],
  member: [
    { satisfaction: 'SATISFIED', scores: [4, 4, 5] },
    { satisfaction: 'SATISFIED', scores: [4, 3, 4] },
    { satisfaction: 'DISSATISFIED', scores: [2, 2, 2], comment: '答复不及时' },
  ],
  code: [
    { satisfaction: 'VERY_SATISFIED', scores: [5, 5, 5] },
    { satisfaction: 'BASICALLY_SATISFIED', scores: [3, 3, 3] },
    { satisfaction: 'SATISFIED', scores: [4, 3, 3] },
  ],
};

/** The residents checked in by name at each meeting: one votes with the printed code, one does not come to vote. */
const RESIDENTS = ['王芳', '李强（3号楼）'];

const session = useAdminSession({ width: 1280, height: 800 });
let adminToken: string;
/** The OFFICIAL user linked to the first official of every walk's meeting. */
let officialUser: string;
const tabs: TestPage[] = [];

beforeAll(async () => {
  adminToken = await session.server.login('huangpu.admin');
});

afterEach(async () => {
  // Every page closed, even after a failure; nothing crashed in any role's page, nothing came from another host.
  const closed = tabs.splice(0);
  await Promise.all(closed.map((tab) => tab.context.close()));
  for (const tab of closed)
    expect({ errors: tab.pageErrors, foreign: tab.foreignRequests }).toEqual({ errors: [], foreign: [] });
});

/** A page of `username` at `viewport` (a phone's below 600 px), closed after the test. */
async function pageOf(username: string, viewport: { width: number; height: number }): Promise<Page> {
  const tab = await openPageAs(session.browser, session.server, username, viewport, { phone: viewport.width < 600 });
  tabs.push(tab);
  return tab.page;
}

/** A page of `viewport` signed in as nobody (a resident with a code, or someone about to sign in), closed after the test. */
async function freshPage(viewport: { width: number; height: number }, phone: boolean): Promise<Page> {
  const tab = await openPage(session.browser, session.server.url, viewport, { phone });
  tabs.push(tab);
  return tab.page;
}

/** The plan of `voter` keyed by official name, as the ballot shows them. */
function planOf(room: RoomFixture, voter: keyof typeof PLANS): Map<string, TestRating> {
  return new Map(room.officials.map((official, i) => [official.name, PLANS[voter][i]]));
}

/** The screenshot name of `what` at `size`. */
const shot = (what: string, size: { width: number; height: number }) => `walk-${what}-${size.width}x${size.height}`;

/** Entries only an ADMIN's menu has: the GraphQL console and the service tokens. */
const ADMIN_ONLY = ['GraphQL 调试台', '接口令牌'];

/** Checks the menu of `page`: 首页 first, every entry of `has`, none of `lacks` nor the ADMIN's own. */
async function expectMenu(page: Page, has: string[], lacks: string[]): Promise<void> {
  const menu = await menuOf(page);
  expect(menu[0]).toBe('首页');
  for (const entry of has) expect(menu).toContain(entry);
  for (const entry of [...ADMIN_ONLY, ...lacks]) expect(menu).not.toContain(entry);
}
describe('a meeting from check-in to the printed sheet, at four sizes', () => {
  for (const size of SIZES) {
    it(`runs at ${size.width} × ${size.height}: chair, representatives (one on a phone), a code voter and the official`, async () => {
      const url = session.server.url;
      const room = await setUpRoom(
        session.server,
        adminToken,
        `2026年外滩街道政务评议会（${size.width}×${size.height}）`,
      );
      officialUser ??= (
        await make.user(session.server, { role: 'OFFICIAL', officialId: room.officials[0].id, displayName: '评议人员' })
      ).username;

      // The chair: their home lists the meeting in preparation; the menu has no console or tokens.
      const chair = await pageOf('waitan.chair', size);
      await chair.goto(`${url}/admin/#/`);
      const upcoming = chair.getByTestId('home-upcoming').getByRole('link', { name: room.title });
      await arrive(chair, upcoming);
      await chair.getByTestId('home-open-meeting').first().waitFor();
      await expectMenu(chair, ['评议会'], ['评议投票']);
      await screenshot(chair, shot('chair-home', size));
      await upcoming.click();
      await arrive(chair, chair.getByText('筹备中'));
      await chair.getByTestId('meeting-chair').filter({ hasText: room.chairName }).waitFor();

      // Check-in, opening, the codes and their slips.
      await checkInRepresentatives(chair, room.representativeNames);
      await openMeetingInRoom(chair);
      await chair.getByText('应评 2 人：账号投票 2 人 + 投票码 0 人').waitFor();
      const codes = await issueAndPrintCodes(chair, RESIDENTS);
      await arrive(chair, chair.getByText('应评 4 人：账号投票 2 人 + 投票码 2 人'));
      await chair
        .getByTestId('tally-codes')
        .filter({ hasText: '投票码：发放 2 个，已使用 0 个，已作废 0 个' })
        .waitFor();
      await expectNoAxeViolations(chair);
      await screenshot(chair, shot('chair-room', size));

      // One representative on a phone, through the representatives' sign-in.
      const phone = await freshPage(PHONE, true);
      await phone.goto(`${url}/vote/#/vote/login`);
      await arrive(phone, phone.getByText('居民代表登录'));
      await phone.getByLabel('用户名').fill(room.representativeUsernames[0]);
      await phone.getByLabel('密码').fill(DEMO_PASSWORD);
      await phone.getByRole('button', { name: '登录' }).click();
      const phoneMeeting = phone.getByRole('region', { name: room.title });
      await arrive(phone, phoneMeeting);
      await phoneMeeting.getByRole('button', { name: '进入评议' }).click();
      await rateEveryOfficial(phone, planOf(room, 'phone'));

      // The other representative at this size, from their home: one button to the ballot.
      const member = await pageOf(room.representativeUsernames[1], size);
      await member.goto(`${url}/admin/#/`);
      const toBallot = member.getByTestId('home-vote').getByRole('link', { name: '开始评议' });
      await arrive(member, toBallot);
      await expectMenu(member, ['评议投票'], ['考核总览']);
      await screenshot(member, shot('representative-home', size));
      await toBallot.click();
      const memberMeeting = member.getByRole('region', { name: room.title });
      await arrive(member, memberMeeting);
      await memberMeeting.getByRole('button', { name: '进入评议' }).click();
      await member.getByTestId('vote-card').waitFor();
      await expectNoAxeViolations(member);
      await screenshot(member, shot('ballot', size));
      await rateEveryOfficial(member, planOf(room, 'member'));

      // A resident with the first printed code, on the slip's address.
      const resident = await freshPage(size, size.width < 600);
      await resident.goto(`${url}/vote/#/vote/code`);
      await arrive(resident, resident.getByLabel('投票码'));
      await expectNoAxeViolations(resident);
      await resident.getByLabel('投票码').fill(codes[0]);
      await resident.getByRole('button', { name: '开始评议' }).click();
      await rateEveryOfficial(resident, planOf(room, 'code'));

      // The chair saw every voter finish: three of the four present, each official rated three times.
      for (const official of room.officials)
        await chair
          .getByTestId('official-progress')
          .filter({ hasText: official.name })
          .filter({ hasText: '3 / 4' })
          .waitFor();
      await arrive(chair, chair.getByTestId('progress-finished').filter({ hasText: '已完成全部评议：3 / 4 人' }));
      await closeMeetingInRoom(chair);

      // The results, ranked by score and computed here by hand.
      const expected = room.officials.map((_, i) => expectedResult([PLANS.phone[i], PLANS.member[i], PLANS.code[i]]));
      // By hand: means 14/3, 13/3, 5 → 36.7 + 25.0 + 30.0; 11/3, 10/3, 11/3 → 26.7 + 17.5 + 20.0; 3, 8/3, 3 → 20.0 + 12.5 + 15.0.
      expect(expected).toEqual([
        { count: '3', rate: '100.0%', score: '91.7' },
        { count: '3', rate: '100.0%', score: '64.2' },
        { count: '3', rate: '66.7%', score: '47.5' },
      ]);
      await chair.getByRole('tab', { name: '评议结果' }).click();
      const results = chair.getByTestId('official-result');
      await arrive(chair, results);
      await waitUntil(async () => (await results.count()) === 3);
      expect(await results.evaluateAll((cards) => cards.map((card) => card.getAttribute('aria-label')))).toEqual(
        room.officials.map((official) => official.name),
      );
      for (const [i, official] of room.officials.entries()) {
        const card = chair.getByRole('region', { name: official.name });
        expect(await card.getByTestId('result-rank').innerText()).toBe(`第 ${i + 1} 名`);
        expect(await card.getByTestId('result-count').innerText()).toBe(expected[i].count);
        expect(await card.getByTestId('result-rate').innerText()).toBe(expected[i].rate);
        expect(await card.getByTestId('result-score').innerText()).toBe(expected[i].score);
      }
      await chair.getByTestId('tally-turnout').filter({ hasText: '参加投票 3 人，投票率 75.0%' }).waitFor();
      await screenshot(chair, shot('results', size));

      // The printed sheet: attendance, codes issued and used, turnout, and the ranked rows.
      await chair.getByRole('link', { name: '打印结果表' }).click();
      const rows = chair.getByTestId('sheet-row');
      await arrive(chair, rows);
      await waitUntil(async () => (await rows.count()) === 3);
      const sheet = await chair.locator('.pingyi-print-page').innerText();
      expect(sheet).toContain(room.title);
      expect(sheet).toContain('到会 4 人（账号投票 2 人，投票码 2 人）');
      expect(sheet).toContain('投票码：发放 2 个，已使用 1 个，已作废 0 个');
      expect(sheet).toContain('参加投票 3 人，投票率 75.0%');
      for (const [i, official] of room.officials.entries()) {
        const row = await rows.nth(i).innerText();
        expect(row).toContain(official.name);
        expect(row.split('\t').map((cell) => cell.trim())).toEqual(
          expect.arrayContaining([String(i + 1), expected[i].count, expected[i].rate, expected[i].score]),
        );
      }
      await expectNoAxeViolations(chair);
      await screenshot(chair, shot('sheet', size));

      // The official evaluated signs in on the staff's page and reads their own result on 我的评议.
      const official = await freshPage(size, size.width < 600);
      await official.goto(`${url}/admin/#/login`);
      await arrive(official, official.getByLabel('用户名'));
      await official.getByLabel('用户名').fill(officialUser);
      await official.locator('input[name=password]').fill(DEMO_PASSWORD);
      await official.getByRole('button', { name: '登录' }).click();
      await arrive(official, official.getByTestId('home-official').getByText(`我的评议：${room.officials[0].name}`));
      const mine = official.getByTestId('home-meeting-results').getByRole('region', { name: room.title });
      await arrive(official, mine);
      expect(await mine.getByTestId('my-result-figures').innerText()).toBe(
        `评价人数 3 · 满意率 ${expected[0].rate} · 综合得分 ${expected[0].score}`,
      );
      expect(await mine.getByTestId('criterion-means').innerText()).toBe(
        '服务态度 4.67 · 办事效率 4.33 · 廉洁自律 5.00',
      );
      // Only their own result: one result for this meeting, and no colleague of the meeting is named.
      expect(await official.getByTestId('home-meeting-results').getByRole('region', { name: room.title }).count()).toBe(
        1,
      );
      const page = await official.getByTestId('home-meeting-results').innerText();
      for (const colleague of room.officials.slice(1)) expect(page).not.toContain(colleague.name);
      await expectMenu(official, [], ['评议投票', '考核总览']);
      await screenshot(official, shot('official-home', size));
    });
  }
});
