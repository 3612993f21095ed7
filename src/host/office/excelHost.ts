import { FEATURE_SETS, OfficeEnv } from './officeEnv';
import { readSheetNames, readWorkbook } from './readBook';
import { selectCell, writeGeneratedSheets, writeUserSheets } from './writeBook';
import { WorkbookCreator, openNewWorkbook } from './createWorkbook';
import { WorkbookHost } from '../types';
import { excelRoundTrip } from './roundTripOps';

/** The open workbook, through the Office.js adapter. */
export function excelHost(env: OfficeEnv, documentName = '', create: WorkbookCreator | null = null): WorkbookHost {
  return {
    kind: 'excel',
    name: () => documentName,
    read: ({ signal, onProgress }) =>
      readWorkbook(env, { signal, onProgress: (p) => onProgress?.({ done: p.cellsRead, total: p.cellsTotal }) }).then((g) => ({
        ...g,
        source: documentName || undefined,
      })),
    sheetNames: () => readSheetNames(env),
    write: (job, onProgress) => writeGeneratedSheets(env, job, { onProgress }),
    select: (sheet, cell) => selectCell(env, sheet, cell),
    writeTemplate: (models) => writeUserSheets(env, models),
    openNewWorkbook: async (fileName, bytes) => {
      let opened = false;
      try {
        opened = await openNewWorkbook(env, create, bytes);
      } catch (e) {
        // Excel on the web takes at most 5 MB a request: a larger workbook is offered as a download.
        if (!/PayloadSize/i.test(`${(e as { code?: string }).code ?? ''} ${(e as Error).message ?? ''}`)) throw e;
      }
      return opened ? { written: [fileName], skipped: [] } : { written: [fileName], skipped: ['createWorkbook'], download: { fileName, bytes } };
    },
    roundTrip: excelRoundTrip(env, create),
    notes: () => {
      const out: ('noMerges' | 'oldExcel')[] = [];
      // The core needs ExcelApi 1.7 (Office 2019); the manifest asks for it, but say it plainly.
      if (!env.supports('1.7')) out.push('oldExcel');
      else if (!env.supports(FEATURE_SETS.mergedAreas)) out.push('noMerges');
      return out;
    },
  };
}
