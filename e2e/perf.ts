/**
 * Where the pane's time goes, measured in the page: the long tasks on the page's thread
 * (PerformanceObserver 'longtask', every task over 50 ms, with the longest), and the command
 * line's wall time on the same book in the same run, for the ratios issue 25 sets.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Page } from 'playwright-core';
import { ROOT } from './support';

export interface LongTasks {
  start(): Promise<void>;
  /** Tasks over 50 ms since start(): how many, the longest, their sum. */
  read(): Promise<{ count: number; longest: number; total: number }>;
}

export async function watchLongTasks(page: Page): Promise<LongTasks> {
  await page.evaluate(`(() => {
    const w = window;
    w.__long = [];
    if (w.__longObs) return;
    w.__longObs = new PerformanceObserver((list) => { for (const e of list.getEntries()) w.__long.push(e.duration); });
    w.__longObs.observe({ type: 'longtask' });
  })()`);
  return {
    start: () => page.evaluate(() => void ((window as unknown as { __long: number[] }).__long = [])),
    read: () =>
      page.evaluate(() => {
        const l = (window as unknown as { __long: number[] }).__long;
        return { count: l.length, longest: Math.max(0, ...l), total: l.reduce((a, b) => a + b, 0) };
      }),
  };
}

/** `thidua <args>` on the book, wall time in ms (median of `runs`), as an officer would run it. */
export function cliWall(args: string[], runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/thidua.js'), ...args], { stdio: 'ignore' });
    times.push(performance.now() - t0);
    // 1 = findings reported (the book holds errors on purpose); 2 and up = the CLI could not work.
    if (r.status === null || r.status > 1) throw new Error(`thidua ${args.join(' ')} exited ${r.status ?? r.signal}`);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** The command line on the book: `validate` and `rank -o` (the copy written to a temporary folder). */
export function cliFigures(book: string): { validate: number; rank: number } {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-')), 'copy.xlsx');
  const validate = cliWall(['validate', book]);
  const rank = cliWall(['rank', book, '-o', out]);
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return { validate, rank };
}
