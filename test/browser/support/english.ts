/// <reference lib="dom" />
/**
 * The scan for English on a screen in Chinese mode (issue 12, "Chinese everywhere"): the visible
 * text may hold no English phrase. Run by expectNoAxeViolations on the key screens and by the
 * walks after every navigation (walk.ts).
 */
import type { Page } from 'playwright-core';

/** Three or more Latin words in a row: an English phrase, not a name, a code or a unit. */
const LATIN_PHRASE = /[A-Za-z][A-Za-z']+(?:[ ,]+[A-Za-z][A-Za-z']+){2,}/g;

/**
 * The English phrases (three or more Latin words in a row) in the visible text of `page`; none
 * may appear on a screen in Chinese mode. Names, codes and single terms (GraphQL, CSV, a
 * username) are one word and pass.
 */
export async function englishPhrases(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return [...new Set(text.match(LATIN_PHRASE) ?? [])];
}

/** Whether the page shows the admin's English (React-Admin keeps the choice as `RaStore.locale`). */
async function inEnglish(page: Page): Promise<boolean> {
  return page.evaluate(() => window.localStorage.getItem('RaStore.locale') === '"en"');
}

/**
 * Fails when a screen in Chinese mode shows an English phrase (see englishPhrases). Called by
 * expectNoAxeViolations on every key screen it checks and by the walks on every screen they
 * visit, unless the user chose English.
 */
export async function expectNoEnglishPhrases(page: Page): Promise<void> {
  if (await inEnglish(page)) return;
  const phrases = await englishPhrases(page);
  if (phrases.length > 0) throw new Error(`English on ${page.url()} in Chinese mode: ${phrases.join(' | ')}`);
}
