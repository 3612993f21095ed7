/**
 * What the engine's worker keeps between runs (EngineSession): only what a person's explanation
 * reads, never the input grids, and nothing of a run once the next one replaced it. Checked by
 * walking everything reachable from the session's fields (closures are opaque to such a walk;
 * bench/pane.ts measures the heap itself).
 */
import fs from 'fs';
import path from 'path';
import { EngineRequest, EngineSession, explainPerson } from '../../../../src/taskpane/worker/runner';
import { loadWorkbook, workbookToGrids } from '../../../../src/host/file/readWorkbook';
import { WorkbookGrids } from '../../../../src/sheet/grid';
import { runJob } from '../../../../src/core/app';

/** Every object reachable from `root` through own data properties, array items, Map and Set entries. */
function reachable(root: object): Set<object> {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) continue;
    seen.add(v);
    if (ArrayBuffer.isView(v)) continue;
    if (v instanceof Map) for (const [k, x] of v) stack.push(k, x);
    if (v instanceof Set) for (const x of v) stack.push(x);
    for (const d of Object.values(Object.getOwnPropertyDescriptors(v))) if ('value' in d) stack.push(d.value);
  }
  return seen;
}

let grids: WorkbookGrids;
/** A run's request as the worker gets it: its own copy of the grids. */
const req = (summaryOnly: boolean): EngineRequest =>
  structuredClone({ grids, action: 'rank', lang: 'vi', now: '2026-12-01T08:00:00.000Z', version: 'test', summaryOnly });
const gridObjects = (g: WorkbookGrids): object[] => [g, g.sheets, ...g.sheets.flatMap((s) => [s, s.rows, ...s.rows.filter((r) => r)])];

beforeAll(async () => {
  grids = workbookToGrids(await loadWorkbook(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx'))));
});

it.each([true, false])('keeps no input grid, and answers every person as the whole run would (summary only: %s)', (summaryOnly) => {
  const session = new EngineSession();
  const r = req(summaryOnly);
  const res = session.run(r);
  const seen = reachable(session);
  expect(gridObjects(r.grids).filter((x) => seen.has(x))).toEqual([]);
  // Only what an explanation reads: the whole result also held the input grids (bench:pane: ~5 MB on the province book).
  expect(Object.keys(session.kept!).sort()).toEqual(['candidates', 'decisions', 'fingerprint', 'lang', 'ranking', 'scores', 'wording']);
  // Enough is kept: each person's explanation is the one the whole result gives.
  const whole = runJob(req(summaryOnly).grids, { action: 'rank', lang: 'vi', now: r.now, version: r.version, models: !summaryOnly }).result;
  const ids = res.summary.people!.id;
  expect(ids.length).toBeGreaterThan(10);
  for (const id of ids) expect(session.explain({ candidateId: id, fingerprint: res.summary.fingerprint, lang: 'vi' })).toEqual(explainPerson(whole, id));
});

it('a second run releases the first: nothing of it is reachable from the session', () => {
  const session = new EngineSession();
  session.run(req(false));
  const first = session.kept!;
  const firstObjects: object[] = [first, first.candidates, ...first.candidates, first.decisions, first.scores, first.ranking, first.wording];
  session.run(req(false));
  const second = session.kept!;
  expect(second).not.toBe(first);
  expect(second.fingerprint).toBe(first.fingerprint);
  const seen = reachable(session);
  expect(seen.has(second.candidates[0])).toBe(true);
  expect(firstObjects.filter((x) => seen.has(x))).toEqual([]);
  session.forget();
  expect(session.kept).toBeNull();
  expect(session.explain({ candidateId: second.candidates[0].id, fingerprint: second.fingerprint, lang: 'vi' })).toBeNull();
});
