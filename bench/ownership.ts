/**
 * Benchmark of the own-sheet proof on the province book (60 units, 9,000 candidates): the engine
 * on a fresh book and on its re-run (own sheets present), the full ownership check a re-run's
 * write needs, the fingerprints of the models written, and one write of the copy (the splice
 * writer) for scale. Prints medians; uses the compiled dist/ (as users run it).
 *   npm run bench:ownership
 */
import { join } from 'node:path';
import { buildBook } from '../scripts/lib/bookFactory';
import { bookSpecFor } from '../scripts/lib/provinceSpec';
import type * as ReadWorkbook from '../src/host/file/readWorkbook';
import type * as Run from '../src/core/engine/run';
import type * as App from '../src/core/app';
import type * as Marker from '../src/core/ownership/marker';
import type * as WriteSheets from '../src/host/file/writeSheets';
import type * as NodeCodec from '../src/host/file/nodeCodec';

const dist = join(__dirname, '..', 'dist');
/* eslint-disable @typescript-eslint/no-require-imports -- compiled CommonJS modules, loaded by path */
const { loadWorkbook, workbookToGrids } = require(join(dist, 'host/file/readWorkbook')) as typeof ReadWorkbook;
const { runEngine } = require(join(dist, 'core/engine/run')) as typeof Run;
const { runJob } = require(join(dist, 'core/app')) as typeof App;
const { checkOwnership, modelFingerprints } = require(join(dist, 'core/output/marker')) as typeof Marker;
const { replaceGeneratedSheets } = require(join(dist, 'host/file/writeSheets')) as typeof WriteSheets;
const { nodeCodec } = require(join(dist, 'host/file/nodeCodec')) as typeof NodeCodec;
/* eslint-enable @typescript-eslint/no-require-imports */

const REPEATS = Number(process.env.BENCH_REPEATS ?? 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const bytes = (await buildBook(bookSpecFor('province')).xlsx.writeBuffer()) as ArrayBuffer;
  const wb = await loadWorkbook(bytes, nodeCodec);
  const fresh = workbookToGrids(wb);
  const job = runJob(fresh, { action: 'rank', now: new Date().toISOString(), version: 'bench' });
  const w0 = performance.now();
  const copy = replaceGeneratedSheets(wb, job.sheets, { time: '', fingerprint: job.result.fingerprint }, nodeCodec, { ownership: job.result.ownership }).bytes!;
  const writeMs = performance.now() - w0;
  const rerun = workbookToGrids(await loadWorkbook(copy, nodeCodec));
  const t = { fresh: [] as number[], rerun: [] as number[], check: [] as number[], models: [] as number[] };
  for (let i = 0; i < REPEATS; i++) {
    let s = performance.now();
    runEngine(fresh);
    t.fresh.push(performance.now() - s);
    s = performance.now();
    runEngine(rerun);
    t.rerun.push(performance.now() - s);
    s = performance.now();
    const own = checkOwnership(rerun);
    t.check.push(performance.now() - s);
    if (own.verified.length !== job.sheets.length) throw new Error(`only ${own.verified.length} own sheets verified`);
    s = performance.now();
    for (const m of job.sheets) modelFingerprints(m);
    t.models.push(performance.now() - s);
  }
  const e = median(t.fresh);
  console.log(`province book, medians of ${REPEATS}:`);
  console.log(`  engine, fresh book        ${e.toFixed(0)} ms`);
  console.log(
    `  engine, re-run            ${median(t.rerun).toFixed(0)} ms (${((median(t.rerun) / e) * 100).toFixed(0)}% of fresh: own sheets decided on their title rows)`,
  );
  console.log(`  ownership check (write)   ${median(t.check).toFixed(0)} ms (${((median(t.check) / e) * 100).toFixed(0)}% of the engine)`);
  console.log(`  model fingerprints        ${median(t.models).toFixed(0)} ms`);
  console.log(
    `  write of the copy         ${writeMs.toFixed(0)} ms (check + fingerprints: ${(((median(t.check) + median(t.models)) / writeMs) * 100).toFixed(1)}% of it)`,
  );
}

void main();
