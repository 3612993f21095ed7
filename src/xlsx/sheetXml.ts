/**
 * One SheetModel as worksheet XML and the parts hanging off it (comments and their VML drawing,
 * a chart's drawing): values as inline strings (sharedStrings.xml stays the user's), styles
 * through the StyleBook, links as internal `location` hyperlinks (no relationship each), and the
 * worksheet's children in the schema's order (Excel refuses a file whose order is wrong).
 */
import { CellValue, MergeArea, columnLetter } from '../sheet/grid';
import { SheetModel, StyleName } from '../sheet/sheetModel';
import { cutText } from '../sheet/capText';
import { isWhiteSpace } from '../sheet/whiteSpace';
import { LINK_LOOK, Look, combineLooks, rowHeights, sheetWidth, styleCombos } from '../sheet/looks';
import { CellStyle, StyleBook } from './styles';
import { escapeAttr, escapeXml } from './xml';
import { REL } from './package';
import { chartXml, drawingXml } from './chart';

export const SML_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Excel holds at most 32,767 characters in a cell (EXCEL_CELL_CHARS): the models are capped when
 * a run finishes them, and the writer cuts again for models that come another way (new workbooks).
 */

export interface ExtraPart {
  part: string;
  content: string;
  contentType: string;
}

export interface SheetOutput {
  /** The worksheet XML in pieces (joined and encoded by the writer). */
  /** The sheet part's UTF-8 bytes. */
  bytes: Uint8Array;
  rels: { id: string; type: string; target: string }[];
  extra: ExtraPart[];
  /** Workbook defined names of this sheet (print titles, filter range). */
  definedNames: { name: string; value: string; hidden?: boolean }[];
}

export interface PartNames {
  /** A new part name not used in the package, e.g. `xl/comments3.xml` for ('xl/comments', '.xml'). */
  fresh(stem: string, ext: string): string;
  relativeFrom(from: string, to: string): string;
}

/** A sheet name in a formula or a link: quoted, its apostrophes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

const colCache: string[] = [];
function col(c: number): string {
  return colCache[c] ?? (colCache[c] = columnLetter(c));
}

function absRange(m: MergeArea): string {
  return `$${col(m.left)}$${m.top + 1}:$${col(m.right)}$${m.bottom + 1}`;
}

function ref(m: MergeArea): string {
  const a = `${col(m.left)}${m.top + 1}`;
  return m.top === m.bottom && m.left === m.right ? a : `${a}:${col(m.right)}${m.bottom + 1}`;
}

/** A number as Excel stores it; null for NaN and infinities, which are never written. */
function num(v: number): string | null {
  if (!Number.isFinite(v)) return null;
  return String(v);
}

function text(v: string): string {
  const cut = cutText(v);
  const esc = escapeXml(cut);
  // The same test as /^\s|\s$|\n/, without a regular expression on every cell of a large sheet.
  const keep = cut.length > 0 && (isWhiteSpace(cut.charCodeAt(0)) || isWhiteSpace(cut.charCodeAt(cut.length - 1)) || cut.indexOf('\n') >= 0);
  return keep ? `<t xml:space="preserve">${esc}</t>` : `<t>${esc}</t>`;
}

function cellStyleOf(look: Look, m: SheetModel, numFmt?: string, unlocked?: boolean): CellStyle {
  const st: CellStyle = {
    font: {
      name: m.page.font,
      size: m.page.fontSize + (look.sizeDelta ?? 0),
      bold: look.bold,
      italic: look.italic,
      underline: look.underline,
      color: look.color,
    },
  };
  if (look.hAlign || look.vAlign || look.wrap) st.alignment = { horizontal: look.hAlign, vertical: look.vAlign, wrapText: look.wrap };
  if (look.fill) st.fill = look.fill;
  if (look.border) st.border = true;
  if (numFmt) st.numFmt = numFmt;
  if (unlocked) st.unlocked = true;
  return st;
}

/** Rows of unlocked ranges are written out to this many rows at most (a whole column would be a million cells). */
const UNLOCKED_ROWS_LIMIT = 65536;

/**
 * XML text turned into UTF-8 a megabyte at a time as it is produced: the ranking sheet of the
 * stress book is 150 MB of XML, and held as JS strings until the end it took twice that.
 */
class Utf8Sink {
  private static readonly encoder = new TextEncoder();
  private readonly parts: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingLen = 0;
  private size = 0;
  push(s: string): void {
    this.pending.push(s);
    this.pendingLen += s.length;
    if (this.pendingLen > 1 << 20) this.flush();
  }
  private flush(): void {
    const b = Utf8Sink.encoder.encode(this.pending.join(''));
    this.parts.push(b);
    this.size += b.length;
    this.pending = [];
    this.pendingLen = 0;
  }
  finish(): Uint8Array {
    this.flush();
    if (this.parts.length === 1) return this.parts[0];
    const out = new Uint8Array(this.size);
    let p = 0;
    for (const b of this.parts) {
      out.set(b, p);
      p += b.length;
    }
    return out;
  }
}

export function sheetXml(m: SheetModel, part: string, styles: StyleBook, names: PartNames, o: { noteShapeBase?: number } = {}): SheetOutput {
  const out = new Utf8Sink();
  const rels: SheetOutput['rels'] = [];
  const extra: ExtraPart[] = [];
  const definedNames: SheetOutput['definedNames'] = [];
  const width = sheetWidth(m);
  const combos = styleCombos(m);
  const plain = m.page.font === 'Calibri' && m.page.fontSize === 11;
  const numFmt = new Map<number, { fromRow: number; format: string }>();
  for (const nf of m.numberFormats ?? []) numFmt.set(nf.col, nf);
  const links = new Map<number, string>();
  const KEY = 16384;
  for (const l of m.links) links.set(l.row * KEY + l.col, `${quoteSheet(l.sheet)}!${l.cell}`);
  const formulas = new Map<number, string>();
  for (const f of m.formulas ?? []) formulas.set(f.row * KEY + f.col, f.formula.replace(/^=/, ''));
  const unlocked: MergeArea[] = (m.protection?.unlocked ?? []).map((u) => ({
    ...u,
    bottom: Math.min(u.bottom, u.top + UNLOCKED_ROWS_LIMIT - 1),
    right: Math.min(u.right, 16383),
  }));
  const heights = rowHeights(m, combos);

  const xfCache = new Map<string, number>();
  // Most cells: a style key alone (shared strings from styleCombos), looked up without a new key.
  const plainXf = new Map<string, number>();
  const xfFor = (combo: string, fmt: string | undefined, link: boolean, open: boolean): number => {
    if (fmt === undefined && !link && !open) {
      let i = plainXf.get(combo);
      if (i === undefined) plainXf.set(combo, (i = styles.xf(cellStyleOf(combineLooks(combo ? (combo.split('+') as StyleName[]) : []), m))));
      return i;
    }
    const key = `${combo}|${fmt ?? ''}|${link ? 1 : 0}|${open ? 1 : 0}`;
    let i = xfCache.get(key);
    if (i === undefined) {
      const names = combo ? (combo.split('+') as StyleName[]) : [];
      const look = link ? { ...combineLooks(names), ...LINK_LOOK } : combineLooks(names);
      xfCache.set(key, (i = styles.xf(cellStyleOf(look, m, fmt, open))));
    }
    return i;
  };

  // sheetPr, dimension, sheetViews, sheetFormatPr, cols
  out.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SML_NS}" xmlns:r="${R_NS}">`);
  if (m.page.fitToWidth) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  let lastRow = Math.max(m.rows.length, combos.length) - 1;
  for (const u of unlocked) lastRow = Math.max(lastRow, u.bottom);
  let lastCol = Math.max(0, width - 1);
  for (const u of unlocked) lastCol = Math.max(lastCol, u.right);
  out.push(`<dimension ref="${lastRow >= 0 ? `A1:${col(lastCol)}${lastRow + 1}` : 'A1'}"/>`);
  if (m.freeze && (m.freeze.rows > 0 || m.freeze.cols > 0)) {
    const { rows: fr, cols: fc } = m.freeze;
    const pane = fr > 0 && fc > 0 ? 'bottomRight' : fr > 0 ? 'bottomLeft' : 'topRight';
    const tl = `${col(fc)}${fr + 1}`;
    out.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${fc > 0 ? ` xSplit="${fc}"` : ''}${fr > 0 ? ` ySplit="${fr}"` : ''} topLeftCell="${tl}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${tl}" sqref="${tl}"/></sheetView></sheetViews>`,
    );
  } else out.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (m.columnWidths.length) {
    out.push('<cols>');
    m.columnWidths.forEach((w, i) => {
      if (w && Number.isFinite(w)) out.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
    });
    out.push('</cols>');
  }

  // sheetData
  out.push('<sheetData>');
  const buf: string[] = [];
  for (let r = 0; r <= lastRow; r++) {
    const values: CellValue[] | undefined = m.rows[r];
    const rowCombos = combos[r];
    const rowLocks = unlocked.filter((u) => u.top <= r && r <= u.bottom);
    let end = Math.max(values?.length ?? 0, rowCombos ? Math.min(rowCombos.length, width) : 0);
    for (const u of rowLocks) end = Math.max(end, u.right + 1);
    buf.length = 0;
    for (let c = 0; c < end; c++) {
      const v = values?.[c];
      const key = r * KEY + c;
      const formula = formulas.size ? formulas.get(key) : undefined;
      const link = links.size ? links.get(key) : undefined;
      const combo = rowCombos?.[c];
      const nf = numFmt.get(c);
      const fmt = nf && r >= nf.fromRow && typeof v === 'number' ? nf.format : undefined;
      let open = false;
      for (const u of rowLocks) if (u.left <= c && c <= u.right) open = true;
      let shown: CellValue | undefined = v;
      if (link && (shown === null || shown === undefined || shown === '')) shown = m.links.find((l) => l.row === r && l.col === c)!.cell;
      const hasValue = shown !== null && shown !== undefined && shown !== '';
      const styled = combo !== undefined || fmt !== undefined || link !== undefined || open || (!plain && hasValue);
      if (!hasValue && !styled && formula === undefined) continue;
      let s = styled ? xfFor(combo ?? '', fmt, link !== undefined, open) : 0;
      if (s === 0 && !styled) s = 0;
      const at = `${col(c)}${r + 1}`;
      const sAttr = s ? ` s="${s}"` : '';
      if (formula !== undefined) {
        const f = `<f>${escapeXml(formula)}</f>`;
        if (typeof shown === 'string') buf.push(`<c r="${at}"${sAttr} t="str">${f}<v>${escapeXml(cutText(shown))}</v></c>`);
        else if (typeof shown === 'boolean') buf.push(`<c r="${at}"${sAttr} t="b">${f}<v>${shown ? 1 : 0}</v></c>`);
        else if (typeof shown === 'number' && num(shown) !== null) buf.push(`<c r="${at}"${sAttr}>${f}<v>${num(shown)}</v></c>`);
        else buf.push(`<c r="${at}"${sAttr}>${f}</c>`);
      } else if (typeof shown === 'string' && shown !== '') buf.push(`<c r="${at}"${sAttr} t="inlineStr"><is>${text(shown)}</is></c>`);
      else if (typeof shown === 'number' && num(shown) !== null) buf.push(`<c r="${at}"${sAttr}><v>${num(shown)}</v></c>`);
      else if (typeof shown === 'boolean') buf.push(`<c r="${at}"${sAttr} t="b"><v>${shown ? 1 : 0}</v></c>`);
      else if (styled) buf.push(`<c r="${at}"${sAttr}/>`);
    }
    const h = heights.get(r);
    if (buf.length === 0 && h === undefined) continue;
    out.push(`<row r="${r + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ''}>${buf.join('')}</row>`);
  }
  out.push('</sheetData>');

  // sheetProtection, autoFilter, mergeCells, dataValidations, hyperlinks, pageMargins, pageSetup
  if (m.protection) out.push('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
  if (m.autoFilter) {
    out.push(`<autoFilter ref="${ref(m.autoFilter)}"/>`);
    definedNames.push({ name: '_xlnm._FilterDatabase', value: `${quoteSheet(m.name)}!${absRange(m.autoFilter)}`, hidden: true });
  }
  if (m.merges.length) {
    out.push(`<mergeCells count="${m.merges.length}">`);
    for (const mg of m.merges) out.push(`<mergeCell ref="${ref(mg)}"/>`);
    out.push('</mergeCells>');
  }
  // Excel refuses a file whose list validation is longer than 255 characters: such a list is left
  // out (the cells stay free to type in) rather than the whole file being unreadable.
  const dv = (m.validations ?? []).filter((v) => v.kind !== 'list' || (v.list ?? []).map((x) => x.replace(/"/g, '""')).join(',').length <= 255);
  if (dv.length) {
    out.push(`<dataValidations count="${dv.length}">`);
    for (const v of dv) {
      let attrs = ` type="${v.kind}"`;
      let formulas = '';
      if (v.kind === 'list') formulas = `<formula1>${escapeXml(`"${(v.list ?? []).map((x) => x.replace(/"/g, '""')).join(',')}"`)}</formula1>`;
      else if (v.min !== undefined && v.max !== undefined) {
        attrs += ' operator="between"';
        formulas = `<formula1>${v.min}</formula1><formula2>${v.max}</formula2>`;
      } else if (v.min !== undefined) {
        attrs += ' operator="greaterThanOrEqual"';
        formulas = `<formula1>${v.min}</formula1>`;
      } else if (v.max !== undefined) {
        attrs += ' operator="lessThanOrEqual"';
        formulas = `<formula1>${v.max}</formula1>`;
      }
      if (v.allowBlank !== false) attrs += ' allowBlank="1"';
      attrs += ' showInputMessage="1" showErrorMessage="1"';
      // Excel caps the prompt at 255 characters and the error message at 225.
      if (v.prompt) attrs += ` prompt="${escapeAttr(v.prompt.slice(0, 255))}"`;
      if (v.error)
        attrs += ` errorTitle="${escapeAttr(v.kind === 'list' ? 'Giá trị không có trong danh sách' : 'Giá trị không hợp lệ')}" error="${escapeAttr(v.error.slice(0, 225))}"`;
      out.push(`<dataValidation${attrs} sqref="${ref(v)}">${formulas}</dataValidation>`);
    }
    out.push('</dataValidations>');
  }
  if (m.links.length) {
    out.push('<hyperlinks>');
    const seen = new Set<number>();
    for (const l of m.links) {
      const key = l.row * KEY + l.col;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        `<hyperlink ref="${col(l.col)}${l.row + 1}" location="${escapeAttr(`${quoteSheet(l.sheet)}!${l.cell}`)}" display="${escapeAttr(String(m.rows[l.row]?.[l.col] ?? l.cell).slice(0, 255))}"/>`,
      );
    }
    out.push('</hyperlinks>');
  }
  const mg = m.page.margins;
  // Margins are given in centimetres; the file keeps inches.
  const inch = (cm: number) => String(Math.round((cm / 2.54) * 1000) / 1000);
  out.push(
    mg
      ? `<pageMargins left="${inch(mg.left)}" right="${inch(mg.right)}" top="${inch(mg.top)}" bottom="${inch(mg.bottom)}" header="0.3" footer="0.3"/>`
      : '<pageMargins left="0.6" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
  );
  out.push(`<pageSetup paperSize="9" orientation="${m.page.orientation}"${m.page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  const breaks = (m.page.rowBreaks ?? []).filter((r) => r > 0);
  // A break's id is the row above it (1-based): the page starts at the 0-based row given.
  if (breaks.length)
    out.push(
      `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('')}</rowBreaks>`,
    );
  if (m.page.printTitleRows) {
    const [a, b] = m.page.printTitleRows;
    definedNames.push({ name: '_xlnm.Print_Titles', value: `${quoteSheet(m.name)}!$${a + 1}:$${b + 1}` });
  }

  // drawing (the chart), legacyDrawing (the notes' shapes)
  const chart = m.chart && m.chart.toRow >= m.chart.fromRow ? m.chart : undefined;
  if (chart) {
    const drawing = names.fresh('xl/drawings/drawing', '.xml');
    const chartPart = names.fresh('xl/charts/chart', '.xml');
    const cats = [];
    const vals = [];
    for (let r = chart.fromRow; r <= chart.toRow; r++) {
      cats.push(String(m.rows[r]?.[chart.categoriesCol] ?? ''));
      const v = m.rows[r]?.[chart.valuesCol];
      vals.push(typeof v === 'number' && Number.isFinite(v) ? v : null);
    }
    const n = chart.toRow - chart.fromRow + 1;
    extra.push({
      part: chartPart,
      contentType: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
      content: chartXml({
        title: chart.title,
        sheet: m.name,
        catRef: `${quoteSheet(m.name)}!$${col(chart.categoriesCol)}$${chart.fromRow + 1}:$${col(chart.categoriesCol)}$${chart.toRow + 1}`,
        valRef: `${quoteSheet(m.name)}!$${col(chart.valuesCol)}$${chart.fromRow + 1}:$${col(chart.valuesCol)}$${chart.toRow + 1}`,
        cats,
        vals,
        font: m.page.font,
      }),
    });
    extra.push({ part: drawing, contentType: 'application/vnd.openxmlformats-officedocument.drawing+xml', content: drawingXml(chartAnchor(m, n)) });
    extra.push({ part: relsOf(drawing), contentType: '', content: relsXml([{ id: 'rId1', type: REL.chart, target: names.relativeFrom(drawing, chartPart) }]) });
    rels.push({ id: 'rId1', type: REL.drawing, target: names.relativeFrom(part, drawing) });
    out.push('<drawing r:id="rId1"/>');
  }
  const notes = (m.notes ?? []).filter((x) => x.text);
  if (notes.length) {
    const comments = names.fresh('xl/comments', '.xml');
    const vml = names.fresh('xl/drawings/vmlDrawing', '.vml');
    extra.push({ part: comments, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml', content: commentsXml(notes) });
    extra.push({ part: vml, contentType: '', content: vmlXml(notes, o.noteShapeBase ?? 1) });
    rels.push({ id: 'rId2', type: REL.comments, target: names.relativeFrom(part, comments) });
    rels.push({ id: 'rId3', type: REL.vmlDrawing, target: names.relativeFrom(part, vml) });
    out.push('<legacyDrawing r:id="rId3"/>');
  }
  out.push('</worksheet>');
  return { bytes: out.finish(), rels, extra, definedNames };
}

/**
 * Below the sheet's content, from its second column, about 110 characters wide and a row and a
 * bit per bar: printed with the table (fit to width) without shrinking it, as a chart to the
 * right of a wide table would.
 */
function chartAnchor(m: SheetModel, bars: number): { fromCol: number; fromRow: number; toCol: number; toRow: number } {
  const fromRow = m.rows.length + 1;
  let toCol = 1;
  for (let w = 0; toCol < 60 && w < 110; toCol++) w += m.columnWidths[toCol] ?? 9;
  return { fromCol: 1, fromRow, toCol, toRow: fromRow + Math.max(16, Math.ceil(bars * 1.3) + 5) };
}

export function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function relsXml(rels: { id: string; type: string; target: string; external?: boolean }[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`).join('') +
    '</Relationships>'
  );
}

/** Who wrote the notes, as Excel shows it above each one. */
export const NOTE_AUTHOR = 'Thi đua';

function commentsXml(notes: { row: number; col: number; text: string }[]): string {
  const seen = new Set<string>();
  const list: string[] = [];
  for (const n of notes) {
    const at = `${col(n.col)}${n.row + 1}`;
    if (seen.has(at)) continue;
    seen.add(at);
    list.push(`<comment ref="${at}" authorId="0"><text><r><rPr><sz val="9"/><rFont val="Tahoma"/><family val="2"/></rPr>${text(n.text)}</r></text></comment>`);
  }
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${SML_NS}"><authors><author>${escapeXml(NOTE_AUTHOR)}</author></authors><commentList>${list.join('')}</commentList></comments>`;
}

/** The notes' boxes (Excel draws notes from this legacy VML part), hidden until hovered. */
function vmlXml(notes: { row: number; col: number; text: string }[], base: number): string {
  const shapes = notes.map(
    (n, i) =>
      `<v:shape id="_x0000_s${base * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${n.col + 1}, 15, ${Math.max(0, n.row - 1)}, 2, ${n.col + 4}, 15, ${n.row + 4}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${n.row}</x:Row><x:Column>${n.col}</x:Column></x:ClientData></v:shape>`,
  );
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${base}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    shapes.join('') +
    '</xml>'
  );
}
