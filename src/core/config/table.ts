import { CellValue, SheetGrid, cellAt, cellText, gridWidth, mergedDown } from '../../sheet/grid';
import type { FindingLog } from '../findings/log';
import { matchKey } from '../text/normalize';

/** A column a config table may have, with the header texts staff write for it. */
export interface ColumnSpec {
  id: string;
  label: string;
  aliases: string[];
}

export interface TableLayout {
  headerRow: number;
  cols: Map<string, number>;
}

/** Header text as a key: parenthesised notes such as "(điểm)" or "(%)" and punctuation dropped. */
export function headerKey(text: string): string {
  // Every sheet repeats the same headers: each text is keyed once.
  let k = headerKeys.get(text);
  if (k === undefined) {
    k = matchKey(text.replace(/\([^)]*\)/g, ' ').replace(/[*:]/g, ' '));
    if (headerKeys.size > 20000) headerKeys.clear();
    headerKeys.set(text, k);
  }
  return k;
}

const headerKeys = new Map<string, string>();

function matchRow(grid: SheetGrid, row: number, specs: readonly ColumnSpec[]): Map<string, number> {
  const cols = new Map<string, number>();
  const width = gridWidth(grid);
  for (let c = 0; c < width; c++) {
    const key = headerKey(cellText(cellAt(grid, row, c)));
    if (key === '') continue;
    for (const spec of specs) {
      if (cols.has(spec.id)) continue;
      if (spec.aliases.includes(key)) {
        cols.set(spec.id, c);
        break;
      }
    }
  }
  return cols;
}

/**
 * The header row of a config table: the first row in the top rows that has every required
 * column. When none has, the row that came closest, so the caller can name what is missing.
 */
export function locateTable(
  grid: SheetGrid,
  specs: readonly ColumnSpec[],
  required: readonly string[],
  maxRows = 15,
): { found: true; layout: TableLayout } | { found: false; bestRow: number; missing: ColumnSpec[] } {
  let best = { row: 0, cols: new Map<string, number>() };
  const last = Math.min(maxRows, grid.rows.length);
  for (let r = 0; r < last; r++) {
    const cols = matchRow(grid, r, specs);
    if (required.every((id) => cols.has(id))) return { found: true, layout: { headerRow: r, cols } };
    if (cols.size > best.cols.size) best = { row: r, cols };
  }
  return { found: false, bestRow: best.row, missing: specs.filter((s) => required.includes(s.id) && !best.cols.has(s.id)) };
}

/** A located config table with its cell readers. */
export interface OpenTable {
  headerRow: number;
  cols: Map<string, number>;
  /** The value under column `id` on row `r`, or null when the table has no such column. */
  get(r: number, id: string): CellValue;
  /** Where a finding about row `r`, column `id` points (column A when the column is absent). */
  at(r: number, id: string): { sheet: string; row: number; col: number };
}

/**
 * Finds the table and reports each missing required column on the closest header row. Cells of
 * the `mergedColumns` under a merged area read as the area's value (a block merged down its
 * units, one decision merged down the people it awarded).
 */
export function openTable(
  grid: SheetGrid,
  specs: readonly ColumnSpec[],
  required: readonly string[],
  log: FindingLog,
  mergedColumns: readonly string[] = [],
): OpenTable | null {
  const sheet = grid.name;
  const loc = locateTable(grid, specs, required);
  if (!loc.found) {
    for (const m of loc.missing) log.add('CONFIG_HEADER_MISSING', { sheet, column: m.label }, { sheet, row: loc.bestRow, col: 0 });
    return null;
  }
  const { headerRow, cols } = loc.layout;
  const merged = new Map<number, Map<number, CellValue>>();
  for (const id of mergedColumns) {
    const c = cols.get(id);
    const down = c === undefined ? null : mergedDown(grid, c, headerRow + 1);
    if (c !== undefined && down) merged.set(c, down);
  }
  return {
    headerRow,
    cols,
    get: (r, id) => {
      const c = cols.get(id);
      if (c === undefined) return null;
      const v = cellAt(grid, r, c);
      return v === null && merged.size > 0 ? (merged.get(c)?.get(r) ?? null) : v;
    },
    at: (r, id) => ({ sheet, row: r, col: cols.get(id) ?? 0 }),
  };
}
