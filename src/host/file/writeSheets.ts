/**
 * Writing the generated sheets into a copy of the user's workbook, for every file host (Node and
 * the pane's worker, each with its codec): the core's plan (planWrite) carried out by the splice
 * writer, every part of the user's package kept byte for byte.
 */
import { planWrite } from '../../core/output/marker';
import { SheetModel } from '../../core/output/sheetModel';
import { XlsxPackage } from '../../xlsx/package';
import { openPackage } from '../../xlsx/read';
import { planningGrids, splice, writeWorkbook } from '../../xlsx/write';
import { Codec } from '../../xlsx/zip';

/** The copy with the run's sheets replaced (the old ones removed, the models and the marker added). */
export function replaceGeneratedSheets(book: XlsxPackage | ArrayBuffer | Uint8Array, models: SheetModel[], stamp: { time: string; fingerprint: string }, codec: Codec): Uint8Array {
  const pkg = book instanceof XlsxPackage ? book : openPackage(book, codec);
  const plan = planWrite(planningGrids(pkg), models, stamp);
  const now = Number.isNaN(Date.parse(stamp.time)) ? new Date() : new Date(stamp.time);
  return splice(pkg, plan, codec, now);
}

/** A new workbook from sheet models (template, unit templates, upward workbook). */
export function newWorkbook(models: readonly SheetModel[], codec: Codec): Uint8Array {
  return writeWorkbook(models, codec);
}
