import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..', '..');
/** Where the browser tests save their screenshots (gitignored). */
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
/** The system Chromium (installed by apt); the tests never download a browser. */
export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function newestUnder(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(target)
    .filter((entry) => entry !== 'dist' && entry !== 'node_modules')
    .reduce((latest, entry) => Math.max(latest, newestUnder(path.join(target, entry))), stat.mtimeMs);
}

/** Builds admin/dist with Vite when it is missing or older than the admin's sources or the schema. */
export function ensureAdminBuilt(): void {
  const index = path.join(ROOT, 'admin', 'dist', 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(newestUnder(path.join(ROOT, 'admin')), newestUnder(path.join(ROOT, 'schema.graphql')));
  if (built >= sources) return;
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', ['run', '--silent', 'build:admin'], { cwd: ROOT, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`npm run build:admin failed:\n${result.stdout}\n${result.stderr}`);
}

/** Starts the system Chromium headless; fails clearly when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Chromium with apt (the tests never download a browser)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A page with its own storage (so the locale starts as zh-CN) and a log of requests that left `origin`. */
export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** URLs the page requested from anywhere but the Pingyi server (must stay empty: no CDN). */
  foreignRequests: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
}

/**
 * Opens a fresh browser context of the given viewport size; with `phone`, a phone's: touch, a
 * mobile viewport and a device scale factor of 2.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number },
  options: { phone?: boolean } = {},
): Promise<TestPage> {
  const device = options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {};
  const context = await browser.newContext({ viewport, ...device, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page, foreignRequests, pageErrors };
}

/** Saves a full-window screenshot as test/artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * Waits until the React-Admin autocomplete labelled `label` shows `option`: the only choice of the
 * user's scope (e.g. the district of a district's admin), which the picker picks by itself.
 */
export async function onlyChoice(page: Page, label: string | RegExp, option: string): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.waitFor();
  await waitUntil(async () => (await box.inputValue()) === option);
}

/**
 * Picks `option` in the React-Admin autocomplete whose label contains `label`, after typing `typed`;
 * when the picker already holds it as the only choice of the user's scope, leaves it so.
 */
export async function pickAutocomplete(
  page: Page,
  label: string | RegExp,
  typed: string,
  option: string,
): Promise<void> {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(typed);
  const wanted = page.getByRole('option', { name: option, exact: true });
  const none = page.locator('.MuiAutocomplete-noOptions');
  await wanted.or(none).first().waitFor();
  // "No options" while the answer to the typed text is on its way, or for good: the picker picked
  // its only choice by itself and hides the selected one.
  const found = await wanted
    .waitFor({ timeout: 2_000 })
    .then(() => true)
    .catch(() => false);
  if (found) return wanted.click();
  await box.press('Escape');
  await box.blur();
  await waitUntil(async () => (await box.inputValue()) === option);
}

/** Waits until `check` holds (Playwright's locators wait for elements, not for counts). */
export async function waitUntil(check: () => Promise<boolean>, timeout = 20_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeout} ms: ${check.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
