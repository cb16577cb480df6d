/// <reference lib="dom" />
/**
 * Accessibility check of a page in Chromium with axe-core: its source is evaluated in the page
 * (nothing is fetched from another host) and run on the whole document against WCAG 2.x A and AA.
 * {@link expectNoAxeViolations} fails the test on any violation of impact "critical" or
 * "serious" (colour contrast below 4.5 : 1, a button or field without a name, …), naming each
 * rule, its help text and the elements that break it.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';

/** axe-core's browser build, read once. */
let source: string | null = null;

/** One violation as axe reports it (the parts a failure message needs). */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The impacts a page may not have. */
const BLOCKING = ['critical', 'serious'];

/**
 * Runs axe-core on `page` (WCAG 2.0/2.1/2.2 A and AA rules) once its finite animations and
 * transitions have ended, and returns every violation.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  source ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Colours are checked as they end, not halfway through a fade (a dialog opening, a button enabled).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const injected = await page.evaluate(() => 'axe' in window);
  // Evaluated, not added as a <script>: the server's Content-Security-Policy refuses inline scripts.
  if (!injected) await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/**
 * Fails unless axe-core finds no critical and no serious violation on `page` as it is now.
 * Call it once the screen under test has rendered (wait for its heading first).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const blocking = (await axeViolations(page)).filter((v) => v.impact !== null && BLOCKING.includes(v.impact));
  expect(
    blocking.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      elements: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    })),
  ).toEqual([]);
}
