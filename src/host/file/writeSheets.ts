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
  wrap: () => ({ alignment: { vertical: 'top', wrapText: true } }),
  top: () => ({ alignment: { vertical: 'top' } }),
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
  // Working sheets in Calibri 11 (the workbook default) need no style on plain cells: at 9,000
  // rows, every styled cell costs time when the file is written.
  const plain = m.page.font === 'Calibri' && m.page.fontSize === 11;
  const base: Look = plain ? {} : { font: { name: m.page.font, size: m.page.fontSize } };
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
  const width = Math.max(m.columnWidths.length, ...m.rows.map((r) => r?.length ?? 0));
  const combos: (string | undefined)[][] = [];
  for (const st of m.styles)
    for (let r = st.top; r <= st.bottom; r++) {
      const row = (combos[r] ??= []);
      for (let c = st.left; c <= Math.min(st.right, width - 1); c++) row[c] = row[c] === undefined ? st.style : `${row[c]}+${st.style}`;
    }
  const cache = new Map<string, Partial<ExcelJS.Style>>();
  const numFmt = new Map<number, { fromRow: number; format: string }>();
  for (const nf of m.numberFormats ?? []) numFmt.set(nf.col, nf);
  const styleFor = (combo: string, fmt: string | undefined): Partial<ExcelJS.Style> => {
    const key = combo + '|' + (fmt ?? '');
    let st = cache.get(key);
    if (!st) {
      let look = base;
      for (const n of combo ? (combo.split('+') as StyleName[]) : []) look = mergeLook(look, LOOKS[n](m.page.fontSize));
      look = { ...look, font: { ...look.font, name: m.page.font } };
      st = { ...look, ...(fmt ? { numFmt: fmt } : {}) } as Partial<ExcelJS.Style>;
      cache.set(key, st);
    }
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
      const own = styleFor(combo, undefined);
      linkStyles.set(combo, (st = { ...own, font: { ...(own.font ?? {}), color: { argb: 'FF0563C1' }, underline: true } }));
    }
    cell.style = st;
  }
  if (m.autoFilter) ws.autoFilter = `${a1(m.autoFilter.top, m.autoFilter.left)}:${a1(m.autoFilter.bottom, m.autoFilter.right)}`;
  return ws;
}

const WRAPPING: ReadonlySet<StyleName> = new Set(['header', 'cellWrap', 'wrap', 'agency', 'subtitle']);

/** Row heights (points) for rows whose wrapped text needs more than one line. */
export function rowHeights(m: SheetModel, combos: (string | undefined)[][]): Map<number, number> {
  const wraps = new Map<string, boolean>();
  const wrapping = (combo: string | undefined) => {
    if (combo === undefined) return false;
    let w = wraps.get(combo);
    if (w === undefined) wraps.set(combo, (w = combo.split('+').some((st) => WRAPPING.has(st as StyleName))));
    return w;
  };
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
      if (!wrapping(combos[r]?.[c])) continue;
      // Column width counts '0' digits of Calibri 11; Vietnamese text runs about 1.2 characters a
      // unit in Calibri 11 and 1.3 in Times New Roman 13 (checked on LibreOffice renderings).
      const perUnit = m.page.font === 'Calibri' ? 1.2 * (11 / m.page.fontSize) : 1.3 * (13 / m.page.fontSize);
      const width = Math.max(4, (spans.get(`${r},${c}`) ?? m.columnWidths[c] ?? 9) * perUnit - 1);
      let n = 0;
      for (const part of v.split('\n')) n += wrappedLines(part, width);
      if (n > lines) lines = n;
    }
    if (lines > 1) heights.set(r, Math.min(409, Math.ceil(lines * lineHeight + 4)));
  }
  return heights;
}

/** Lines a text takes when wrapped word by word at `width` characters. */
export function wrappedLines(text: string, width: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(' ')) {
    const w = word.length;
    if (used === 0) used = w;
    else if (used + 1 + w <= width) used += 1 + w;
    else {
      lines++;
      used = w;
    }
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
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
