/// <reference lib="dom" />
/**
 * The ballot one official at a time (docs/rules.md rule 5) as the browser tests drive it: which
 * official is shown, rating the shown official and waiting until the ballot moves on, and the
 * review's rows.
 */
import type { Page } from 'playwright-core';
import { fillCard, type TestRating } from './meeting-room';

/** The name of the official whose card is shown. */
export async function shownOfficial(page: Page): Promise<string> {
  const card = page.getByTestId('vote-card');
  await card.waitFor();
  return (await card.getByRole('heading', { level: 2 }).innerText()).trim();
}

/** Fills in the shown official's card, submits it and waits until the ballot moved on; returns the official's name. */
export async function rateShown(page: Page, rating: TestRating): Promise<string> {
  const name = await shownOfficial(page);
  await fillCard(page, name, rating);
  await page
    .getByRole('region', { name })
    .getByRole('button', { name: /提交评价|修改后重新提交/ })
    .click();
  await page.getByRole('region', { name }).waitFor({ state: 'detached' });
  return name;
}

/** Opens the review's official `name` again (its 修改 button). */
export async function editFromReview(page: Page, name: string): Promise<void> {
  await page
    .getByTestId('vote-review')
    .getByRole('button', { name: `修改 ${name}` })
    .click();
  await page.getByRole('region', { name }).waitFor();
}

/** Waits until the review's row of `name` contains `text`. */
export async function reviewRowReads(page: Page, name: string, text: string): Promise<void> {
  await page.getByTestId('review-row').filter({ hasText: name }).filter({ hasText: text }).waitFor();
}
