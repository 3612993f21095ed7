import { WorkbookGrids } from '../../sheet/grid';
import { Lang, TitleStatus } from '../../core/model';
import { runJob } from '../../core/app';
import { EngineResult } from '../../core/engine/run';
import { RunSummary, summarize } from '../../core/output/summary';
import { achievementSummary, explainDecision, statusText } from '../../core/output/explain';
import { SheetModel } from '../../sheet/sheetModel';
import { OwnConflict, Ownership } from '../../core/ownership/marker';
import { a1 } from '../../sheet/grid';
import { throwIfCancelled } from '../../host/cancel';
import { summaryToWire } from './wire';
import type { SummaryOnWire } from './wire';
import { replaceGeneratedSheets } from '../../host/file/writeSheets';
import { jsCodec } from '../../xlsx/codec';

export interface EngineRequest {
  grids: WorkbookGrids;
  action: 'validate' | 'rank';
  lang: Lang;
  now: string;
  version: string;
  /** Only the summary (nothing will be written): the sheets are not laid out. */
  summaryOnly?: boolean;
  /**
   * File mode: the file's bytes as picked. The copy is written here, where the sheets are laid
   * out: on the province book the sheets are 36 MB of objects, and sending them to the page and
   * on to the xlsx worker cost 2.5 s and a 1.6 s task on the page. Not when the run would
   * replace sheets edited by hand: the sheets then come back for the page to ask first.
   */
  copy?: { bytes: ArrayBuffer };
}

/** What the engine sends back to the page: plain data only (it may cross a worker boundary). */
export interface EngineResponse {
  sheets: SheetModel[];
  summary: RunSummary;
  ownSheets: string[];
  /** Which sheets are provably ours and unchanged (left out for a summary: nothing is written). */
  ownership?: Ownership;
  /** Generated sheets this run would replace that were edited by hand since: ask before writing. */
  conflicts: OwnConflict[];
  /** The copy written (`EngineRequest.copy`), with the names of the sheets it holds; `sheets` is then empty. */
  copy?: { bytes: Uint8Array; written: string[] };
}

/** One person's "vì sao được / không được đề xuất", asked for when the officer opens them. */
export interface ExplainRequest {
  candidateId: string;
  /** The run the pane shows (`RunSummary.fingerprint`, `.lang`): an answer from another run would mislead. */
  fingerprint: string;
  lang: Lang;
}

/** A person as the pane names and finds them: who, and the cell of their name. */
export interface PersonRef {
  id: string;
  name: string;
  unit: string;
  sheet: string;
  cell: string;
  row: number;
  col: number;
}

export interface PersonExplanation extends PersonRef {
  /** "Tổng điểm 92 (hạng 3/150); xếp loại HTXSNV; 1 sáng kiến". */
  achievement: string;
  /** One per title of `Danh hiệu` the person can hold, in the sheet's order. */
  titles: { title: string; status: TitleStatus; statusText: string; text: string }[];
}

/**
 * Runs the engine; `explain`, where the runner keeps its last run, answers one person's reasons
 * from it (null when that run is gone: cancelled, or another book since).
 */
export interface EngineRunner {
  /**
   * `onSummary`: the summary as soon as the engine is done, before the sheets are laid out.
   * `onWriting`: how far the copy's write has come (`EngineRequest.copy`).
   */
  (req: EngineRequest, signal?: AbortSignal, onSummary?: (summary: RunSummary) => void, onWriting?: WriteProgress): Promise<EngineResponse>;
  explain?(req: ExplainRequest, signal?: AbortSignal): Promise<PersonExplanation | null>;
}

/**
 * The engine with its last run kept, so one person's explanation is built when asked: 9,000
 * explanations up front would cost the run and the crossing for the few the officer opens.
 */
export class EngineSession {
  private last: KeptRun | null = null;

  /** What the session keeps of the last run (null: none, or forgotten). */
  get kept(): KeptRun | null {
    return this.last;
  }

  run(req: EngineRequest, onSummary?: (summary: RunSummary) => void, onWriting?: WriteProgress): EngineResponse {
    // The previous run is dropped before the next one is built: never two in memory at once.
    this.last = null;
    const names = req.grids.sheets.map((s) => s.name);
    let summary: RunSummary | null = null;
    const job = runJob(req.grids, {
      action: req.action,
      lang: req.lang,
      now: req.now,
      version: req.version,
      models: !req.summaryOnly,
      // The findings and results go to the page before the sheets are laid out.
      onEngine: onSummary ? (result) => onSummary((summary = summarize(result, req.action, names))) : undefined,
    });
    this.last = keep(job.result);
    const full = summary ?? summarize(job.result, req.action, names);
    const copy =
      req.copy && !req.summaryOnly && job.conflicts.length === 0 && job.sheets.length > 0
        ? writeCopy(req, job.sheets, full.fingerprint, job.result.ownership, onWriting)
        : null;
    return {
      sheets: copy ? [] : job.sheets,
      summary: full,
      ownSheets: job.result.ownSheets,
      ...(req.summaryOnly ? {} : { ownership: job.result.ownership }),
      conflicts: job.conflicts,
      ...(copy ? { copy } : {}),
    };
  }

  explain(req: ExplainRequest): PersonExplanation | null {
    const last = this.last;
    if (!last || last.fingerprint !== req.fingerprint || last.lang !== req.lang) return null;
    return explainPerson(last, req.candidateId);
  }

  forget(): void {
    this.last = null;
  }
}

export type WriteProgress = (done: number, total: number) => void;

/** The copy of the file with the run's sheets (the same stamp and ownership the page's write used). */
function writeCopy(
  req: EngineRequest,
  sheets: SheetModel[],
  fingerprint: string,
  ownership: Ownership | undefined,
  onWriting?: WriteProgress,
): EngineResponse['copy'] | null {
  onWriting?.(0, 1);
  const { bytes } = replaceGeneratedSheets(new Uint8Array(req.copy!.bytes), sheets, { time: req.now, fingerprint }, jsCodec, { ownership }, onWriting);
  return bytes ? { bytes, written: sheets.map((m) => m.name) } : null;
}

/**
 * What a run leaves in the worker to answer explanations: the people, their scores, ranks and
 * decisions. Not the input grids, the findings or the other sheets' reading, which the page has.
 */
export type KeptRun = Pick<EngineResult, 'fingerprint' | 'lang' | 'candidates' | 'scores' | 'ranking' | 'decisions' | 'wording'>;

function keep(r: EngineResult): KeptRun {
  return {
    fingerprint: r.fingerprint,
    lang: r.lang,
    candidates: r.candidates,
    scores: r.scores,
    ranking: r.ranking,
    decisions: r.decisions,
    wording: r.wording,
  };
}

export function explainPerson(r: KeptRun, candidateId: string): PersonExplanation | null {
  const c = r.candidates.find((x) => x.id === candidateId);
  if (!c) return null;
  const decisions = r.decisions.get(c.id) ?? [];
  return {
    id: c.id,
    name: c.name,
    unit: c.unitName,
    sheet: c.nameRef.sheet,
    cell: a1(c.nameRef.row, c.nameRef.col),
    row: c.nameRef.row,
    col: c.nameRef.col,
    achievement: r.scores.get(c.id) && r.ranking.positions.get(c.id) ? achievementSummary(r, c) : '',
    titles: decisions.map((d) => ({ title: d.title, status: d.status, statusText: statusText(d.status, r.lang), text: explainDecision(d, r.lang, r.wording) })),
  };
}

// The summary's crossing (packed findings) is in wire.ts, which the page loads without the engine.
export { summaryFromWire, summaryToWire } from './wire';
export type { SummaryOnWire } from './wire';

/** A run's answer as it crosses: no summary when it went ahead (the page keeps that one). */
export type ResponseOnWire = Omit<EngineResponse, 'summary'> & { summary: SummaryOnWire | null };

/** Messages between the page and the engine's worker: each answer carries its request's number. */
export type WorkerMessage = { id: number; kind: 'run'; req: EngineRequest } | { id: number; kind: 'explain'; req: ExplainRequest };
export type WorkerReply =
  | { id: number; ok: true; kind: 'run'; response: ResponseOnWire }
  | { id: number; ok: true; kind: 'explain'; response: PersonExplanation | null }
  | { id: number; ok: false; error: string }
  /** A run's summary ahead of its answer (the sheets are still being laid out). */
  | { id: number; summary: SummaryOnWire }
  /** How far the copy's write has come. */
  | { id: number; writing: { done: number; total: number } };

/** The worker's side: one session for the worker's life; `early` carries a run's summary ahead. */
export function answer(session: EngineSession, m: WorkerMessage, early?: (reply: WorkerReply) => void): WorkerReply {
  try {
    if (m.kind === 'explain') return { id: m.id, ok: true, kind: 'explain', response: session.explain(m.req) };
    let ahead: RunSummary | null = null;
    const sendAhead = early && !m.req.summaryOnly ? (summary: RunSummary) => early({ id: m.id, summary: summaryToWire((ahead = summary)) }) : undefined;
    // Progress at most every 50 ms (the write reports per sheet part).
    let last = 0;
    const writing = early
      ? (done: number, total: number) => {
          const now = Date.now();
          if (now - last < 50 && done > 0 && done < total) return;
          last = now;
          early({ id: m.id, writing: { done, total } });
        }
      : undefined;
    const res = session.run(m.req, sendAhead, writing);
    return { id: m.id, ok: true, kind: 'run', response: { ...res, summary: res.summary === ahead ? null : summaryToWire(res.summary) } };
  } catch (err) {
    if (m.kind === 'run') session.forget();
    return { id: m.id, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

const pageSession = new EngineSession();

/**
 * Runs the engine on the page, after yielding once so the progress shows. Used where workers are
 * not available, and in component tests.
 */
export const inlineRunner: EngineRunner = Object.assign(
  async (req: EngineRequest, signal?: AbortSignal, onSummary?: (summary: RunSummary) => void, onWriting?: WriteProgress) => {
    await new Promise((r) => setTimeout(r, 0));
    throwIfCancelled(signal);
    return pageSession.run(req, onSummary, onWriting);
  },
  {
    explain: async (req: ExplainRequest, signal?: AbortSignal) => {
      throwIfCancelled(signal);
      return pageSession.explain(req);
    },
  },
);
