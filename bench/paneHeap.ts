/**
 * What the engine's worker keeps between runs on the province book: the heap held by its session
 * (the last run, kept to answer explanations) after one run, after a second run replaced it, and
 * after it is dropped. Needs `--expose-gc`; bench/pane.ts runs it in a child process with it
 * (and `--no-opt`, see below).
 *   npx tsx --expose-gc --no-opt bench/paneHeap.ts
 */
import { buildBook } from '../scripts/lib/bookFactory';
import { provinceWithFindings } from '../scripts/lib/provinceFindings';
import { workbookToGrids } from '../test/support/exceljsGrids';
import { EngineRequest, EngineSession } from '../src/taskpane/worker/runner';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with --expose-gc (npx tsx --expose-gc bench/paneHeap.ts).');
const settled = () => {
  for (let i = 0; i < 4; i++) gc();
  return process.memoryUsage().heapUsed;
};
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1).padStart(6)} MB`;

const grids = workbookToGrids(buildBook(provinceWithFindings()), 'province.xlsx');

/** One run as the worker does it: the request arrives as a copy (postMessage), the answer leaves, both are then dropped. */
function runInWorker(session: EngineSession, summaryOnly: boolean): void {
  const req: EngineRequest = structuredClone({ grids, action: 'rank', lang: 'vi', now: new Date().toISOString(), version: 'bench', summaryOnly });
  session.run(req);
}

// A first run in a session of its own, dropped: the code it compiles is then in every figure below.
for (const summaryOnly of [true, false]) runInWorker(new EngineSession(), summaryOnly);

/** One round: a fresh session, two runs, forget(), dropped; heap figures against the dropped session's. */
function round(summaryOnly: boolean): { first: number; second: number; forgotten: number } {
  let session: EngineSession | null = new EngineSession();
  runInWorker(session, summaryOnly);
  const first = settled();
  runInWorker(session, summaryOnly);
  const second = settled();
  session.forget();
  const forgotten = settled();
  session = null;
  const dropped = settled();
  return { first: first - dropped, second: second - dropped, forgotten: forgotten - dropped };
}

// With optimised code a round now and then counts ~6 MB more, in no fixed round: code TurboFan
// compiled during a run holds on to some of its objects (gone with --no-opt, which bench/pane.ts
// passes). V8's, not the session's; the median of ROUNDS, and the range.
const ROUNDS = Number(process.env.BENCH_HEAP_ROUNDS ?? 3);
for (const summaryOnly of [true, false]) {
  console.log(summaryOnly ? '  a summary-only run (Xếp hạng, nothing written)' : '  a full run (Xếp hạng, sheets laid out)');
  const rounds = Array.from({ length: ROUNDS }, () => round(summaryOnly));
  const fig = (k: 'first' | 'second' | 'forgotten') => {
    const xs = rounds.map((r) => r[k]).sort((a, b) => a - b);
    return `${mb(xs[Math.floor(xs.length / 2)])}  (${mb(xs[0]).trim()} – ${mb(xs[xs.length - 1]).trim()})`;
  };
  console.log(`    kept by the session after one run            ${fig('first')}`);
  console.log(`    kept after a second run replaced the first   ${fig('second')}`);
  console.log(`    after forget()                               ${fig('forgotten')}`);
}
