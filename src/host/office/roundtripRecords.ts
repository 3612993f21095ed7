import { CellValue } from '../../core/grid';
import { MARKER_SHEET } from '../../core/config/sheetNames';
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
 * Adds sheets to the marker (creating it when the workbook has none): `markerRows` are the rows
 * read with the workbook, so names already listed are not listed twice.
 */
export function queueMarkerAdditions(ctx: Excel.RequestContext, markerRows: CellValue[][] | null, add: { name: string; id: string }[], stamp: { time: string; fingerprint: string }): void {
  const listed = new Set((markerRows ?? []).slice(1).map((r) => String(r?.[0] ?? '')));
  const fresh = add.filter((a) => !listed.has(a.name));
  if (fresh.length === 0) return;
  const sheets = ctx.workbook.worksheets;
  const rows: CellValue[][] = fresh.map((a) => [a.name, a.id, stamp.time, stamp.fingerprint]);
  if (!markerRows) {
    const ws = sheets.add(MARKER_SHEET);
    const all = [['Sheet', 'Loại', 'Thời điểm', 'Dấu vân tay dữ liệu'], ...rows];
    ws.getRangeByIndexes(0, 0, all.length, 4).values = all.map((r) => r.map(toExcelValue));
    ws.visibility = 'VeryHidden';
    return;
  }
  sheets.getItem(MARKER_SHEET).getRangeByIndexes(markerRows.length, 0, rows.length, 4).values = rows.map((r) => r.map(toExcelValue));
}
