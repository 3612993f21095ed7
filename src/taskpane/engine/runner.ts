import { WorkbookGrids } from '../../core/grid';
import { Lang } from '../../core/model';
import { runJob } from '../../core/app';
import { RunSummary, summarize } from '../../core/output/summary';
import { SheetModel } from '../../core/output/sheetModel';
import { OwnConflict, Ownership } from '../../core/output/marker';
import { throwIfCancelled } from '../../host/cancel';

export interface EngineRequest {
  grids: WorkbookGrids;
  action: 'validate' | 'rank';
  lang: Lang;
  now: string;
  version: string;
  /** Only the summary (nothing will be written): the sheets are not laid out. */
  summaryOnly?: boolean;
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
}

export type EngineRunner = (req: EngineRequest, signal?: AbortSignal) => Promise<EngineResponse>;

/** The whole engine job: the same for the worker and for the page itself. */
export function runEngineJob(req: EngineRequest): EngineResponse {
  const job = runJob(req.grids, { action: req.action, lang: req.lang, now: req.now, version: req.version, models: !req.summaryOnly });
  return {
    sheets: job.sheets,
    summary: summarize(job.result, req.action, req.grids.sheets.map((s) => s.name)),
    ownSheets: job.result.ownSheets,
    ...(req.summaryOnly ? {} : { ownership: job.result.ownership }),
    conflicts: job.conflicts,
  };
}

/**
 * Runs the engine on the page, after yielding once so the progress shows. Used where workers are
 * not available, and in component tests.
 */
export const inlineRunner: EngineRunner = async (req, signal) => {
  await new Promise((r) => setTimeout(r, 0));
  throwIfCancelled(signal);
  return runEngineJob(req);
};
