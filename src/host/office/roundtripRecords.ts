import { CellValue } from '../../core/grid';
import { RECORDS_SHEET, RoundTripRecord, recordRows } from '../../core/roundtrip/records';
import { toExcelValue } from './writeBook';

/**
 * The round trip's very hidden records sheet, rewritten whole (it is small), and the marker's
 * list of the add-in's own sheets, extended: queued on the caller's batch, sent with its sync.
 */
export function queueRecords(ctx: Excel.RequestContext, records: readonly RoundTripRecord[], exists: boolean): void {
  const sheets = ctx.workbook.worksheets;
  if (exists) sheets.getItem(RECORDS_SHEET).delete();
  const ws = sheets.add(RECORDS_SHEET);
  const rows = recordRows(records);
  ws.getRangeByIndexes(0, 0, rows.length, rows[0].length).values = rows.map((r) => r.map(toExcelValue));
  ws.visibility = 'VeryHidden';
}

/**
 * The marker, rewritten whole with the sheets just added (the core signs it again: rows appended
 * by hand would no longer prove anything): the old marker deleted, the new one very hidden.
 */
export function queueMarker(ctx: Excel.RequestContext, oldSheet: string | null, marker: { name: string; rows: CellValue[][] }): void {
  const sheets = ctx.workbook.worksheets;
  if (oldSheet) sheets.getItem(oldSheet).delete();
  const ws = sheets.add(marker.name);
  const width = Math.max(...marker.rows.map((r) => r.length));
  ws.getRangeByIndexes(0, 0, marker.rows.length, width).values = marker.rows.map((r) => Array.from({ length: width }, (_, c) => toExcelValue(r[c] ?? null)));
  ws.visibility = 'VeryHidden';
}
