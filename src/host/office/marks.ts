import { WorkbookGrids, parseA1 } from '../../sheet/grid';
import { CellMark } from '../../core/roundtrip/marks';
import { CellLook, MarkRecord, RoundTripRecord } from '../../core/roundtrip/records';
import { OfficeEnv } from './officeEnv';
import { queueRecords } from './roundtripRecords';

/**
 * Đánh dấu lỗi / Xóa đánh dấu in the open workbook. Each marked cell gets the fill of its worst
 * finding and, where Excel has comments (ExcelApi 1.10) and the cell has none, a comment with the
 * messages. What the cell looked like before is kept in the records sheet, so the marks come
 * off exactly: the original fill back (or no fill), only the comments the add-in added deleted,
 * and a cell whose fill the user changed since left alone. Three syncs each way. Before ExcelApi
 * 1.9 (no fill pattern) Excel reports no fill as white, so an explicit white fill comes back as
 * no fill, which looks the same.
 */
const COMMENTS = '1.10';
const FILL_PATTERN = '1.9';

function quoted(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** The cells (row,col) of a sheet that hold a comment, in two syncs. */
async function commentedCells(ctx: Excel.RequestContext, ws: Excel.Worksheet): Promise<Map<string, Excel.Comment>> {
  const list = ws.comments.load('items/id');
  await ctx.sync();
  const located = list.items.map((c) => ({ c, at: c.getLocation().load('rowIndex,columnIndex') }));
  await ctx.sync();
  return new Map(located.map(({ c, at }) => [`${at.rowIndex},${at.columnIndex}`, c] as const));
}

export interface MarkReport {
  records: RoundTripRecord[];
  marked: number;
  notes: number;
  /** Cells that had a comment of their own: filled, their comment untouched. */
  keptNotes: number;
  /** This Excel has no comments API: fills only. */
  noComments: boolean;
}

export async function markFindings(
  env: OfficeEnv,
  req: { book: WorkbookGrids; sheet: string; marks: CellMark[]; records: RoundTripRecord[]; time: string },
): Promise<MarkReport> {
  const comments = env.supports(COMMENTS);
  const pattern = env.supports(FILL_PATTERN);
  return env.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(req.sheet).load('visibility');
    const fills = req.marks.map((m) => ws.getRangeByIndexes(m.row, m.col, 1, 1).format.fill.load(pattern ? 'color,pattern' : 'color'));
    const existing = comments ? await commentedCells(ctx, ws) : (await ctx.sync(), new Map<string, Excel.Comment>());
    const records: MarkRecord[] = [];
    let notes = 0;
    req.marks.forEach((m, i) => {
      const f = fills[i];
      const none = pattern ? f.pattern === 'None' : (f.color ?? '').toUpperCase() === '#FFFFFF';
      const before: CellLook = { fill: none ? null : f.color };
      const range = ws.getRangeByIndexes(m.row, m.col, 1, 1);
      range.format.fill.color = m.fill;
      if (comments && !existing.has(`${m.row},${m.col}`)) {
        ctx.workbook.comments.add(`${quoted(req.sheet)}!${m.cell}`, m.note);
        before.note = m.note;
        notes++;
      }
      records.push({ kind: 'mark', sheet: req.sheet, cell: m.cell, time: req.time, before, markFill: m.fill, noteAdded: before.note !== undefined });
    });
    const all = [...req.records, ...records];
    queueRecords(ctx, req.book, all, req.time);
    // The user sees the marks: the sheet comes to the front (a hidden sheet cannot).
    if (ws.visibility === 'Visible') ws.activate();
    await ctx.sync();
    return { records: all, marked: req.marks.length, notes, keptNotes: comments ? req.marks.length - notes : 0, noComments: !comments };
  });
}

export interface ClearReport {
  records: RoundTripRecord[];
  restored: number;
  /** Cells whose fill the user changed since the mark: left as they are. */
  leftAlone: number;
}

export async function clearMarks(env: OfficeEnv, req: { book: WorkbookGrids; sheet: string; records: RoundTripRecord[]; time: string }): Promise<ClearReport> {
  const comments = env.supports(COMMENTS);
  const mine = req.records.filter((r): r is MarkRecord => r.kind === 'mark' && r.sheet === req.sheet);
  return env.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(req.sheet);
    const at = mine.map((r) => parseA1(r.cell)!);
    const fills = at.map((p) => ws.getRangeByIndexes(p.row, p.col, 1, 1).format.fill.load('color'));
    const existing = comments && mine.some((r) => r.noteAdded) ? await commentedCells(ctx, ws) : (await ctx.sync(), new Map<string, Excel.Comment>());
    const contents = [...existing.entries()].map(([k, c]) => ({ k, c: c.load('content') }));
    if (contents.length) await ctx.sync();
    const noteAt = new Map(contents.map(({ k, c }) => [k, c] as const));
    let restored = 0;
    let leftAlone = 0;
    mine.forEach((r, i) => {
      const p = at[i];
      const range = ws.getRangeByIndexes(p.row, p.col, 1, 1);
      if ((fills[i].color ?? '').toUpperCase() === r.markFill.toUpperCase()) {
        if (r.before.fill === null) range.format.fill.clear();
        else range.format.fill.color = r.before.fill;
        restored++;
      } else leftAlone++;
      const note = noteAt.get(`${p.row},${p.col}`);
      // Only the comment the add-in added, and only if nobody rewrote it.
      if (r.noteAdded && note && note.content === r.before.note) note.delete();
    });
    const rest = req.records.filter((r) => !(r.kind === 'mark' && r.sheet === req.sheet));
    queueRecords(ctx, req.book, rest, req.time);
    await ctx.sync();
    return { records: rest, restored, leftAlone };
  });
}
