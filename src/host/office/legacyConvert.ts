import { WorkbookGrids, parseA1 } from '../../sheet/grid';
import { ConversionPlan, conversionRecords, restoreConversion } from '../../core/roundtrip/legacyPlan';
import { ConvertRecord, RoundTripRecord } from '../../core/roundtrip/records';
import { OfficeEnv } from './officeEnv';
import { toExcelValue } from './writeBook';
import { queueRecords } from './roundtripRecords';

/**
 * Legacy-font text (TCVN3, VNI) to Unicode in the open workbook, after the user confirmed the
 * examples: formula cells are left alone (their text is a result), and every converted cell's
 * original text goes to the records sheet, because an Office write cannot be undone with Ctrl+Z.
 * Two syncs; restoring is two more.
 */
export async function convertLegacyInExcel(
  env: OfficeEnv,
  req: { book: WorkbookGrids; plan: ConversionPlan; records: RoundTripRecord[]; time: string },
): Promise<{ converted: number; formulas: number; records: RoundTripRecord[] }> {
  return env.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(req.plan.sheet);
    const cells = req.plan.changes.map((c) => ({ c, r: ws.getRangeByIndexes(c.row, c.col, 1, 1).load('formulas') }));
    await ctx.sync();
    const plain = cells.filter(({ r }) => !(typeof r.formulas[0][0] === 'string' && String(r.formulas[0][0]).startsWith('=')));
    for (const { c } of plain) ws.getRangeByIndexes(c.row, c.col, 1, 1).values = [[toExcelValue(c.after)]];
    const done: ConversionPlan = { ...req.plan, changes: plain.map((x) => x.c) };
    const records = [...req.records, ...conversionRecords(done, req.time)];
    queueRecords(ctx, req.book, records, req.time);
    await ctx.sync();
    return { converted: plain.length, formulas: cells.length - plain.length, records };
  });
}

/** Puts back the original text of a sheet's converted cells that still hold the converted text. */
export async function restoreLegacyInExcel(
  env: OfficeEnv,
  req: { book: WorkbookGrids; sheet: string; records: RoundTripRecord[]; time: string },
): Promise<{ restored: number; leftAlone: number; records: RoundTripRecord[] }> {
  const mine = req.records.filter((r): r is ConvertRecord => r.kind === 'convert' && r.sheet === req.sheet);
  return env.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(req.sheet);
    const now = new Map(
      mine.map((r) => {
        const p = parseA1(r.cell)!;
        return [r.cell, ws.getRangeByIndexes(p.row, p.col, 1, 1).load('values')] as const;
      }),
    );
    await ctx.sync();
    const back = restoreConversion(req.records, req.sheet, (cell) => now.get(cell)?.values[0][0]);
    for (const b of back) {
      const p = parseA1(b.cell)!;
      ws.getRangeByIndexes(p.row, p.col, 1, 1).values = [[toExcelValue(b.value)]];
    }
    const rest = req.records.filter((r) => !(r.kind === 'convert' && r.sheet === req.sheet));
    queueRecords(ctx, req.book, rest, req.time);
    await ctx.sync();
    return { restored: back.length, leftAlone: mine.length - back.length, records: rest };
  });
}
