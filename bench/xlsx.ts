/**
 * The xlsx figures (printed, not asserted), each a whole process started fresh, as ratios to a
 * bare ExcelJS load of the same file in the same run. Ratios are of CPU time (user + system, from
 * /usr/bin/time): on the shared 2-core machine the wall time of one process depends on how many
 * others run beside it (seen: the same `rank -o` from 2.4 s to 14 s), its CPU time far less.
 * Wall times are printed too.
 *   - `thidua validate --json` on the province book   target ≤ 0.6 × ExcelJS load
 *   - `thidua rank -o` on the province book           target ≤ 2 ×
 *   - `thidua rank -o` on the stress book             peak RSS target < 1.2 GB
 * Also the reader alone and the codecs (node zlib vs fflate) on the generated sheets.
 *   npm run bench:xlsx            both books
 *   npm run bench:xlsx -- province
 *   npm run bench:xlsx -- compare stress   the direct reader's grids against ExcelJS's (cell by cell)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const OUT = join(__dirname, 'out');
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A command's wall time and CPU time (ms) and peak RSS (MB), from /usr/bin/time -v when present. */
function run(args: string[]): { ms: number; cpu: number; rssMB: number; status: number | null } {
  const time = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const p = spawnSync(time ? '/usr/bin/time' : process.execPath, time ? ['-v', process.execPath, ...args] : args, {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    cwd: ROOT,
  });
  const ms = performance.now() - t0;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(p.stderr ?? '');
  const user = /User time \(seconds\): ([\d.]+)/.exec(p.stderr ?? '');
  const sys = /System time \(seconds\): ([\d.]+)/.exec(p.stderr ?? '');
  const cpu = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : ms;
  return { ms, cpu, rssMB: rss ? Math.round(Number(rss[1]) / 1024) : NaN, status: p.status };
}

function measure(args: string[]): { ms: number; cpu: number; rssMB: number } {
  const runs = Array.from({ length: REPEATS }, () => run(args));
  for (const r of runs) if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return { ms: Math.round(median(runs.map((r) => r.ms))), cpu: Math.round(median(runs.map((r) => r.cpu))), rssMB: Math.max(...runs.map((r) => r.rssMB)) };
}

const fmt = (x: { ms: number; cpu: number }, base: { cpu: number }) => `${(x.cpu / base.cpu).toFixed(2)}× (cpu ${x.cpu} ms, wall ${x.ms} ms`;

const EXCELJS_LOAD = `const ExcelJS=require('exceljs');const wb=new ExcelJS.Workbook();wb.xlsx.readFile(process.argv[1]).then(()=>process.exit(0))`;

/** Cell-by-cell comparison of the direct reader's grids with today's ExcelJS-based ones. */
async function compare(kind: string): Promise<void> {
  /* eslint-disable @typescript-eslint/no-require-imports -- compiled modules, loaded by path */
  const { readXlsx } = require(join(ROOT, 'dist', 'xlsx', 'read')) as typeof import('../src/xlsx/read');
  const { nodeCodec } = require(join(ROOT, 'dist', 'host', 'file', 'nodeCodec')) as typeof import('../src/host/file/nodeCodec');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const { loadWithExcelJs, workbookToGrids } = await import('../test/support/exceljsGrids');
  const bytes = readFileSync(join(OUT, `${kind}.xlsx`));
  const old = workbookToGrids(await loadWithExcelJs(bytes));
  const neu = readXlsx(bytes, undefined, nodeCodec);
  let cells = 0;
  let diffs = 0;
  const same = (a: unknown, b: unknown) => a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) < 1e-9);
  for (let i = 0; i < Math.max(old.sheets.length, neu.sheets.length); i++) {
    const a = old.sheets[i];
    const b = neu.sheets[i];
    if (
      a?.name !== b?.name ||
      (a?.visibility ?? 'visible') !== (b?.visibility ?? 'visible') ||
      JSON.stringify(a?.merges ?? []) !== JSON.stringify(b?.merges ?? [])
    )
      diffs++;
    for (let r = 0; r < Math.max(a?.rows.length ?? 0, b?.rows.length ?? 0); r++)
      for (let c = 0; c < Math.max(a?.rows[r]?.length ?? 0, b?.rows[r]?.length ?? 0); c++) {
        cells++;
        if (!same(a?.rows[r]?.[c] ?? null, b?.rows[r]?.[c] ?? null)) diffs++;
      }
  }
  console.log(`${kind}: ${old.sheets.length} sheets, ${cells} cells compared, ${diffs} differences between the direct reader and ExcelJS`);
}

function main(): void {
  if (process.argv[2] === 'compare') return void compare(process.argv[3] ?? 'province');
  const kinds = process.argv[2] ? [process.argv[2]] : ['province', 'stress'];
  mkdirSync(OUT, { recursive: true });
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` first');
  const lines: string[] = [];
  for (const kind of kinds) {
    const file = join(OUT, `${kind}.xlsx`);
    if (!existsSync(file)) {
      const g = spawnSync(process.execPath, ['--max-old-space-size=16000', '--import', 'tsx', join(__dirname, 'bench.ts'), 'gen', kind], {
        stdio: 'inherit',
        cwd: ROOT,
      });
      if (g.status !== 0) throw new Error(`could not build the ${kind} book`);
    }
    const size = (statSync(file).size / 1024 / 1024).toFixed(1);
    const base = measure(['-e', EXCELJS_LOAD, file]);
    const validate = measure([join(ROOT, 'bin', 'thidua.js'), 'validate', file, '--json']);
    const out = join(OUT, `${kind}.ket-qua.xlsx`);
    const rank = measure([join(ROOT, 'bin', 'thidua.js'), 'rank', file, '-o', out]);
    const rerun = measure([join(ROOT, 'bin', 'thidua.js'), 'rank', out, '-o', join(OUT, `${kind}.ket-qua-2.xlsx`)]);
    const outMB = (statSync(out).size / 1024 / 1024).toFixed(1);
    lines.push(
      `${kind} (${size} MB): ExcelJS load = 1.00 (cpu ${base.cpu} ms, wall ${base.ms} ms, ${base.rssMB} MB); validate --json ${fmt(validate, base)}, ${validate.rssMB} MB); ` +
        `rank -o ${fmt(rank, base)}, peak ${rank.rssMB} MB, copy ${outMB} MB); rank -o on the copy ${fmt(rerun, base)}, ${rerun.rssMB} MB)`,
    );
    if (kind === 'province')
      lines.push(
        `  targets: validate ≤ 0.6× ${validate.cpu / base.cpu <= 0.6 ? 'met' : 'NOT met'}; rank -o ≤ 2× ${rank.cpu / base.cpu <= 2 ? 'met' : 'NOT met'}`,
      );
    if (kind === 'stress') lines.push(`  target: rank -o peak RSS < 1.2 GB ${rank.rssMB < 1229 ? 'met' : 'NOT met'}`);
    console.log(lines.slice(-2).join('\n'));
  }
  codecs();
  console.log('\n' + lines.join('\n'));
}

/** Inflate/deflate of the province copy's parts with node zlib and with fflate, in this process. */
function codecs(): void {
  const file = join(OUT, 'province.ket-qua.xlsx');
  if (!existsSync(file)) return;
  /* eslint-disable @typescript-eslint/no-require-imports -- compiled modules, loaded by path */
  const { ZipArchive } = require(join(ROOT, 'dist', 'xlsx', 'zip')) as typeof import('../src/xlsx/zip');
  const { jsCodec } = require(join(ROOT, 'dist', 'xlsx', 'codec')) as typeof import('../src/xlsx/codec');
  const { nodeCodec } = require(join(ROOT, 'dist', 'host', 'file', 'nodeCodec')) as typeof import('../src/host/file/nodeCodec');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const z = new ZipArchive(new Uint8Array(readFileSync(file)), nodeCodec);
  const parts = [...z.entries.values()].map((e) => z.read(e.name)!);
  const total = parts.reduce((s, p) => s + p.length, 0);
  for (const [name, c] of [
    ['node zlib', nodeCodec],
    ['fflate', jsCodec],
  ] as const) {
    const d0 = performance.now();
    const packed = parts.map((p) => c.deflateRaw(p));
    const d1 = performance.now();
    packed.forEach((p, i) => c.inflateRaw(p, parts[i].length));
    const d2 = performance.now();
    let crc = 0;
    for (const p of parts) crc ^= c.crc32(p);
    const d3 = performance.now();
    console.log(
      `codec ${name}: deflate ${(total / 1024 / 1024).toFixed(1)} MB in ${Math.round(d1 - d0)} ms (→ ${(packed.reduce((s, p) => s + p.length, 0) / 1024 / 1024).toFixed(1)} MB), inflate ${Math.round(d2 - d1)} ms, crc32 ${Math.round(d3 - d2)} ms (${crc})`,
    );
  }
}

main();
