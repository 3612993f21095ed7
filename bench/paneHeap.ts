/**
 * What the engine's worker keeps between runs on the province book: the heap held by its session
 * (the last run, kept to answer explanations) after one run, after a second run replaced it, and
 * after it is dropped. Needs `--expose-gc`; bench/pane.ts runs it in a child process with it.
 *   npx tsx --expose-gc bench/paneHeap.ts
 */
import { buildBook } from '../scripts/lib/bookFactory';
import { provinceWithFindings } from '../scripts/lib/provinceFindings';
import { workbookToGrids } from '../test/support/exceljsGrids';
import { EngineRequest, EngineSession } from '../src/taskpane/engine/runner';

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

for (const summaryOnly of [true, false]) {
  console.log(summaryOnly ? '  a summary-only run (Xếp hạng, nothing written)' : '  a full run (Xếp hạng, sheets laid out)');
  let session: EngineSession | null = new EngineSession();
  const empty = settled();
  runInWorker(session, summaryOnly);
  const first = settled();
  runInWorker(session, summaryOnly);
  const second = settled();
  session.forget();
  const forgotten = settled();
  session = null;
  const dropped = settled();
  console.log(`    kept by the session after one run            ${mb(first - dropped)}`);
  console.log(`    kept after a second run replaced the first   ${mb(second - dropped)}  (growth ${mb(second - first)})`);
  console.log(`    after forget()                               ${mb(forgotten - dropped)}  (an empty session: ${mb(empty - dropped)})`);
}
