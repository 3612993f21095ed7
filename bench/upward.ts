/**
 * Benchmark of sending upward and rolling up (printed, not a timed test), each scenario in a
 * fresh process on the compiled code in dist/ (`npm run bench:upward` builds it first):
 *   consolidate   the province book (60 units, 9,000 candidates, with an award history so the
 *                 provincial forms have candidates): engine, upward workbook, file written
 *   rollup60      60 agency files of 150 proposals each: read, verified, rolled up, written
 *   rollup5big    5 province-size files of 9,000 proposals each
 * Targets on the 2-core machine: consolidate < 3 s, 60-file roll-up < 5 s, 5 × 9,000 < 10 s,
 * peak memory < 1 GB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bookBytes, dob, personName, rng } from '../scripts/lib/bookFactory';
import { provinceWithHistory } from '../test/scenarios/upward/support';
import type * as FileHost from '../src/host/file/fileHost';
import type * as Run from '../src/core/engine/run';
import type * as Consolidate from '../src/core/upward/consolidate';
import type * as Rollup from '../src/core/upward/rollup';
import type * as Rows from '../src/core/upward/rows';
import type * as Format from '../src/core/upward/format';

const OUT = join(__dirname, 'out', 'upward');
const dist = join(__dirname, '..', 'dist');
/* eslint-disable @typescript-eslint/no-require-imports -- compiled CommonJS modules, loaded by path */
const load = () => ({
  fileHost: require(join(dist, 'host/file/fileHost')) as typeof FileHost,
  run: require(join(dist, 'core/engine/run')) as typeof Run,
  consolidate: require(join(dist, 'core/upward/consolidate')) as typeof Consolidate,
  rollup: require(join(dist, 'core/upward/rollup')) as typeof Rollup,
  rows: require(join(dist, 'core/upward/rows')) as typeof Rows,
  format: require(join(dist, 'core/upward/format')) as typeof Format,
});
/* eslint-enable @typescript-eslint/no-require-imports */
const mb = () => Math.round((process.resourceUsage().maxRSS * 1024) / 1024 / 1024);
const FORMS = [
  ['Cá nhân', 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)'],
  ['Cá nhân', 'Chiến sĩ thi đua cấp tỉnh'],
  ['Cá nhân', 'Bằng khen của Chủ tịch UBND tỉnh (cá nhân)'],
  ['Tập thể', 'Tập thể lao động xuất sắc'],
  ['Tập thể', 'Cờ thi đua cấp tỉnh'],
] as const;

/** Synthetic agency upward files: `perFile` proposals each; in every odd file, every 40th person is also the previous file's. */
async function makeFiles(tag: string, files: number, perFile: number): Promise<string[]> {
  const dir = join(OUT, tag);
  if (existsSync(dir) && readdirSync(dir).length === files) return readdirSync(dir).map((f) => join(dir, f));
  mkdirSync(dir, { recursive: true });
  const m = load();
  const rand = rng(7);
  const people = Array.from({ length: files * perFile }, () => ({ name: personName(rand), dob: dob(rand) }));
  const out: string[] = [];
  for (let f = 0; f < files; f++) {
    const agency = `Sở số ${f + 1}`;
    const rows = [];
    for (let i = 0; i < perFile; i++) {
      const shared = i % 40 === 0 && f % 2 === 1;
      const p = people[shared ? (f - 1) * perFile + i : f * perFile + i];
      const [kind, form] = FORMS[i % FORMS.length];
      const v = Object.fromEntries(m.format.DATA_COLUMNS.map((c) => [c.id, c.numeric ? null : ''])) as unknown as Format.RowValues;
      Object.assign(v, {
        format: m.format.FORMAT,
        agency,
        unit: `Phòng ${(i % 8) + 1}`,
        kind,
        name: kind === 'Cá nhân' ? p.name : `Phòng ${(i % 8) + 1}`,
        dob: kind === 'Cá nhân' ? p.dob : '',
        position: kind === 'Cá nhân' ? (i % 9 === 0 ? 'Trưởng phòng' : 'Chuyên viên') : '',
        objectClass:
          kind === 'Cá nhân'
            ? i % 9 === 0
              ? 'Các cấp lãnh đạo khác từ phó phòng trở lên'
              : 'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu'
            : 'Tập thể',
        awardKind: 'Thường xuyên (công trạng)',
        form,
        decidedBy: 'Chủ tịch UBND tỉnh',
        total: 80 + (i % 25),
        rankAll: i + 1,
        rankUnit: (i % 20) + 1,
        rating: 'HTXSNV',
        initiatives: 2,
        prerequisites: '2025: Chiến sĩ thi đua cơ sở (cơ quan xét cùng đợt); 2024: Chiến sĩ thi đua cơ sở (12/QĐ); 2023: Chiến sĩ thi đua cơ sở (9/QĐ)',
        achievements: `Tổng điểm ${80 + (i % 25)} (hạng ${i + 1}/${perFile})`,
        sourceFile: `so-${f + 1}.xlsx`,
        sourceSheet: `DV${(i % 8) + 1}`,
        sourceCell: `B${(i % 50) + 6}`,
        chain: `so-${f + 1}.xlsx!DV${(i % 8) + 1}!B${(i % 50) + 6}`,
      });
      rows.push(m.rows.sealRow(v));
    }
    const meta = m.consolidate.sealMeta(
      {
        agency,
        campaign: 'Phong trào thi đua năm 2025',
        year: 2025,
        madeAt: '2025-12-10T08:00:00.000Z',
        version: 'bench',
        source: `so-${f + 1}.xlsx`,
        level: 0,
        lang: 'vi',
      },
      rows,
    );
    const summary = {
      id: 'summary' as const,
      name: 'Tổng hợp',
      rows: [['Tổng hợp']],
      columnWidths: [],
      styles: [],
      merges: [],
      links: [],
      page: { orientation: 'portrait' as const, fitToWidth: true, font: 'Times New Roman' as const, fontSize: 12 },
    };
    const models = m.consolidate.assembleWorkbook(meta, rows, { summary, findings: { ...summary, id: 'findings', name: 'Kiểm tra' } });
    const file = join(dir, `so-${String(f + 1).padStart(2, '0')}.gui-cap-tren.xlsx`);
    writeFileSync(file, await m.fileHost.writeNewWorkbook(models));
    out.push(file);
  }
  return out;
}

async function measureConsolidate(file: string) {
  const m = load();
  const bytes = readFileSync(file);
  const t0 = performance.now();
  const grids = await m.fileHost.readGrids(bytes, 'tinh.xlsx');
  const t1 = performance.now();
  const r = m.run.runEngine(grids);
  const t2 = performance.now();
  const up = m.consolidate.consolidate(r, { sourceFile: 'tinh.xlsx', now: new Date().toISOString(), version: 'bench' });
  const t3 = performance.now();
  const out = await m.fileHost.writeNewWorkbook(up.models);
  const t4 = performance.now();
  return {
    proposals: up.rows.length,
    readMs: Math.round(t1 - t0),
    engineMs: Math.round(t2 - t1),
    buildMs: Math.round(t3 - t2),
    writeMs: Math.round(t4 - t3),
    totalMs: Math.round(t4 - t0),
    afterReadMs: Math.round(t4 - t1),
    outKB: Math.round(out.byteLength / 1024),
    peakMB: mb(),
  };
}

async function measureRollup(files: string[]) {
  const m = load();
  const t0 = performance.now();
  // As the command line does: each file verified as it is read, its grids let go.
  const reads = [];
  let verifyMs = 0;
  for (const f of files) {
    const grids = await m.fileHost.readGrids(readFileSync(f), f);
    const v0 = performance.now();
    reads.push(m.rollup.verifyInput({ file: f.split('/').pop()!, grids }, 'vi'));
    verifyMs += performance.now() - v0;
  }
  const t1 = performance.now();
  const res = m.rollup.rollupReads(reads, { lang: 'vi', now: new Date().toISOString(), version: 'bench' });
  const t2 = performance.now();
  const out = await m.fileHost.writeNewWorkbook(res.models);
  for (const r of res.replies) await m.fileHost.writeNewWorkbook(r.models);
  const t3 = performance.now();
  return {
    files: files.length,
    proposals: res.rows.length,
    refused: res.files.filter((f) => !f.ok).length,
    duplicates: res.findings.filter((f) => f.code === 'UPWARD_DUPLICATE_PERSON').length,
    readMs: Math.round(t1 - t0 - verifyMs),
    verifyMs: Math.round(verifyMs),
    rollupMs: Math.round(t2 - t1),
    writeMs: Math.round(t3 - t2),
    totalMs: Math.round(t3 - t0),
    outKB: Math.round(out.byteLength / 1024),
    peakMB: mb(),
  };
}

function child(args: string[]): Record<string, number> {
  const p = spawnSync(process.execPath, ['--import', 'tsx', __filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (p.status !== 0) throw new Error(p.stderr);
  return JSON.parse(p.stdout.trim().split('\n').pop()!);
}

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === 'gen-province') return writeFileSync(rest[0], await bookBytes(provinceWithHistory()));
  if (mode === 'gen-files') return void console.log(JSON.stringify({ n: (await makeFiles(rest[0], Number(rest[1]), Number(rest[2]))).length }));
  if (mode === 'consolidate') return void console.log(JSON.stringify(await measureConsolidate(rest[0])));
  if (mode === 'rollup')
    return void console.log(
      JSON.stringify(
        await measureRollup(
          readdirSync(rest[0])
            .sort()
            .map((f) => join(rest[0], f)),
        ),
      ),
    );
  mkdirSync(OUT, { recursive: true });
  const province = join(OUT, 'province-history.xlsx');
  if (!existsSync(province)) spawnSync(process.execPath, ['--import', 'tsx', __filename, 'gen-province', province], { stdio: 'inherit' });
  child(['gen-files', 'sixty', '60', '150']);
  child(['gen-files', 'five-big', '5', '9000']);
  const c = child(['consolidate', province]);
  const r60 = child(['rollup', join(OUT, 'sixty')]);
  const r5 = child(['rollup', join(OUT, 'five-big')]);
  const ok = (ms: number, target: number) => `${ms} ms (target < ${target} ms: ${ms < target ? 'met' : 'NOT met'})`;
  console.log(
    `consolidate, province book: ${c.proposals} proposals; read ${c.readMs} ms, engine ${c.engineMs} ms, upward workbook ${c.buildMs} ms, write ${c.writeMs} ms; after the read ${ok(c.afterReadMs, 3000)}, with the read ${c.totalMs} ms; peak ${c.peakMB} MB`,
  );
  console.log(
    `roll-up, 60 files × 150: ${r60.proposals} proposals, ${r60.duplicates} duplicate findings; read ${r60.readMs} ms, verify ${r60.verifyMs} ms, roll-up ${r60.rollupMs} ms, write (+60 replies) ${r60.writeMs} ms; total ${ok(r60.totalMs, 5000)}; peak ${r60.peakMB} MB`,
  );
  console.log(
    `roll-up, 5 files × 9,000: ${r5.proposals} proposals, ${r5.duplicates} duplicate findings; read ${r5.readMs} ms, verify ${r5.verifyMs} ms, roll-up ${r5.rollupMs} ms, write (+5 replies) ${r5.writeMs} ms; total ${ok(r5.totalMs, 10000)}; peak ${r5.peakMB} MB`,
  );
  const peak = Math.max(c.peakMB, r60.peakMB, r5.peakMB);
  console.log(`peak memory ${peak} MB (target < 1024 MB: ${peak < 1024 ? 'met' : 'NOT met'})`);
  writeFileSync(join(OUT, 'results.json'), JSON.stringify({ consolidate: c, rollup60: r60, rollup5big: r5 }, null, 2));
}

void main();
