/**
 * Writing the generated sheets into a copy of the user's workbook, for every file host (Node and
 * the pane's worker, each with its codec): the core's plan (planWrite) carried out by the splice
 * writer, every part of the user's package kept byte for byte.
 */
import { MARKER_SHEET } from '../../core/config/sheetNames';
import { PlanOptions, WritePlan, isMarkerModel, planWrite, withPartHashes } from '../../core/ownership/marker';
import { SheetModel } from '../../sheet/sheetModel';
import { XlsxPackage } from '../../xlsx/package';
import { openPackage } from '../../xlsx/read';
import { SplicePlan, planningGrids, splice, writeWorkbook } from '../../xlsx/write';
import { Codec } from '../../xlsx/zip';
import { workbookToGrids } from './readWorkbook';

/**
 * The copy with the run's sheets replaced (the old ones removed, the models and the marker added),
 * or no bytes when the plan is blocked (a generated sheet edited by hand, a name a user sheet
 * holds): the caller shows `plan.conflicts`. Ownership is proved by content: without the
 * engine's check (`o.ownership`), every sheet is read for it.
 */
export function replaceGeneratedSheets(
  book: XlsxPackage | ArrayBuffer | Uint8Array,
  models: SheetModel[],
  stamp: { time: string; fingerprint: string },
  codec: Codec,
  o: PlanOptions = {},
  onProgress?: (done: number, total: number) => void,
): { bytes: Uint8Array | null; plan: WritePlan } {
  const pkg = book instanceof XlsxPackage ? book : openPackage(book, codec);
  const plan = planWrite(o.ownership ? planningGrids(pkg, MARKER_SHEET) : workbookToGrids(pkg), models, stamp, o);
  if (plan.blocked) return { bytes: null, plan };
  const now = Number.isNaN(Date.parse(stamp.time)) ? new Date() : new Date(stamp.time);
  return { bytes: splice(pkg, sealedByMarker(plan), codec, now, onProgress), plan };
}

/** The core's plan as the package writes it: the marker laid out last, listing the other sheets' part hashes. */
function sealedByMarker(plan: WritePlan): SplicePlan {
  const marker = plan.models.find(isMarkerModel);
  const others = plan.models.filter((m) => m !== marker);
  return marker ? { remove: plan.remove, models: others, seal: (hashes) => withPartHashes(marker, hashes) } : { remove: plan.remove, models: others };
}

/** A new workbook from sheet models (template, unit templates, upward workbook). */
export function newWorkbook(models: readonly SheetModel[], codec: Codec): Uint8Array {
  return writeWorkbook(models, codec);
}
