/**
 * The pane's main run as plain data: which workbook is open, its campaign status, the last
 * run's result, what is going on now (reading, checking, writing, asking) and the notes to show.
 * Every change is one event through `reduce`, so each transition is tested without the DOM
 * (test/taskpane/runState.test.ts); the store (store.ts) runs the steps and dispatches them.
 *
 * Notes and errors are kept as data, not sentences: they are worded in the language on screen
 * when shown, so a language switch never leaves a line in the other language.
 */
import { Finding, Lang } from '../../../core/model';
import { WorkbookGrids } from '../../../sheet/grid';
import { RunSummary } from '../../../core/output/summary';
import { WorkbookHost } from '../../../host/types';

export type Action = 'validate' | 'rank';

/** What the pane is busy with. `fraction` is null where the step cannot say how far along it is. */
export type BusyStep = 'opening' | 'status' | 'reading' | 'checking' | 'asking' | 'writing' | 'template' | 'rewording';

export interface Busy {
  step: BusyStep;
  fraction: number | null;
  /** Hủy is offered: everywhere except Excel's write, which is never cut halfway. */
  cancellable: boolean;
  action?: Action;
}

/** Why something failed, as data: worded per language by messages.ts. */
export type PaneError =
  { kind: 'notWorkbook'; file: string; reason: string; part?: string; sheet?: string } | { kind: 'office'; code: string } | { kind: 'other'; message: string };

export type Note =
  | { kind: 'written'; sheets: string[] }
  | { kind: 'notWritten'; sheets: string[] }
  | { kind: 'skippedFeatures'; features: string[] }
  | { kind: 'cancelled'; stage: 'open' | 'run' | 'write'; keptDownload: boolean }
  | { kind: 'failed'; error: PaneError }
  | { kind: 'hiddenSheet'; sheet: string; cell: string }
  | { kind: 'templateDone'; sheets: string[] }
  | { kind: 'templateExists'; sheets: string[] }
  /** Nothing in the book was recognised: no result workbook is offered. */
  | { kind: 'nothingRecognised'; inExcel?: boolean };

export interface Download {
  fileName: string;
  bytes: Uint8Array;
  template: boolean;
  /** The run that made it (null for the template): older than the result shown after a cancelled re-run. */
  run: number | null;
}

export interface Result {
  summary: RunSummary;
  /** The language its findings are worded in (a switch mid-run re-words it). */
  lang: Lang;
  run: number;
}

export interface RunState {
  lang: Lang;
  host: WorkbookHost | null;
  /** The open workbook is the bundled sample, not the user's data: always said on screen. */
  sample: boolean;
  status: RunSummary | null;
  result: Result | null;
  grids: WorkbookGrids | null;
  busy: Busy | null;
  /** Generated sheets edited by hand: the run waits for the user's answer. */
  asking: string[] | null;
  notes: Note[];
  picked: Finding | null;
  download: Download | null;
  /**
   * The open file cannot be read (not a workbook, empty, damaged): the buttons that would repeat
   * the error stay disabled until another file is picked.
   */
  unreadable: boolean;
  /** Runs started, for `Result.run` and `Download.run`. */
  runs: number;
  /** Where focus goes when a run has shown its outcome, and a count so the view sees each one. */
  focus: { target: FocusTarget; seq: number } | null;
}

export type RunEvent =
  | { type: 'opening'; cancellable: boolean }
  | { type: 'opened'; host: WorkbookHost; sample: boolean }
  | { type: 'openFailed'; error: PaneError; unreadable: boolean }
  | { type: 'statusStarted' }
  /** How far along the status read is (sheets read of all). */
  | { type: 'progress'; fraction: number | null }
  | { type: 'status'; summary: RunSummary; grids: WorkbookGrids }
  | { type: 'statusFailed'; error: PaneError; unreadable: boolean }
  | { type: 'runStarted'; action: Action }
  | { type: 'step'; step: 'reading' | 'checking' | 'writing'; fraction: number | null; cancellable: boolean }
  | { type: 'engineDone'; summary: RunSummary; grids: WorkbookGrids; lang: Lang }
  | { type: 'asking'; sheets: string[] }
  | { type: 'answered' }
  | { type: 'runDone'; notes: Note[]; download: Omit<Download, 'run' | 'template'> | null }
  | { type: 'runCancelled'; stage: 'run' | 'write' }
  | { type: 'runFailed'; error: PaneError; unreadable: boolean }
  | { type: 'cancelledOpen' }
  | { type: 'lang'; lang: Lang }
  | { type: 'rewordStarted' }
  | { type: 'reworded'; summary: RunSummary; lang: Lang; run: number }
  | { type: 'rewordFailed' }
  | { type: 'pick'; finding: Finding | null }
  | { type: 'note'; note: Note }
  | { type: 'templateStarted' }
  | { type: 'templateDone'; notes: Note[]; download: { fileName: string; bytes: Uint8Array } | null };

export function initialState(lang: Lang, host: WorkbookHost | null = null, sample = false): RunState {
  return {
    lang,
    host,
    sample,
    status: null,
    result: null,
    grids: null,
    busy: null,
    asking: null,
    notes: [],
    picked: null,
    download: null,
    unreadable: false,
    runs: 0,
    focus: null,
  };
}

/** The results, the findings, the notes; the overwrite question while it waits for an answer. */
export type FocusTarget = 'results' | 'findings' | 'notes' | 'question';

function focusOn(s: RunState, target: FocusTarget): RunState['focus'] {
  return { target, seq: (s.focus?.seq ?? 0) + 1 };
}

/** Where a finished run sends focus: the ranking after Xếp hạng, the findings after Kiểm tra. */
function resultTarget(r: Result | null): 'results' | 'findings' | 'notes' {
  return r ? (r.summary.action === 'rank' ? 'results' : 'findings') : 'notes';
}

export function reduce(s: RunState, e: RunEvent): RunState {
  switch (e.type) {
    case 'opening':
      return { ...s, busy: { step: 'opening', fraction: null, cancellable: e.cancellable }, notes: [], picked: null, asking: null };
    case 'opened':
      // A new workbook: nothing of the last one stays on screen (its download included).
      return {
        ...s,
        host: e.host,
        sample: e.sample,
        status: null,
        result: null,
        grids: null,
        busy: null,
        notes: [],
        picked: null,
        download: null,
        unreadable: false,
      };
    case 'openFailed':
      return {
        ...s,
        busy: null,
        notes: [{ kind: 'failed', error: e.error }],
        ...(e.unreadable ? { host: null, sample: false, status: null, result: null, grids: null, download: null, unreadable: true } : {}),
        focus: focusOn(s, 'notes'),
      };
    case 'cancelledOpen':
      return { ...s, busy: null, notes: [{ kind: 'cancelled', stage: 'open', keptDownload: false }] };
    case 'statusStarted':
      return { ...s, busy: { step: 'status', fraction: null, cancellable: true } };
    case 'progress':
      return s.busy ? { ...s, busy: { ...s.busy, fraction: e.fraction } } : s;
    case 'status':
      return { ...s, busy: null, status: e.summary, grids: e.grids, unreadable: false };
    case 'statusFailed':
      return {
        ...s,
        busy: null,
        notes: [{ kind: 'failed', error: e.error }],
        unreadable: e.unreadable,
        ...(e.unreadable ? { status: null, result: null, grids: null, download: null } : {}),
        focus: focusOn(s, 'notes'),
      };
    case 'runStarted':
      // The last download stays until a new one replaces it: a cancelled re-run keeps it.
      return { ...s, runs: s.runs + 1, busy: { step: 'reading', fraction: 0, cancellable: true, action: e.action }, notes: [], picked: null, asking: null };
    case 'step':
      return s.busy ? { ...s, busy: { ...s.busy, step: e.step, fraction: e.fraction, cancellable: e.cancellable } } : s;
    case 'engineDone': {
      // Shown at once; the write goes on after. Focus moves to it only once it is in the language on screen.
      const result = { summary: e.summary, lang: e.lang, run: s.runs };
      return { ...s, result, status: e.summary, grids: e.grids, picked: null, focus: e.lang === s.lang ? focusOn(s, resultTarget(result)) : s.focus };
    }
    case 'asking':
      // The run waits for the officer: focus goes to the question, so it is read and answered first.
      return {
        ...s,
        asking: e.sheets,
        busy: s.busy ? { ...s.busy, step: 'asking', fraction: null, cancellable: true } : s.busy,
        focus: focusOn(s, 'question'),
      };
    case 'answered':
      // Answered: back to what the run showed (the question is gone).
      return { ...s, asking: null, focus: s.focus?.target === 'question' ? focusOn(s, resultTarget(s.result)) : s.focus };
    case 'runDone':
      return {
        ...s,
        busy: null,
        asking: null,
        notes: e.notes,
        download: e.download ? { ...e.download, template: false, run: s.runs } : s.download,
        focus: s.focus && s.result?.run === s.runs ? s.focus : focusOn(s, resultTarget(s.result)),
      };
    case 'runCancelled':
      return {
        ...s,
        busy: null,
        asking: null,
        notes: [{ kind: 'cancelled', stage: e.stage, keptDownload: s.download !== null && !s.download.template }],
        focus: s.result?.run === s.runs && s.focus?.target !== 'question' ? s.focus : focusOn(s, 'notes'),
      };
    case 'runFailed':
      return {
        ...s,
        busy: null,
        asking: null,
        notes: [{ kind: 'failed', error: e.error }],
        unreadable: e.unreadable,
        ...(e.unreadable ? { status: null, result: null, grids: null, download: null } : {}),
        focus: focusOn(s, 'notes'),
      };
    case 'lang':
      return { ...s, lang: e.lang, picked: null };
    case 'rewordStarted':
      return s.busy ? s : { ...s, busy: { step: 'rewording', fraction: null, cancellable: false } };
    case 'reworded': {
      if (!s.result || e.lang !== s.lang || e.run !== s.result.run) return s.busy?.step === 'rewording' ? { ...s, busy: null } : s;
      const result = { ...s.result, summary: e.summary, lang: e.lang };
      const done = s.busy?.step === 'rewording';
      return { ...s, result, busy: done ? null : s.busy, focus: s.result.lang !== e.lang && !done ? focusOn(s, resultTarget(result)) : s.focus };
    }
    case 'rewordFailed':
      return s.busy?.step === 'rewording' ? { ...s, busy: null } : s;
    case 'pick':
      return { ...s, picked: e.finding };
    case 'note':
      return { ...s, notes: [e.note] };
    case 'templateStarted':
      return { ...s, busy: { step: 'template', fraction: null, cancellable: false }, notes: [] };
    case 'templateDone':
      return { ...s, busy: null, notes: e.notes, download: e.download ? { ...e.download, template: true, run: null } : s.download };
  }
}

/** A book where the engine recognised nothing: no score sheet, no configuration sheet. */
export function nothingRecognised(summary: RunSummary): boolean {
  return summary.candidates.individual + summary.candidates.collective === 0 && !summary.config.some((c) => c.found) && summary.units.total === 0;
}

/** What the view may offer now. */
export function can(s: RunState): { run: boolean; refresh: boolean; pickFile: boolean; template: boolean } {
  const idle = s.busy === null;
  return {
    run: idle && s.host !== null && !s.unreadable,
    refresh: idle && s.host !== null,
    pickFile: idle,
    template: idle,
  };
}

/**
 * Why Kiểm tra and Xếp hạng are off while the pane is idle, for their hints (a focused disabled
 * button says why first): no book yet, or one that cannot be read. Null when they are on, or while
 * busy (the progress bar or the spinner says what goes on).
 */
export function whyNoRun(s: RunState): 'noBook' | 'unreadable' | null {
  if (s.busy !== null) return null;
  if (s.unreadable) return 'unreadable';
  return s.host === null ? 'noBook' : null;
}

/**
 * What the progress area shows: the step, how far, whether Hủy is offered, and whether the run is
 * only waiting for the user (the question before replacing an edited sheet). It stays on screen
 * while the question is open, so the officer sees the run paused on them and can Hủy it there.
 * Null while the pane is idle, or busy with what a spinner says (the template, a re-wording).
 */
export function progressOf(
  s: RunState,
): { step: Exclude<BusyStep, 'template' | 'rewording'>; fraction: number | null; cancellable: boolean; waiting: boolean } | null {
  const b = s.busy;
  if (!b || b.step === 'template' || b.step === 'rewording') return null;
  const waiting = b.step === 'asking' && s.asking !== null;
  return { step: b.step, fraction: waiting ? null : b.fraction, cancellable: b.cancellable, waiting };
}

/** The result is in the language on screen (else the view waits for its re-wording rather than mix). */
export function shownResult(s: RunState): Result | null {
  return s.result && s.result.lang === s.lang ? s.result : null;
}
