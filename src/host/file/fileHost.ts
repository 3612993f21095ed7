import ExcelJS from 'exceljs';
import { Lang } from '../../core/model';
import { JobResult, runJob } from '../../core/app';
import { loadWorkbook, workbookToGrids } from './readWorkbook';
import { replaceGeneratedSheets, writeSheet } from './writeSheets';
import { buildTemplateSheets } from '../../core/template/defaults';
import { VERSION } from '../../core/version';

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

/** The workbook with the generated sheets replaced, as bytes. The input bytes are never changed. */
export async function writeResult(job: FileJob, now: string): Promise<Uint8Array> {
  replaceGeneratedSheets(job.workbook, job.sheets, { time: now, fingerprint: job.result.fingerprint });
  const buf = await job.workbook.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

/** A new workbook holding the campaign template with the default rules. */
export async function writeTemplate(year: number, organizer?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const m of buildTemplateSheets({ year, organizer })) writeSheet(wb, m);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
