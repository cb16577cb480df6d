/// <reference lib="dom" />
/**
 * The steps of a meeting walked through the admin as its people do it (issue 12's four sizes):
 * arriving on a screen (scanned for English and for sideways scrolling), each role's menu, the
 * chair's check-in, opening and codes, a voter rating every official to the thanks, and closing.
 * Each step only drives and checks what its screen shows; the test file says what it expects.
 */
import type { Locator, Page } from 'playwright-core';
import { expectNoEnglishPhrases } from './english';
import { rateShown, shownOfficial } from './ballot';
import { waitUntil } from './browser';
import type { TestRating } from './meeting-room';

/**
 * Arrival on a screen after a navigation: waits for `landmark` (what the screen is known by), then
 * fails on any English phrase in Chinese mode and on a page wider than the window (a phone must
 * never scroll sideways).
 */
export async function arrive(page: Page, landmark: Locator): Promise<void> {
  await landmark.first().waitFor();
  await expectNoEnglishPhrases(page);
  // The window's width as set, not innerWidth: a phone's browser widens its layout to fit a page too wide.
  const width = page.viewportSize()!.width;
  const overflow = await page.evaluate((w) => document.documentElement.scrollWidth - w, width);
  if (overflow > 0) throw new Error(`${page.url()} is ${overflow} px wider than the ${width} px window`);
  const cut = await cutOff(page, width);
  if (cut.length > 0) throw new Error(`${page.url()} cuts off at the window's right edge: ${cut.join(' | ')}`);
}

/**
 * Visible texts that run past the window's right edge and cannot be scrolled to: no ancestor
 * scrolls sideways to show them (a wide table in its own scrolling frame is fine; one clipped by
 * the page is not) and none ends them with an ellipsis (a title cut with "…" says it is cut).
 */
async function cutOff(page: Page, width: number): Promise<string[]> {
  return page.evaluate((width) => {
    const shownAnyway = (element: Element | null): boolean => {
      for (let e = element; e && e !== document.documentElement; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (/(auto|scroll)/.test(style.overflowX) && e.scrollWidth > e.clientWidth) return true;
        if (style.textOverflow === 'ellipsis' && style.overflowX !== 'visible') return true;
      }
      return false;
    };
    const cut: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || box.left >= width) continue;
      if (box.right > width + 1 && !shownAnyway(element))
        cut.push(`${text.slice(0, 20)} (${Math.round(box.right)} px)`);
    }
    return cut;
  }, width);
}

/**
 * The entries of the admin's menu, in order. On a phone the menu is a drawer behind 打开菜单: it is
 * opened, read (and scanned for English) and closed again.
 */
export async function menuOf(page: Page): Promise<string[]> {
  const items = page.getByRole('menuitem');
  const toggle = page.getByRole('button', { name: '打开菜单' });
  await items.first().or(toggle).first().waitFor();
  const drawer = !(await items.first().isVisible());
  if (drawer) {
    await toggle.click();
    await items.first().waitFor();
    await expectNoEnglishPhrases(page);
  }
  const entries = (await items.allTextContents()).map((t) => t.trim());
  if (drawer) {
    await page.keyboard.press('Escape');
    await items.first().waitFor({ state: 'hidden' });
  }
  return entries;
}

/** On the chair's room (tab 参会人员): checks in each of `names` (registered representatives) to vote with their account. */
export async function checkInRepresentatives(page: Page, names: string[]): Promise<void> {
  await page.getByRole('tab', { name: '参会人员' }).click();
  const attendance = page.getByTestId('attendance');
  await arrive(page, attendance);
  for (const name of names) {
    await attendance.getByRole('button', { name: `签到 ${name}` }).click();
    await attendance.getByTestId('attendee').filter({ hasText: name }).filter({ hasText: '账号投票' }).waitFor();
  }
  await page.getByRole('tab', { name: '基本信息' }).click();
}

/** On the chair's room: 开始评议 and its confirmation, until the room shows the meeting in session. */
export async function openMeetingInRoom(page: Page): Promise<void> {
  await page.getByRole('button', { name: '开始评议' }).click();
  const confirm = page.getByRole('dialog').getByRole('button', { name: '开始评议' });
  await arrive(page, confirm);
  await confirm.click();
  await page.getByText('评议已开始').waitFor();
  await arrive(page, page.getByText('评议中', { exact: true }));
}

/**
 * On the chair's room: checks in `names` (people without an account) as code voters, prints their
 * slips and returns to the room; resolves to the codes as the printed slips show them.
 */
export async function issueAndPrintCodes(page: Page, names: string[]): Promise<string[]> {
  await page.getByRole('button', { name: '发放投票码' }).click();
  const dialog = page.getByRole('dialog');
  await arrive(page, dialog.getByLabel('到场居民姓名（每行一人）'));
  await dialog.getByLabel('到场居民姓名（每行一人）').fill(names.join('\n'));
  await dialog.getByText(`共 ${names.length} 人`).waitFor();
  await dialog.getByRole('button', { name: '签到并发放', exact: true }).click();
  const shown = page.getByTestId('issued-codes').locator('code');
  await waitUntil(async () => (await shown.count()) === names.length);
  await expectNoEnglishPhrases(page);
  const issued = await shown.allInnerTexts();
  await page.getByRole('button', { name: '打印投票条' }).click();
  const slips = page.getByTestId('ballot-slip');
  await arrive(page, slips);
  await waitUntil(async () => (await slips.count()) === names.length);
  const printed = await page.getByTestId('slip-code').allInnerTexts();
  if (printed.join() !== issued.join()) throw new Error(`slips ${printed.join()} ≠ codes ${issued.join()}`);
  await page.getByRole('link', { name: '返回' }).click();
  return printed;
}

/**
 * On a ballot at its first official: rates every one of them, each by its `plan` entry found by
 * the official's name, finishes after the review and waits for the thanks with the count. Every
 * screen is scanned on arrival.
 */
export async function rateEveryOfficial(page: Page, plan: Map<string, TestRating>): Promise<void> {
  const total = plan.size;
  for (let step = 1; step <= total; step++) {
    await arrive(page, page.getByTestId('vote-step').filter({ hasText: `第 ${step} / ${total} 位` }));
    const rating = plan.get(await shownOfficial(page));
    if (!rating) throw new Error(`the ballot shows ${await shownOfficial(page)}, who is not in the plan`);
    await rateShown(page, rating);
  }
  await arrive(page, page.getByRole('heading', { name: '核对您的评价' }));
  await page.getByRole('button', { name: '完成评议' }).click();
  await arrive(page, page.getByRole('heading', { name: '感谢您的参与！' }));
  const thanks = await page.getByTestId('vote-thanks-count').innerText();
  if (thanks !== `本次共记录 ${total} 份评价。`) throw new Error(`the thanks read "${thanks}"`);
}

/** On the chair's room: 结束评议 and its confirmation, until the room shows the meeting closed. */
export async function closeMeetingInRoom(page: Page): Promise<void> {
  await page.getByRole('button', { name: '结束评议' }).click();
  const dialog = page.getByRole('dialog');
  await arrive(page, dialog.getByText('此操作不可撤销'));
  await dialog.getByRole('button', { name: '结束评议' }).click();
  await page.getByText('评议已结束，结果已冻结').waitFor();
  await arrive(page, page.getByText('已结束', { exact: true }));
}
