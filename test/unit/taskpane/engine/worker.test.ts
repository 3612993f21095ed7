/**
 * The engine's worker as the page drives it (EngineWorker, with a worker that answers in-process
 * through the same `answer` the real one runs): it lives on between runs and answers one person's
 * reasons from the last run; a cancelled run ends it, and with it the run it kept.
 */
import fs from 'fs';
import path from 'path';
import { EngineSession, WorkerMessage, WorkerReply, answer, EngineRequest } from '../../../../src/taskpane/worker/runner';
import { EngineWorker, WorkerLike } from '../../../../src/taskpane/worker/engineWorker';
import { loadWorkbook, workbookToGrids } from '../../../../src/host/file/readWorkbook';
import { WorkbookGrids } from '../../../../src/sheet/grid';
import { CancelledError } from '../../../../src/host/cancel';

class InProcessWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  readonly session = new EngineSession();
  ended = false;
  posted: WorkerMessage['kind'][] = [];
  postMessage(m: WorkerMessage): void {
    this.posted.push(m.kind);
    // Answered later, as a worker's message is.
    setTimeout(() => {
      const post = (data: WorkerReply) => void (!this.ended && this.onmessage?.({ data } as MessageEvent<WorkerReply>));
      post(answer(this.session, m, post));
    }, 5);
  }
  terminate(): void {
    this.ended = true;
  }
}

let grids: WorkbookGrids;
const spawned: InProcessWorker[] = [];
const spawn = () => {
  const w = new InProcessWorker();
  spawned.push(w);
  return w;
};
const req = (): EngineRequest => ({ grids, action: 'rank', lang: 'vi', now: '2026-12-01T08:00:00.000Z', version: 'test', summaryOnly: true });

beforeAll(async () => {
  grids = workbookToGrids(await loadWorkbook(fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx'))));
});
beforeEach(() => void (spawned.length = 0));

it('answers a person from the run it keeps, in the same worker, and nothing for another run', async () => {
  const engine = new EngineWorker(spawn);
  expect(await engine.explain({ candidateId: 'x', fingerprint: 'y', lang: 'vi' })).toBeNull();
  expect(spawned).toHaveLength(0);
  const res = await engine.run(req());
  const p = res.summary.people!;
  const i = p.rank.findIndex((r) => r > 0);
  const e = await engine.explain({ candidateId: p.id[i], fingerprint: res.summary.fingerprint, lang: 'vi' });
  expect(e?.name).toBe(p.name[i]);
  expect(e?.titles.length).toBeGreaterThan(0);
  expect(e?.titles.every((d) => d.text.includes(d.title))).toBe(true);
  expect(await engine.explain({ candidateId: p.id[i], fingerprint: 'an older run', lang: 'vi' })).toBeNull();
  expect(spawned).toHaveLength(1);
  expect(spawned[0].posted).toEqual(['run', 'explain', 'explain']);
});

it('a cancelled run ends the worker and its kept run; the next run starts a fresh one', async () => {
  const engine = new EngineWorker(spawn);
  const first = await engine.run(req());
  const abort = new AbortController();
  const second = engine.run(req(), abort.signal);
  abort.abort();
  await expect(second).rejects.toBeInstanceOf(CancelledError);
  expect(spawned[0].ended).toBe(true);
  expect(engine.started).toBe(false);
  // The run the reasons would come from is gone with the worker: the pane says so.
  expect(await engine.explain({ candidateId: first.summary.people!.id[0], fingerprint: first.summary.fingerprint, lang: 'vi' })).toBeNull();
  const third = await engine.run(req());
  expect(spawned).toHaveLength(2);
  expect(third.summary.fingerprint).toBe(first.summary.fingerprint);
});

it('closing a person before the answer drops only that answer; a failing worker fails what it was doing', async () => {
  const engine = new EngineWorker(spawn);
  const res = await engine.run(req());
  const ask = { candidateId: res.summary.people!.id[0], fingerprint: res.summary.fingerprint, lang: 'vi' as const };
  const abort = new AbortController();
  const dropped = engine.explain(ask, abort.signal);
  abort.abort();
  await expect(dropped).rejects.toBeInstanceOf(CancelledError);
  expect(engine.started).toBe(true);
  expect((await engine.explain(ask))?.id).toBe(ask.candidateId);

  const running = engine.run(req());
  spawned[0].onerror?.({ message: 'out of memory' } as ErrorEvent);
  await expect(running).rejects.toThrow('out of memory');
  expect(engine.started).toBe(false);
});

it("sends a run's summary before its sheets are laid out, once, and none for a summary-only run", async () => {
  const engine = new EngineWorker(spawn);
  const early: string[] = [];
  let answered = false;
  const full = await engine
    .run({ ...req(), summaryOnly: false }, undefined, (summary) => {
      expect(answered).toBe(false);
      early.push(summary.fingerprint);
    })
    .then((r) => ((answered = true), r));
  expect(full.sheets.length).toBeGreaterThan(0);
  expect(early).toEqual([full.summary.fingerprint]);
  const only = await engine.run(req(), undefined, (summary) => early.push(summary.fingerprint));
  expect(only.sheets).toHaveLength(0);
  expect(early).toHaveLength(1);
});
