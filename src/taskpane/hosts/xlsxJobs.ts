/**
 * The .xlsx work of the browser file host, as plain-data jobs: read a file into grids, write the
 * generated sheets into a copy, write the template. They run in a worker (xlsx.worker.ts) so the
 * pane stays responsive while ExcelJS parses a large file; the same functions run on the page
 * where workers are missing.
 */
import ExcelJS from 'exceljs';
import { WorkbookGrids } from '../../core/grid';
import { SheetModel } from '../../core/output/sheetModel';
import { OwnConflict, Ownership } from '../../core/output/marker';
import { loadWorkbook, workbookToGrids } from '../../host/file/readWorkbook';
import { replaceGeneratedSheets, writeSheet } from '../../host/file/writeSheets';

export type XlsxJob =
  | { op: 'read'; bytes: ArrayBuffer; fileName: string }
  | { op: 'write'; bytes: ArrayBuffer; models: SheetModel[]; stamp: { time: string; fingerprint: string }; force?: boolean; ownership?: Ownership }
  | { op: 'template'; models: SheetModel[] };

export type XlsxResult = { op: 'read'; grids: WorkbookGrids } | { op: 'write' | 'template'; bytes: Uint8Array; conflicts?: OwnConflict[] };

export async function runXlsxJob(job: XlsxJob): Promise<XlsxResult> {
  if (job.op === 'read') return { op: 'read', grids: workbookToGrids(await loadWorkbook(job.bytes), job.fileName) };
  const wb = job.op === 'write' ? await loadWorkbook(job.bytes) : new ExcelJS.Workbook();
  if (job.op === 'write') {
    // The ownership the engine checked on grids read from these same bytes (else checked again here).
    const plan = replaceGeneratedSheets(wb, job.models, job.stamp, { force: job.force, ownership: job.ownership });
    if (plan.blocked) return { op: 'write', bytes: new Uint8Array(0), conflicts: plan.conflicts };
  } else for (const m of job.models) writeSheet(wb, m);
  return { op: job.op, bytes: new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer) };
}
