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
