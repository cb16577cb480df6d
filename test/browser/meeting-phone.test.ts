/// <reference lib="dom" />
/**
 * The ballot on a phone (docs/rules.md rules 5 and 7) in Chromium: a representative
 * without an account opens the voting screen with a ballot code on phones 320, 360 and 390 px
 * wide, with touch. Nothing is wider than the screen, every one of the five satisfaction levels
 * and of the scores 1–5 of every criterion is a target of at least 44 × 44 px, wholly on screen,
 * not covered and not clipped, and tapping it selects it; a tapped ballot is submitted and the
 * ballot moves on to the next official (one at a time, "2 / 3"). The code's
 * browser secret stays in that phone: another phone with the same code is told the code is in use.
 * Screenshots go to test/artifacts/.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { shownOfficial } from './support/ballot';
import { CRITERIA, LEVEL_LABELS, codesFor, setUpRoom, type RoomFixture } from './support/meeting-room';
import { useAdminSession } from './support/session';

const PHONES = [320, 360, 390].map((width) => ({ width, height: 740 }));
/** The smallest touch target the screen must offer, in CSS pixels. */
const MIN_TARGET = 44;

const session = useAdminSession({ width: 1280, height: 800 });
let room: RoomFixture;
let codes: string[];
/** The official each phone's ballot opened on (the first by name, the same on every phone). */
const firstShown: string[] = [];

beforeAll(async () => {
  const adminToken = await session.server.login('huangpu.admin');
  room = await setUpRoom(session.server, adminToken, '2026年外滩街道政务评议会（手机测试）');
  codes = await codesFor(session.server, adminToken, room.meetingId, ['手机一', '手机二', '手机三']);
  await session.server.gql(
    `mutation ($id: ID!) { openMeeting(id: $id) { status } }`,
    { id: room.meetingId },
    { token: adminToken },
  );
});

/** A phone: touch, mobile viewport, its own storage (so its own ballot secrets). */
async function phone(viewport: {
  width: number;
  height: number;
}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await session.browser.newContext({
    viewport,
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 2,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}

/** Opens the ballot of `code` on `page`. */
async function openBallot(page: Page, code: string): Promise<void> {
  await page.goto(`${session.server.url}/admin/#/vote/code`);
  await page.getByLabel('投票码').fill(code);
  await page.getByRole('button', { name: '开始评议' }).tap();
}

/** Where a button lies and whether it can be tapped: on screen, big enough, not covered, its label not clipped. */
interface Target {
  label: string;
  width: number;
  height: number;
  onScreen: boolean;
  hit: boolean;
  clipped: boolean;
}

/** Measures every button of a group (by its accessible name) of the card, after scrolling it to the middle of the screen. */
async function targets(page: Page, card: string, group: string): Promise<Target[]> {
  const buttons = page.getByRole('region', { name: card }).getByRole('group', { name: group }).getByRole('button');
  const count = await buttons.count();
  const measured: Target[] = [];
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    await button.evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'nearest' }));
    measured.push(
      await button.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const x = box.left + box.width / 2;
        const y = box.top + box.height / 2;
        const atCentre = document.elementFromPoint(x, y);
        const label = element.querySelector('span') ?? element;
        return {
          label: (element.textContent ?? '').trim(),
          width: Math.round(box.width),
          height: Math.round(box.height),
          onScreen: box.left >= 0 && box.right <= window.innerWidth && box.top >= 0 && box.bottom <= window.innerHeight,
          hit: !!atCentre && (atCentre === element || element.contains(atCentre)),
          clipped:
            element.scrollWidth > element.clientWidth + 1 ||
            (label as HTMLElement).scrollWidth > (label as HTMLElement).clientWidth + 1,
        };
      }),
    );
  }
  return measured;
}

describe('the ballot on a phone', () => {
  for (const [i, viewport] of PHONES.entries()) {
    it(`offers every level and score as a tappable target of at least ${MIN_TARGET} px at ${viewport.width} px`, async () => {
      const { context, page, errors } = await phone(viewport);
      try {
        // Each phone is one voter with a code of its own.
        await openBallot(page, codes[i]);
        await page.getByRole('heading', { name: room.title }).waitFor();
        await page.getByTestId('vote-step').filter({ hasText: '第 1 / 3 位' }).waitFor();
        const card = await shownOfficial(page);
        firstShown.push(card);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );

        for (const group of ['总体满意度', ...CRITERIA.map((c) => c.label)]) {
          const measured = await targets(page, card, group);
          expect(measured).toHaveLength(5);
          for (const target of measured) {
            expect({ group, ...target }).toEqual({
              group,
              label: target.label,
              width: expect.any(Number),
              height: expect.any(Number),
              onScreen: true,
              hit: true,
              clipped: false,
            });
            expect({
              group,
              label: target.label,
              width: target.width >= MIN_TARGET,
              height: target.height >= MIN_TARGET,
            }).toEqual({ group, label: target.label, width: true, height: true });
          }
        }

        // Tapping selects: every level, then every score of every criterion, ending on the last one.
        const region = page.getByRole('region', { name: card });
        for (const level of Object.values(LEVEL_LABELS)) {
          const button = region
            .getByRole('group', { name: '总体满意度' })
            .getByRole('button', { name: level, exact: true });
          await button.tap();
          expect(await button.getAttribute('aria-pressed')).toBe('true');
        }
        await region
          .getByRole('group', { name: '总体满意度' })
          .getByRole('button', { name: '满意', exact: true })
          .tap();
        for (const criterion of CRITERIA) {
          for (const score of [1, 2, 3, 4, 5]) {
            const button = region
              .getByRole('group', { name: criterion.label })
              .getByRole('button', { name: String(score), exact: true });
            await button.tap();
            expect(await button.getAttribute('aria-pressed')).toBe('true');
          }
        }
        await screenshot(page, `vote-phone-${viewport.width}x${viewport.height}`);
        await region.getByRole('button', { name: /提交评价|修改后重新提交/ }).tap();
        await page.getByTestId('vote-step').filter({ hasText: '第 2 / 3 位' }).waitFor();
        await page.getByTestId('vote-done').filter({ hasText: '已评 1 / 3 人' }).waitFor();
        expect(await shownOfficial(page)).not.toBe(card);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
          0,
        );
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('keeps the ballot in the phone that first used the code: another phone is told the code is in use', async () => {
    const { context, page } = await phone(PHONES[0]);
    try {
      await openBallot(page, codes[0]);
      await page.getByTestId('code-problem').filter({ hasText: '此投票码已在另一台设备上使用' }).waitFor();
      await screenshot(page, 'vote-phone-code-in-use-320x740');
    } finally {
      await context.close();
    }
    // The phones' ballots: one per phone for the official shown first, and nothing from the second phone.
    const stored = await session.gql(
      `query ($m: ID!) { evaluationMeeting(id: $m) { progress { ballotCodesUsed officials { officialId ratingsReceived } } } }`,
      { m: room.meetingId },
    );
    const received = Object.fromEntries(
      stored.evaluationMeeting!.progress.officials.map((o: { officialId: string; ratingsReceived: number }) => [
        o.officialId,
        o.ratingsReceived,
      ]),
    );
    expect(stored.evaluationMeeting!.progress.ballotCodesUsed).toBe(PHONES.length);
    expect(new Set(firstShown).size).toBe(1);
    const first = room.officials.find((official) => official.name === firstShown[0])!;
    expect(received[first.id]).toBe(PHONES.length);
    expect(Object.values(received).reduce((sum, count) => sum + count, 0)).toBe(PHONES.length);
  });
});
