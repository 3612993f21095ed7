import ExcelJS from 'exceljs';
import { a1 } from '../../core/grid';
import { PlanOptions, WritePlan, isMarkerModel, planWrite } from '../../core/output/marker';
import { worksheetToGrid } from './readWorkbook';
import { SheetModel, StyleName } from '../../core/output/sheetModel';
import { LINK_LOOK, Look, combineLooks, rowHeights, sheetWidth, styleCombos } from '../../core/output/looks';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** A shared look as an ExcelJS style, in the sheet's font. */
function toExcelJsStyle(look: Look, font: string, size: number, numFmt?: string): Partial<ExcelJS.Style> {
  const st: Partial<ExcelJS.Style> = {
    font: {
      name: font,
      size: size + (look.sizeDelta ?? 0),
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.underline ? { underline: true } : {}),
      ...(look.color ? { color: { argb: 'FF' + look.color } } : {}),
    },
  };
  if (look.hAlign || look.vAlign || look.wrap)
    st.alignment = { ...(look.hAlign ? { horizontal: look.hAlign } : {}), ...(look.vAlign ? { vertical: look.vAlign } : {}), ...(look.wrap ? { wrapText: true } : {}) };
  if (look.fill) st.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + look.fill } };
  if (look.border) st.border = THIN;
  if (numFmt) st.numFmt = numFmt;
  return st;
}

/** Writes one generated sheet: values first, then styles by range, merges, links, print setup. */
export function writeSheet(wb: ExcelJS.Workbook, m: SheetModel): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(m.name, {
    views: m.freeze ? [{ state: 'frozen', xSplit: m.freeze.cols, ySplit: m.freeze.rows }] : undefined,
    pageSetup: {
      paperSize: 9, // A4
      orientation: m.page.orientation,
      fitToPage: m.page.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: m.page.printTitleRows ? `${m.page.printTitleRows[0] + 1}:${m.page.printTitleRows[1] + 1}` : undefined,
    },
  });
  m.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // Working sheets in Calibri 11 (the workbook default) need no style on plain cells: at 9,000
  // rows, every styled cell costs time when the file is written.
  const plain = m.page.font === 'Calibri' && m.page.fontSize === 11;
  for (let r = 0; r < m.rows.length; r++) {
    const values = m.rows[r];
    if (!values || values.length === 0) continue;
    const row = ws.getRow(r + 1);
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (v === null || v === undefined || v === '') continue;
      row.getCell(c + 1).value = v;
    }
  }
  // Styles: every range over a cell combined into one key ("cell+total"), one style object per key.
  const width = sheetWidth(m);
  const combos = styleCombos(m);
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const numFmt = new Map<number, { fromRow: number; format: string }>();
  for (const nf of m.numberFormats ?? []) numFmt.set(nf.col, nf);
  const styleFor = (combo: string, fmt: string | undefined): Partial<ExcelJS.Style> => {
    const key = combo + '|' + (fmt ?? '');
    let st = cache.get(key);
    if (!st) cache.set(key, (st = toExcelJsStyle(combineLooks(combo ? (combo.split('+') as StyleName[]) : []), m.page.font, m.page.fontSize, fmt)));
    return st;
  };
  for (let r = 0; r < Math.max(m.rows.length, 1); r++) {
    const row = ws.getRow(r + 1);
    for (let c = 0; c < width; c++) {
      const combo = combos[r]?.[c];
      const nf = numFmt.get(c);
      const v = m.rows[r]?.[c];
      const fmt = nf && r >= nf.fromRow && typeof v === 'number' ? nf.format : undefined;
      if (combo === undefined && !fmt && (plain || v === null || v === undefined || v === '')) continue;
      row.getCell(c + 1).style = styleFor(combo ?? '', fmt);
    }
  }
  for (const mg of m.merges) ws.mergeCells(mg.top + 1, mg.left + 1, mg.bottom + 1, mg.right + 1);
  // Neither Excel nor LibreOffice grows a row for wrapped text written by a library: set heights.
  for (const [r, h] of rowHeights(m, combos)) ws.getRow(r + 1).height = h;
  const linkStyles = new Map<string, Partial<ExcelJS.Style>>();
  for (const l of m.links) {
    const cell = ws.getCell(l.row + 1, l.col + 1);
    const text = cell.value === null || cell.value === undefined ? l.cell : String(cell.value);
    cell.value = { text, hyperlink: `#'${l.sheet.replace(/'/g, "''")}'!${l.cell}` };
    const combo = combos[l.row]?.[l.col] ?? '';
    let st = linkStyles.get(combo);
    if (!st) {
      const names = combo ? (combo.split('+') as StyleName[]) : [];
      linkStyles.set(combo, (st = toExcelJsStyle({ ...combineLooks(names), ...LINK_LOOK }, m.page.font, m.page.fontSize)));
    }
    cell.style = st;
  }
  if (m.autoFilter) ws.autoFilter = `${a1(m.autoFilter.top, m.autoFilter.left)}:${a1(m.autoFilter.bottom, m.autoFilter.right)}`;
  return ws;
}

/**
 * Carries out the core's write plan: the planned sheets removed, the models (marker last) added.
 * User sheets are never touched: names and removals were decided by the core (planWrite).
 */
export function replaceGeneratedSheets(wb: ExcelJS.Workbook, models: SheetModel[], stamp: { time: string; fingerprint: string }, o: PlanOptions = {}): WritePlan {
  // Ownership is proved by content: without the engine's check, every sheet is read for it.
  const grids = { sheets: wb.worksheets.map((ws) => (o.ownership ? { name: ws.name, rows: [] } : worksheetToGrid(ws))) };
  const plan = planWrite(grids, models, stamp, o);
  if (plan.blocked) return plan;
  for (const name of plan.remove) wb.removeWorksheet(wb.getWorksheet(name)!.id);
  for (const m of plan.models) {
    if (isMarkerModel(m)) {
      const record = wb.addWorksheet(m.name, { state: 'veryHidden' });
      for (const row of m.rows) record.addRow(row);
    } else writeSheet(wb, m);
  }
  return plan;
}
