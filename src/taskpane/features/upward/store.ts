/**
 * Gửi cấp trên and the receiving level's roll-up as plain data and two small stores (the views
 * read them with useSyncExternalStore): what is going on, what came of it, and the notes to show.
 * Every change is one event through a reducer, so each transition is tested without the DOM
 * (test/upward/store.test.ts).
 *
 * Notes and errors are kept as data (a kind and its figures), never as sentences: messages.ts
 * words them in the language on screen when shown, so a language switch never leaves a line in
 * the other language.
 */
import { Lang } from '../../../core/model';
import { VERSION } from '../../../core/version';
import { WorkbookHost } from '../../../host/types';
import type { XlsxRunner } from '../../../host/file/browserFileHost';
import type { PickedFile, RollupOutcome, SendOutcome } from './state';
import { officeErrorCode } from '../../errors';

// The engine and the upward builder load on the first click: the pane's first paint stays small.
const feature = () => import(/* webpackChunkName: "upward" */ './state');

/** The page's own xlsx jobs where no worker runner is given (tests). */
export const pageXlsx: XlsxRunner = async (job) => (await import(/* webpackChunkName: "xlsx" */ '../../../host/file/xlsxJobs')).runXlsxJob(job);

/** Why Gửi cấp trên or the roll-up failed, as data: Office's code, the book not usable, or anything else. */
export type UpwardError = { kind: 'office'; code: string } | { kind: 'notUsable' } | { kind: 'other' };

export type SendNote =
  | { kind: 'sent'; where: 'excel' | 'file'; fileName: string; proposals: number; checkCode: string }
  /** Excel could not open it as a new workbook: offered as a download instead. */
  | { kind: 'oldExcelDownload' }
  | { kind: 'openErrors'; errors: number }
  | { kind: 'failed'; error: UpwardError };

export interface SendState {
  busy: boolean;
  notes: SendNote[];
  download: { fileName: string; bytes: Uint8Array } | null;
}

export type SendEvent = { type: 'started' } | { type: 'sent'; outcome: SendOutcome } | { type: 'failed'; error: UpwardError };

/** Anything thrown, as the data the view words: never the error's own text. */
export function describeUpwardError(e: unknown): UpwardError {
  if ((e as Error | null)?.name === 'UpwardNotUsable') return { kind: 'notUsable' };
  const code = officeErrorCode(e);
  return code ? { kind: 'office', code } : { kind: 'other' };
}

/** What a send came to, as notes: where it went, the older Excel's download, the errors left in the book. */
export function sendNotes(r: SendOutcome): SendNote[] {
  const notes: SendNote[] = [
    { kind: 'sent', where: r.outcome.download ? 'file' : 'excel', fileName: r.fileName, proposals: r.proposals, checkCode: r.meta.checkCode },
  ];
  if (r.outcome.skipped.includes('createWorkbook')) notes.push({ kind: 'oldExcelDownload' });
  if (r.openErrors) notes.push({ kind: 'openErrors', errors: r.openErrors });
  return notes;
}

export const initialSend: SendState = { busy: false, notes: [], download: null };

export function reduceSend(s: SendState, e: SendEvent): SendState {
  switch (e.type) {
    case 'started':
      return { busy: true, notes: [], download: null };
    case 'sent': {
      const d = e.outcome.outcome.download;
      return { busy: false, notes: sendNotes(e.outcome), download: d ? { fileName: d.fileName, bytes: d.bytes } : null };
    }
    case 'failed':
      return { ...s, busy: false, notes: [{ kind: 'failed', error: e.error }] };
  }
}

export interface Store<S> {
  getState(): S;
  subscribe(listener: () => void): () => void;
}

function store<S, E>(initial: S, reduce: (s: S, e: E) => S): Store<S> & { dispatch(e: E): void } {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    subscribe(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    dispatch(e) {
      state = reduce(state, e);
      for (const l of listeners) l();
    },
  };
}

export interface UpwardDepsOf {
  xlsx?: XlsxRunner;
  now?(): string;
}

export interface SendStore extends Store<SendState> {
  /** Gửi cấp trên on the open workbook; the upward workbook is worded in `lang` (the language on screen). */
  send(host: WorkbookHost, lang: Lang): Promise<void>;
}

export function createSendStore(deps: UpwardDepsOf = {}): SendStore {
  const st = store(initialSend, reduceSend);
  return {
    getState: st.getState,
    subscribe: st.subscribe,
    async send(host, lang) {
      if (st.getState().busy) return;
      st.dispatch({ type: 'started' });
      try {
        const { sendUpward } = await feature();
        const outcome = await sendUpward(host, { xlsx: deps.xlsx ?? pageXlsx, lang, now: deps.now ?? (() => new Date().toISOString()), version: VERSION });
        st.dispatch({ type: 'sent', outcome });
      } catch (e) {
        st.dispatch({ type: 'failed', error: describeUpwardError(e) });
      }
    },
  };
}

export interface RollupState {
  /** The roll-up mode is open (the receiving level's panel). */
  open: boolean;
  busy: boolean;
  rules: PickedFile | null;
  /** The last roll-up; its findings are in `out.lang`, re-worded when the language on screen changes. */
  out: RollupOutcome | null;
  error: UpwardError | null;
  lang: Lang;
}

export type RollupEvent =
  | { type: 'open'; open: boolean }
  | { type: 'rules'; rules: PickedFile | null }
  | { type: 'started' }
  | { type: 'done'; out: RollupOutcome }
  | { type: 'failed'; error: UpwardError }
  | { type: 'lang'; lang: Lang }
  | { type: 'reworded'; out: RollupOutcome };

export function initialRollup(lang: Lang): RollupState {
  return { open: false, busy: false, rules: null, out: null, error: null, lang };
}

export function reduceRollup(s: RollupState, e: RollupEvent): RollupState {
  switch (e.type) {
    case 'open':
      return s.busy ? s : { ...s, open: e.open };
    case 'rules':
      return s.busy ? s : { ...s, rules: e.rules };
    case 'started':
      return { ...s, busy: true, out: null, error: null };
    case 'done':
      return { ...s, busy: false, out: e.out };
    case 'failed':
      return { ...s, busy: false, error: e.error };
    case 'lang':
      return { ...s, lang: e.lang };
    case 'reworded':
      // Only the roll-up on screen, and only into the language on screen (a later switch wins).
      return s.out && e.out.downloads === s.out.downloads && e.out.lang === s.lang ? { ...s, out: e.out } : s;
  }
}

/** The roll-up shown: only once it is in the language on screen (it is re-worded at once, never mixed). */
export function shownRollup(s: RollupState): RollupOutcome | null {
  return s.out && s.out.lang === s.lang ? s.out : null;
}

export interface RollupStore extends Store<RollupState> {
  setOpen(open: boolean): void;
  setRules(rules: PickedFile | null): void;
  /** The files picked at once: each verified, the roll-up and the replies made. */
  run(files: PickedFile[]): Promise<void>;
  setLang(lang: Lang): void;
}

export function createRollupStore(lang: Lang, deps: UpwardDepsOf = {}): RollupStore {
  const st = store(initialRollup(lang), reduceRollup);
  const now = () => (deps.now ?? (() => new Date().toISOString()))();

  async function reword(): Promise<void> {
    const { out, lang } = st.getState();
    if (!out || out.lang === lang) return;
    try {
      const { rewordRollup } = await feature();
      st.dispatch({ type: 'reworded', out: rewordRollup(out, lang, { now: now(), version: VERSION }) });
    } catch (e) {
      // Not shown in the other language: said as an error instead.
      st.dispatch({ type: 'failed', error: describeUpwardError(e) });
    }
  }

  return {
    getState: st.getState,
    subscribe: st.subscribe,
    setOpen: (open) => st.dispatch({ type: 'open', open }),
    setRules: (rules) => st.dispatch({ type: 'rules', rules }),
    async run(files) {
      const s = st.getState();
      if (files.length === 0 || s.busy) return;
      st.dispatch({ type: 'started' });
      try {
        const { rollupFiles } = await feature();
        const out = await rollupFiles(files, { xlsx: deps.xlsx ?? pageXlsx, lang: s.lang, now, version: VERSION }, s.rules);
        st.dispatch({ type: 'done', out });
      } catch (e) {
        // The not-usable case is the send's: here only Office's codes and the unforeseen.
        const error = describeUpwardError(e);
        st.dispatch({ type: 'failed', error: error.kind === 'notUsable' ? { kind: 'other' } : error });
        return;
      }
      // The language changed while the files were read: word it in the one on screen now.
      await reword();
    },
    setLang(lang) {
      if (lang === st.getState().lang) return;
      st.dispatch({ type: 'lang', lang });
      void reword();
    },
  };
}
