import ExcelJS from 'exceljs';
import { Lang } from '../../core/model';
import { JobResult, runJob } from '../../core/app';
import { loadWorkbook, workbookToGrids } from './readWorkbook';
import { replaceGeneratedSheets, writeSheet } from './writeSheets';
import { buildTemplateSheets } from '../../core/template/defaults';
import { VERSION } from '../../core/version';
import { WorkbookGrids } from '../../core/grid';
import { SheetModel } from '../../core/output/sheetModel';
import { CellChange, LegacyEncoding, legacyChanges, sheetEncoding } from '../../core/text/legacy';

export { VERSION };

export interface FileJob extends JobResult {
  workbook: ExcelJS.Workbook;
  timings: { loadMs: number; engineMs: number };
}

/** Reads an .xlsx, runs the job, and keeps the workbook to write the copy from. */
export async function runOnFile(data: ArrayBuffer | Uint8Array, o: { source: string; lang?: Lang; action: 'validate' | 'rank'; now?: string }): Promise<FileJob> {
  const t0 = performance.now();
  const workbook = await loadWorkbook(data);
  const grids = workbookToGrids(workbook, o.source);
  const t1 = performance.now();
  const job = runJob(grids, { lang: o.lang, action: o.action, now: o.now ?? new Date().toISOString(), version: VERSION });
  const t2 = performance.now();
  return { ...job, workbook, timings: { loadMs: t1 - t0, engineMs: t2 - t1 } };
}

/**
 * The workbook with the generated sheets replaced, as bytes. The input bytes are never changed.
 * Throws WriteBlockedError when a sheet to replace was edited by hand and `force` is not given
 * (check `job.conflicts` first).
 */
export async function writeResult(job: FileJob, now: string, o: { force?: boolean } = {}): Promise<Uint8Array> {
  const plan = replaceGeneratedSheets(job.workbook, job.sheets, { time: now, fingerprint: job.result.fingerprint }, { force: o.force, ownership: job.result.ownership });
  if (plan.blocked) throw new WriteBlockedError(plan.conflicts.map((c) => c.name));
  const buf = await job.workbook.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
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
 * bytes are never changed. Cell formats stay; a cell with mixed fonts (rich text) becomes plain text.
 */
export async function convertLegacyText(data: ArrayBuffer | Uint8Array, o: { sheets?: string[]; encoding?: LegacyEncoding }): Promise<{ bytes: Uint8Array; changes: CellChange[]; sheets: { sheet: string; encoding: LegacyEncoding }[] }> {
  const workbook = await loadWorkbook(data);
  const grids = workbookToGrids(workbook);
  const chosen = o.sheets ? grids.sheets.filter((g) => o.sheets!.includes(g.name)) : grids.sheets;
  const changes: CellChange[] = [];
  const done: { sheet: string; encoding: LegacyEncoding }[] = [];
  for (const grid of chosen) {
    const encoding = o.encoding ?? sheetEncoding(grid);
    if (!encoding) continue;
    const ws = workbook.getWorksheet(grid.name)!;
    // A formula's shown text is its result: the formula stays, so its cell is not rewritten.
    const mine = legacyChanges(grid, encoding).filter((ch) => !ws.getCell(ch.row + 1, ch.col + 1).formula);
    if (mine.length === 0) continue;
    for (const ch of mine) ws.getCell(ch.row + 1, ch.col + 1).value = ch.after;
    changes.push(...mine);
    done.push({ sheet: grid.name, encoding });
  }
  return { bytes: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer), changes, sheets: done };
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
  const wb = new ExcelJS.Workbook();
  for (const m of models) writeSheet(wb, m);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The grids of an .xlsx file, for features that only read (roll-up, import). NotAWorkbookError otherwise. */
export async function readGrids(data: ArrayBuffer | Uint8Array, source?: string): Promise<WorkbookGrids> {
  return workbookToGrids(await loadWorkbook(data), source);
}
