import type { XlsxJob, XlsxProgress, XlsxResult } from './xlsxJobs';
import { CancelledError } from '../cancel';
import { WorkbookHost } from '../types';
import type { WorkbookGrids } from '../../sheet/grid';

export interface XlsxRunOptions {
  /** Hủy: the job stops (the worker is ended). */
  signal?: AbortSignal;
  onProgress?: XlsxProgress;
}

/** Where the .xlsx jobs run: a worker in the built pane (xlsxWorker.ts), the page in tests. */
export type XlsxRunner = (job: XlsxJob, o?: XlsxRunOptions) => Promise<XlsxResult>;
/**
 * A workbook file in the browser, for users without Office 2019+ and for the UI tests. The
 * package reader and writer run in a worker, so the pane stays responsive on a large file, and
 * Hủy ends them at once. Nothing leaves the page: the result is offered as a download.
 */
export function browserFileHost(fileName: string, bytes: ArrayBuffer, xlsx: XlsxRunner): WorkbookHost {
  const resultName = fileName.replace(/\.xlsx$/i, '') + '.ket-qua.xlsx';
  // The bytes are the file as picked and never change (↻ picks the file again, a new host): read
  // once, the grids serve every run after. On the province book the second read was a third of
  // Xếp hạng's time (the engine's worker gets its own copy of them each run).
  let grids: WorkbookGrids | null = null;
  return {
    kind: 'file',
    name: () => fileName,
    async read({ signal, onProgress }) {
      if (grids) {
        onProgress?.({ done: 1, total: 1 });
        return grids;
      }
      // A copy: the original bytes stay untouched for the write.
      const r = await xlsx({ op: 'read', bytes: bytes.slice(0), fileName }, { signal, onProgress: (done, total) => onProgress?.({ done, total }) });
      onProgress?.({ done: 1, total: 1 });
      if (r.op !== 'read') throw new Error('unexpected reply');
      if (!signal?.aborted) grids = r.grids;
      return r.grids;
    },
    async sheetNames() {
      return (await this.read({})).sheets.map((s) => s.name);
    },
    source: () => bytes.slice(0),
    async write(job, onProgress, signal) {
      if (job.written) {
        onProgress?.(1, 1);
        return { written: job.written.sheets, skipped: [], download: { fileName: resultName, bytes: job.written.bytes } };
      }
      // The copy is made from the file as it was opened: the user's sheets exactly as they were.
      const r = await xlsx(
        { op: 'write', bytes: bytes.slice(0), models: job.models, stamp: job.stamp, force: job.force, ownership: job.ownership },
        { signal, onProgress },
      );
      if (signal?.aborted) throw new CancelledError();
      onProgress?.(1, 1);
      if (r.op === 'read') throw new Error('unexpected reply');
      if (r.conflicts && r.bytes.length === 0) return { written: [], skipped: [], blocked: true, conflicts: r.conflicts };
      return { written: job.models.map((m) => m.name), skipped: [], download: { fileName: resultName, bytes: r.bytes } };
    },
    async writeTemplate(models) {
      const r = await xlsx({ op: 'template', models });
      if (r.op === 'read') throw new Error('unexpected reply');
      return { written: models.map((m) => m.name), skipped: [], download: { fileName: 'mau-phong-trao.xlsx', bytes: r.bytes } };
    },
    async openNewWorkbook(name, data) {
      return { written: [name], skipped: [], download: { fileName: name, bytes: data } };
    },
    notes: () => [],
  };
}
