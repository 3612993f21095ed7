import ExcelJS from 'exceljs';
import { a1 } from '../../core/grid';
import { MARKER_SHEET } from '../../core/config/sheetNames';
import { SheetModel, StyleName } from '../../core/output/sheetModel';

/** How each named style looks in a real workbook. */
type Look = Partial<Pick<ExcelJS.Style, 'font' | 'alignment' | 'fill' | 'border'>>;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

const LOOKS: Record<StyleName, (size: number) => Look> = {
  motto: (s) => ({ font: { bold: true, size: s }, alignment: { horizontal: 'center', vertical: 'middle' } }),
  agency: (s) => ({ font: { bold: true, size: s - 1 }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }),
  title: (s) => ({ font: { bold: true, size: s + 2 }, alignment: { horizontal: 'center', vertical: 'middle' } }),
  subtitle: (s) => ({ font: { bold: true, size: s }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }),
  italic: (s) => ({ font: { italic: true, size: s }, alignment: { horizontal: 'center' } }),
  header: (s) => ({ font: { bold: true, size: s }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, fill: fill('FFD9E1F2'), border: THIN }),
  cell: () => ({ border: THIN, alignment: { vertical: 'top' } }),
  cellCenter: () => ({ alignment: { horizontal: 'center', vertical: 'top' } }),
  cellWrap: () => ({ border: THIN, alignment: { vertical: 'top', wrapText: true } }),
  number: () => ({}),
  section: (s) => ({ font: { bold: true, size: s }, fill: fill('FFEDEDED') }),
  group: (s) => ({ font: { bold: true, italic: true, size: s } }),
  total: (s) => ({ font: { bold: true, size: s } }),
  error: (s) => ({ font: { bold: true, size: s, color: { argb: 'FF9C0006' } }, fill: fill('FFFFC7CE') }),
  warning: (s) => ({ font: { size: s, color: { argb: 'FF9C5700' } }, fill: fill('FFFFEB9C') }),
  proposed: (s) => ({ font: { size: s, color: { argb: 'FF006100' } }, fill: fill('FFC6EFCE') }),
  tie: (s) => ({ font: { bold: true, size: s }, fill: fill('FFFFEB9C') }),
  muted: (s) => ({ font: { italic: true, size: s, color: { argb: 'FF595959' } } }),
  signature: (s) => ({ font: { bold: true, size: s }, alignment: { horizontal: 'center' } }),
  signatureName: (s) => ({ font: { bold: true, size: s }, alignment: { horizontal: 'center' } }),
};

function mergeLook(a: Look, b: Look): Look {
  return {
    font: a.font || b.font ? { ...a.font, ...b.font } : undefined,
    alignment: a.alignment || b.alignment ? { ...a.alignment, ...b.alignment } : undefined,
    fill: b.fill ?? a.fill,
    border: b.border ?? a.border,
  };
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
  const base: Look = { font: { name: m.page.font, size: m.page.fontSize } };
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
  // Styles: combine every range over a cell, then share one style object per combination.
  const perCell = new Map<string, StyleName[]>();
  const width = Math.max(m.columnWidths.length, ...m.rows.map((r) => r?.length ?? 0));
  for (const s of m.styles)
    for (let r = s.top; r <= s.bottom; r++)
      for (let c = s.left; c <= Math.min(s.right, width - 1); c++) {
        const k = `${r},${c}`;
        const list = perCell.get(k);
        if (list) list.push(s.style);
        else perCell.set(k, [s.style]);
      }
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const numFmt = new Map<number, { fromRow: number; format: string }>();
  for (const nf of m.numberFormats ?? []) numFmt.set(nf.col, nf);
  const styleFor = (names: StyleName[], fmt: string | undefined): Partial<ExcelJS.Style> => {
    const key = names.join('+') + '|' + (fmt ?? '');
    let st = cache.get(key);
    if (!st) {
      let look = base;
      for (const n of names) look = mergeLook(look, LOOKS[n](m.page.fontSize));
      look = { ...look, font: { ...look.font, name: m.page.font } };
      st = { ...look, ...(fmt ? { numFmt: fmt } : {}) } as Partial<ExcelJS.Style>;
      cache.set(key, st);
    }
    return st;
  };
  for (let r = 0; r < Math.max(m.rows.length, 1); r++) {
    for (let c = 0; c < width; c++) {
      const names = perCell.get(`${r},${c}`) ?? [];
      const nf = numFmt.get(c);
      const v = m.rows[r]?.[c];
      const fmt = nf && r >= nf.fromRow && typeof v === 'number' ? nf.format : undefined;
      if (names.length === 0 && (v === null || v === undefined || v === '') && !fmt) continue;
      ws.getCell(r + 1, c + 1).style = styleFor(names, fmt);
    }
  }
  for (const mg of m.merges) ws.mergeCells(mg.top + 1, mg.left + 1, mg.bottom + 1, mg.right + 1);
  // Neither Excel nor LibreOffice grows a row for wrapped text written by a library: set heights.
  for (const [r, h] of rowHeights(m, perCell)) ws.getRow(r + 1).height = h;
  for (const l of m.links) {
    const cell = ws.getCell(l.row + 1, l.col + 1);
    const text = cell.value === null || cell.value === undefined ? l.cell : String(cell.value);
    cell.value = { text, hyperlink: `#'${l.sheet.replace(/'/g, "''")}'!${l.cell}` };
    cell.style = { ...cell.style, font: { ...(cell.style.font ?? {}), color: { argb: 'FF0563C1' }, underline: true } };
  }
  if (m.autoFilter) ws.autoFilter = `${a1(m.autoFilter.top, m.autoFilter.left)}:${a1(m.autoFilter.bottom, m.autoFilter.right)}`;
  return ws;
}

const WRAPPING: ReadonlySet<StyleName> = new Set(['header', 'cellWrap', 'agency', 'subtitle']);

/** Row heights (points) for rows whose wrapped text needs more than one line. */
export function rowHeights(m: SheetModel, perCell: Map<string, StyleName[]>): Map<number, number> {
  const spans = new Map<string, number>();
  for (const mg of m.merges) {
    let w = 0;
    for (let c = mg.left; c <= mg.right; c++) w += m.columnWidths[c] ?? 9;
    spans.set(`${mg.top},${mg.left}`, w);
  }
  const heights = new Map<number, number>();
  const lineHeight = m.page.fontSize * 1.35;
  for (let r = 0; r < m.rows.length; r++) {
    const row = m.rows[r];
    if (!row) continue;
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || v === '') continue;
      if (!(perCell.get(`${r},${c}`) ?? []).some((st) => WRAPPING.has(st))) continue;
      // Column width counts characters of the default font; Times New Roman at 13 pt fits about
      // 1.3 of them per unit (measured on LibreOffice renderings of the proposal list).
      const width = Math.max(4, (spans.get(`${r},${c}`) ?? m.columnWidths[c] ?? 9) * 1.3 * (13 / m.page.fontSize) - 1);
      let n = 0;
      for (const part of v.split('\n')) n += Math.max(1, Math.ceil(part.length / width));
      if (n > lines) lines = n;
    }
    if (lines > 1) heights.set(r, Math.min(409, Math.ceil(lines * lineHeight + 4)));
  }
  return heights;
}

/** Sheets listed in the add-in's marker sheet. */
export function ownSheetNames(wb: ExcelJS.Workbook): string[] {
  const marker = wb.getWorksheet(MARKER_SHEET);
  if (!marker) return [];
  const names: string[] = [];
  marker.eachRow((row, n) => {
    if (n > 1 && row.getCell(1).value) names.push(String(row.getCell(1).value));
  });
  return names;
}

/**
 * Replaces the add-in's own sheets with new ones and records them in the very hidden marker
 * sheet. User sheets are never touched: names were resolved beforehand (resolveOutputNames).
 */
export function replaceGeneratedSheets(wb: ExcelJS.Workbook, models: SheetModel[], stamp: { time: string; fingerprint: string }): void {
  const own = new Set(ownSheetNames(wb));
  const newNames = new Set(models.map((m) => m.name));
  const keep: string[] = [];
  for (const name of own) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    // A generated sheet not produced this time (e.g. Xếp hạng after a validate-only run) stays.
    if (newNames.has(name)) wb.removeWorksheet(ws.id);
    else keep.push(name);
  }
  const oldMarker = wb.getWorksheet(MARKER_SHEET);
  if (oldMarker) wb.removeWorksheet(oldMarker.id);
  for (const m of models) writeSheet(wb, m);
  const marker = wb.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  marker.addRow(['Sheet', 'Loại', 'Thời điểm', 'Dấu vân tay dữ liệu']);
  for (const m of models) marker.addRow([m.name, m.id, stamp.time, stamp.fingerprint]);
  for (const name of keep) marker.addRow([name, 'kept', stamp.time, '']);
}
