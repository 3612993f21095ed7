/**
 * The .xlsx work of the browser file host, as plain-data jobs: read a file into grids, write the
 * generated sheets into a copy, write the template. They run in a worker (xlsx.worker.ts) so the
 * pane stays responsive on a large file; the same functions run on the page where workers are
 * missing. The package reader and splice writer are pure JS (src/xlsx) with the pure-JS codec.
 */
import { WorkbookGrids } from '../../sheet/grid';
import { SheetModel } from '../../sheet/sheetModel';
import { openPackage } from '../../xlsx/read';
import { workbookToGrids } from './readWorkbook';
import { jsCodec } from '../../xlsx/codec';
import { newWorkbook, replaceGeneratedSheets } from './writeSheets';
import { OwnConflict, Ownership } from '../../core/ownership/marker';

export type XlsxJob =
  | { op: 'read'; bytes: ArrayBuffer; fileName: string }
  | { op: 'write'; bytes: ArrayBuffer; models: SheetModel[]; stamp: { time: string; fingerprint: string }; force?: boolean; ownership?: Ownership }
  | { op: 'template'; models: SheetModel[] };

export type XlsxResult = { op: 'read'; grids: WorkbookGrids } | { op: 'write' | 'template'; bytes: Uint8Array; conflicts?: OwnConflict[] };

/** How far along a job is: sheets read, or sheets laid out and the archive, written. */
export type XlsxProgress = (done: number, total: number) => void;

export async function runXlsxJob(job: XlsxJob, o: { onProgress?: XlsxProgress } = {}): Promise<XlsxResult> {
  const onProgress = o.onProgress;
  if (job.op === 'read') return { op: 'read', grids: workbookToGrids(openPackage(job.bytes, jsCodec), job.fileName, { forRun: true, onProgress }) };
  if (job.op === 'write') {
    // The ownership the engine checked on grids read from these same bytes (else checked again here).
    const { bytes, plan } = replaceGeneratedSheets(job.bytes, job.models, job.stamp, jsCodec, { force: job.force, ownership: job.ownership }, onProgress);
    return bytes ? { op: 'write', bytes } : { op: 'write', bytes: new Uint8Array(0), conflicts: plan.conflicts };
  }
  return { op: 'template', bytes: newWorkbook(job.models, jsCodec) };
}
