/**
 * Shared by the accessibility and scale scenarios: axe-core run in the page, and first-seen times
 * of the pane's landmarks (status, findings, results, download) measured in the page itself.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Page } from 'playwright-core';

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** The impacts a scenario fails on: all but minor (axe's "moderate" includes content outside landmarks). */
const FAILING = ['moderate', 'serious', 'critical'];

/**
 * axe-core on the page (or on the pane's root in the harness): prints every violation and fails
 * on any of impact moderate or above.
 */
export async function axe(page: Page, state: string, include?: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = await page.evaluate(async (sel) => {
    const a = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await a.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, include ?? null);
  const bad = violations.filter((v) => FAILING.includes(v.impact ?? ''));
  console.log(
    `  axe (${state}): ${violations.length} violation(s), ${bad.length} moderate or above${violations.length ? ': ' + violations.map((v) => `${v.id} [${v.impact}]`).join(', ') : ''}`,
  );
  for (const v of violations)
    console.log(
      `    ${v.id} [${v.impact}]: ${v.help}\n      ${v.nodes
        .slice(0, 3)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(0, 2).join(' ')}`)
        .join('\n      ')}`,
    );
  assert.equal(bad.length, 0, `axe: violations of impact moderate or above in "${state}": ${bad.map((v) => v.id).join(', ')}`);
}

export type Mark = 'status' | 'read' | 'findings' | 'results' | 'download' | 'written';

/**
 * Records, in the page, when each of the pane's marks is first seen after `start()`: the status
 * card, the end of reading (the checking step shown), the findings and results headings, the
 * download link, the "Đã ghi" note. Checked on every DOM change, with cheap selectors.
 */
export async function watchMarks(page: Page): Promise<{
  start(): Promise<void>;
  wait(m: Mark, timeout?: number): Promise<number>;
  all(): Promise<Partial<Record<Mark, number>>>;
  bars(): Promise<string[]>;
}> {
  // Plain JavaScript (a string): tsx would wrap named functions in helpers the page does not have.
  await page.evaluate(`(() => {
    const w = window;
    w.__marks = {};
    w.__bars = [];
    w.__t0 = performance.now();
    const tests = {
      status: () => !!document.querySelector('[aria-label="Sheet cấu hình"], [aria-label="Configuration sheets"]'),
      read: () => [...document.querySelectorAll('label')].some((l) => /^(Đang kiểm tra|Checking)/.test(l.textContent || '')),
      // A list is there when its section holds it, not only its heading (the lists render deferred).
      findings: () => { const s = document.getElementById('findings-heading')?.closest('section'); return !!s && !s.querySelector('.fui-Spinner'); },
      results: () => { const s = document.getElementById('results-heading')?.closest('section'); return !!s && !!s.querySelector('table'); },
      download: () => !!document.querySelector('a[download$=".ket-qua.xlsx"]'),
      written: () => [...document.querySelectorAll('[role="status"]')].some((n) => /^(Đã ghi|Written)/.test(n.textContent || '')),
    };
    const check = () => {
      const t = performance.now() - w.__t0;
      // How far along the bar says it is: a determinate bar has aria-valuenow.
      const bar = document.querySelector('[role="progressbar"]');
      const now = bar && bar.getAttribute('aria-valuenow');
      if (now != null) w.__bars.push((bar.getAttribute('aria-label') || '') + ' ' + Math.round(Number(now) * 100) + '%');
      for (const k of Object.keys(tests)) if (w.__marks[k] === undefined && tests[k]()) w.__marks[k] = t;
    };
    if (w.__obs) w.__obs.disconnect();
    w.__obs = new MutationObserver(check);
    w.__obs.observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  })()`);
  return {
    start: () =>
      page.evaluate(() => {
        const w = window as unknown as { __marks: Record<string, number>; __t0: number; __bars: string[] };
        w.__marks = {};
        w.__bars = [];
        w.__t0 = performance.now();
      }),
    wait: async (m, timeout = 120000) => {
      const h = await page.waitForFunction((k) => (window as unknown as { __marks: Record<string, number> }).__marks[k], m, { timeout, polling: 100 });
      return (await h.jsonValue()) as number;
    },
    all: () => page.evaluate(() => ({ ...(window as unknown as { __marks: Record<string, number> }).__marks })),
    /** The distinct progress readings seen since start(), in order. */
    bars: () => page.evaluate(() => (window as unknown as { __bars: string[] }).__bars.filter((b, i, a) => b !== a[i - 1])),
  };
}

/** The page does not scroll sideways, and `name`'s button is wholly inside the viewport. */
export async function noSidewaysScroll(page: Page, state: string, button?: string): Promise<void> {
  const m = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
  console.log(`  ${state}: page ${m.scroll} px wide in a ${m.width} px viewport`);
  assert.ok(m.scroll <= m.width, `${state}: the pane scrolls sideways (${m.scroll} > ${m.width})`);
  if (button) {
    const box = await page.getByRole('button', { name: button, exact: true }).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= m.width, `${state}: "${button}" clipped: ${JSON.stringify(box)}`);
  }
}

export function fileOf(dir: string, name: string, bytes: Uint8Array | Buffer): string {
  fs.mkdirSync(dir, { recursive: true });
  const p = path.join(dir, name);
  fs.writeFileSync(p, bytes);
  return p;
}
