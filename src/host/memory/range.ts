/** A range proxy: values, formulas, formats, merges, fills, as Office.js queues and loads them. */
import { Box, ClientObject, boxAddress, ContextLike } from './clientObject';
import { CellFormat, MemoryExcelError, MemorySheet, key } from './book';
import { CellValue, MergeArea } from '../../sheet/grid';
import { payloadBytes } from '../office/payload';

export type FormatKey = keyof CellFormat;

export class RangeProxy extends ClientObject {
  readonly format: RangeFormatProxy;
  private cached: Box | null | undefined;

  constructor(
    ctx: ContextLike,
    private locate: () => Box | null,
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(ctx, this);
  }

  /** The range's box, computed once, at the first sync that touches it. */
  box(): Box {
    const b = this.boxOrNull();
    if (!b) throw new MemoryExcelError('InvalidObjectPath', 'null range used');
    return b;
  }
  boxOrNull(): Box | null {
    if (this.cached === undefined) this.cached = this.locate();
    return this.cached;
  }

  get values(): CellValue[][] {
    return this.read('values');
  }
  set values(v: CellValue[][]) {
    this.ctx.enqueue(payloadBytes(v), () => {
      const b = this.box();
      if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
        throw new MemoryExcelError('InvalidArgument', `values of ${v.length}x${v[0]?.length} set on a ${b.rows}x${b.cols} range`);
      for (let r = 0; r < b.rows; r++)
        for (let c = 0; c < b.cols; c++) {
          const x = v[r][c];
          if (x === null) continue; // null leaves the cell as it is
          const k = key(b.top + r, b.left + c);
          if (x === '') b.sheet.cells.delete(k);
          else b.sheet.cells.set(k, typeof x === 'string' ? typedText(x) : x);
          // Typing "50%" stores 0,5 and gives a General cell the 0% format, as Excel does.
          if (typeof x === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*%\s*$/.test(x) && (b.sheet.formats.get(k)?.numberFormat ?? 'General') === 'General')
            setFormat(b.sheet, b.top + r, b.left + c, 'numberFormat', x.includes('.') ? '0.00%' : '0%');
        }
    });
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(payloadBytes(v), () => {
      const b = this.box();
      if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
        throw new MemoryExcelError('InvalidArgument', 'numberFormat dimensions differ from the range');
      for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) setFormat(b.sheet, b.top + r, b.left + c, 'numberFormat', v[r][c]);
    });
  }
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    this.ctx.requires('1.7', 'Range.hyperlink');
    this.ctx.enqueue(payloadBytes(v), () => {
      const b = this.box();
      b.sheet.hyperlinks.set(key(b.top, b.left), v);
      if (v.textToDisplay !== undefined) b.sheet.cells.set(key(b.top, b.left), v.textToDisplay);
    });
  }

  get formulas(): CellValue[][] {
    return this.read('formulas');
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get address(): string {
    return this.read('address');
  }

  load(props?: string | string[]): this {
    const wanted = this.wanted(props);
    this.queueLoad([...wanted, 'isNullObject'], () => {
      const b = this.boxOrNull();
      if (!b) return { isNullObject: true };
      const out: Record<string, unknown> = { isNullObject: false };
      for (const p of wanted) {
        if (p === 'values') {
          if (b.rows * b.cols > this.ctx.excel.cellReadLimit) throw new MemoryExcelError('ResponsePayloadSizeLimitExceeded', `${b.rows * b.cols} cells`);
          const rows: CellValue[][] = [];
          for (let r = 0; r < b.rows; r++) {
            const row: CellValue[] = new Array(b.cols);
            for (let c = 0; c < b.cols; c++) {
              const v = b.sheet.cells.get(key(b.top + r, b.left + c));
              row[c] = v === undefined ? '' : v; // Office.js gives '' for empty cells
            }
            rows.push(row);
          }
          out.values = rows;
        } else if (p === 'rowIndex') out.rowIndex = b.top;
        else if (p === 'columnIndex') out.columnIndex = b.left;
        else if (p === 'rowCount') out.rowCount = b.rows;
        else if (p === 'columnCount') out.columnCount = b.cols;
        else if (p === 'address') out.address = boxAddress(b);
        else if (p === 'numberFormat') {
          // Each cell's format code, "General" when none was set, as Office.js reports them.
          if (b.rows * b.cols > this.ctx.excel.cellReadLimit) throw new MemoryExcelError('ResponsePayloadSizeLimitExceeded', `${b.rows * b.cols} cells`);
          out.numberFormat = Array.from({ length: b.rows }, (_, r) =>
            Array.from({ length: b.cols }, (_, c) => b.sheet.formats.get(key(b.top + r, b.left + c))?.numberFormat ?? 'General'),
          );
        } else if (p === 'formulas') {
          // The in-memory Excel keeps no formulas: a cell's formula is its value, as Excel reports for constants.
          out.formulas = Array.from({ length: b.rows }, (_, r) =>
            Array.from({ length: b.cols }, (_, c) => b.sheet.cells.get(key(b.top + r, b.left + c)) ?? ''),
          );
        } else throw new MemoryExcelError('InvalidArgument', `Range.${p} is not implemented by the in-memory Excel`);
      }
      return out;
    });
    return this;
  }

  merge(across?: boolean): void {
    this.ctx.enqueue(30, () => {
      const b = this.box();
      if (across) for (let r = 0; r < b.rows; r++) b.sheet.merges.push({ top: b.top + r, left: b.left, bottom: b.top + r, right: b.left + b.cols - 1 });
      else b.sheet.merges.push({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 });
    });
  }

  select(): void {
    this.ctx.enqueue(30, () => {
      const b = this.box();
      if (this.ctx.book.activeSheet !== b.sheet.name) throw new MemoryExcelError('InvalidSelection', 'select() on a sheet that is not active');
      this.ctx.book.selection = { sheet: b.sheet.name, address: boxAddress(b).replace(/^.*!/, '') };
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.ctx.requires('1.13', 'getMergedAreasOrNullObject');
    return new RangeAreasProxy(this.ctx, () => {
      const b = this.box();
      const inside = b.sheet.merges.filter((m) => m.top >= b.top && m.left >= b.left && m.bottom < b.top + b.rows && m.right < b.left + b.cols);
      return inside.length ? { sheet: b.sheet, areas: inside } : null;
    });
  }

  applyFormat(prop: FormatKey, v: unknown): void {
    this.ctx.enqueue(payloadBytes(v) + 30, () => {
      const b = this.box();
      if (b.rows * b.cols > 5_000_000) throw new MemoryExcelError('InvalidArgument', 'format on a whole sheet');
      for (let r = 0; r < b.rows; r++) for (let c = 0; c < b.cols; c++) setFormat(b.sheet, b.top + r, b.left + c, prop, v);
    });
  }

  setSize(which: 'columnWidth' | 'rowHeight', v: number): void {
    this.ctx.enqueue(40, () => {
      const b = this.box();
      if (which === 'columnWidth') for (let c = 0; c < b.cols; c++) b.sheet.columnWidths.set(b.left + c, v);
      else for (let r = 0; r < b.rows; r++) b.sheet.rowHeights.set(b.top + r, v);
    });
  }
}

/**
 * Text written through `values` is typed as if entered: a leading apostrophe marks text; text
 * that starts with = is a formula (which the memory Excel cannot compute: #NAME?); text that
 * reads as a number or TRUE/FALSE becomes one. This is what makes an adapter that forgets to
 * protect "1.1" or "-" visible in tests.
 */
export function typedText(x: string): CellValue {
  if (x.startsWith("'")) return x.slice(1);
  if (/^[=+@]/.test(x) || (x.startsWith('-') && !/^-\s*\d/.test(x) && x.length > 1)) return '#NAME?';
  const t = x.trim();
  if (t !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t)) return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return x;
}

export function setFormat(sheet: MemorySheet, r: number, c: number, prop: FormatKey, v: unknown): void {
  const k = key(r, c);
  let f = sheet.formats.get(k);
  if (!f) sheet.formats.set(k, (f = {}));
  (f as Record<string, unknown>)[prop] = v;
}

export class RangeAreasProxy extends ClientObject {
  constructor(
    ctx: ContextLike,
    private locate: () => { sheet: MemorySheet; areas: MergeArea[] } | null,
  ) {
    super(ctx);
  }
  get address(): string {
    return this.read('address');
  }
  load(props?: string | string[]): this {
    const wanted = this.wanted(props);
    this.queueLoad([...wanted, 'isNullObject'], () => {
      const found = this.locate();
      if (!found) return { isNullObject: true };
      const address = found.areas
        .map((m) => boxAddress({ sheet: found.sheet, top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }))
        .join(',');
      return { isNullObject: false, address, areaCount: found.areas.length };
    });
    return this;
  }
}

/**
 * A range's fill: set colour, clear (no fill), and load colour and pattern (ExcelApi 1.9). As
 * in Excel, a cell without fill reports white ('#FFFFFF') and pattern 'None'; a range whose cells
 * differ reports null.
 */
export class RangeFillProxy extends ClientObject {
  constructor(
    ctx: ContextLike,
    private range: RangeProxy,
  ) {
    super(ctx);
  }
  get color(): string | null {
    return this.read('color');
  }
  set color(v: string | null) {
    this.range.applyFormat('fill', v);
  }
  get pattern(): string | null {
    return this.read('pattern');
  }
  clear(): void {
    this.ctx.enqueue(30, () => {
      const b = this.range.box();
      for (let r = 0; r < b.rows; r++)
        for (let c = 0; c < b.cols; c++) {
          const k = key(b.top + r, b.left + c);
          const f = b.sheet.formats.get(k);
          if (!f) continue;
          delete f.fill;
          if (Object.keys(f).length === 0) b.sheet.formats.delete(k);
        }
    });
  }
  load(props?: string | string[]): this {
    const wanted = this.wanted(props);
    if (wanted.includes('pattern')) this.ctx.requires('1.9', 'RangeFill.pattern');
    this.queueLoad(wanted, () => {
      const b = this.range.box();
      const seen = new Set<string>();
      for (let r = 0; r < b.rows && seen.size < 2; r++)
        for (let c = 0; c < b.cols && seen.size < 2; c++) seen.add(b.sheet.formats.get(key(b.top + r, b.left + c))?.fill ?? '');
      const one = seen.size === 1 ? [...seen][0] : null;
      const out: Record<string, unknown> = {};
      for (const p of wanted) {
        if (p === 'color') out.color = one === null ? null : one || '#FFFFFF';
        else if (p === 'pattern') out.pattern = one === null ? null : one ? 'Solid' : 'None';
        else throw new MemoryExcelError('InvalidArgument', `RangeFill.${p} is not implemented by the in-memory Excel`);
      }
      return out;
    });
    return this;
  }
}

export class RangeFormatProxy {
  readonly font: Record<string, unknown>;
  readonly fill: RangeFillProxy;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(
    ctx: ContextLike,
    private range: RangeProxy,
  ) {
    const prop = (name: FormatKey) => ({
      set: (v: unknown) => range.applyFormat(name, v),
      get: () => {
        throw new MemoryExcelError('PropertyNotLoaded', `format ${name} read before load`);
      },
    });
    this.font = Object.defineProperties(
      {},
      { bold: prop('bold'), italic: prop('italic'), underline: prop('underline'), color: prop('color'), size: prop('size'), name: prop('fontName') },
    );
    this.fill = new RangeFillProxy(ctx, range);
    this.borders = { getItem: () => Object.defineProperties({}, { style: prop('borders'), color: { set: () => ctx.enqueue(20, () => undefined) } }) };
  }
  set horizontalAlignment(v: string) {
    this.range.applyFormat('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this.range.applyFormat('verticalAlignment', v);
  }
  set wrapText(v: boolean) {
    this.range.applyFormat('wrapText', v);
  }
  set columnWidth(v: number) {
    this.range.setSize('columnWidth', v);
  }
  set rowHeight(v: number) {
    this.range.setSize('rowHeight', v);
  }
}
