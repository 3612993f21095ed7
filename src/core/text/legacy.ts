import { toUnicode } from 'vietnamese-conversion';
import { CellChange, SheetGrid } from '../../sheet/grid';
import { detectLegacyEncoding } from './normalize';

/**
 * Text typed with a legacy 8-bit Vietnamese font (TCVN3/ABC ".VnTime", or VNI-Times) reads as
 * Latin-1 garble once the font is gone ("NguyÔn V¨n An"). domain.md §6: detect, warn, and convert
 * only when the user asks. The character tables are the `vietnamese-conversion` package's (MIT,
 * no dependencies): they are data we would otherwise type by hand.
 */
export type LegacyEncoding = 'TCVN3' | 'VNI';

/** The Unicode (NFC) text of a legacy-font string. */
export function fromLegacy(text: string, encoding: LegacyEncoding): string {
  return toUnicode(text, encoding === 'TCVN3' ? 'tcvn3' : 'vni').normalize('NFC');
}

/**
 * Whether a cell is worth converting: characters of the legacy range and none of the Vietnamese
 * letters only Unicode has (a legacy font cannot have produced them: the cell is already Unicode).
 */
export function looksLegacy(text: string): boolean {
  return /[\u0080-\u00ff]/.test(text) && !/[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u036f\u1ea0-\u1ef9]/.test(text);
}

/** The text cells of a sheet that a conversion from the given encoding would change, and to what. */
export function legacyChanges(grid: SheetGrid, encoding: LegacyEncoding): CellChange[] {
  const changes: CellChange[] = [];
  grid.rows.forEach((cells, row) =>
    cells?.forEach((v, col) => {
      if (typeof v !== 'string' || !(looksLegacy(v) || detectLegacyEncoding(v) === encoding)) return;
      const after = fromLegacy(v, encoding);
      if (after !== v) changes.push({ sheet: grid.name, row, col, before: v, after });
    }),
  );
  return changes;
}

/** The legacy encoding most of a sheet's text cells show, or null when none does. */
export function sheetEncoding(grid: SheetGrid): LegacyEncoding | null {
  const count = { TCVN3: 0, VNI: 0 };
  for (const cells of grid.rows)
    for (const v of cells ?? []) {
      if (typeof v !== 'string') continue;
      const enc = detectLegacyEncoding(v);
      if (enc) count[enc]++;
    }
  if (count.TCVN3 === 0 && count.VNI === 0) return null;
  return count.TCVN3 >= count.VNI ? 'TCVN3' : 'VNI';
}
