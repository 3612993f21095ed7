/**
 * Benchmark: builds a province-size book (60 units, 9,000 candidates, 20 criteria) and a stress
 * book (50,000 candidates, 30 criteria), then measures in a fresh process each: load (xlsx →
 * grids), validate+rank (the engine), generated sheets, and write, with peak memory (max RSS).
 * Targets on the 2-core machine: engine on the province book < 1 s. (The old second target, < 25%
 * of the load time, was set when ExcelJS loaded the book in 1.0–1.8 s; the direct reader loads it
 * ~5× faster, so the share is printed for reference and the absolute time is the measure.)
 *   npm run bench            both books
 *   npm run bench -- province
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildBook } from '../scripts/lib/bookFactory';
import { BOOKS, Kind, bookSpecFor } from '../scripts/lib/provinceSpec';
import type * as ReadWorkbook from '../src/host/file/readWorkbook';
import type * as Run from '../src/core/engine/run';
import type * as Sheets from '../src/core/output/sheets';
import type * as WriteSheets from '../src/host/file/writeSheets';
import type * as NodeCodec from '../src/host/file/nodeCodec';

const OUT = join(__dirname, 'out');
function generate(kind: Kind): string {
  const wb = buildBook(bookSpecFor(kind));
  const file = join(OUT, `${kind}.xlsx`);
  return (file as string & { wb?: ExcelJS.Workbook }) && (writeBook(wb, file), file);
}

function writeBook(wb: ExcelJS.Workbook, file: string): void {
  const done = wb.xlsx.writeFile(file);
  // The caller is a one-shot child process: keep it alive until written.
  void done.then(() => process.exit(0));
}

const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const LOAD_REPEATS = Number(process.env.BENCH_LOAD_REPEATS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const peak = () => process.resourceUsage().maxRSS * 1024;

async function measure(file: string): Promise<void> {
  // The compiled code users run (`npm run build`), not the TypeScript sources through tsx,
  // whose keep-names wrappers slow every closure down.
  const dist = join(__dirname, '..', 'dist');
  /* eslint-disable @typescript-eslint/no-require-imports -- compiled CommonJS modules, loaded by path */
  const { loadWorkbook, workbookToGrids } = require(join(dist, 'host/file/readWorkbook')) as typeof ReadWorkbook;
  const { runEngine } = require(join(dist, 'core/engine/run')) as typeof Run;
  const { buildOutputSheets } = require(join(dist, 'core/output/sheets')) as typeof Sheets;
  const { replaceGeneratedSheets } = require(join(dist, 'host/file/writeSheets')) as typeof WriteSheets;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const bytes = readFileSync(file);
  const t0 = performance.now();
  const wb = await loadWorkbook(bytes);
  const grids = workbookToGrids(wb, file);
  const t1 = performance.now();
  const peakLoad = peak();
  const result = runEngine(grids);
  const t2 = performance.now();
  const peakEngine = peak();
  // Further runs on the same grids: the engine once the JIT has warmed up (a task pane's second
  // click); the median of several runs, as this shared machine's timings vary by ±20%.
  // Only each run's timings are kept: no host holds one run's result while the next runs (the
  // task pane's worker sends plain data back and drops it), so neither does the benchmark.
  const warmRuns: number[] = [];
  let warmSteps = result.timings;
  for (let i = 0; i < REPEATS; i++) {
    const w0 = performance.now();
    warmSteps = runEngine(grids).timings;
    warmRuns.push(performance.now() - w0);
  }
  const warmMs = Math.round(median(warmRuns));
  // Loading again, for a median load time to set the engine against.
  const loadRuns = [t1 - t0];
  for (let i = 1; i < LOAD_REPEATS; i++) {
    const l0 = performance.now();
    workbookToGrids(await loadWorkbook(bytes), file);
    loadRuns.push(performance.now() - l0);
  }
  const loadMedian = median(loadRuns);
  const t2b = performance.now();
  const sheets = buildOutputSheets(result, { now: new Date().toISOString(), action: 'rank', version: 'bench' });
  const t3 = performance.now();
  const { nodeCodec } = require(join(dist, 'host/file/nodeCodec')) as typeof NodeCodec; // eslint-disable-line @typescript-eslint/no-require-imports
  const buf = replaceGeneratedSheets(wb, sheets, { time: new Date().toISOString(), fingerprint: result.fingerprint }, nodeCodec, {
    ownership: result.ownership,
  }).bytes!;
  const t4 = performance.now();
  const res = {
    file,
    sizeMB: +(statSync(file).size / 1024 / 1024).toFixed(1),
    candidates: result.candidates.length,
    sheets: result.sheets.length,
    findings: result.findings.length,
    loadMs: Math.round(t1 - t0),
    engineMs: Math.round(t2 - t1),
    outputsMs: Math.round(t3 - t2b),
    writeMs: Math.round(t4 - t3),
    engineShareOfLoad: +((t2 - t1) / (t1 - t0)).toFixed(3),
    engineWarmMs: warmMs,
    loadMedianMs: Math.round(loadMedian),
    warmShareOfLoad: +(warmMs / loadMedian).toFixed(3),
    steps: result.timings,
    stepsWarm: warmSteps,
    peakRssLoad: mb(peakLoad),
    peakRssEngine: mb(peakEngine),
    peakRssWrite: mb(peak()),
    outMB: +(buf.byteLength / 1024 / 1024).toFixed(1),
  };
  process.stdout.write(JSON.stringify(res) + '\n');
}

function child(args: string[]): string {
  const p = spawnSync(process.execPath, ['--max-old-space-size=16000', '--import', 'tsx', __filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (p.status !== 0) throw new Error(p.stderr);
  return p.stdout;
}

async function mainBench() {
  const [mode, arg] = process.argv.slice(2);
  if (mode === 'gen') return void generate(arg as Kind);
  if (mode === 'measure') return measure(arg);
  const kinds = (mode ? [mode] : Object.keys(BOOKS)) as Kind[];
  mkdirSync(OUT, { recursive: true });
  const rows = [];
  for (const k of kinds) {
    const file = join(OUT, `${k}.xlsx`);
    const g0 = performance.now();
    if (!existsSync(file)) child(['gen', k]);
    const genMs = Math.round(performance.now() - g0);
    const res = JSON.parse(child(['measure', file]).trim().split('\n').pop()!);
    rows.push({ book: k, genMs, ...res });
  }
  console.log(
    'book       candidates  load ms  engine ms  engine/load  warm ms (median)  load ms (median)  warm/load  outputs ms  write ms  peak RSS (load/engine/write)',
  );
  for (const r of rows)
    console.log(
      `${r.book.padEnd(10)} ${String(r.candidates).padStart(10)} ${String(r.loadMs).padStart(8)} ${String(r.engineMs).padStart(10)} ${(r.engineShareOfLoad * 100).toFixed(1).padStart(10)}% ${String(r.engineWarmMs).padStart(16)} ${String(r.loadMedianMs).padStart(17)} ${(r.warmShareOfLoad * 100).toFixed(1).padStart(9)}% ${String(r.outputsMs).padStart(11)} ${String(r.writeMs).padStart(9)}  ${r.peakRssLoad} / ${r.peakRssEngine} / ${r.peakRssWrite}`,
    );
  for (const r of rows) console.log(`${r.book} engine steps, first run: ${JSON.stringify(r.steps)}; warm: ${JSON.stringify(r.stepsWarm)}`);
  writeFileSync(join(OUT, 'results.json'), JSON.stringify(rows, null, 2));
  const prov = rows.find((r) => r.book === 'province');
  if (prov)
    console.log(
      `province targets: engine first run ${prov.engineMs} ms, warm median ${prov.engineWarmMs} ms (< 1000 ms: ${prov.engineMs < 1000 ? 'met' : 'NOT met'}); ` +
        `engine ${(prov.engineShareOfLoad * 100).toFixed(1)}% of the direct reader's load on the first run, ${(prov.warmShareOfLoad * 100).toFixed(1)}% warm against the median load (for reference: the 25% target was against ExcelJS's ~5× slower load)`,
    );
}

void mainBench();
