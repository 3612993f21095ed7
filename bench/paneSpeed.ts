/**
 * Where the pane's Xếp hạng spends its time on the province book, step by step as the pane runs
 * it (file mode), in Node, beside the command line on the same book in the same run: the read in
 * the xlsx worker, the grids' crossing to the engine's worker, the engine, the sheets' crossing
 * to the page and on to the xlsx worker, the copy's write with the pure-JS codec (the browser's)
 * and with zlib (the CLI's). Prints figures; no target is asserted (the e2e measures the pane
 * itself: e2e/scale.e2e.ts).
 *   npm run build && npx tsx bench/paneSpeed.ts
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { serialize, deserialize } from 'v8';
import { deflateSync } from 'fflate';
import { bookBytes } from '../scripts/lib/bookFactory';
import { provinceWithFindings } from '../scripts/lib/provinceFindings';
import { runXlsxJob } from '../src/host/file/xlsxJobs';
import { replaceGeneratedSheets } from '../src/host/file/writeSheets';
import { nodeCodec } from '../src/host/file/nodeCodec';
import { jsCodec } from '../src/xlsx/codec';
import { EngineSession } from '../src/taskpane/worker/runner';

const ms = (t: number) => `${(t / 1000).toFixed(2)} s`;
function time<T>(label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  console.log(`  ${label.padEnd(64)} ${ms(performance.now() - t0).padStart(8)}`);
  return out;
}
async function timeAsync<T>(label: string, f: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await f();
  console.log(`  ${label.padEnd(64)} ${ms(performance.now() - t0).padStart(8)}`);
  return out;
}
const cross = <T>(v: T): T => deserialize(serialize(v)) as T;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pane-speed-'));
  const book = path.join(dir, 'province.xlsx');
  const bytes = await bookBytes(provinceWithFindings());
  fs.writeFileSync(book, bytes);
  console.log(`province book: ${(bytes.length / 1048576).toFixed(1)} MB`);
  console.log('the command line (wall time, one run each)');
  const cli = (args: string[]) => {
    const t0 = performance.now();
    spawnSync(process.execPath, [path.join(__dirname, '..', 'bin', 'thidua.js'), ...args], { stdio: 'ignore' });
    return performance.now() - t0;
  };
  console.log(`  thidua validate ${ms(cli(['validate', book]))}, thidua rank -o ${ms(cli(['rank', book, '-o', path.join(dir, 'out.xlsx')]))}`);

  console.log("the pane's Xếp hạng, step by step (file mode)");
  const read = await timeAsync('read the file (xlsx worker, pure-JS inflate)', () =>
    runXlsxJob({ op: 'read', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer, fileName: 'province.xlsx' }),
  );
  const grids = read.op === 'read' ? read.grids : (null as never);
  console.log(`  grids as they cross: ${(serialize(grids).length / 1048576).toFixed(1)} MB`);
  const g2 = time('grids cross: xlsx worker → page → engine worker (2 clones)', () => cross(cross(grids)));
  const session = new EngineSession();
  let summaryAt = 0;
  const t0 = performance.now();
  const res = time('engine: rank, summary, then the sheets laid out', () =>
    session.run({ grids: g2, action: 'rank', lang: 'vi', now: new Date().toISOString(), version: 'bench' }, () => (summaryAt = performance.now() - t0)),
  );
  console.log(`    of which until the summary: ${ms(summaryAt)}`);
  console.log(`  sheets as they cross: ${(serialize(res.sheets).length / 1048576).toFixed(1)} MB (${res.sheets.length} sheets)`);
  const models = time('sheets cross: engine worker → page → xlsx worker (2 clones)', () => cross(cross(res.sheets)));
  const stamp = { time: new Date().toISOString(), fingerprint: res.summary.fingerprint };
  const w1 = time('write the copy, pure-JS deflate level 3 (the pane today)', () =>
    replaceGeneratedSheets(bytes, models, stamp, jsCodec, { ownership: res.ownership }),
  );
  time('write the copy, zlib level 1 (the CLI)', () => replaceGeneratedSheets(bytes, models, stamp, nodeCodec, { ownership: res.ownership }));
  const fast = { ...jsCodec, deflateRaw: (d: Uint8Array) => deflateSync(d, { level: 1 }) };
  const w2 = time('write the copy, pure-JS deflate level 1', () => replaceGeneratedSheets(bytes, models, stamp, fast, { ownership: res.ownership }));
  console.log(`  copy: ${((w1.bytes?.length ?? 0) / 1048576).toFixed(2)} MB at level 3, ${((w2.bytes?.length ?? 0) / 1048576).toFixed(2)} MB at level 1`);
  fs.rmSync(dir, { recursive: true, force: true });
}
void main();
