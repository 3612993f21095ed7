/**
 * The task pane's results and findings views on the province book as units send it (60 units,
 * 9,000 people, ~13,000 findings): what crosses from the engine's worker, and how long the state
 * layers take to triage, filter and search. Prints figures; no target is asserted.
 *   npm run bench:pane
 */
import { buildBook } from '../scripts/lib/bookFactory';
import { provinceWithFindings } from '../scripts/lib/provinceFindings';
import { workbookToGrids } from '../test/support/exceljsGrids';
import { serialize } from 'v8';
import { execFileSync } from 'child_process';
import path from 'path';
import { EngineSession, WorkerReply, answer, summaryFromWire, summaryToWire } from '../src/taskpane/worker/runner';
import { NO_FILTER, apply, prepare } from '../src/taskpane/features/findings/state';
import { groupsOf, nameIndex, searchPeople, titleTotals } from '../src/taskpane/features/results/state';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time<T>(label: string, f: () => T, repeats = REPEATS): T {
  let out!: T;
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    out = f();
    runs.push(performance.now() - t0);
  }
  console.log(`  ${label.padEnd(58)} ${median(runs).toFixed(1).padStart(8)} ms`);
  return out;
}
const kb = (s: string) => `${(Buffer.byteLength(s) / 1024).toFixed(0)} KB`;

const grids = workbookToGrids(buildBook(provinceWithFindings()), 'province.xlsx');
const session = new EngineSession();
console.log('province book as sent: 60 units, 9,001 people');
const res = time(
  'engine run (rank, summary only)',
  () => session.run({ grids, action: 'rank', lang: 'vi', now: new Date().toISOString(), version: 'bench', summaryOnly: true }),
  3,
);
const s = res.summary;
console.log(`  findings: ${s.findings.length}, people: ${s.people!.id.length}, quotas: ${s.quotas.length}`);
const bytes = (v: unknown) => `${(serialize(v).length / 1024 / 1024).toFixed(2)} MB`;
console.log('the summary crossing the worker (structured clone bytes, as v8.serialize counts them; JSON for comparison)');
console.log(`  findings as objects: ${bytes(s.findings)} (JSON ${kb(JSON.stringify(s.findings))}); people ${bytes(s.people)}, quotas ${bytes(s.quotas)}`);
const wire = summaryToWire(s);
console.log(`  findings packed:     ${bytes(wire.findings)} (${wire.findings.strings.length} distinct strings, ${wire.findings.whole.length} carried whole)`);
console.log(`  whole summary: ${bytes(s)} as objects → ${bytes(wire)} packed`);
time('structured clone of the summary, findings as objects', () => structuredClone(s));
time('pack the findings (in the worker)', () => summaryToWire(s));
const cloned = time('structured clone of the summary, findings packed', () => structuredClone(wire));
time('unpack the findings (on the page)', () => summaryFromWire(cloned));
time('the crossing packed: pack + clone + unpack', () => summaryFromWire(structuredClone(summaryToWire(s))));
{
  // A full run (the pane's Xếp hạng): the summary goes ahead, then the sheets. Before, the answer
  // carried the summary again, findings as objects.
  const replies: WorkerReply[] = [];
  const last = answer(
    new EngineSession(),
    { id: 1, kind: 'run', req: { grids, action: 'rank', lang: 'vi', now: new Date().toISOString(), version: 'bench' } },
    (r) => replies.push(r),
  );
  replies.push(last);
  const sent = replies.reduce((n, r) => n + serialize(r).length, 0);
  const response = (last as Extract<WorkerReply, { kind: 'run' }>).response;
  const ahead = summaryFromWire((replies[0] as Extract<WorkerReply, { summary: unknown }>).summary);
  const before = serialize(ahead).length + serialize({ ...response, summary: ahead }).length;
  console.log(
    `  a full run's messages (summary ahead, then ${response.sheets.length} sheets): ${(before / 1048576).toFixed(2)} MB as before (summary twice, findings as objects) → ${(sent / 1048576).toFixed(2)} MB`,
  );
}
const one = s.people!.id[s.quotas[1].members!.cut[0]];
const e = time('one person explained from the kept run', () => session.explain({ candidateId: one, fingerprint: s.fingerprint, lang: 'vi' }));
console.log(
  `  one explanation: ${kb(JSON.stringify(e))}; 9,000 up front would be ~${((Buffer.byteLength(JSON.stringify(e)) * 9001) / 1024 / 1024).toFixed(1)} MB`,
);

console.log('findings');
const units = new Map(s.sheetUnits);
const p = time('prepare 13,000 (pin, kinds, sheets, units)', () => prepare(s.findings, units));
time('filter by kind', () => apply(p, { ...NO_FILTER, code: 'SCORE_MISSING' }));
time('filter by unit and severity', () => apply(p, { ...NO_FILTER, unit: 'Đơn vị số 5', severity: 'error' }));
time('first search (folds 13,000 texts once)', () => apply(prepare(s.findings, units), { ...NO_FILTER, query: 'nguyen' }));
time('next search ("nguyen van 1.1")', () => apply(p, { ...NO_FILTER, query: 'nguyen van 1.1' }));

console.log('results');
time('groups per title and scope, totals per title', () => titleTotals(groupsOf(s)));
const ix = time('name index (fold 9,000 names)', () => nameIndex(s.people!));
time('search 9,000 names ("nguyen van")', () => searchPeople(s.people!, ix, 'nguyen van'));
time('search 9,000 names ("tran thi thu")', () => searchPeople(s.people!, ix, 'tran thi thu'));

// In a child process with --expose-gc: the heap is measured after full collections, apart from
// what the timings above left behind, and without optimised code (which holds on to objects of
// the run it was compiled in: a few MB more now and then, V8's and not the session's).
console.log('what the worker keeps between runs (heap after a full GC, no optimised code)');
execFileSync(process.execPath, [...process.execArgv, '--expose-gc', '--no-opt', path.join(__dirname, 'paneHeap.ts')], { stdio: 'inherit' });
