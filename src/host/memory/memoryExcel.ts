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
import { CellValue, MergeArea, SheetGrid, a1, parseA1 } from '../../sheet/grid';
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
  /**
   * How the in-memory Excel opens an .xlsx it is handed (insertWorksheetsFromBase64,
   * createWorkbook): the host's reader, injected so that this file imports no xlsx library.
   * Values and merged cells only, as that reader gives.
   */
  readXlsx?: (bytes: Uint8Array) => Promise<SheetGrid[]>;
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
  /** Office.js's worksheet id: stays when the sheet is renamed. */
  id: string;
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
  /** Cell comments (ExcelApi 1.10) by "row,col": what a note on a cell holds. */
  comments: Map<string, { id: string; content: string }>;
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
  private nextId = 1;

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
    return this.sheets.find((s) => s.name.toLowerCase() === k || s.id.toLowerCase() === k);
  }

  addSheet(name: string): MemorySheet {
    if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) throw new MemoryExcelError('InvalidArgument', `bad sheet name "${name}"`);
    if (this.sheet(name)) throw new MemoryExcelError('ItemAlreadyExists', `sheet "${name}" exists`);
    const s: MemorySheet = {
      id: `{${String(this.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`,
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
      comments: new Map(),
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
  /** Most calls run at once; opening a file (insertWorksheetsFromBase64) takes a moment. */
  run(): unknown;
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

  /** Values a collection load delivers with its items (readable once that load has arrived). */
  preload(props: string[], data: Record<string, unknown>): void {
    for (const p of props) if (p in data) this.loaded.set(p, data[p]);
  }

  snapshot(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
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
  enqueue(bytes: number, run: () => unknown): void {
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
    for (const op of ops) {
      const done = op.run();
      if (done instanceof Promise) await done;
    }
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
  constructor(private ctx: MemoryContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
  }

  /** The workbook's comments (ExcelApi 1.10): add by full address "'Sheet'!B3". */
  get comments(): { add(cellAddress: string, content: string): CommentProxy } {
    this.ctx.requires('1.10', 'workbook.comments');
    return { add: (address: string, content: string) => addComment(this.ctx, address, content) };
  }

  /**
   * Inserts the sheets of an .xlsx given as base64 (ExcelApi 1.13) at the end; a name already
   * taken gets " (2)". Returns the new sheets' ids, readable after the sync.
   */
  insertWorksheetsFromBase64(base64: string, options?: { sheetNamesToInsert?: string[]; positionType?: string }): ResultProxy<string[]> {
    this.ctx.requires('1.13', 'insertWorksheetsFromBase64');
    const result = new ResultProxy<string[]>();
    this.ctx.enqueue(base64.length + 60, async () => {
      const read = this.ctx.excel.readXlsx;
      if (!read) throw new MemoryExcelError('GeneralException', 'the in-memory Excel was given no readXlsx to open files with');
      let grids: SheetGrid[];
      try {
        grids = await read(base64ToBytes(base64));
      } catch {
        throw new MemoryExcelError('InvalidArgument', 'base64File is not a workbook');
      }
      const wanted = options?.sheetNamesToInsert?.length ? options.sheetNamesToInsert : null;
      const ids: string[] = [];
      for (const g of grids) {
        if (wanted && !wanted.includes(g.name)) continue;
        let name = g.name;
        for (let i = 2; this.ctx.book.sheet(name); i++) name = `${g.name.slice(0, 26)} (${i})`;
        const s = this.ctx.book.addSheet(name);
        s.visibility = g.visibility === 'veryHidden' ? 'VeryHidden' : g.visibility === 'hidden' ? 'Hidden' : 'Visible';
        g.rows.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && v !== '' && s.cells.set(key(r, c), v)));
        s.merges = [...(g.merges ?? [])];
        ids.push(s.id);
      }
      this.ctx.countResponse(ids);
      this.ctx.arrived.push(() => result.arrive(ids));
    });
    return result;
  }
}

/** A value a call returns (OfficeExtension.ClientResult): readable once its sync is done. */
class ResultProxy<T> {
  private box: { v: T } | null = null;
  arrive(v: T): void {
    this.box = { v };
  }
  get value(): T {
    if (!this.box) throw new MemoryExcelError('PropertyNotLoaded', 'ClientResult.value read before sync()');
    return this.box.v;
  }
}

function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function addComment(ctx: MemoryContext, address: string, content: string): CommentProxy {
  let made: { sheet: MemorySheet; k: string } | null = null;
  ctx.enqueue(payloadBytes(address) + payloadBytes(content), () => {
    const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(address);
    if (!m) throw new MemoryExcelError('InvalidArgument', `comment address "${address}" has no sheet name`);
    const sheet = ctx.book.sheet((m[1] ?? m[2]).replace(/''/g, "'"));
    if (!sheet) throw new MemoryExcelError('ItemNotFound', `no sheet in "${address}"`);
    const box = parseRangeAddress(m[3]);
    if (box.rows !== 1 || box.cols !== 1) throw new MemoryExcelError('InvalidArgument', 'a comment goes on one cell');
    const k = key(box.top, box.left);
    if (sheet.comments.has(k)) throw new MemoryExcelError('InvalidArgument', 'the cell already has a comment');
    sheet.comments.set(k, { id: `c${ctx.excel.commentIds++}`, content });
    made = { sheet, k };
  });
  return new CommentProxy(ctx, () => made);
}

class CommentProxy extends ClientObject {
  constructor(
    ctx: MemoryContext,
    private where: () => { sheet: MemorySheet; k: string } | null,
  ) {
    super(ctx);
  }
  private must(): { sheet: MemorySheet; k: string } {
    const w = this.where();
    if (!w || !w.sheet.comments.has(w.k)) throw new MemoryExcelError('InvalidObjectPath', 'comment used before it exists');
    return w;
  }
  get content(): string {
    return this.read('content');
  }
  get id(): string {
    return this.read('id');
  }
  load(props?: string | string[]): this {
    const wanted = this.wanted(props);
    this.queueLoad(wanted, () => {
      const w = this.must();
      const c = w.sheet.comments.get(w.k)!;
      return { content: c.content, id: c.id };
    });
    return this;
  }
  /** The cell the comment is on. */
  getLocation(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const w = this.must();
      const [r, c] = w.k.split(',').map(Number);
      return { sheet: w.sheet, top: r, left: c, rows: 1, cols: 1 };
    });
  }
  delete(): void {
    this.ctx.enqueue(20, () => {
      const w = this.must();
      w.sheet.comments.delete(w.k);
    });
  }
}

/** A worksheet's comments: load('items') lists them (ExcelApi 1.10). */
class CommentCollectionProxy extends ClientObject {
  constructor(
    ctx: MemoryContext,
    private sheet: () => MemorySheet,
  ) {
    super(ctx);
  }
  get items(): CommentProxy[] {
    return this.read('items');
  }
  load(props?: string | string[]): this {
    const wanted = parseProps(props).map((p) => p.replace(/^items\//, ''));
    this.queueLoad(['items'], () => {
      const s = this.sheet();
      const items = [...s.comments.entries()].map(([k, c]) => {
        const proxy = new CommentProxy(this.ctx, () => ({ sheet: s, k }));
        proxy.preload(wanted.length ? wanted : ['id'], { id: c.id, content: c.content });
        return proxy;
      });
      return { items };
    }, (d) => (d.items as CommentProxy[]).map((x) => x.snapshot()));
    return this;
  }
  add(cellAddress: string, content: string): CommentProxy {
    return addComment(this.ctx, cellAddress, content);
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

  /** The sheet's comments (ExcelApi 1.10). */
  get comments(): CommentCollectionProxy {
    this.ctx.requires('1.10', 'worksheet.comments');
    return new CommentCollectionProxy(this.ctx, () => this.must());
  }

  get id(): string {
    return this.read('id');
  }

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
    const data: Record<string, unknown> = { id: s.id, name: s.name, visibility: s.visibility, position: this.ctx.book.sheets.indexOf(s) };
    for (const p of props) if (p in data) this.loaded.set(p, data[p]);
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
    this.ctx.enqueue(payloadBytes(v), () => {
      const s = this.must();
      if (!v || v.length > 31 || INVALID_NAME.test(v) || v.startsWith("'") || v.endsWith("'")) throw new MemoryExcelError('InvalidArgument', `bad sheet name "${v}"`);
      const other = this.ctx.book.sheet(v);
      if (other && other !== s) throw new MemoryExcelError('ItemAlreadyExists', `sheet "${v}" exists`);
      s.name = v;
    });
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
      return { isNullObject: false, id: s.id, name: s.name, visibility: s.visibility, position: this.ctx.book.sheets.indexOf(s) };
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
          // Typing "50%" stores 0,5 and gives a General cell the 0% format, as Excel does.
          if (typeof x === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*%\s*$/.test(x) && (b.sheet.formats.get(k)?.numberFormat ?? 'General') === 'General') setFormat(b.sheet, b.top + r, b.left + c, 'numberFormat', x.includes('.') ? '0.00%' : '0%');
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
          out.numberFormat = Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => b.sheet.formats.get(key(b.top + r, b.left + c))?.numberFormat ?? 'General'));
        } else if (p === 'formulas') {
          // The in-memory Excel keeps no formulas: a cell's formula is its value, as Excel reports for constants.
          out.formulas = Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.cols }, (_, c) => b.sheet.cells.get(key(b.top + r, b.left + c)) ?? ''));
        }
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

/**
 * A range's fill: set colour, clear (no fill), and load colour and pattern (ExcelApi 1.9). As
 * in Excel, a cell without fill reports white ('#FFFFFF') and pattern 'None'; a range whose cells
 * differ reports null.
 */
class RangeFillProxy extends ClientObject {
  constructor(
    ctx: MemoryContext,
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
      for (let r = 0; r < b.rows && seen.size < 2; r++) for (let c = 0; c < b.cols && seen.size < 2; c++) seen.add(b.sheet.formats.get(key(b.top + r, b.left + c))?.fill ?? '');
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

class RangeFormatProxy {
  readonly font: Record<string, unknown>;
  readonly fill: RangeFillProxy;
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
  readonly readXlsx?: (bytes: Uint8Array) => Promise<SheetGrid[]>;
  commentIds = 1;

  constructor(
    public book: MemoryBook,
    o: MemoryExcelOptions = {},
  ) {
    this.apiVersion = o.apiVersion ?? '1.13';
    this.payloadLimit = o.payloadLimit ?? 5 * 1024 * 1024;
    this.cellReadLimit = o.cellReadLimit ?? 5_000_000;
    this.latencyMs = o.latencyMs ?? 0;
    this.readXlsx = o.readXlsx;
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

  /** Workbooks opened by `createWorkbook`: the base64 they were given and, with `readXlsx`, the sheets they hold. */
  createdWorkbooks: { base64: string; bytes: number; sheets: SheetGrid[] | null }[] = [];

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
    const bytes = base64 ? base64ToBytes(base64) : null;
    this.createdWorkbooks.push({ base64: base64 ?? '', bytes: bytes?.length ?? 0, sheets: bytes && this.readXlsx ? await this.readXlsx(bytes) : null });
  };
}
