import { CellValue, MergeArea, SheetGrid, WorkbookGrids, isPercentFormat, parseA1 } from '../../sheet/grid';
import { configSheetId } from '../../core/config/sheetNames';
import { FEATURE_SETS, OfficeEnv } from './officeEnv';
import { throwIfCancelled } from '../cancel';
import { CELL_READ_LIMIT, PAYLOAD_TARGET, isPayloadError, payloadBytes } from './payload';

/**
 * Merged areas are read over the whole used range, with a sheet's first block: headers merge in
 * the first rows, and people merge a unit's name (a block's, a decision's) down the data rows,
 * which is every one of those rows' value. The answer is one address string per sheet.
 */

export interface ReadProgress {
  cellsRead: number;
  cellsTotal: number;
}

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?(p: ReadProgress): void;
  /** Bytes one response may carry (tests lower it to exercise the block shrinking). */
  targetBytes?: number;
}

interface Block {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** First guess of a cell's size in a response; measured and corrected after the first read. */
const FIRST_GUESS_BYTES_PER_CELL = 24;

/**
 * Reads every sheet of the open workbook as value grids (plus the merged areas of header rows
 * where ExcelApi 1.13 allows). One sync lists the sheets, one finds their used ranges, then
 * values come in blocks of rows, several sheets per sync, each response kept under the payload
 * limit; a block refused as too large is split in two and read again.
 */
export async function readWorkbook(env: OfficeEnv, o: ReadOptions = {}): Promise<WorkbookGrids> {
  const targetBytes = o.targetBytes ?? PAYLOAD_TARGET;
  const readMerges = env.supports(FEATURE_SETS.mergedAreas);
  return env.run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name,items/visibility');
    await ctx.sync();
    const sheets = worksheets.items.map((ws) => ({ ws, name: ws.name, visibility: ws.visibility }));
    const used = sheets.map((s) => s.ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
    await ctx.sync();
    throwIfCancelled(o.signal);

    const grids: SheetGrid[] = sheets.map((s) => ({
      name: s.name,
      rows: [],
      visibility: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible',
      ...(readMerges ? { merges: [] as MergeArea[] } : {}),
    }));
    let cellBudget = Math.max(1, Math.floor(targetBytes / FIRST_GUESS_BYTES_PER_CELL));
    const pending: Block[] = [];
    let cellsTotal = 0;
    const sheetRows: number[] = sheets.map(() => 0);
    const formatsOf = new Set(sheets.flatMap((s, i) => (configSheetId(s.name) === 'titles' ? [i] : [])));
    used.forEach((u, i) => {
      if (u.isNullObject) return;
      const rows = u.rowIndex + u.rowCount; // read from A1 so grid rows are sheet rows
      const cols = u.columnIndex + u.columnCount;
      sheetRows[i] = rows;
      cellsTotal += rows * cols;
      pending.push(...splitRows({ sheet: i, top: 0, left: 0, rows, cols }, cellBudget));
    });

    let cellsRead = 0;
    const mergesQueued = new Set<number>();
    while (pending.length) {
      throwIfCancelled(o.signal);
      // Take blocks until the budget is used; always at least one.
      const batch: Block[] = [];
      let cells = 0;
      while (pending.length && (batch.length === 0 || cells + pending[0].rows * pending[0].cols <= cellBudget)) {
        const b = pending.shift()!;
        batch.push(b);
        cells += b.rows * b.cols;
      }
      // Number formats only where a share is typed (`Danh hiệu`'s percentage columns): a
      // format per cell of every score sheet would double the read for nothing the core uses.
      const ranges = batch.map((b) =>
        sheets[b.sheet].ws.getRangeByIndexes(b.top, b.left, b.rows, b.cols).load(formatsOf.has(b.sheet) ? 'values,numberFormat' : 'values'),
      );
      const merged = batch.map((b) => {
        if (!readMerges || b.top !== 0 || mergesQueued.has(b.sheet)) return null;
        return sheets[b.sheet].ws.getRangeByIndexes(0, 0, sheetRows[b.sheet], b.cols).getMergedAreasOrNullObject().load('address');
      });
      try {
        // One sync per batch of blocks sized to the payload limit, never per row or cell.
        await ctx.sync();
      } catch (e) {
        if (!isPayloadError(e)) throw e;
        // Too large after all: halve the budget, split the blocks, read them again.
        const halved = Math.floor(cells / 2);
        if (batch.length === 1 && batch[0].rows === 1) throw e;
        cellBudget = Math.max(1, Math.min(cellBudget, halved));
        pending.unshift(...batch.flatMap((b) => splitRows(b, Math.max(1, Math.ceil((b.rows * b.cols) / 2)))));
        continue;
      }
      let bytes = 0;
      batch.forEach((b, i) => {
        const values = ranges[i].values as CellValue[][];
        bytes += payloadBytes(values);
        const rows = grids[b.sheet].rows;
        for (let r = 0; r < values.length; r++) rows[b.top + r] = trimRow(values[r]);
        if (formatsOf.has(b.sheet)) {
          const formats = ranges[i].numberFormat as string[][];
          bytes += payloadBytes(formats);
          const g = grids[b.sheet];
          for (let r = 0; r < values.length; r++)
            for (let c = 0; c < values[r].length; c++)
              if (typeof values[r][c] === 'number' && isPercentFormat(formats[r]?.[c] ?? ''))
                (g.special ??= []).push({ row: b.top + r, col: b.left + c, kind: 'percent' });
        }
        const m = merged[i];
        if (m) {
          mergesQueued.add(b.sheet);
          if (!m.isNullObject) grids[b.sheet].merges!.push(...parseAreas(m.address));
        }
      });
      cellsRead += cells;
      o.onProgress?.({ cellsRead, cellsTotal });
      // Size the next batches from what this one really weighed.
      const perCell = Math.max(4, (bytes / Math.max(1, cells)) * 1.25);
      cellBudget = Math.max(1, Math.min(CELL_READ_LIMIT, Math.floor(targetBytes / perCell)));
    }
    for (const g of grids) for (let r = 0; r < g.rows.length; r++) g.rows[r] ??= [];
    return { sheets: grids };
  });
}

/** The workbook's sheet names, in one sync: enough to see whether a campaign is set up. */
export async function readSheetNames(env: OfficeEnv): Promise<string[]> {
  return env.run(async (ctx) => {
    const worksheets = ctx.workbook.worksheets;
    worksheets.load('items/name');
    await ctx.sync();
    return worksheets.items.map((ws) => ws.name);
  });
}

/** Cuts a block into row blocks of at most `cells` cells (at least one row each). */
export function splitRows(b: Block, cells: number): Block[] {
  const per = Math.max(1, Math.floor(cells / Math.max(1, b.cols)));
  const out: Block[] = [];
  for (let top = b.top; top < b.top + b.rows; top += per) out.push({ ...b, top, rows: Math.min(per, b.top + b.rows - top) });
  return out;
}

/** Office.js gives '' for empty cells; the engine's grids use null and may be ragged. */
function trimRow(values: CellValue[]): CellValue[] {
  let end = values.length;
  while (end > 0 && (values[end - 1] === '' || values[end - 1] === null)) end--;
  const out: CellValue[] = new Array(end);
  for (let c = 0; c < end; c++) out[c] = values[c] === '' ? null : values[c];
  return out;
}

/**
 * A RangeAreas address ("Sheet1!A1:B2,Sheet1!C1:D1", sheet names quoted when needed, with ''
 * for a quote) as 0-based merged areas.
 */
export function parseAreas(address: string): MergeArea[] {
  const out: MergeArea[] = [];
  const re = /(?:^|,)\s*(?:'(?:[^']|'')*'|[^',!]*)!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?/g;
  for (const m of address.matchAll(re)) {
    const p = parseA1(m[1].replace(/\$/g, ''));
    const q = parseA1((m[2] ?? m[1]).replace(/\$/g, ''));
    if (p && q) out.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  return out;
}
