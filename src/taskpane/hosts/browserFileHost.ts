import type ExcelJS from 'exceljs';
import { WorkbookHost } from './types';

/**
 * A workbook file in the browser, for users without Office 2019+ and for the UI tests. ExcelJS
 * is loaded only when a file is opened (it is most of the download). Nothing leaves the page:
 * the result is offered as a download.
 */
export function browserFileHost(fileName: string, bytes: ArrayBuffer): WorkbookHost {
  let workbook: ExcelJS.Workbook | null = null;
  const resultName = fileName.replace(/\.xlsx$/i, '') + '.ket-qua.xlsx';
  return {
    kind: 'file',
    name: () => fileName,
    async read({ onProgress }) {
      const { loadWorkbook, workbookToGrids } = await import(/* webpackChunkName: "xlsx" */ '../../host/file/readWorkbook');
      // Read a fresh copy each time: the previous run's sheets must not leak into this one.
      workbook = await loadWorkbook(bytes.slice(0));
      const grids = workbookToGrids(workbook, fileName);
      onProgress?.({ done: 1, total: 1 });
      return grids;
    },
    async write(job) {
      if (!workbook) throw new Error('read() first');
      const { replaceGeneratedSheets } = await import(/* webpackChunkName: "xlsx" */ '../../host/file/writeSheets');
      replaceGeneratedSheets(workbook, job.models, job.stamp);
      const out = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
      return { written: job.models.map((m) => m.name), skipped: [], download: { fileName: resultName, bytes: out } };
    },
    async writeTemplate(models) {
      const ExcelJSMod = (await import(/* webpackChunkName: "xlsx" */ 'exceljs')).default;
      const { writeSheet } = await import(/* webpackChunkName: "xlsx" */ '../../host/file/writeSheets');
      const wb = new ExcelJSMod.Workbook();
      for (const m of models) writeSheet(wb, m);
      const out = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      return { written: models.map((m) => m.name), skipped: [], download: { fileName: 'mau-phong-trao.xlsx', bytes: out } };
    },
    notes: () => [],
  };
}
