import { CellValue, MergeArea, WorkbookGrids } from '../../sheet/grid';
import { RoundTripRecord, recordsModel } from '../../core/roundtrip/records';
import { SheetModel } from '../../sheet/sheetModel';
import { fingerprintSheets } from '../../core/engine/run';
import { FEATURE_SETS, OfficeEnv } from './officeEnv';
import { PAYLOAD_TARGET, payloadBytes } from './payload';
import { toExcelValue } from './writeBook';
import { queueOwnSheets } from './roundtripRecords';

/**
 * The units' returned sheets into the open workbook. On ExcelApi 1.13 each sheet is inserted from
 * its file (insertWorksheetsFromBase64: formats, formulas, validation and notes come along) and
 * renamed after its unit; on older Excel its values and merged cells are written into a new
 * sheet. The earlier sheet of a unit that sent again is deleted first: the core has proved it is
 * the add-in's own and unchanged, and the user confirmed after seeing the changes.
 */
export interface ExcelImportItem {
  /** Its name in the workbook. */
  sheet: string;
  /** Its name in the returned file. */
  sourceSheet: string;
  /** Delete the workbook's sheet of this name first (a confirmed resubmission). */
  replaces: string | null;
  /** The returned file as base64 (null: write values only). */
  base64: string | null;
  /** Values and merged cells, for Excel before 1.13. */
  model: SheetModel;
}

export interface ExcelImportRequest {
  /** The workbook as read when the import was planned. */
  book: WorkbookGrids;
  items: ExcelImportItem[];
  records: RoundTripRecord[];
  stamp: { time: string; fingerprint: string };
  /** Ngày nộp to write in `Đơn vị` (cells the core found blank): Excel serial day numbers. */
  received: { sheet: string; row: number; col: number; serial: number }[];
}

export interface ExcelImportReport {
  written: string[];
  via: 'file' | 'values';
  received: number;
}

export async function importIntoExcel(env: OfficeEnv, req: ExcelImportRequest): Promise<ExcelImportReport> {
  const fromFile = env.supports(FEATURE_SETS.insertWorksheets);
  return env.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    for (const it of req.items) if (it.replaces) sheets.getItem(it.replaces).delete();
    if (fromFile) {
      // One insert per file, then one sync for all: each returns the new sheet's id to rename.
      const inserted = req.items.map((it) => ({
        it,
        ids: ctx.workbook.insertWorksheetsFromBase64(it.base64!, { sheetNamesToInsert: [it.sourceSheet], positionType: 'End' }),
      }));
      await ctx.sync();
      for (const { it, ids } of inserted) sheets.getItem(ids.value[0]).name = it.sheet;
    } else {
      let bytes = 0;
      for (const it of req.items) {
        const ws = sheets.add(it.sheet);
        bytes += queueValues(ws, it.model);
        if (bytes > PAYLOAD_TARGET / 2) {
          await ctx.sync();
          bytes = 0;
        }
      }
    }
    // The fingerprint of each sheet as Excel now holds it (a formula Excel computed on insert
    // would differ from the file's cached value): what proves later that nobody changed it.
    const used = req.items.map((it) => ({ it, r: sheets.getItem(it.sheet).getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex') }));
    await ctx.sync();
    const printOf = new Map<string, string>();
    const rowsOf = new Map<string, CellValue[][]>();
    for (const { it, r } of used) {
      const rows: CellValue[][] = [];
      if (!r.isNullObject)
        r.values.forEach(
          (row, i) => (rows[r.rowIndex + i] = [...new Array<CellValue>(r.columnIndex).fill(null), ...row.map((v) => (v === '' ? null : (v as CellValue)))]),
        );
      for (let i = 0; i < rows.length; i++) rows[i] ??= [];
      printOf.set(it.sheet, fingerprintSheets([{ name: it.sheet, rows }]));
      rowsOf.set(it.sheet, rows);
    }
    const records = req.records.map((rec) =>
      rec.kind === 'import' && rec.time === req.stamp.time && printOf.has(rec.sheet) ? { ...rec, fingerprint: printOf.get(rec.sheet)! } : rec,
    );
    for (const d of req.received) {
      const cell = sheets.getItem(d.sheet).getRangeByIndexes(d.row, d.col, 1, 1);
      cell.values = [[d.serial]];
      cell.numberFormat = [['dd/mm/yyyy']];
    }
    // The marker and the records as the core plans them; the returned sheets as Excel now holds them.
    const planned = req.items.map((it) => ({ ...it.model, rows: rowsOf.get(it.sheet) ?? it.model.rows }));
    const done = new Set([...req.items.map((i) => i.sheet), ...req.items.flatMap((i) => (i.replaces ? [i.replaces] : []))]);
    queueOwnSheets(
      ctx,
      { ...req.book, sheets: req.book.sheets.filter((s) => !done.has(s.name)) },
      [...planned, recordsModel(records)],
      req.stamp,
      new Set(req.items.map((i) => i.sheet)),
    );
    if (req.items[0]) sheets.getItem(req.items[0].sheet).activate();
    await ctx.sync();
    return { written: req.items.map((i) => i.sheet), via: fromFile ? 'file' : 'values', received: req.received.length };
  });
}

/** A model's values (one block) and merged cells on a new sheet; the request bytes queued. */
function queueValues(ws: Excel.Worksheet, m: SheetModel): number {
  const width = Math.max(1, ...m.rows.map((r) => r?.length ?? 0));
  const height = Math.max(1, m.rows.length);
  const block = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => toExcelValue(m.rows[r]?.[c] ?? null)));
  ws.getRangeByIndexes(0, 0, height, width).values = block;
  for (const mg of m.merges) rangeOf(ws, mg).merge(false);
  for (const nf of m.numberFormats ?? [])
    if (nf.fromRow < height)
      ws.getRangeByIndexes(nf.fromRow, nf.col, height - nf.fromRow, 1).numberFormat = Array.from({ length: height - nf.fromRow }, () => [nf.format]);
  return payloadBytes(block) + 250 * (m.merges.length + 2);
}

function rangeOf(ws: Excel.Worksheet, b: MergeArea): Excel.Range {
  return ws.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
}
