/**
 * Today's ExcelJS-based reading (before the direct reader), kept for tests and benchmarks only:
 * grids of books built in memory with ExcelJS (scripts/lib/bookFactory), and the baseline the
 * direct reader is compared with (test/xlsx/reader.test.ts).
 */
import ExcelJS from 'exceljs';
import { CellValue, MergeArea, SheetGrid, WorkbookGrids } from '../../src/sheet/grid';

/** Excel's serial day number for a JS date (1900 date system, as Office.js reports dates). */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

/** One ExcelJS cell value as a grid value: formulas give their cached result, rich text its text. */
export function toCellValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const r = (v as ExcelJS.CellFormulaValue).result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'object' && r !== null && 'error' in r) return String((r as ExcelJS.CellErrorValue).error);
      return toCellValue(r as ExcelJS.CellValue);
    }
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((p) => p.text).join('');
    if ('hyperlink' in v) return toCellValue((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // Merged cells other than the top-left report the master's value: keep them empty, as Office.js does.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      out[colNumber - 1] = toCellValue(cell.value);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[rowNumber - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const merges: MergeArea[] = [];
  const internal = (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges ?? {};
  for (const m of Object.values(internal)) merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  const visibility = ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible';
  return { name: ws.name, rows, merges, visibility };
}

export function workbookToGrids(wb: ExcelJS.Workbook, source?: string): WorkbookGrids {
  const sheets: SheetGrid[] = [];
  wb.eachSheet((ws) => sheets.push(worksheetToGrid(ws)));
  return { sheets, source };
}

/** Loads an .xlsx with ExcelJS. */
export async function loadWithExcelJs(data: ArrayBuffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb;
}
