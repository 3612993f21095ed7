/**
 * The pane's main run as a small store (plain TypeScript; the view reads it with
 * useSyncExternalStore): open a file or the sample, the campaign status, Kiểm tra / Xếp hạng with
 * Hủy at every step, the question before replacing edited sheets, the language, the picked
 * finding, the template. It runs the steps (session.ts) and reduces each into the state (state.ts).
 */
import { Finding, Lang } from '../../../core/model';
import { VERSION } from '../../../core/version';
import type { EngineRunner } from '../../worker/runner';
import { WorkbookHost, WriteOutcome } from '../../../host/types';
import { createTemplate, isCancel, runAction } from '../../session';
import { CancelledError, untilCancelled } from '../../../host/cancel';
import { Action, Note, PaneError, RunEvent, RunState, initialState, nothingRecognised, reduce } from './state';
import { describeError, isUnreadable } from './messages';

export interface RunDeps {
  runner: EngineRunner;
  now?(): string;
  /** Browser only: the campaign template as a new file. */
  downloadTemplate?(): Promise<WriteOutcome>;
}

/** A file the user picked: its name and size are known before it is read. */
export interface PickedFile {
  name: string;
  size: number;
}

export interface RunStore {
  getState(): RunState;
  subscribe(listener: () => void): () => void;
  /** Opens a workbook (a picked file, or the sample) and reads its status; Hủy stops both. */
  open(load: (signal: AbortSignal) => Promise<WorkbookHost>, o: { file?: PickedFile; sample?: boolean }): Promise<void>;
  refreshStatus(): Promise<void>;
  run(action: Action): Promise<void>;
  cancel(): void;
  /** The answer to "Sheet X đã bị sửa… — ghi đè?". */
  answer(yes: boolean): void;
  setLang(lang: Lang): void;
  pick(f: Finding): Promise<void>;
  template(): Promise<void>;
}

export function createRunStore(init: { lang: Lang; host?: WorkbookHost | null; sample?: boolean }, deps: RunDeps): RunStore {
  let state = initialState(init.lang, init.host ?? null, init.sample ?? false);
  const listeners = new Set<() => void>();
  let abort: AbortController | null = null;
  let pendingAnswer: ((yes: boolean) => void) | null = null;
  const now = () => (deps.now ?? (() => new Date().toISOString()))();

  const dispatch = (e: RunEvent) => {
    state = reduce(state, e);
    for (const l of listeners) l();
  };
  const fileName = () => state.host?.name() ?? '';

  async function refreshStatus(): Promise<void> {
    const host = state.host;
    if (!host || state.busy) return;
    const ctl = new AbortController();
    abort = ctl;
    dispatch({ type: 'statusStarted' });
    try {
      const grids = await host.read({ signal: ctl.signal, onProgress: (p) => dispatch({ type: 'progress', fraction: p.total ? p.done / p.total : null }) });
      const res = await deps.runner({ grids, action: 'validate', lang: state.lang, now: now(), version: VERSION, summaryOnly: true }, ctl.signal);
      if (ctl.signal.aborted) throw new CancelledError();
      dispatch({ type: 'status', summary: res.summary, grids });
    } catch (e) {
      if (isCancel(e)) dispatch({ type: 'cancelledOpen' });
      else dispatch({ type: 'statusFailed', error: describeError(e, fileName()), unreadable: isUnreadable(e) });
    } finally {
      if (abort === ctl) abort = null;
    }
  }

  /** The last result worded again in the language on screen: the engine runs on the grids it read (nothing is read or written). */
  async function reword(): Promise<void> {
    const r = state.result;
    const grids = state.grids;
    const lang = state.lang;
    if (!r || !grids || r.lang === lang) return;
    dispatch({ type: 'rewordStarted' });
    try {
      const res = await deps.runner({ grids, action: r.summary.action, lang, now: now(), version: VERSION, summaryOnly: true });
      dispatch({ type: 'reworded', summary: res.summary, lang, run: r.run });
    } catch {
      dispatch({ type: 'rewordFailed' });
    }
  }

  return {
    getState: () => state,
    subscribe(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },

    async open(load, o) {
      if (state.busy) return;
      const ctl = new AbortController();
      abort = ctl;
      dispatch({ type: 'opening', cancellable: true });
      if (o.file && o.file.size === 0) {
        abort = null;
        dispatch({ type: 'openFailed', error: { kind: 'notWorkbook', file: o.file.name, reason: 'empty' }, unreadable: true });
        return;
      }
      try {
        const host = await untilCancelled(load(ctl.signal), ctl.signal);
        dispatch({ type: 'opened', host, sample: o.sample ?? false });
      } catch (e) {
        abort = null;
        if (isCancel(e)) dispatch({ type: 'cancelledOpen' });
        else dispatch({ type: 'openFailed', error: describeError(e, o.file?.name ?? ''), unreadable: isUnreadable(e) });
        return;
      }
      abort = null;
      await refreshStatus();
    },

    refreshStatus,

    async run(action) {
      const host = state.host;
      if (!host || state.busy || state.unreadable) return;
      const ctl = new AbortController();
      abort = ctl;
      const lang = state.lang;
      let stage: 'run' | 'write' = 'run';
      dispatch({ type: 'runStarted', action });
      try {
        const out = await runAction(host, deps.runner, action, lang, {
          signal: ctl.signal,
          now: deps.now,
          onStep: (step, fraction) => {
            if (step === 'writing') stage = 'write';
            // Excel's write is never cut halfway; a file host writes a new copy, so Hủy stays.
            dispatch({ type: 'step', step, fraction, cancellable: step !== 'writing' || host.kind === 'file' });
          },
          onEngine: (summary, grids) => {
            dispatch({ type: 'engineDone', summary, grids, lang });
            if (state.lang !== lang) void reword();
          },
          // A book with nothing of a campaign in it gets no result: no download, no sheets added to it in Excel.
          worthWriting: (s) => !nothingRecognised(s),
          confirmOverwrite: (sheets) =>
            new Promise<boolean>((resolve) => {
              pendingAnswer = resolve;
              dispatch({ type: 'asking', sheets });
            }),
        });
        const w = out.write;
        const notes: Note[] = [];
        if (w.nothingToWrite) notes.push({ kind: 'nothingRecognised', inExcel: host.kind === 'excel' });
        else if (w.blocked) notes.push({ kind: 'notWritten', sheets: (w.conflicts ?? []).map((c) => c.name) });
        else notes.push({ kind: 'written', sheets: w.written });
        if (w.skipped.length) notes.push({ kind: 'skippedFeatures', features: w.skipped });
        dispatch({ type: 'runDone', notes, download: w.download ?? null });
      } catch (e) {
        if (isCancel(e)) dispatch({ type: 'runCancelled', stage });
        else dispatch({ type: 'runFailed', error: describeError(e, fileName()), unreadable: host.kind === 'file' && isUnreadable(e) });
      } finally {
        if (abort === ctl) abort = null;
        pendingAnswer = null;
      }
    },

    cancel() {
      if (state.busy && !state.busy.cancellable) return;
      abort?.abort();
    },

    answer(yes) {
      const a = pendingAnswer;
      pendingAnswer = null;
      dispatch({ type: 'answered' });
      a?.(yes);
    },

    setLang(lang) {
      if (lang === state.lang) return;
      dispatch({ type: 'lang', lang });
      // A result already there is worded again; one still coming is, when it comes (run's onEngine).
      void reword();
    },

    async pick(f) {
      dispatch({ type: 'pick', finding: f });
      const host = state.host;
      // A finding about a whole sheet opens that sheet; one about a missing sheet has nowhere to go.
      const sheet = state.grids?.sheets.find((g) => g.name === f.sheet);
      if (!host?.select || !sheet) return;
      if ((sheet.visibility ?? 'visible') !== 'visible') {
        // Excel cannot select a cell on a hidden sheet: say how to see it instead of failing.
        dispatch({ type: 'note', note: { kind: 'hiddenSheet', sheet: f.sheet, cell: f.cell || 'A1' } });
        return;
      }
      try {
        await host.select(f.sheet, f.cell);
      } catch (e) {
        dispatch({ type: 'note', note: { kind: 'failed', error: describeError(e, fileName()) } });
      }
    },

    async template() {
      if (state.busy) return;
      dispatch({ type: 'templateStarted' });
      try {
        // In the browser the template is a new file to download: nothing open is touched.
        if (deps.downloadTemplate) {
          const outcome = await deps.downloadTemplate();
          dispatch({ type: 'templateDone', notes: [{ kind: 'templateDone', sheets: outcome.written }], download: outcome.download ?? null });
          return;
        }
        const host = state.host;
        if (!host) return dispatch({ type: 'templateDone', notes: [], download: null });
        const { outcome, existing } = await createTemplate(host, new Date().getFullYear());
        if (!outcome) dispatch({ type: 'templateDone', notes: [{ kind: 'templateExists', sheets: existing }], download: null });
        else {
          dispatch({ type: 'templateDone', notes: [{ kind: 'templateDone', sheets: outcome.written }], download: outcome.download ?? null });
          if (host.kind === 'excel') await refreshStatus();
        }
      } catch (e) {
        dispatch({ type: 'templateDone', notes: [{ kind: 'failed', error: describeError(e, fileName()) }], download: null });
      }
    },
  };
}

export type { PaneError };
