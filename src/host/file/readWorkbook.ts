/**
 * The file host's reader: xlsx bytes → grids through the direct package reader (src/xlsx).
 * `loadWorkbook` opens the package (NotAWorkbookError with a sentence for anything that is not a
 * readable .xlsx); `workbookToGrids` reads its sheets. Pure JS by default (the e2e harness runs it
 * in a page); Node callers pass `nodeCodec` (fileHost.ts does).
 */
import { WorkbookGrids } from '../../core/grid';
import { XlsxPackage } from '../../xlsx/package';
import { openPackage, readPackageGrids } from '../../xlsx/read';
import { Codec } from '../../xlsx/zip';
import { jsCodec } from '../../xlsx/codec';
import { planningGrids } from '../../xlsx/write';
import { readOwnSheets } from '../../core/output/marker';
import { generatedSheetId } from '../../core/config/sheetNames';

export { NotAWorkbookError } from '../../xlsx/errors';
export type { NotAWorkbookReason } from '../../xlsx/errors';

/** Excel's serial day number for a JS date (1900 date system, as Office.js reports dates). */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

/** Opens an .xlsx from bytes. Anything that is not a readable xlsx raises NotAWorkbookError. */
export async function loadWorkbook(data: ArrayBuffer | Uint8Array, codec: Codec = jsCodec): Promise<XlsxPackage> {
  return openPackage(data, codec);
}

/** Every worksheet of an opened package as a grid, in the workbook's order. */
export function workbookToGrids(pkg: XlsxPackage, source?: string): WorkbookGrids {
  return readPackageGrids(pkg, source);
}

/**
 * The grids a run needs: every sheet, except that the cells of the add-in's own generated sheets
 * (listed in the marker, named as generated) are not read, as the engine leaves them out of its
 * inputs anyway; the log's are (a run appends to it). On a copy of the stress book our ranking
 * sheet alone is 150 MB of XML: reading it would double a re-run's time and memory.
 */
export function gridsForRun(pkg: XlsxPackage, source?: string): WorkbookGrids {
  const own = new Set(readOwnSheets(planningGrids(pkg)));
  const skip = (name: string) => own.has(name) && generatedSheetId(name) !== null && generatedSheetId(name) !== 'log';
  return readPackageGrids(pkg, source, { only: (name) => !skip(name) });
}
