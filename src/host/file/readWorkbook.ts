/**
 * The file host's reader: xlsx bytes → grids through the direct package reader (src/xlsx).
 * `loadWorkbook` opens the package (NotAWorkbookError with a sentence for anything that is not a
 * readable .xlsx); `workbookToGrids` reads its sheets. Pure JS by default (the e2e harness runs it
 * in a page); Node callers pass `nodeCodec` (fileHost.ts does).
 */
import { WorkbookGrids } from '../../sheet/grid';
import { UNREAD_OWN_SHEETS, findMarker } from '../../core/ownership/marker';
import { sha256Hex } from '../../sheet/sha256';
import { XlsxPackage } from '../../xlsx/package';
import { SheetReadContext, openPackage, readContext, readPackageGrids } from '../../xlsx/read';
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

/**
 * Every worksheet of an opened package as a grid, in the workbook's order. `forRun`: the read of a
 * run on the book, which only replaces the add-in's result sheets: those the signed marker proves
 * unchanged by their bytes are not read (on a result copy, `Xếp hạng` and `Kiểm tra` are most of
 * the file), their grids empty and saying so.
 */
export function workbookToGrids(
  pkg: XlsxPackage,
  source?: string,
  o: { forRun?: boolean; onProgress?(done: number, total: number): void } = {},
): WorkbookGrids {
  // Shared strings and styles read once, for the marker and then for the rest.
  const context = readContext(pkg);
  const unchanged = o.forRun ? unchangedOwnSheets(pkg, context) : new Set<string>();
  const grids = readPackageGrids(pkg, source, { context, onProgress: o.onProgress, only: unchanged.size ? (name) => !unchanged.has(name) : undefined });
  for (const g of grids.sheets) if (unchanged.has(g.name)) g.unchangedSinceWritten = true;
  return grids;
}

/**
 * The own sheets of UNREAD_OWN_SHEETS whose part hashes to what the signed marker lists: the
 * bytes the add-in wrote, so the values too. Anything else (no marker, an older one without part
 * hashes, a sheet Excel or LibreOffice saved again) is read and proved by its values, as before.
 */
export function unchangedOwnSheets(pkg: XlsxPackage, context: SheetReadContext = readContext(pkg)): Set<string> {
  const out = new Set<string>();
  const hidden = new Set(pkg.sheets.filter((s) => s.state === 'veryHidden' && s.worksheet && s.part).map((s) => s.name));
  if (hidden.size === 0) return out;
  const marker = findMarker(readPackageGrids(pkg, undefined, { context, only: (name) => hidden.has(name) }));
  for (const e of marker.entries) {
    if (!e.partHash || !e.fingerprint || !UNREAD_OWN_SHEETS.includes(e.id)) continue;
    const part = pkg.sheets.find((s) => s.name === e.name && s.worksheet)?.part;
    const bytes = part ? pkg.zip.read(part) : undefined;
    if (bytes && sha256Hex(bytes) === e.partHash) out.add(e.name);
  }
  return out;
}
