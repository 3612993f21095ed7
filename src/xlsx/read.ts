/**
 * xlsx bytes → the core's grids, straight from the package: one sheet part inflated and scanned
 * at a time, values as Office.js reports them (dates as serial numbers, formulas as their cached
 * result, errors as their text), plus what a value alone would hide (`special`: dates, formulas
 * never calculated). Pure JS: the same code runs in Node and in the pane's worker.
 */
import { CellValue, MergeArea, SheetGrid, WorkbookGrids, isPercentFormat } from '../sheet/grid';
import { NotAWorkbookError } from './errors';
import { REL, SheetRef, XlsxPackage } from './package';
import { CLOSE, EMPTY, OPEN, XmlScanner, unescapeOoxml } from './xml';
import { Codec } from './zip';
import { jsCodec } from './codec';

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, with the CJK ones). */
const DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date or time: d, m, y, h or s outside quotes, escapes and colours. */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  // The first section is what a positive number shows.
  const first = bare.split(';')[0];
  return /[dmyhs]/i.test(first) && !/^general$/i.test(first.trim());
}

/** Built-in number formats that show percentages: 0% and 0.00%. */
const PERCENT_IDS = new Set([9, 10]);

/** Which cellXfs show dates and which show percentages, from styles.xml. */
export function numberStyles(xml: string | undefined, part = 'xl/styles.xml'): { dates: boolean[]; percents: boolean[] } {
  const dates: boolean[] = [];
  const percents: boolean[] = [];
  if (!xml) return { dates, percents };
  const custom = new Map<number, string>();
  const sc = new XmlScanner(xml, part);
  let inXfs = false;
  while (sc.next()) {
    if (sc.name === 'numFmt' && sc.kind !== CLOSE) custom.set(Number(sc.attr('numFmtId')), sc.attr('formatCode') ?? '');
    else if (sc.name === 'cellXfs') inXfs = sc.kind === OPEN;
    else if (inXfs && sc.name === 'xf' && sc.kind !== CLOSE) {
      const id = Number(sc.attr('numFmtId') ?? 0);
      const code = custom.get(id);
      dates.push(code !== undefined ? isDateFormat(code) : DATE_IDS.has(id));
      percents.push(code !== undefined ? isPercentFormat(code) : PERCENT_IDS.has(id));
    }
  }
  return { dates, percents };
}

/** A shared string of one plain run with no escape (most of them); any other is read tag by tag. Group: the text. */
const PLAIN_SHARED_STRING = /\s*<si><t(?: xml:space="preserve")?>([^<&]*)<\/t><\/si>/y;

export function sharedStrings(xml: string | undefined, part = 'xl/sharedStrings.xml'): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const sc = new XmlScanner(xml, part);
  /** Plain strings from `at` (between two `<si>`): where they stop. */
  const plain = (at: number): number => {
    PLAIN_SHARED_STRING.lastIndex = at;
    for (let m = PLAIN_SHARED_STRING.exec(xml); m !== null; m = PLAIN_SHARED_STRING.exec(xml)) {
      out.push(unescapeOoxml(m[1]));
      at = PLAIN_SHARED_STRING.lastIndex;
    }
    return at;
  };
  let s = '';
  while (sc.next()) {
    if (sc.kind === OPEN) {
      if (sc.name === 't') s += sc.text();
      else if (sc.name === 'si') s = '';
      else if (sc.name === 'rPh' || sc.name === 'phoneticPr') sc.skip();
      else if (sc.name === 'sst') sc.resumeAt(plain(sc.pos));
    } else if (sc.kind === CLOSE && sc.name === 'si') {
      out.push(unescapeOoxml(s));
      sc.resumeAt(plain(sc.pos));
    } else if (sc.kind === EMPTY && sc.name === 'si') {
      out.push('');
      sc.resumeAt(plain(sc.pos));
    }
  }
  return out;
}

/** "AB12" → column index (0-based) into `out[0]`, row (0-based) into `out[1]`. */
function parseRef(ref: string, out: number[]): boolean {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c !== 36) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + c - 48;
    else if (c !== 36) return false;
  }
  if (col === 0 || row === 0) return false;
  out[0] = col - 1;
  out[1] = row - 1;
  return true;
}

export function parseRange(ref: string): MergeArea | null {
  const [a, b = a] = ref.split(':');
  const p = [0, 0];
  const q = [0, 0];
  if (!parseRef(a, p) || !parseRef(b, q)) return null;
  return { top: Math.min(p[1], q[1]), left: Math.min(p[0], q[0]), bottom: Math.max(p[1], q[1]), right: Math.max(p[0], q[0]) };
}

/** An ISO date (`t="d"` cells, rare) as a serial day number of the 1900 system (as every grid holds). */
function isoToSerial(s: string): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) || !s.includes('T') ? s : s + 'Z');
  if (Number.isNaN(t)) return null;
  return t / 86400000 + 25569;
}

export interface SheetReadContext {
  strings: string[];
  dates: boolean[];
  /** Which cellXfs show a percentage (none when left out). */
  percents?: boolean[];
  date1904: boolean;
}

const CELL_ATTRS = ['r', 't', 's'] as const;
const cellAttrs: (string | undefined)[] = [];

/**
 * The common cell as the usual writers (Excel, LibreOffice, ExcelJS, ours) lay it out: `r`, then
 * `s`, then `t`, and a plain formula and/or `<v>`, or one inline `<is><t>`, with no escape, or
 * nothing. One native pattern reads a row of these several times faster than tag by tag in a fresh
 * process (the JIT has not warmed up); any other cell stops it, and the rest of the row is read tag
 * by tag. Groups: r, s, t, formula, v, inline text.
 */
const COMMON_CELL =
  /\s*<c r="([A-Z]{1,3}[1-9][0-9]{0,6})"(?: s="([0-9]{1,9})")?(?: t="([a-zA-Z]{1,9})")?(?:\/>|>(?:(<f>[^<&]*<\/f>)?(?:<v>([^<&]*)<\/v>)?|<is><t(?: xml:space="preserve")?>([^<&]*)<\/t><\/is>)<\/c>)/y;
/** A row tag with `r` first and plain double-quoted attributes (no quote, bracket or escape inside). Groups: r, "/" when empty. */
const COMMON_ROW = /\s*<row r="([1-9][0-9]{0,6})"(?:\s+[A-Za-z_][\w.:-]*="[^"<>&]*")*\s*(\/?)>/y;
const ROW_END = /\s*<\/row>/y;

/** One sheet's values as read, and what a value alone would hide (`special`). One class for every sheet, so the JIT sees one shape. */
class SheetCells {
  readonly rows: CellValue[][] = [];
  readonly special: NonNullable<SheetGrid['special']> = [];
  private readonly shift: number;
  /** The column and row of the last common cell read (readCommonCells): a next cell without `r` follows it. */
  readonly at = [0, 0];

  constructor(private readonly ctx: SheetReadContext) {
    this.shift = ctx.date1904 ? 1462 : 0;
  }

  /** The cell at (row, col), from its type, style, `<v>`, inline text and whether it has a formula. */
  store(row: number, col: number, t: string | undefined, s: string | undefined, v: string | undefined, inline: string | undefined, formula: boolean): void {
    const ctx = this.ctx;
    let value: CellValue = null;
    if (t === 'inlineStr') value = unescapeOoxml(inline ?? v ?? '');
    else if (v === undefined) value = null;
    else if (t === 's') value = ctx.strings[Number(v)] ?? null;
    else if (t === 'str') value = unescapeOoxml(v);
    else if (t === 'b') value = v === '1' || v === 'true';
    else if (t === 'e') value = v;
    else if (t === 'd') value = isoToSerial(v);
    else if (v !== '') {
      const n = Number(v);
      value = Number.isFinite(n) ? n : null;
      if (value !== null && s !== undefined) {
        const style = Number(s);
        if (ctx.dates[style]) {
          this.special.push({ row, col, kind: 'date' });
          if (this.shift) value += this.shift;
        } else if (ctx.percents?.[style]) this.special.push({ row, col, kind: 'percent' });
      }
    }
    if (t === 'd' && value !== null) this.special.push({ row, col, kind: 'date' });
    if (value === null && formula) this.special.push({ row, col, kind: 'formulaNoValue' });
    if (value !== null) this.put(row, col, value);
  }

  private put(r: number, c: number, v: CellValue): void {
    const rows = this.rows;
    let cells = rows[r];
    if (!cells) {
      for (let i = rows.length; i < r; i++) rows[i] = [];
      rows[r] = cells = [];
    }
    for (let i = cells.length; i < c; i++) cells[i] = null;
    cells[c] = v;
  }
}

/**
 * Common cells from `at`, stored (a self-closing one holds nothing, whatever its type, but still
 * moves the place in `cells.at`): returns where they stop, at the first other cell or tag.
 */
function readCommonCells(xml: string, at: number, cells: SheetCells): number {
  COMMON_CELL.lastIndex = at;
  for (let m = COMMON_CELL.exec(xml); m !== null; m = COMMON_CELL.exec(xml)) {
    at = COMMON_CELL.lastIndex;
    parseRef(m[1], cells.at);
    if (xml.charCodeAt(at - 2) !== 47) cells.store(cells.at[1], cells.at[0], m[3], m[2], m[5], m[6], m[4] !== undefined);
  }
  return at;
}

/**
 * Whole rows of common cells from `at` (inside sheetData, between rows): returns where it stopped,
 * before the first row it cannot read whole or at the end of the rows, which the tag-by-tag reader
 * then takes. Nearly every row of a real sheet is read here: a small function, compiled early and
 * cheaply, instead of the whole reader's loop.
 */
function readCommonRows(xml: string, at: number, cells: SheetCells): number {
  for (;;) {
    COMMON_ROW.lastIndex = at;
    const row = COMMON_ROW.exec(xml);
    if (row === null) return at;
    const end = COMMON_ROW.lastIndex;
    if (row[2] === '/') {
      at = end;
      continue;
    }
    // A row stopped by an uncommon cell is read again from its start by the tag-by-tag reader:
    // its cells are put again (the same values), its special cells must not be listed twice.
    const specials = cells.special.length;
    ROW_END.lastIndex = readCommonCells(xml, end, cells);
    if (!ROW_END.test(xml)) {
      cells.special.length = specials;
      return at;
    }
    at = ROW_END.lastIndex;
  }
}

/** One worksheet part as a grid. */
export function readSheetXml(xml: string, ref: { name: string; part: string; state: SheetRef['state'] }, ctx: SheetReadContext): SheetGrid {
  const sc = new XmlScanner(xml, ref.part, ref.name);
  const cells = new SheetCells(ctx);
  const merges: MergeArea[] = [];
  const pos = [0, 0];
  let row = -1;
  let col = -1;
  let inRows = false;
  while (sc.next()) {
    const name = sc.name;
    if (sc.kind === CLOSE) {
      // Between rows: the common ones are read in one go.
      if (inRows && name === 'row') sc.resumeAt(readCommonRows(xml, sc.pos, cells));
      else if (name === 'sheetData') inRows = false;
      continue;
    }
    if (name === 'row') {
      const r = sc.attr('r');
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
      if (sc.kind !== OPEN) continue;
      // The row's leading common cells in one go; the tags take the rest from the last one's place.
      const at = readCommonCells(xml, sc.pos, cells);
      if (at !== sc.pos) {
        col = cells.at[0];
        row = cells.at[1];
      }
      sc.resumeAt(at);
    } else if (name === 'c') {
      sc.attrs(CELL_ATTRS, cellAttrs);
      const r = cellAttrs[0];
      if (r && parseRef(r, pos)) {
        col = pos[0];
        row = pos[1];
      } else col++;
      if (sc.kind === EMPTY) continue;
      let v: string | undefined;
      let inline: string | undefined;
      let formula = false;
      // The cell's children: <f>, <v>, <is>, <extLst>.
      while (sc.next()) {
        if (sc.kind === CLOSE) {
          if (sc.name === 'c') break;
          continue;
        }
        if (sc.name === 'v') v = sc.text();
        else if (sc.name === 'f') {
          formula = true;
          sc.text();
        } else if (sc.name === 'is') {
          inline = '';
          if (sc.kind === OPEN)
            while (sc.next()) {
              const tag: string = sc.name;
              if (sc.kind === CLOSE && tag === 'is') break;
              if (sc.kind === OPEN && tag === 't') inline += sc.text();
              else if (sc.kind === OPEN && tag === 'rPh') sc.skip();
            }
        } else sc.skip();
      }
      cells.store(row, col, cellAttrs[1], cellAttrs[2], v, inline, formula);
    } else if (name === 'sheetData') {
      if (sc.kind !== OPEN) continue;
      inRows = true;
      sc.resumeAt(readCommonRows(xml, sc.pos, cells));
    } else if (name === 'mergeCell') {
      const m = parseRange(sc.attr('ref') ?? '');
      if (m) merges.push(m);
    } else if (
      name === 'sheetPr' ||
      name === 'sheetViews' ||
      name === 'cols' ||
      name === 'mergeCells' ||
      name === 'worksheet' ||
      name === 'dialogsheet' ||
      name === 'macrosheet'
    )
      continue;
    else if (sc.kind === OPEN) sc.skip();
  }
  const rows = cells.rows;
  // Merged cells other than the top-left are empty, as Office.js reports them.
  for (const m of merges)
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const cells = rows[r];
      for (let c = m.left; c <= m.right && c < cells.length; c++) if (r !== m.top || c !== m.left) cells[c] = null;
    }
  for (const cells of rows) {
    let n = cells.length;
    while (n > 0 && cells[n - 1] === null) n--;
    cells.length = n;
  }
  let n = rows.length;
  while (n > 0 && rows[n - 1].length === 0) n--;
  rows.length = n;
  const grid: SheetGrid = { name: ref.name, rows, merges, visibility: ref.state };
  const kept = cells.special.filter((x) => x.kind === 'formulaNoValue' || (rows[x.row]?.[x.col] ?? null) !== null);
  if (kept.length) grid.special = kept;
  return grid;
}

/** Opens a package (NotAWorkbookError for anything that is not a readable .xlsx). */
export function openPackage(data: ArrayBuffer | Uint8Array, codec: Codec = jsCodec): XlsxPackage {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  try {
    return new XlsxPackage(bytes, codec);
  } catch (e) {
    if (e instanceof NotAWorkbookError) throw e;
    throw new NotAWorkbookError('truncated', { detail: e instanceof Error ? e.message : String(e) });
  }
}

/** What every sheet of a package is read with: its shared strings, the styles that show dates and percentages. */
export function readContext(pkg: XlsxPackage): SheetReadContext {
  return asNotAWorkbook(() => {
    const stylesPart = pkg.workbookPartOf(REL.styles);
    const sstPart = pkg.workbookPartOf(REL.sharedStrings);
    const styles = numberStyles(stylesPart ? pkg.zip.text(stylesPart) : undefined, stylesPart);
    return {
      dates: styles.dates,
      percents: styles.percents,
      strings: sharedStrings(sstPart ? pkg.zip.text(sstPart) : undefined, sstPart),
      date1904: pkg.date1904,
    };
  });
}

/** A part the reader cannot read is NotAWorkbookError, never a library's or the runtime's error. */
function asNotAWorkbook<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof NotAWorkbookError) throw e;
    throw new NotAWorkbookError('badPart', { detail: e instanceof Error ? e.message : String(e) });
  }
}

/**
 * The grids of every worksheet, in the workbook's order (chart sheets hold no cells and are left
 * out). `context`: what readContext gave for this package, when the caller reads it in more than one go.
 */
export function readPackageGrids(
  pkg: XlsxPackage,
  source?: string,
  o: {
    only?: (name: string) => boolean;
    /** After each sheet, for a progress bar. */ onProgress?(done: number, total: number): void;
    context?: SheetReadContext;
  } = {},
): WorkbookGrids {
  const ctx = o.context ?? readContext(pkg);
  return asNotAWorkbook(() => {
    const sheets: SheetGrid[] = [];
    let done = 0;
    for (const ref of pkg.sheets) {
      o.onProgress?.(done++, pkg.sheets.length);
      if (!ref.worksheet || !ref.part) continue;
      if (o.only && !o.only(ref.name)) {
        sheets.push({ name: ref.name, rows: [], visibility: ref.state });
        continue;
      }
      const xml = pkg.zip.text(ref.part);
      if (xml === undefined) throw new NotAWorkbookError('badPart', { part: ref.part, sheet: ref.name, detail: 'sheet part missing' });
      sheets.push(readSheetXml(xml, { name: ref.name, part: ref.part, state: ref.state }, ctx));
    }
    return { sheets, source };
  });
}

/** xlsx bytes → grids. */
export function readXlsx(data: ArrayBuffer | Uint8Array, source?: string, codec: Codec = jsCodec): WorkbookGrids {
  return readPackageGrids(openPackage(data, codec), source);
}
