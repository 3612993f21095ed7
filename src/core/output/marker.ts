import { CellValue } from '../grid';

/**
 * The add-in's record of its own sheets (the very hidden marker sheet), the same for every host:
 * which own sheets a run replaces, which it keeps, and the rows it writes.
 */
export interface Replacement {
  /** Own sheets this run writes again: removed first. */
  remove: string[];
  /** Own sheets this run does not write (Xếp hạng after a check only): kept and still listed. */
  kept: string[];
}

/** Own sheets the user has deleted or renamed since are neither removed nor listed again. */
export function planReplacement(own: readonly string[], exists: (name: string) => boolean, written: readonly string[]): Replacement {
  const writing = new Set(written);
  const out: Replacement = { remove: [], kept: [] };
  for (const name of new Set(own)) {
    if (!exists(name)) continue;
    (writing.has(name) ? out.remove : out.kept).push(name);
  }
  return out;
}

export function markerRows(models: readonly { name: string; id: string }[], kept: readonly string[], stamp: { time: string; fingerprint: string }): CellValue[][] {
  return [['Sheet', 'Loại', 'Thời điểm', 'Dấu vân tay dữ liệu'], ...models.map((m) => [m.name, m.id, stamp.time, stamp.fingerprint]), ...kept.map((n) => [n, 'kept', stamp.time, ''])];
}
