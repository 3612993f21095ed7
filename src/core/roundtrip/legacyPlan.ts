import { SheetGrid } from '../../sheet/grid';
import { LegacyEncoding, legacyChanges, sheetEncoding } from '../text/legacy';
import type { CellChange } from '../../sheet/grid';
import { ConvertRecord, RoundTripRecord } from './records';
import { a1 } from '../../sheet/grid';

/**
 * The LEGACY_ENCODING warning as an action: what a conversion would change (examples before →
 * after for the user to confirm), and the records that let it be undone (Office writes have no
 * Ctrl+Z). Formula cells are left out by the host, which alone knows which cells are formulas.
 */
export interface ConversionPlan {
  sheet: string;
  encoding: LegacyEncoding;
  changes: CellChange[];
  examples: CellChange[];
}

export function planConversion(grid: SheetGrid, encoding?: LegacyEncoding): ConversionPlan | null {
  const enc = encoding ?? sheetEncoding(grid);
  if (!enc) return null;
  const changes = legacyChanges(grid, enc);
  if (changes.length === 0) return null;
  return { sheet: grid.name, encoding: enc, changes, examples: changes.slice(0, 5) };
}

export function conversionRecords(plan: ConversionPlan, time: string): ConvertRecord[] {
  return plan.changes.map((c) => ({
    kind: 'convert',
    sheet: c.sheet,
    cell: a1(c.row, c.col),
    time,
    encoding: plan.encoding,
    before: c.before,
    after: c.after,
  }));
}

/**
 * What restoring a sheet's conversion writes back: each converted cell's original text, when the
 * cell still holds what the conversion wrote (a cell the user edited since is left alone).
 */
export function restoreConversion(records: readonly RoundTripRecord[], sheet: string, current: (cell: string) => unknown): { cell: string; value: string }[] {
  const out: { cell: string; value: string }[] = [];
  for (const r of records) if (r.kind === 'convert' && r.sheet === sheet && current(r.cell) === r.after) out.push({ cell: r.cell, value: r.before });
  return out;
}
