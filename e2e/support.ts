/**
 * What every Chromium scenario shares: the built pane, the browser, a page as a user opens it,
 * screenshots, and waiting for the pane to be idle. Each `*.e2e.ts` file is one feature's scenario.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, Browser, Page } from 'playwright-core';
import { serve } from './serve';

export const ROOT = path.join(__dirname, '..');
export const SHOTS = path.join(__dirname, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function newPage(browser: Browser, width = 380): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  // No internet here: Microsoft's Office.js CDN is unreachable, as on a locked-down intranet.
  await page.route('https://appsforoffice.microsoft.com/**', (r) => r.abort());
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}\n${e.stack ?? ''}`);
  });
  return page;
}

/** The pane is idle again: both main buttons usable. */
export async function idle(page: Page, check = 'Kiểm tra', rank = 'Xếp hạng'): Promise<void> {
  await page.waitForFunction(
    // Disabled buttons stay focusable (aria-disabled) so their hints can be read.
    ([a, b]) =>
      [...document.querySelectorAll('button')]
        .filter((x) => x.textContent === a || x.textContent === b)
        .every((x) => !(x as HTMLButtonElement).disabled && x.getAttribute('aria-disabled') !== 'true'),
    [check, rank],
  );
}

export async function shot(page: Page, name: string): Promise<void> {
  // Finished transitions: Fluent fades buttons in and out of their disabled state.
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
  console.log(`  screenshot ${name}.png`);
}

/**
 * Serves the built pane (dist-web, with the harness: `npm run build:e2e`), starts Debian's
 * Chromium, runs the scenario, closes both, and exits non-zero on any failure.
 */
export function runScenario(name: string, scenario: (browser: Browser, base: string) => Promise<void>): void {
  const main = async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    const dist = path.join(ROOT, 'dist-web');
    assert.ok(fs.existsSync(path.join(dist, 'harness.html')), 'dist-web with the harness is built (npm run build:e2e)');
    const server = await serve(dist);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-background-networking'] });
    try {
      await scenario(browser, server.url);
      console.log(`${name} passed`);
    } finally {
      await browser.close();
      server.close();
    }
  };
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

/**
 * In the harness: one "Xếp hạng", then the officer types over a name in the ranking (row 6,
 * column D) and clicks "Xếp hạng" again, so the pane asks before replacing the edited sheet.
 */
export async function rankThenEditRanking(page: Page, base: string): Promise<void> {
  await page.goto(`${base}harness.html`);
  await page.getByText('Đã nhận bảng chấm của').waitFor({ timeout: 30000 });
  await idle(page);
  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
  await page.getByText(/Đã ghi: /).waitFor({ timeout: 30000 });
  await idle(page);
  await page.evaluate(() => window.memoryExcel!.book.sheet('Xếp hạng')!.cells.set('5,3', 'Sửa tay'));
  await page.getByRole('button', { name: 'Xếp hạng', exact: true }).click();
}

/** Keyboard only: Tab (or Shift+Tab) until the focused element's accessible text matches, at most `max` presses. */
export async function tabTo(page: Page, name: RegExp | string, max = 80, back = false): Promise<number> {
  const want = typeof name === 'string' ? name : name.source;
  const exact = typeof name === 'string';
  for (let n = 1; n <= max; n++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const text = await page.evaluate(() => {
      const e = document.activeElement as HTMLElement | null;
      return (e?.getAttribute('aria-label') || e?.textContent || '').trim();
    });
    if (exact ? text === want : new RegExp(want).test(text)) return n;
  }
  throw new Error(`keyboard: "${want}" not reached in ${max} Tab presses`);
}

/** The focused element's text (its heading after a step, say). */
export async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => ((document.activeElement as HTMLElement | null)?.textContent ?? '').trim());
}

/** The page scrolls sideways (its content wider than the viewport). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
