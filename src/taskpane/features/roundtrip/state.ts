/**
 * The unit round trip's state in the pane as plain data and one reducer (tested without the DOM,
 * test/unit/taskpane/features/roundtrip/state.test.ts): what is shown, whether a step is running,
 * the notes, and where focus goes after a step. Notes are kept as functions of the words on screen,
 * so a language switch rewords them without running anything again.
 */
import type { ChaseView, ImportReview, ImportView, LegacyTarget, MarkTarget, NewFile, PaneFile } from './actions';
import type { RoundTripStrings } from './strings';
import type { Lang } from '../../../core/model';

export type RoundTripView =
  | { kind: 'none' }
  | { kind: 'templates'; files: NewFile[]; opened: number; units: number }
  | { kind: 'import'; review: ImportReview; view: ImportView; chosen: PaneFile[] }
  | { kind: 'chase'; chase: ChaseView }
  | { kind: 'marks'; targets: MarkTarget[] }
  | { kind: 'legacy'; targets: LegacyTarget[] };

export interface RoundTripNote {
  intent: 'success' | 'error' | 'warning' | 'info';
  /** Worded when shown, in the language shown. */
  say(t: RoundTripStrings, lang: Lang): string;
}

export interface RoundTripState {
  view: RoundTripView;
  busy: boolean;
  /** The sheet whose marks are being written or cleared (its row's buttons wait). */
  busySheet: string | null;
  notes: RoundTripNote[];
  /** Error files made outside Excel, by sheet, offered as downloads in the marks list. */
  errorFiles: Record<string, NewFile>;
  /** Bumped when a step shows something new: the view moves focus to its heading. */
  focus: number;
}

export type RoundTripEvent =
  | { type: 'started'; sheet?: string; keepNotes?: boolean }
  /** `stay`: the same view again (a date changed): focus stays where the officer is. */
  | { type: 'shown'; view: RoundTripView; notes?: RoundTripNote[]; stay?: boolean }
  | { type: 'noted'; notes: RoundTripNote[] }
  | { type: 'errorFile'; sheet: string; file: NewFile }
  | { type: 'finished' }
  | { type: 'closed' };

export const initialRoundTrip: RoundTripState = { view: { kind: 'none' }, busy: false, busySheet: null, notes: [], errorFiles: {}, focus: 0 };

export function reduceRoundTrip(s: RoundTripState, e: RoundTripEvent): RoundTripState {
  switch (e.type) {
    case 'started':
      return { ...s, busy: true, busySheet: e.sheet ?? null, notes: e.keepNotes ? s.notes : [] };
    case 'shown':
      // A new list means new targets: error files made for the old one are dropped with it.
      return {
        ...s,
        view: e.view,
        notes: e.notes ?? s.notes,
        errorFiles: e.view.kind === 'marks' && s.view.kind === 'marks' ? s.errorFiles : {},
        focus: e.stay ? s.focus : s.focus + 1,
      };
    case 'noted':
      return { ...s, notes: e.notes };
    case 'errorFile':
      return { ...s, errorFiles: { ...s.errorFiles, [e.sheet]: e.file } };
    case 'finished':
      return { ...s, busy: false, busySheet: null };
    case 'closed':
      return { ...s, view: { kind: 'none' }, errorFiles: {} };
  }
}

/** Why the round trip's buttons are off: no readable book open, or a step (here or in the pane) running. */
export function whyOff(s: RoundTripState, hasBook: boolean, paneBusy: boolean): 'noBook' | 'busy' | null {
  if (!hasBook) return 'noBook';
  return s.busy || paneBusy ? 'busy' : null;
}

/** Marks of every sheet in the list at once ("Đánh dấu tất cả"): the sheets with marks to write and none written yet. */
export function markableAll(targets: MarkTarget[]): string[] {
  return targets.filter((m) => m.marked === 0 && m.marks > 0).map((m) => m.sheet);
}

/** The Ngày nộp dates the officer set by hand, kept when the files are read again (confirming a replacement). */
export function chosenDates(dates: Record<string, { iso: string; from: string }>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(dates)
      .filter(([, d]) => d.from === 'chosen')
      .map(([f, d]) => [f, d.iso]),
  );
}
