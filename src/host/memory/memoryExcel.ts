/**
 * A strict in-memory Excel: just the Office.js surface the adapter uses, behaving the way the
 * real one does where it matters for correctness and speed.
 *
 * - Every call is queued and runs only at `context.sync()`, in order.
 * - Reading a property that was not loaded, or before the sync that loads it, throws
 *   `PropertyNotLoaded`, as Office.js does.
 * - Each sync counts its request bytes (what was queued: values written, addresses, formats) and
 *   response bytes (what was loaded). Over the payload limit (5 MB, Excel on the web) the sync
 *   fails with `RequestPayloadSizeLimitExceeded`: a request before anything runs, a response
 *   before anything loaded can be read.
 * - API calls of a requirement set newer than the one configured throw `ApiNotFound`.
 *
 * It serves the jest tests of the adapter and the browser harness that the Playwright tests drive.
 * It imports nothing from Office.js at run time.
 */
import { CellValue, MergeArea, SheetGrid, a1, parseA1 } from '../../core/grid';
import { payloadBytes } from '../office/payload';

export interface MemoryExcelOptions {
  /** Highest ExcelApi set supported, e.g. '1.7' for Office 2019. Default '1.13'. */
  apiVersion?: string;
  /** Payload limit per request and per response, bytes. Default 5 MB as on Excel on the web. */
  payloadLimit?: number;
  /** Most cells one read may return. Default 5 million as in Excel. */
  cellReadLimit?: number;
  /** Milliseconds each sync takes, as a round trip to Excel does (0: at once). */
  latencyMs?: number;
}

/** A state of Excel that makes every sync fail, as the real one does (see `MemoryExcel.blockedBy`). */
export type BlockingState = 'InvalidOperationInCellEditMode' | 'AccessDenied' | 'Conflict';

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  failed?: string;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
  size?: number;
  fontName?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  numberFormat?: string;
  borders?: boolean;
}

export interface MemorySheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, CellValue>;
  merges: MergeArea[];
  formats: Map<string, CellFormat>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hyperlinks: Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>;
  frozen: { rows: number; cols: number } | null;
  charts: { type: string; title: string; source: string; categories: string; legend?: boolean }[];
  autoFilter: string | null;
  pageLayout: Record<string, unknown>;
}

export class MemoryExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

const key = (r: number, c: number) => `${r},${c}`;

/** Office.js's request bytes around each call (action record and object paths). */
export const CALL_OVERHEAD_BYTES = 250;

function versionAtLeast(have: string, want: string): boolean {
  const [ha, hb] = have.split('.').map(Number);
  const [wa, wb] = want.split('.').map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

const INVALID_NAME = /[[\]:*?/\\]/;

/** The workbook's state: what a test inspects after a run. */
export class MemoryBook {
  sheets: MemorySheet[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  calculationSuspensions = 0;
  screenUpdatingSuspensions = 0;

  static fromGrids(grids: SheetGrid[]): MemoryBook {
    const b = new MemoryBook();
    for (const g of grids) {
      const s = b.addSheet(g.name);
      s.visibility = g.visibility === 'veryHidden' ? 'VeryHidden' : g.visibility === 'hidden' ? 'Hidden' : 'Visible';
      g.rows.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && v !== '' && s.cells.set(key(r, c), v)));
      s.merges = [...(g.merges ?? [])];
    }
    b.activeSheet = b.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
    return b;
  }

  sheet(name: string): MemorySheet | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k);
  }

  addSheet(name: string): MemorySheet {
    if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) throw new MemoryExcelError('InvalidArgument', `bad sheet name "${name}"`);
    if (this.sheet(name)) throw new MemoryExcelError('ItemAlreadyExists', `sheet "${name}" exists`);
    const s: MemorySheet = {
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      formats: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      hyperlinks: new Map(),
      frozen: null,
      charts: [],
      autoFilter: null,
      pageLayout: {},
    };
    this.sheets.push(s);
    return s;
  }

  /** A sheet back as a grid (values only), to compare with what was written. */
  toGrid(name: string): SheetGrid {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const rows: CellValue[][] = [];
    for (const [k, v] of s.cells) {
      const [r, c] = k.split(',').map(Number);
      (rows[r] ??= [])[c] = v;
    }
    for (let r = 0; r < rows.length; r++) {
      rows[r] ??= [];
      for (let c = 0; c < rows[r].length; c++) if (rows[r][c] === undefined) rows[r][c] = null;
    }
    return { name: s.name, rows, merges: s.merges, visibility: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible' };
  }

  formatAt(sheet: string, row: number, col: number): CellFormat {
    return this.sheet(sheet)?.formats.get(key(row, col)) ?? {};
  }
}

interface Op {
  bytes: number;
  run(): void;
}

interface Box {
  sheet: MemorySheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function boxAddress(b: Box): string {
  const q = /^[A-Za-z0-9_]+$/.test(b.sheet.name) ? b.sheet.name : `'${b.sheet.name.replace(/'/g, "''")}'`;
  const tl = a1(b.top, b.left);
  const br = a1(b.top + b.rows - 1, b.left + b.cols - 1);
  return `${q}!${tl === br ? tl : `${tl}:${br}`}`;
}

function parseRangeAddress(address: string): { top: number; left: number; rows: number; cols: number } {
  const plain = address.replace(/\$/g, '').replace(/^.*!/, '');
  const rowsOnly = /^(\d+):(\d+)$/.exec(plain);
  if (rowsOnly) return { top: +rowsOnly[1] - 1, left: 0, rows: +rowsOnly[2] - +rowsOnly[1] + 1, cols: 16384 };
  const [a, b] = plain.split(':');
  const p = parseA1(a);
  const q = parseA1(b ?? a);
  if (!p || !q) throw new MemoryExcelError('InvalidArgument', `bad address ${address}`);
  return { top: p.row, left: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

/** Base of every client object: loaded properties, readable only after the sync that loads them. */
abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: MemoryContext) {}

  /** Readable after a load and sync, like every other property (Office.js's *OrNullObject). */
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }

  /** The properties a load() names; naming none loads everything, which the add-in must not do. */
  protected wanted(props?: string | string[]): string[] {
    const wanted = parseProps(props);
    if (wanted.length === 0) throw new MemoryExcelError('InvalidArgument', 'load() without properties loads everything: name what you need');
    return wanted;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new MemoryExcelError('PropertyNotLoaded', `${this.constructor.name}.${prop} read before load() and sync()`);
    return this.loaded.get(prop) as T;
  }

  /** Queues a load; `fill` computes the loaded values at sync time. */
  protected queueLoad(props: string[], fill: () => Record<string, unknown>, wire: (data: Record<string, unknown>) => unknown = (d) => d): void {
    this.ctx.enqueue(payloadBytes(props), () => {
      const data = fill();
      this.ctx.countResponse(wire(data));
      // Readable only once the whole response has arrived.
      this.ctx.arrived.push(() => {
        for (const p of props) if (p in data) this.loaded.set(p, data[p]);
      });
    });
  }
}

function parseProps(p?: string | string[] | Record<string, unknown>): string[] {
  if (p === undefined) return [];
  if (Array.isArray(p)) return p;
  if (typeof p === 'string') return p.split(',').map((s) => s.trim()).filter(Boolean);
  return Object.keys(p);
}

export class MemoryContext {
  queue: Op[] = [];
  arrived: (() => void)[] = [];
  private response = 0;
  readonly workbook: WorkbookProxy;
  constructor(
    readonly excel: MemoryExcel,
    readonly book: MemoryBook,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  /**
   * Queues one call. Its request size is its payload plus what Office.js sends around every call:
   * the action record and the object paths that lead to the object (workbook › sheet › range ›
   * format › font), about 250 bytes in Office.js's JSON, so a thousand small calls weigh what
   * they really weigh.
   */
  enqueue(bytes: number, run: () => void): void {
    this.queue.push({ bytes: bytes + CALL_OVERHEAD_BYTES, run });
  }

  countResponse(data: unknown): void {
    this.response += payloadBytes(data);
  }

  requires(version: string, api: string): void {
    if (!versionAtLeast(this.excel.apiVersion, version)) throw new MemoryExcelError('ApiNotFound', `${api} needs ExcelApi ${version}`);
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const requestBytes = ops.reduce((n, o) => n + o.bytes, 0) + 64;
    const rec: SyncRecord = { requestBytes, responseBytes: 0, operations: ops.length };
    this.excel.syncs.push(rec);
    if (this.excel.latencyMs > 0) await new Promise((r) => setTimeout(r, this.excel.latencyMs));
    else await Promise.resolve();
    if (this.excel.blockedBy) {
      rec.failed = this.excel.blockedBy;
      throw new MemoryExcelError(this.excel.blockedBy, 'Excel refused the batch');
    }
    if (requestBytes > this.excel.payloadLimit) {
      rec.failed = 'RequestPayloadSizeLimitExceeded';
      throw new MemoryExcelError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    // Excel applies a batch in order and stops at the first error, keeping what ran before it.
    this.response = 0;
    this.arrived = [];
    for (const op of ops) op.run();
    rec.responseBytes = this.response;
    if (this.response > this.excel.payloadLimit) {
      rec.failed = 'RequestPayloadSizeLimitExceeded';
      throw new MemoryExcelError('RequestPayloadSizeLimitExceeded', `response of ${this.response} bytes`);
    }
    for (const a of this.arrived) a();
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  constructor(ctx: MemoryContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
  }
}

class ApplicationProxy {
  constructor(private ctx: MemoryContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requires('1.6', 'suspendApiCalculationUntilNextSync');
    this.ctx.enqueue(40, () => this.ctx.book.calculationSuspensions++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.requires('1.9', 'suspendScreenUpdatingUntilNextSync');
    this.ctx.enqueue(40, () => this.ctx.book.screenUpdatingSuspensions++);
  }
}

class WorksheetCollectionProxy extends ClientObject {
  get items(): WorksheetProxy[] {
    return this.read('items');
  }
  load(props?: string | string[]): this {
    const wanted = parseProps(props).map((p) => p.replace(/^items\//, ''));
    this.queueLoad(['items'], () => {
      const items = this.ctx.book.sheets.map((s) => {
        const ws = new WorksheetProxy(this.ctx, () => s);
        ws.fill(wanted.length ? wanted : ['name', 'visibility', 'position']);
        return ws;
      });
      return { items };
    }, (d) => (d.items as WorksheetProxy[]).map((ws) => ws.snapshot()));
    return this;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.book.sheet(name);
      if (!s) throw new MemoryExcelError('ItemNotFound', `no sheet "${name}"`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(name) ?? null);
  }
  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(this.ctx.book.activeSheet) ?? null);
  }
  add(name: string): WorksheetProxy {
    let created: MemorySheet | null = null;
    this.ctx.enqueue(payloadBytes(name) + 20, () => {
      created = this.ctx.book.addSheet(name);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new MemoryExcelError('InvalidObjectPath', 'sheet used before the add() that creates it ran');
      return created;
    });
  }
}

class WorksheetProxy extends ClientObject {
  readonly freezePanes: { freezeRows(n: number): void; freezeAt(r: RangeProxy): void };
  readonly autoFilter: { apply(r: RangeProxy): void };
  readonly charts: { add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy };
  readonly pageLayout: PageLayoutProxy;

  constructor(
    ctx: MemoryContext,
    readonly resolve: () => MemorySheet | null,
  ) {
    super(ctx);
    const sheet = () => this.must();
    this.freezePanes = {
      freezeRows: (n: number) => ctx.enqueue(30, () => (sheet().frozen = { rows: n, cols: 0 })),
      freezeAt: (r: RangeProxy) =>
        ctx.enqueue(40, () => {
          const b = r.box();
          sheet().frozen = { rows: b.top + b.rows, cols: b.left + b.cols };
        }),
    };
    this.autoFilter = {
      apply: (r: RangeProxy) => {
        ctx.requires('1.9', 'autoFilter.apply');
        ctx.enqueue(40, () => (sheet().autoFilter = boxAddress(r.box())));
      },
    };
    this.charts = {
      add: (type: string, source: RangeProxy) => {
        const chart: MemorySheet['charts'][number] = { type, title: '', source: '', categories: '' };
        ctx.enqueue(60, () => {
          chart.source = boxAddress(source.box());
          sheet().charts.push(chart);
        });
        return new ChartProxy(ctx, chart);
      },
    };
    this.pageLayout = new PageLayoutProxy(ctx, sheet);
  }

  /** Called when a collection load fills its items. */
  fill(props: string[]): void {
    const s = this.resolve()!;
    const data: Record<string, unknown> = { name: s.name, visibility: s.visibility, position: this.ctx.book.sheets.indexOf(s) };
    for (const p of props) if (p in data) this.loaded.set(p, data[p]);
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  must(): MemorySheet {
    const s = this.resolve();
    if (!s) throw new MemoryExcelError('InvalidObjectPath', 'null worksheet used');
    return s;
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.ctx.enqueue(payloadBytes(v), () => (this.must().name = v));
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.ctx.enqueue(30, () => {
      const s = this.must();
      if (v !== 'Visible' && s.visibility === 'Visible' && this.ctx.book.sheets.filter((x) => x.visibility === 'Visible').length === 1)
        throw new MemoryExcelError('InvalidOperation', 'cannot hide the last visible sheet');
      s.visibility = v as MemorySheet['visibility'];
    });
  }

  load(props?: string | string[]): this {
    const wanted = this.wanted(props);
    this.queueLoad([...wanted, 'isNullObject'], () => {
      const s = this.resolve();
      if (!s) return { isNullObject: true };
      return { isNullObject: false, name: s.name, visibility: s.visibility, position: this.ctx.book.sheets.indexOf(s) };
    });
    return this;
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.must();
      if (!address) return { sheet: s, top: 0, left: 0, rows: 1048576, cols: 16384 };
      return { sheet: s, ...parseRangeAddress(address) };
    });
  }

  getRangeByIndexes(top: number, left: number, rows: number, cols: number): RangeProxy {
    if (rows < 1 || cols < 1) throw new MemoryExcelError('InvalidArgument', `empty range ${rows}x${cols}`);
    return new RangeProxy(this.ctx, () => ({ sheet: this.must(), top, left, rows, cols }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => {
      const s = this.must();
      if (s.cells.size === 0) return null;
      let top = Infinity,
        left = Infinity,
        bottom = -1,
        right = -1;
      for (const k of s.cells.keys()) {
        const [r, c] = k.split(',').map(Number);
        if (r < top) top = r;
        if (c < left) left = c;
        if (r > bottom) bottom = r;
        if (c > right) right = c;
      }
      return { sheet: s, top, left, rows: bottom - top + 1, cols: right - left + 1 };
    });
  }

  delete(): void {
    this.ctx.enqueue(20, () => {
      const s = this.must();
      const book = this.ctx.book;
      if (s.visibility === 'Visible' && book.sheets.filter((x) => x.visibility === 'Visible').length === 1)
        throw new MemoryExcelError('InvalidOperation', 'cannot delete the last visible sheet');
      book.sheets.splice(book.sheets.indexOf(s), 1);
      if (book.activeSheet === s.name) book.activeSheet = book.sheets.find((x) => x.visibility === 'Visible')?.name ?? '';
    });
  }

  activate(): void {
    this.ctx.enqueue(20, () => {
      const s = this.must();
      if (s.visibility !== 'Visible') throw new MemoryExcelError('InvalidOperation', 'cannot activate a hidden sheet');
      this.ctx.book.activeSheet = s.name;
    });
  }
}

class PageLayoutProxy {
  constructor(
    private ctx: MemoryContext,
    private sheet: () => MemorySheet,
  ) {}
  private set(prop: string, v: unknown) {
    this.ctx.requires('1.9', `pageLayout.${prop}`);
    this.ctx.enqueue(payloadBytes(v) + 20, () => (this.sheet().pageLayout[prop] = v));
  }
  set orientation(v: string) {
    this.set('orientation', v);
  }
  set paperSize(v: string) {
    this.set('paperSize', v);
  }
  set zoom(v: unknown) {
    this.set('zoom', v);
  }
  set centerHorizontally(v: boolean) {
    this.set('centerHorizontally', v);
  }
  setPrintTitleRows(address: string): void {
    this.set('printTitleRows', address);
  }
}

class ChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): { setXAxisValues(r: RangeProxy): void } };
  readonly legend: { visible: boolean };
  constructor(
    ctx: MemoryContext,
    chart: MemorySheet['charts'][number],
  ) {
    const title = { text: '' };
    this.title = {
      set text(v: string) {
        ctx.enqueue(payloadBytes(v), () => (chart.title = v));
        title.text = v;
      },
      get text(): string {
        throw new MemoryExcelError('PropertyNotLoaded', 'chart.title.text read before load');
      },
    };
    this.legend = {
      set visible(v: boolean) {
        ctx.enqueue(20, () => (chart.legend = v));
      },
      get visible(): boolean {
        throw new MemoryExcelError('PropertyNotLoaded', 'chart.legend.visible read before load');
      },
    };
    this.series = {
      getItemAt: () => ({
        setXAxisValues: (r: RangeProxy) => ctx.enqueue(60, () => (chart.categories = boxAddress(r.box()))),
      }),
    };
  }
  setPosition(start: string, end?: string): void {
    void start;
    void end;
  }
}

type FormatKey = keyof CellFormat;

class RangeProxy extends ClientObject {
  readonly format: RangeFormatProxy;
  private cached: Box | null | undefined;

  constructor(
    ctx: MemoryContext,
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
        }
    });
  }
  set numberFormat(v: string[][]) {
    this.ctx.enqueue(payloadBytes(v), () => {
      const b = this.box();
      if (v.length !== b.rows || v.some((row) => row.length !== b.cols)) throw new MemoryExcelError('InvalidArgument', 'numberFormat dimensions differ from the range');
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
        else throw new MemoryExcelError('InvalidArgument', `Range.${p} is not implemented by the in-memory Excel`);
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
function typedText(x: string): CellValue {
  if (x.startsWith("'")) return x.slice(1);
  if (/^[=+@]/.test(x) || (x.startsWith('-') && !/^-\s*\d/.test(x) && x.length > 1)) return '#NAME?';
  const t = x.trim();
  if (t !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t)) return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  return x;
}

function setFormat(sheet: MemorySheet, r: number, c: number, prop: FormatKey, v: unknown): void {
  const k = key(r, c);
  let f = sheet.formats.get(k);
  if (!f) sheet.formats.set(k, (f = {}));
  (f as Record<string, unknown>)[prop] = v;
}

class RangeAreasProxy extends ClientObject {
  constructor(
    ctx: MemoryContext,
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
      const address = found.areas.map((m) => boxAddress({ sheet: found.sheet, top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 })).join(',');
      return { isNullObject: false, address, areaCount: found.areas.length };
    });
    return this;
  }
}

class RangeFormatProxy {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(
    ctx: MemoryContext,
    private range: RangeProxy,
  ) {
    const prop = (name: FormatKey) => ({
      set: (v: unknown) => range.applyFormat(name, v),
      get: () => {
        throw new MemoryExcelError('PropertyNotLoaded', `format ${name} read before load`);
      },
    });
    this.font = Object.defineProperties({}, { bold: prop('bold'), italic: prop('italic'), underline: prop('underline'), color: prop('color'), size: prop('size'), name: prop('fontName') });
    this.fill = Object.defineProperties({}, { color: prop('fill') });
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

/**
 * The in-memory Excel: a book, the sync log, `run` in place of `Excel.run` and
 * `isSetSupported` in place of `Office.context.requirements.isSetSupported`.
 */
export class MemoryExcel {
  readonly apiVersion: string;
  readonly payloadLimit: number;
  readonly cellReadLimit: number;
  latencyMs: number;
  syncs: SyncRecord[] = [];
  /** Set to make every sync fail: the user editing a cell, a protected workbook, a co-author. */
  blockedBy: BlockingState | null = null;

  constructor(
    public book: MemoryBook,
    o: MemoryExcelOptions = {},
  ) {
    this.apiVersion = o.apiVersion ?? '1.13';
    this.payloadLimit = o.payloadLimit ?? 5 * 1024 * 1024;
    this.cellReadLimit = o.cellReadLimit ?? 5_000_000;
    this.latencyMs = o.latencyMs ?? 0;
  }

  /** Same contract as Excel.run: the batch, then a last sync of whatever is still queued. */
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new MemoryContext(this, this.book);
    const out = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.queue.length) await ctx.sync();
    return out;
  };

  isSetSupported = (name: string, version?: string): boolean => name === 'ExcelApi' && versionAtLeast(this.apiVersion, version ?? '1.1');

  get stats() {
    const ok = this.syncs.filter((s) => !s.failed);
    return {
      syncs: this.syncs.length,
      failedSyncs: this.syncs.length - ok.length,
      maxRequestBytes: Math.max(0, ...this.syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...ok.map((s) => s.responseBytes)),
      totalRequestBytes: this.syncs.reduce((n, s) => n + s.requestBytes, 0),
      totalResponseBytes: this.syncs.reduce((n, s) => n + s.responseBytes, 0),
    };
  }

  resetStats(): void {
    this.syncs = [];
  }

  /** Workbooks opened by `createWorkbook`, as the base64 they were given. */
  createdWorkbooks: { base64: string; bytes: number }[] = [];

  /**
   * `Excel.createWorkbook(base64)` (ExcelApi 1.8): one request to Excel, counted like a sync and
   * held to the same payload limit; the new workbook is recorded (this Excel cannot open it).
   */
  createWorkbook = async (base64?: string): Promise<void> => {
    if (!versionAtLeast(this.apiVersion, '1.8')) throw new MemoryExcelError('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8');
    const requestBytes = (base64?.length ?? 0) + CALL_OVERHEAD_BYTES;
    if (this.latencyMs) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (requestBytes > this.payloadLimit) {
      this.syncs.push({ requestBytes, responseBytes: 0, operations: 1, failed: 'RequestPayloadSizeLimitExceeded' });
      throw new MemoryExcelError('RequestPayloadSizeLimitExceeded', `createWorkbook request of ${requestBytes} bytes`);
    }
    if (base64 !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new MemoryExcelError('InvalidArgument', 'createWorkbook: not base64');
    this.syncs.push({ requestBytes, responseBytes: 0, operations: 1 });
    this.createdWorkbooks.push({ base64: base64 ?? '', bytes: base64 ? Math.floor((base64.length * 3) / 4) : 0 });
  };
}
