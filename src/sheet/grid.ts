/**
 * The only shape in which the engine sees a workbook: sheets as 2-D value grids.
 * Every host (ExcelJS file host, Office.js adapter, tests) produces these and nothing else,
 * so the domain core never touches a spreadsheet API.
 */

/** A cell as hosts deliver it. Dates arrive as Excel serial numbers (as Office.js `values` does). */
export type CellValue = string | number | boolean | null;

/** A merged area, 0-based and inclusive. Only its top-left cell carries the value. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c] is the cell at 0-based row r, column c, counted from A1. Rows may be ragged. */
  rows: CellValue[][];
  merges?: MergeArea[];
  /** Hidden sheets are still read; very hidden ones are the add-in's own bookkeeping. */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * Cells whose value alone would mislead, as far as the host can tell (the file reader can;
   * Office.js hosts may leave this out): a date typed where a number is expected, a formula
   * whose result was never calculated (no cached value), so findings can say what the cell holds;
   * a number shown as a percentage (Excel stores 0,5 when "50%" is typed), so a share is read as
   * the user sees it. The Office.js adapter reports percentages on the config sheets only.
   */
  special?: { row: number; col: number; kind: SpecialKind }[];
  /**
   * The host proved this sheet one of the add-in's own, unchanged since it was written (the file
   * host: its part's bytes hash to what the signed marker lists), so its rows were not read and
   * `rows` is empty. Only sheets the next run only replaces get this (UNREAD_OWN_SHEETS in output/marker.ts).
   */
  unchangedSinceWritten?: true;
}

export type SpecialKind = 'date' | 'formulaNoValue' | 'percent';

/** The key of a cell in specialCells' map: row · SPECIAL_STRIDE + column. */
export const SPECIAL_STRIDE = 1 << 14;

/** The grid's special cells of the kinds asked for, by row · SPECIAL_STRIDE + column; null when none. */
export function specialCells(grid: SheetGrid, kinds: readonly SpecialKind[]): Map<number, SpecialKind> | null {
  let m: Map<number, SpecialKind> | null = null;
  for (const x of grid.special ?? []) if (kinds.includes(x.kind)) (m ??= new Map()).set(x.row * SPECIAL_STRIDE + x.col, x.kind);
  return m;
}

/**
 * Whether a number format code shows a percentage: a % outside quotes, escapes and brackets in
 * the section for positive numbers ("0%", "0.00%", "#,##0.0 %"; not "0\%" or "0"%"").
 */
export function isPercentFormat(code: string): boolean {
  const first = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0];
  return first.includes('%');
}

export interface WorkbookGrids {
  sheets: SheetGrid[];
  /** File name or document title, for the log and the consolidated workbook. */
  source?: string;
}

export function cellAt(grid: SheetGrid, row: number, col: number): CellValue {
  const r = grid.rows[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row and column to an A1 address. */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === 'string' && v.trim() === '');
}

/** Text as shown, for cells read as labels. Numbers keep their plain JS form ("1.1"). */
export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/**
 * The cells of column `col`, from row `fromRow` on, that lie under the top of a merged area
 * starting in that column, with the value of the area's top-left cell: people merge a unit's
 * name (or a block's, a deadline) down the rows it applies to, and Excel keeps the value in the
 * top cell only. Null when the column has no such merge (the common case: nothing to look up).
 */
export function mergedDown(grid: SheetGrid, col: number, fromRow: number): Map<number, CellValue> | null {
  let out: Map<number, CellValue> | null = null;
  for (const m of grid.merges ?? []) {
    if (m.left !== col || m.bottom <= m.top || m.top < fromRow) continue;
    const value = cellAt(grid, m.top, m.left);
    if (isBlank(value)) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      if (!isBlank(cellAt(grid, r, col))) continue;
      (out ??= new Map()).set(r, value);
    }
  }
  return out;
}

/** Width of the widest row. */
export function gridWidth(grid: SheetGrid): number {
  let w = 0;
  for (const r of grid.rows) if (r && r.length > w) w = r.length;
  return w;
}

/** A text cell changed in place (legacy encodings converted to Unicode), 0-based. */
export interface CellChange {
  sheet: string;
  /** 0-based. */
  row: number;
  col: number;
  before: string;
  after: string;
}
