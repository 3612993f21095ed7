/**
 * Closing the year as plain data and a small store (the view reads it with useSyncExternalStore):
 * which output is being made, what came of it as data (never as sentences: strings.ts words them
 * in the language on screen), and the download outside Excel. Tested without the DOM.
 */
import { Lang } from '../../../core/model';
import { WorkbookHost } from '../../../host/types';
import type { XlsxRunner } from '../../../host/file/browserFileHost';
import { officeErrorCode } from '../../errors';
import type { ClosingOutcome, ClosingOutput } from './state';

// The engine and the closing builders load on the first click: the pane's first paint stays small.
const feature = () => import(/* webpackChunkName: "closing" */ './state');
const pageXlsx: XlsxRunner = async (job) => (await import(/* webpackChunkName: "xlsx" */ '../../../host/file/xlsxJobs')).runXlsxJob(job);

export type ClosingError = { kind: 'office'; code: string } | { kind: 'notUsable' } | { kind: 'nothing' } | { kind: 'other' };

export type ClosingNote =
  | { kind: 'made'; output: ClosingOutput; where: 'excel' | 'file'; fileName: string; year?: number; added?: number }
  | { kind: 'oldExcelDownload' }
  | { kind: 'failed'; output: ClosingOutput; error: ClosingError };

export interface ClosingState {
  /** The output being made, or null. */
  busy: ClosingOutput | null;
  notes: ClosingNote[];
  download: { fileName: string; bytes: Uint8Array } | null;
}

export type ClosingEvent =
  { type: 'started'; output: ClosingOutput } | { type: 'made'; outcome: ClosingOutcome } | { type: 'failed'; output: ClosingOutput; error: ClosingError };

export const initialClosing: ClosingState = { busy: null, notes: [], download: null };

export function describeClosingError(e: unknown): ClosingError {
  const name = (e as Error | null)?.name;
  if (name === 'ClosingNotUsable') return { kind: 'notUsable' };
  if (name === 'ClosingNothing') return { kind: 'nothing' };
  const code = officeErrorCode(e);
  return code ? { kind: 'office', code } : { kind: 'other' };
}

export function reduceClosing(s: ClosingState, e: ClosingEvent): ClosingState {
  switch (e.type) {
    case 'started':
      return { busy: e.output, notes: [], download: null };
    case 'made': {
      const o = e.outcome;
      const d = o.outcome.download;
      const notes: ClosingNote[] = [
        { kind: 'made', output: o.output, where: d ? 'file' : 'excel', fileName: o.fileName, ...(o.year ? { year: o.year, added: o.added } : {}) },
      ];
      if (o.outcome.skipped.includes('createWorkbook')) notes.push({ kind: 'oldExcelDownload' });
      return { busy: null, notes, download: d ? { fileName: d.fileName, bytes: d.bytes } : null };
    }
    case 'failed':
      return { ...s, busy: null, notes: [{ kind: 'failed', output: e.output, error: e.error }] };
  }
}

export interface ClosingStore {
  getState(): ClosingState;
  subscribe(listener: () => void): () => void;
  /** One output of the open book, worded in `lang` (the language on screen). */
  make(host: WorkbookHost, output: ClosingOutput, lang: Lang): Promise<void>;
}

export function createClosingStore(deps: { xlsx?: XlsxRunner; now?(): string } = {}): ClosingStore {
  let state = initialClosing;
  const listeners = new Set<() => void>();
  const dispatch = (e: ClosingEvent) => {
    state = reduceClosing(state, e);
    for (const l of listeners) l();
  };
  return {
    getState: () => state,
    subscribe(l) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    async make(host, output, lang) {
      if (state.busy) return;
      dispatch({ type: 'started', output });
      try {
        const { makeOutput } = await feature();
        dispatch({
          type: 'made',
          outcome: await makeOutput(host, output, { xlsx: deps.xlsx ?? pageXlsx, lang, now: deps.now ?? (() => new Date().toISOString()) }),
        });
      } catch (e) {
        dispatch({ type: 'failed', output, error: describeClosingError(e) });
      }
    },
  };
}
