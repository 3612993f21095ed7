/**
 * The round trip's store (the view reads it with useSyncExternalStore): each button is one method
 * that runs a step of actions.ts and dispatches what came of it through reduceRoundTrip. The
 * actions load on first use: the round trip brings the engine and the xlsx reader onto the page.
 */
import type { Lang } from '../../../core/model';
import type { WorkbookHost } from '../../../host/types';
import type { ImportReview, LegacyTarget, NewFile, PaneFile } from './actions';
import { RoundTripEvent, RoundTripNote, RoundTripState, initialRoundTrip, markableAll, reduceRoundTrip } from './state';
import { roundTripError } from './strings';

const load = () => import(/* webpackChunkName: "roundtrip" */ './actions');

/** What the store works on, read at each step (the pane's host and language change under it). */
export interface RoundTripContext {
  host: WorkbookHost | null;
  lang: Lang;
  now?(): string;
  /** The workbook changed (sheets came in, marks): the pane refreshes its status. */
  onChanged?(): void;
}

export interface RoundTripStore {
  getState(): RoundTripState;
  subscribe(l: () => void): () => void;
  templates(): Promise<void>;
  /** Reads the chosen files against the book; `dates` are the officer's Ngày nộp per file (the files' last-saved dates otherwise). */
  review(chosen: PaneFile[], accept: boolean, dates?: Record<string, string>): Promise<void>;
  apply(rv: ImportReview): Promise<void>;
  chase(): Promise<void>;
  openChase(file: NewFile): Promise<void>;
  marks(): Promise<void>;
  mark(sheet: string): Promise<void>;
  markAll(): Promise<void>;
  unmark(sheet: string): Promise<void>;
  errorFile(sheet: string): Promise<void>;
  legacy(): Promise<void>;
  convert(target: LegacyTarget): Promise<void>;
  restore(sheet: string): Promise<void>;
  close(): void;
}

const note = (intent: RoundTripNote['intent'], say: RoundTripNote['say']): RoundTripNote => ({ intent, say });

export function createRoundTripStore(ctx: () => RoundTripContext): RoundTripStore {
  let state = initialRoundTrip;
  const listeners = new Set<() => void>();
  const dispatch = (e: RoundTripEvent) => {
    state = reduceRoundTrip(state, e);
    for (const l of listeners) l();
  };
  const host = () => ctx().host!;
  const lang = () => ctx().lang;
  const now = () => ctx().now?.() ?? new Date().toISOString();
  const changed = () => ctx().onChanged?.();

  /** One step: busy while it runs, its error as a note (never a library's text). */
  async function step(f: () => Promise<void>, o: { sheet?: string; keepNotes?: boolean } = {}): Promise<void> {
    if (!ctx().host || state.busy) return;
    dispatch({ type: 'started', ...o });
    try {
      await f();
    } catch (e) {
      dispatch({ type: 'noted', notes: [note('error', (_t, l) => roundTripError(e, l))] });
    } finally {
      dispatch({ type: 'finished' });
    }
  }

  const reloadMarks = async () => {
    const a = await load();
    dispatch({ type: 'shown', view: { kind: 'marks', targets: await a.markTargets(host(), lang()) } });
    changed();
  };

  async function markOne(sheet: string): Promise<RoundTripNote[]> {
    const r = await (await load()).markSheet(host(), sheet, lang(), now());
    const n = [note('success', (t) => t.markedDone(r.marked, r.notes))];
    if (r.noComments) n.push(note('info', (t) => t.markedNoComments));
    else if (r.keptNotes) n.push(note('info', (t) => t.keptNotes(r.keptNotes)));
    return n;
  }

  return {
    getState: () => state,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    templates: () =>
      step(async () => {
        const r = await (await load()).unitTemplates(host(), lang());
        dispatch({ type: 'shown', view: { kind: 'templates', ...r }, notes: r.units === 0 ? [note('warning', (t) => t.noCampaign)] : [] });
      }),
    review: (chosen, accept, dates) =>
      step(async () => {
        const a = await load();
        const rv = await a.reviewImport(host(), chosen, { lang: lang(), now: now(), today: a.localToday(), accept, dates });
        dispatch({
          type: 'shown',
          view: { kind: 'import', review: rv, view: a.importView(rv, lang()), chosen },
          stay: dates !== undefined && state.view.kind === 'import' && !accept,
        });
      }),
    apply: (rv) =>
      step(async () => {
        const a = await load();
        const done = await a.applyImport(host(), rv, { lang: lang(), now: now(), today: a.localToday() });
        const list = done.written.map((w) => `"${w}"`).join(', ');
        const also = done.generated.length && !done.download ? done.generated.join(', ') : '';
        const n = [note('success', (t) => t.imported(list) + (also ? ` ${t.alsoWritten(also)}` : ''))];
        if (done.via === 'values') n.push(note('info', (t) => t.viaValues));
        dispatch({ type: 'shown', view: done.download ? { kind: 'templates', files: [done.download], opened: 0, units: -1 } : { kind: 'none' }, notes: n });
        changed();
      }),
    chase: () =>
      step(async () => {
        const a = await load();
        dispatch({ type: 'shown', view: { kind: 'chase', chase: await a.chase(host(), lang(), a.localToday(), false) } });
      }),
    openChase: (file) =>
      step(async () => {
        await host().roundTrip!.openWorkbooks!([file.bytes]);
        dispatch({ type: 'noted', notes: [note('success', (t) => t.chaseOpened)] });
      }),
    marks: () =>
      step(async () => {
        const a = await load();
        dispatch({ type: 'shown', view: { kind: 'marks', targets: await a.markTargets(host(), lang()) } });
      }),
    mark: (sheet) =>
      step(
        async () => {
          dispatch({ type: 'noted', notes: await markOne(sheet) });
          await reloadMarks();
        },
        { sheet },
      ),
    markAll: () =>
      step(async () => {
        if (state.view.kind !== 'marks') return;
        const sheets = markableAll(state.view.targets);
        let cells = 0;
        let notes = 0;
        for (const sheet of sheets) {
          const r = await (await load()).markSheet(host(), sheet, lang(), now());
          cells += r.marked;
          notes += r.notes;
        }
        dispatch({ type: 'noted', notes: [note('success', (t) => t.markedAll(sheets.length, cells, notes))] });
        await reloadMarks();
      }),
    unmark: (sheet) =>
      step(
        async () => {
          const r = await (await load()).unmarkSheet(host(), sheet, now());
          dispatch({ type: 'noted', notes: [note('success', (t) => t.unmarkedDone(r.restored, r.leftAlone))] });
          await reloadMarks();
        },
        { sheet },
      ),
    errorFile: (sheet) =>
      step(
        async () => {
          const inExcel = !!host().roundTrip;
          const r = await (await load()).errorFile(host(), sheet, lang(), inExcel);
          if (r.opened) dispatch({ type: 'noted', notes: [note('success', (t) => t.errorFileOpened)] });
          else dispatch({ type: 'errorFile', sheet, file: r.file });
        },
        { sheet, keepNotes: true },
      ),
    legacy: () =>
      step(async () => {
        const a = await load();
        dispatch({ type: 'shown', view: { kind: 'legacy', targets: await a.legacyTargets(host()) } });
      }),
    convert: (target) =>
      step(async () => {
        const a = await load();
        const r = await a.convertSheet(host(), target.plan!, now());
        dispatch({
          type: 'shown',
          view: { kind: 'legacy', targets: await a.legacyTargets(host()) },
          notes: [note('success', (t) => t.converted(r.converted, r.formulas))],
        });
        changed();
      }),
    restore: (sheet) =>
      step(async () => {
        const a = await load();
        const r = await a.restoreSheet(host(), sheet, now());
        dispatch({
          type: 'shown',
          view: { kind: 'legacy', targets: await a.legacyTargets(host()) },
          notes: [note('success', (t) => t.restored(r.restored, r.leftAlone))],
        });
        changed();
      }),
    close: () => dispatch({ type: 'closed' }),
  };
}
