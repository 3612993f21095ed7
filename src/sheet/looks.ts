import { SheetModel, StyleName } from './sheetModel';
import { SPECIAL_STRIDE } from './grid';

/**
 * How each named style looks, in terms every host can draw (ExcelJS and Office.js alike), so
 * a generated sheet looks the same whichever host wrote it. Colours are RRGGBB.
 */
export interface Look {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points added to the sheet's font size. */
  sizeDelta?: number;
  color?: string;
  fill?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle';
  wrap?: boolean;
}

export const LOOKS: Record<StyleName, Look> = {
  motto: { bold: true, hAlign: 'center', vAlign: 'middle' },
  agency: { bold: true, sizeDelta: -1, hAlign: 'center', vAlign: 'middle', wrap: true },
  title: { bold: true, sizeDelta: 2, hAlign: 'center', vAlign: 'middle' },
  subtitle: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true },
  italic: { italic: true, hAlign: 'center' },
  header: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fill: 'D9E1F2', border: true },
  cell: { border: true, vAlign: 'top' },
  cellCenter: { hAlign: 'center', vAlign: 'top' },
  cellWrap: { border: true, vAlign: 'top', wrap: true },
  wrap: { vAlign: 'top', wrap: true },
  top: { vAlign: 'top' },
  number: {},
  section: { bold: true, fill: 'EDEDED' },
  group: { bold: true, italic: true },
  total: { bold: true },
  error: { bold: true, color: '9C0006', fill: 'FFC7CE' },
  warning: { color: '9C5700', fill: 'FFEB9C' },
  proposed: { color: '006100', fill: 'C6EFCE' },
  tie: { bold: true, fill: 'FFEB9C' },
  muted: { italic: true, color: '595959' },
  signature: { bold: true, hAlign: 'center' },
  signatureName: { bold: true, hAlign: 'center' },
};

/** Colour and underline of a link inside the workbook. */
export const LINK_LOOK: Look = { color: '0563C1', underline: true };

/** Later styles win property by property, as when styles are applied one over another. */
export function combineLooks(names: readonly StyleName[]): Look {
  const out: Look = {};
  for (const n of names) {
    const l = LOOKS[n];
    for (const k of Object.keys(l) as (keyof Look)[]) if (l[k] !== undefined) (out as Record<string, unknown>)[k] = l[k];
  }
  return out;
}

/**
 * The styles over each cell, joined as "cell+total": cells with the same key look the same,
 * so hosts make one style object (or one formatting call on a range) per key.
 */
export function styleCombos(m: SheetModel): (string | undefined)[][] {
  const width = sheetWidth(m);
  const combos: (string | undefined)[][] = [];
  // Each key made once and shared by every cell that has it: a 45,000-row sheet would otherwise
  // make a string per cell, and every lookup by key would hash it again.
  const joined = new Map<string, Map<string, string>>();
  const join = (a: string, b: string): string => {
    let next = joined.get(a);
    if (!next) joined.set(a, (next = new Map()));
    let k = next.get(b);
    if (k === undefined) next.set(b, (k = `${a}+${b}`));
    return k;
  };
  for (const st of m.styles)
    for (let r = st.top; r <= st.bottom; r++) {
      const row = (combos[r] ??= []);
      for (let c = st.left; c <= Math.min(st.right, width - 1); c++) row[c] = row[c] === undefined ? st.style : join(row[c]!, st.style);
    }
  return combos;
}

export function sheetWidth(m: SheetModel): number {
  let w = m.columnWidths.length;
  for (const r of m.rows) if (r && r.length > w) w = r.length;
  return w;
}

const WRAPPING: ReadonlySet<StyleName> = new Set(['header', 'cellWrap', 'wrap', 'agency', 'subtitle']);

/**
 * Row heights (points) for rows whose wrapped text needs more than one line. Neither Excel nor
 * LibreOffice grows a row for wrapped text written by a program, so every host sets them.
 */
export function rowHeights(m: SheetModel, combos: (string | undefined)[][]): Map<number, number> {
  const wraps = new Map<string, boolean>();
  // Neighbouring cells mostly share a style key: the last one's answer is kept at hand.
  let lastCombo: string | undefined;
  let lastWraps = false;
  const wrapping = (combo: string | undefined) => {
    if (combo === undefined) return false;
    if (combo === lastCombo) return lastWraps;
    let w = wraps.get(combo);
    if (w === undefined) wraps.set(combo, (w = combo.split('+').some((st) => WRAPPING.has(st as StyleName))));
    lastCombo = combo;
    lastWraps = w;
    return w;
  };
  // The width of a merge, by its top-left cell (row · 2¹⁴ + column: no key string per cell).
  const spans = new Map<number, number>();
  for (const mg of m.merges) {
    let w = 0;
    for (let c = mg.left; c <= mg.right; c++) w += m.columnWidths[c] ?? 9;
    spans.set(mg.top * SPECIAL_STRIDE + mg.left, w);
  }
  const heights = new Map<number, number>();
  const lineHeight = m.page.fontSize * 1.35;
  // Column width counts '0' digits of Calibri 11; Vietnamese text runs about 1.2 characters a
  // unit in Calibri 11 and 1.3 in Times New Roman 13 (checked on LibreOffice renderings).
  const perUnit = m.page.font === 'Calibri' ? 1.2 * (11 / m.page.fontSize) : 1.3 * (13 / m.page.fontSize);
  for (let r = 0; r < m.rows.length; r++) {
    const row = m.rows[r];
    if (!row) continue;
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v === '') continue;
      if (!wrapping(combos[r]?.[c])) continue;
      const width = Math.max(4, (spans.get(r * SPECIAL_STRIDE + c) ?? m.columnWidths[c] ?? 9) * perUnit - 1);
      // Most cells fit on one line: no splitting for them (the ranking's 9,000 rows have many).
      if (v.length <= width && v.indexOf('\n') < 0) continue;
      let n = 0;
      for (const part of v.split('\n')) n += wrappedLines(part, width);
      if (n > lines) lines = n;
    }
    if (lines > 1) heights.set(r, Math.min(409, Math.ceil(lines * lineHeight + 4)));
  }
  return heights;
}

/** Lines a text takes when wrapped word by word at `width` characters. */
export function wrappedLines(text: string, width: number): number {
  if (text.length <= width) return 1;
  let lines = 1;
  let used = 0;
  // Word by word as split(' ') gives them, without making the array (long explanations).
  for (let i = 0; i <= text.length;) {
    let j = text.indexOf(' ', i);
    if (j < 0) j = text.length;
    const w = j - i;
    i = j + 1;
    if (used === 0) used = w;
    else if (used + 1 + w <= width) used += 1 + w;
    else {
      lines++;
      used = w;
    }
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}
