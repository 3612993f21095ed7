import type { XlsxJob, XlsxResult } from './xlsxJobs';

/** Where the .xlsx jobs run: a worker in the built pane (xlsxWorker.ts), the page in tests. */
export type XlsxRunner = (job: XlsxJob) => Promise<XlsxResult>;
import { WorkbookHost } from './types';

/**
 * A workbook file in the browser, for users without Office 2019+ and for the UI tests. ExcelJS
 * runs in a worker, loaded only when a file is opened (it is most of the download), so the pane
 * stays responsive on a large file. Nothing leaves the page: the result is offered as a download.
 */
export function browserFileHost(fileName: string, bytes: ArrayBuffer, xlsx: XlsxRunner): WorkbookHost {
  const resultName = fileName.replace(/\.xlsx$/i, '') + '.ket-qua.xlsx';
  return {
    kind: 'file',
    name: () => fileName,
    async read({ onProgress }) {
      // A copy each time: the original bytes stay untouched for the write.
      const r = await xlsx({ op: 'read', bytes: bytes.slice(0), fileName });
      onProgress?.({ done: 1, total: 1 });
      if (r.op !== 'read') throw new Error('unexpected reply');
      return r.grids;
    },
    async sheetNames() {
      return (await this.read({})).sheets.map((s) => s.name);
    },
    async write(job) {
      // The copy is made from the file as it was opened: the user's sheets exactly as they were.
      const r = await xlsx({ op: 'write', bytes: bytes.slice(0), models: job.models, stamp: job.stamp, force: job.force, ownership: job.ownership });
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
