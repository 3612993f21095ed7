import { WorkbookGrids } from '../../sheet/grid';
import { planWrite } from '../../core/ownership/marker';
import { SheetModel } from '../../sheet/sheetModel';
import { RoundTripRecord, recordsModel } from '../../core/roundtrip/records';
import { queuePlainSheet } from './writeBook';

/**
 * The round trip's own sheets in the open workbook, written as the core's write plan says
 * (planWrite): the records sheet rewritten whole (it is small) and the marker that lists the
 * add-in's own sheets rewritten with it, so the host decides nothing about which sheet is whose.
 * `written` are models the caller has already put in the workbook (returned sheets inserted from
 * their file): planned, listed in the marker, not written again. Queued on the caller's batch.
 */
export function queueOwnSheets(
  ctx: Excel.RequestContext,
  book: WorkbookGrids,
  models: readonly SheetModel[],
  stamp: { time: string; fingerprint: string },
  written: ReadonlySet<string> = new Set(),
): void {
  const plan = planWrite(book, models, stamp);
  // A sheet of ours edited by hand, or a user sheet holding the name: nothing is written, and said.
  if (plan.blocked) throw new OwnSheetsBlockedError(plan.conflicts.map((c) => c.name));
  const sheets = ctx.workbook.worksheets;
  for (const name of plan.remove) if (!written.has(name)) sheets.getItem(name).delete();
  for (const m of plan.models) if (!written.has(m.name)) queuePlainSheet(ctx, m);
}

/** The records sheet rewritten (marks, conversions), the marker with it. */
export function queueRecords(ctx: Excel.RequestContext, book: WorkbookGrids, records: readonly RoundTripRecord[], time: string): void {
  queueOwnSheets(ctx, book, [recordsModel(records)], { time, fingerprint: '' });
}

/** The round trip would have to replace a sheet it cannot prove is its own and unchanged. */
export class OwnSheetsBlockedError extends Error {
  override name = 'OwnSheetsBlockedError';
  constructor(readonly sheets: string[]) {
    super(
      `Chưa ghi gì: sheet ${sheets.map((n) => `"${n}"`).join(', ')} đã bị sửa từ lần add-in ghi, hoặc là sheet của bạn trùng tên. Đổi tên sheet đó rồi làm lại.`,
    );
  }
}
