import fs from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { expectNoEnglishPhrases } from './english';

/** axe-core's browser bundle, read once. */
let axeSource: string | undefined;

/** Impacts that fail a screen: WCAG 2.x A and AA findings that block or seriously hinder people. */
const FAILING = new Set(['critical', 'serious']);

function describe(violation: Result): string {
  const nodes = violation.nodes
    .slice(0, 5)
    .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ') ?? ''}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
  return `  [${violation.impact}] ${violation.id} (${violation.nodes.length}): ${violation.help}\n${nodes}${more}`;
}

/**
 * Runs axe-core on the page once its finite animations and transitions have ended (WCAG 2.1 A and
 * AA rules and axe's best practices) and
 * fails listing every violation of impact critical or serious, with up to five elements each.
 * `exclude` lists CSS selectors axe leaves out (e.g. a third-party widget the screen embeds).
 * Then checks that a screen in Chinese mode shows no English phrase (english.ts).
 */
export async function expectNoAxeViolations(page: Page, options?: { exclude?: string[] }): Promise<void> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core'), 'utf8');
  // Colours are checked as they end, not halfway through a fade (a dialog opening, a button enabled).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol: the admin's Content-Security-Policy forbids inline scripts.
  if (!loaded) await page.evaluate(axeSource);
  const exclude = options?.exclude ?? [];
  const results = (await page.evaluate(async (excluded: string[]) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<unknown> } }).axe;
    const context = excluded.length > 0 ? { include: [document], exclude: excluded.map((s) => [s]) } : document;
    return axe.run(context, { resultTypes: ['violations'] });
  }, exclude)) as AxeResults;
  const failing = results.violations.filter((v) => v.impact && FAILING.has(v.impact));
  if (failing.length > 0) {
    throw new Error(
      `axe-core found ${failing.length} critical or serious violation(s) on ${page.url()}:\n` +
        failing.map(describe).join('\n'),
    );
  }
  await expectNoEnglishPhrases(page);
}
