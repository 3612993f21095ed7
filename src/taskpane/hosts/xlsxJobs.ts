/**
 * The .xlsx work of the browser file host, as plain-data jobs: read a file into grids, write the
 * generated sheets into a copy, write the template. They run in a worker (xlsx.worker.ts) so the
 * pane stays responsive on a large file; the same functions run on the page where workers are
 * missing. The package reader and splice writer are pure JS (src/xlsx) with the pure-JS codec.
 */
import { WorkbookGrids } from '../../core/grid';
import { SheetModel } from '../../core/output/sheetModel';
import { openPackage } from '../../xlsx/read';
import { jsCodec } from '../../xlsx/codec';
import { newWorkbook, replaceGeneratedSheets } from '../../host/file/writeSheets';
import { gridsForRun } from '../../host/file/readWorkbook';

export type XlsxJob =
  | { op: 'read'; bytes: ArrayBuffer; fileName: string }
  | { op: 'write'; bytes: ArrayBuffer; models: SheetModel[]; stamp: { time: string; fingerprint: string } }
  | { op: 'template'; models: SheetModel[] };

export type XlsxResult = { op: 'read'; grids: WorkbookGrids } | { op: 'write' | 'template'; bytes: Uint8Array };

export async function runXlsxJob(job: XlsxJob): Promise<XlsxResult> {
  if (job.op === 'read') return { op: 'read', grids: gridsForRun(openPackage(job.bytes, jsCodec), job.fileName) };
  if (job.op === 'write') return { op: 'write', bytes: replaceGeneratedSheets(job.bytes, job.models, job.stamp, jsCodec) };
  return { op: 'template', bytes: newWorkbook(job.models, jsCodec) };
}
