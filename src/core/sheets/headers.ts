import { SheetGrid, cellAt, cellText, gridWidth } from '../../sheet/grid';
import { CriteriaTree, Criterion } from '../model';
import { detectLegacyEncoding, fold } from '../text/normalize';
import { fromLegacy } from '../text/legacy';
import { APPRAISED_WORDS, SELF_WORDS, isSignatureFolded, subKind } from './vocabulary';
import { headerKey } from '../config/table';

export type { ColumnRole } from './vocabulary';
export { nameHeaderKind, roleOf, subKind } from './vocabulary';

/** A criterion named by a header: its code ("1.1", "TC 1.1", "Tiêu chí 1.1", "1.1. Hoàn thành…") or its text. */
export function criterionFromHeader(key: string, criteria: CriteriaTree, textIndex: Map<string, Criterion>): Criterion | null {
  if (key === '') return null;
  const stripped = key.replace(/^(tieu chi|tc|muc|diem)\s+/, '');
  const m = /^([a-z]{0,3}\d+(?:\.\d+)*|[ivxlc]+)(?:\s|$)/.exec(stripped);
  if (m) {
    const c = criteria.all.find((x) => x.key === m[1]);
    if (c) return c;
  }
  const bare = stripped.replace(SELF_WORDS, '').replace(APPRAISED_WORDS, '').trim();
  return textIndex.get(bare) ?? textIndex.get(key) ?? null;
}

export function criterionTextIndex(criteria: CriteriaTree): Map<string, Criterion> {
  const m = new Map<string, Criterion>();
  for (const c of criteria.all) if (c.text) m.set(headerKey(c.text), c);
  return m;
}

/**
 * A header typed with a legacy font (TCVN3 "Hä vµ tªn", VNI "Hoï vaø teân") read as Unicode, for
 * matching only: the sheet itself is never changed (the user converts it with `thidua convert`).
 */
function headerUnicode(t: string): string {
  if (!/[\u00a1-\u00ff]/.test(t)) return t;
  const enc = detectLegacyEncoding(t);
  return enc ? fromLegacy(t, enc) : t;
}

/**
 * Header texts with merged areas filled in: the text of a merged header belongs to every
 * column it spans, which is how "1.1" spans its "Tự chấm" and "Thẩm định" sub-columns.
 */
export function filledHeaderText(grid: SheetGrid, maxRow: number): string[][] {
  const width = gridWidth(grid);
  const out: string[][] = [];
  for (let r = 0; r <= maxRow && r < grid.rows.length; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(headerUnicode(cellText(cellAt(grid, r, c))));
    out.push(row);
  }
  for (const m of grid.merges ?? []) {
    if (m.top > maxRow) continue;
    const text = headerUnicode(cellText(cellAt(grid, m.top, m.left)));
    for (let r = m.top; r <= Math.min(m.bottom, maxRow); r++) for (let c = m.left; c <= m.right && c < width; c++) if (out[r]) out[r][c] = text;
  }
  // A host that cannot read merged areas (Excel before ExcelApi 1.13) gives none: a blank header
  // cell above a "Thẩm định" / "Tự chấm" sub-header then belongs to the criterion on its left.
  if (grid.merges === undefined)
    for (let r = 0; r + 1 < out.length; r++)
      for (let c = 1; c < width; c++)
        if (out[r][c] === '' && out[r][c - 1] !== '' && subKind(headerKey(out[r + 1][c])) !== null && subKind(headerKey(out[r + 1][c - 1])) !== null)
          out[r][c] = out[r][c - 1];
  return out;
}

export function isSignatureText(text: string): boolean {
  return isSignatureFolded(fold(text));
}
