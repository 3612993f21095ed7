import { Lang } from '../../core/model';
import { JobResult, runJob } from '../../core/app';
import { loadWorkbook, workbookToGrids } from './readWorkbook';
import { newWorkbook, replaceGeneratedSheets } from './writeSheets';
import { buildTemplateSheets } from '../../core/template/defaults';
import { VERSION } from '../../core/version';
import { WorkbookGrids } from '../../sheet/grid';
import { SheetModel } from '../../sheet/sheetModel';
import { LegacyEncoding, legacyChanges, sheetEncoding } from '../../core/text/legacy';
import type { CellChange } from '../../sheet/grid';
import { XlsxPackage } from '../../xlsx/package';
import { patchCells } from '../../xlsx/patchCells';
import { nodeCodec } from './nodeCodec';
// Node's own SHA-256 for the core (same digests as the pure-JS one), installed on import.
import './nodeHash';

export { VERSION };

export interface FileJob extends JobResult {
  /** The opened package the copy is made from (the input bytes are never changed). */
  workbook: XlsxPackage;
  timings: { loadMs: number; engineMs: number };
}

/**
 * Reads an .xlsx, runs the job, and keeps the package to write the copy from. `models: false`
 * skips laying out the generated sheets when nothing will be written (`validate` without `-o`):
 * on the province book that is a third of the run.
 */
export async function runOnFile(
  data: ArrayBuffer | Uint8Array,
  o: { source: string; lang?: Lang; action: 'validate' | 'rank'; now?: string; models?: boolean },
): Promise<FileJob> {
  const t0 = performance.now();
  const workbook = await loadWorkbook(data, nodeCodec);
  // Every sheet, the add-in's own included (their content proves them ours and unchanged), but
  // the result sheets whose bytes already prove it.
  const grids = workbookToGrids(workbook, o.source, { forRun: true });
  const t1 = performance.now();
  const job = runJob(grids, { lang: o.lang, action: o.action, now: o.now ?? new Date().toISOString(), version: VERSION, models: o.models });
  const t2 = performance.now();
  return { ...job, workbook, timings: { loadMs: t1 - t0, engineMs: t2 - t1 } };
}

/**
 * The workbook with the generated sheets replaced, as bytes: every other part byte for byte.
 * Throws WriteBlockedError when a sheet to replace was edited by hand and `force` is not given
 * (check `job.result.ownership` first).
 */
export async function writeResult(job: FileJob, now: string, o: { force?: boolean } = {}): Promise<Uint8Array> {
  const { bytes, plan } = replaceGeneratedSheets(job.workbook, job.sheets, { time: now, fingerprint: job.result.fingerprint }, nodeCodec, {
    force: o.force,
    ownership: job.result.ownership,
  });
  if (!bytes) throw new WriteBlockedError(plan.conflicts.map((c) => c.name));
  return bytes;
}

export class WriteBlockedError extends Error {
  override name = 'WriteBlockedError';
  constructor(readonly sheets: string[]) {
    super(`edited generated sheets: ${sheets.join(', ')}`);
  }
}

/**
 * A copy of the workbook with the legacy-font text of some sheets converted to Unicode: the sheets
 * given, each with its encoding (or the one its cells show). The user asked for it; the input
 * bytes are never changed. Only the changed cells of those sheets are rewritten (as text, their
 * style kept; a cell with mixed fonts becomes plain text); every other part stays byte for byte.
 */
export async function convertLegacyText(
  data: ArrayBuffer | Uint8Array,
  o: { sheets?: string[]; encoding?: LegacyEncoding },
): Promise<{ bytes: Uint8Array; changes: CellChange[]; sheets: { sheet: string; encoding: LegacyEncoding }[] }> {
  const pkg = await loadWorkbook(data, nodeCodec);
  const grids = workbookToGrids(pkg);
  const chosen = o.sheets ? grids.sheets.filter((g) => o.sheets!.includes(g.name)) : grids.sheets;
  const changes: CellChange[] = [];
  const done: { sheet: string; encoding: LegacyEncoding }[] = [];
  const edits = new Map<string, CellChange[]>();
  for (const grid of chosen) {
    const encoding = o.encoding ?? sheetEncoding(grid);
    if (!encoding) continue;
    const candidates = legacyChanges(grid, encoding);
    if (candidates.length === 0) continue;
    const part = pkg.sheets.find((s) => s.name === grid.name)?.part;
    if (!part) continue;
    edits.set(part, candidates);
  }
  // A formula's shown text is its result: the formula stays, so its cell is not rewritten.
  const bytes = patchCells(pkg, edits, nodeCodec, (_part, applied) => {
    if (applied.length === 0) return;
    changes.push(...applied);
    done.push({ sheet: applied[0].sheet, encoding: o.encoding ?? sheetEncoding(grids.sheets.find((g) => g.name === applied[0].sheet)!)! });
  });
  return { bytes, changes, sheets: done };
}

/** A new workbook holding the campaign template with the default rules. */
export async function writeTemplate(year: number, organizer?: string): Promise<Uint8Array> {
  return writeNewWorkbook(buildTemplateSheets({ year, organizer }));
}

/**
 * The one way a file host makes a new workbook from sheet models (template, unit templates, the
 * upward workbook, the roll-up): every feature writes through here, so the package writer is one.
 */
export async function writeNewWorkbook(models: readonly SheetModel[]): Promise<Uint8Array> {
  return newWorkbook(models, nodeCodec);
}

/** The grids of an .xlsx file, for features that only read (roll-up, import). NotAWorkbookError otherwise. */
export async function readGrids(data: ArrayBuffer | Uint8Array, source?: string): Promise<WorkbookGrids> {
  return workbookToGrids(await loadWorkbook(data, nodeCodec), source);
}
