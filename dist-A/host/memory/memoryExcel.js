"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MemoryExcel = exports.MemoryContext = exports.MemoryBook = exports.CALL_OVERHEAD_BYTES = exports.MemoryExcelError = void 0;
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
const grid_1 = require("../../core/grid");
const payload_1 = require("../office/payload");
class MemoryExcelError extends Error {
    code;
    constructor(code, message) {
        super(`${code}: ${message}`);
        this.code = code;
        this.name = 'RichApi.Error';
    }
}
exports.MemoryExcelError = MemoryExcelError;
const key = (r, c) => `${r},${c}`;
/** Office.js's request bytes around each call (action record and object paths). */
exports.CALL_OVERHEAD_BYTES = 250;
function versionAtLeast(have, want) {
    const [ha, hb] = have.split('.').map(Number);
    const [wa, wb] = want.split('.').map(Number);
    return ha > wa || (ha === wa && hb >= wb);
}
const INVALID_NAME = /[[\]:*?/\\]/;
/** The workbook's state: what a test inspects after a run. */
class MemoryBook {
    sheets = [];
    activeSheet = '';
    selection = null;
    calculationSuspensions = 0;
    screenUpdatingSuspensions = 0;
    static fromGrids(grids) {
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
    sheet(name) {
        const k = name.toLowerCase();
        return this.sheets.find((s) => s.name.toLowerCase() === k);
    }
    addSheet(name) {
        if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'"))
            throw new MemoryExcelError('InvalidArgument', `bad sheet name "${name}"`);
        if (this.sheet(name))
            throw new MemoryExcelError('ItemAlreadyExists', `sheet "${name}" exists`);
        const s = {
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
    toGrid(name) {
        const s = this.sheet(name);
        if (!s)
            throw new Error(`no sheet ${name}`);
        const rows = [];
        for (const [k, v] of s.cells) {
            const [r, c] = k.split(',').map(Number);
            (rows[r] ??= [])[c] = v;
        }
        for (let r = 0; r < rows.length; r++) {
            rows[r] ??= [];
            for (let c = 0; c < rows[r].length; c++)
                if (rows[r][c] === undefined)
                    rows[r][c] = null;
        }
        return { name: s.name, rows, merges: s.merges, visibility: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible' };
    }
    formatAt(sheet, row, col) {
        return this.sheet(sheet)?.formats.get(key(row, col)) ?? {};
    }
}
exports.MemoryBook = MemoryBook;
function boxAddress(b) {
    const q = /^[A-Za-z0-9_]+$/.test(b.sheet.name) ? b.sheet.name : `'${b.sheet.name.replace(/'/g, "''")}'`;
    const tl = (0, grid_1.a1)(b.top, b.left);
    const br = (0, grid_1.a1)(b.top + b.rows - 1, b.left + b.cols - 1);
    return `${q}!${tl === br ? tl : `${tl}:${br}`}`;
}
function parseRangeAddress(address) {
    const plain = address.replace(/\$/g, '').replace(/^.*!/, '');
    const rowsOnly = /^(\d+):(\d+)$/.exec(plain);
    if (rowsOnly)
        return { top: +rowsOnly[1] - 1, left: 0, rows: +rowsOnly[2] - +rowsOnly[1] + 1, cols: 16384 };
    const [a, b] = plain.split(':');
    const p = (0, grid_1.parseA1)(a);
    const q = (0, grid_1.parseA1)(b ?? a);
    if (!p || !q)
        throw new MemoryExcelError('InvalidArgument', `bad address ${address}`);
    return { top: p.row, left: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}
/** Base of every client object: loaded properties, readable only after the sync that loads them. */
class ClientObject {
    ctx;
    loaded = new Map();
    constructor(ctx) {
        this.ctx = ctx;
    }
    /** Readable after a load and sync, like every other property (Office.js's *OrNullObject). */
    get isNullObject() {
        return this.read('isNullObject');
    }
    /** The properties a load() names; naming none loads everything, which the add-in must not do. */
    wanted(props) {
        const wanted = parseProps(props);
        if (wanted.length === 0)
            throw new MemoryExcelError('InvalidArgument', 'load() without properties loads everything: name what you need');
        return wanted;
    }
    read(prop) {
        if (!this.loaded.has(prop))
            throw new MemoryExcelError('PropertyNotLoaded', `${this.constructor.name}.${prop} read before load() and sync()`);
        return this.loaded.get(prop);
    }
    /** Queues a load; `fill` computes the loaded values at sync time. */
    queueLoad(props, fill, wire = (d) => d) {
        this.ctx.enqueue((0, payload_1.payloadBytes)(props), () => {
            const data = fill();
            this.ctx.countResponse(wire(data));
            // Readable only once the whole response has arrived.
            this.ctx.arrived.push(() => {
                for (const p of props)
                    if (p in data)
                        this.loaded.set(p, data[p]);
            });
        });
    }
}
function parseProps(p) {
    if (p === undefined)
        return [];
    if (Array.isArray(p))
        return p;
    if (typeof p === 'string')
        return p.split(',').map((s) => s.trim()).filter(Boolean);
    return Object.keys(p);
}
class MemoryContext {
    excel;
    book;
    queue = [];
    arrived = [];
    response = 0;
    workbook;
    constructor(excel, book) {
        this.excel = excel;
        this.book = book;
        this.workbook = new WorkbookProxy(this);
    }
    /**
     * Queues one call. Its request size is its payload plus what Office.js sends around every call:
     * the action record and the object paths that lead to the object (workbook › sheet › range ›
     * format › font), about 250 bytes in Office.js's JSON, so a thousand small calls weigh what
     * they really weigh.
     */
    enqueue(bytes, run) {
        this.queue.push({ bytes: bytes + exports.CALL_OVERHEAD_BYTES, run });
    }
    countResponse(data) {
        this.response += (0, payload_1.payloadBytes)(data);
    }
    requires(version, api) {
        if (!versionAtLeast(this.excel.apiVersion, version))
            throw new MemoryExcelError('ApiNotFound', `${api} needs ExcelApi ${version}`);
    }
    async sync() {
        const ops = this.queue;
        this.queue = [];
        const requestBytes = ops.reduce((n, o) => n + o.bytes, 0) + 64;
        const rec = { requestBytes, responseBytes: 0, operations: ops.length };
        this.excel.syncs.push(rec);
        if (this.excel.latencyMs > 0)
            await new Promise((r) => setTimeout(r, this.excel.latencyMs));
        else
            await Promise.resolve();
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
        for (const op of ops)
            op.run();
        rec.responseBytes = this.response;
        if (this.response > this.excel.payloadLimit) {
            rec.failed = 'RequestPayloadSizeLimitExceeded';
            throw new MemoryExcelError('RequestPayloadSizeLimitExceeded', `response of ${this.response} bytes`);
        }
        for (const a of this.arrived)
            a();
    }
}
exports.MemoryContext = MemoryContext;
class WorkbookProxy {
    worksheets;
    application;
    constructor(ctx) {
        this.worksheets = new WorksheetCollectionProxy(ctx);
        this.application = new ApplicationProxy(ctx);
    }
}
class ApplicationProxy {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    suspendApiCalculationUntilNextSync() {
        this.ctx.requires('1.6', 'suspendApiCalculationUntilNextSync');
        this.ctx.enqueue(40, () => this.ctx.book.calculationSuspensions++);
    }
    suspendScreenUpdatingUntilNextSync() {
        this.ctx.requires('1.9', 'suspendScreenUpdatingUntilNextSync');
        this.ctx.enqueue(40, () => this.ctx.book.screenUpdatingSuspensions++);
    }
}
class WorksheetCollectionProxy extends ClientObject {
    get items() {
        return this.read('items');
    }
    load(props) {
        const wanted = parseProps(props).map((p) => p.replace(/^items\//, ''));
        this.queueLoad(['items'], () => {
            const items = this.ctx.book.sheets.map((s) => {
                const ws = new WorksheetProxy(this.ctx, () => s);
                ws.fill(wanted.length ? wanted : ['name', 'visibility', 'position']);
                return ws;
            });
            return { items };
        }, (d) => d.items.map((ws) => ws.snapshot()));
        return this;
    }
    getItem(name) {
        return new WorksheetProxy(this.ctx, () => {
            const s = this.ctx.book.sheet(name);
            if (!s)
                throw new MemoryExcelError('ItemNotFound', `no sheet "${name}"`);
            return s;
        });
    }
    getItemOrNullObject(name) {
        return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(name) ?? null);
    }
    getActiveWorksheet() {
        return new WorksheetProxy(this.ctx, () => this.ctx.book.sheet(this.ctx.book.activeSheet) ?? null);
    }
    add(name) {
        let created = null;
        this.ctx.enqueue((0, payload_1.payloadBytes)(name) + 20, () => {
            created = this.ctx.book.addSheet(name);
        });
        return new WorksheetProxy(this.ctx, () => {
            if (!created)
                throw new MemoryExcelError('InvalidObjectPath', 'sheet used before the add() that creates it ran');
            return created;
        });
    }
}
class WorksheetProxy extends ClientObject {
    resolve;
    freezePanes;
    autoFilter;
    charts;
    pageLayout;
    constructor(ctx, resolve) {
        super(ctx);
        this.resolve = resolve;
        const sheet = () => this.must();
        this.freezePanes = {
            freezeRows: (n) => ctx.enqueue(30, () => (sheet().frozen = { rows: n, cols: 0 })),
            freezeAt: (r) => ctx.enqueue(40, () => {
                const b = r.box();
                sheet().frozen = { rows: b.top + b.rows, cols: b.left + b.cols };
            }),
        };
        this.autoFilter = {
            apply: (r) => {
                ctx.requires('1.9', 'autoFilter.apply');
                ctx.enqueue(40, () => (sheet().autoFilter = boxAddress(r.box())));
            },
        };
        this.charts = {
            add: (type, source) => {
                const chart = { type, title: '', source: '', categories: '' };
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
    fill(props) {
        const s = this.resolve();
        const data = { name: s.name, visibility: s.visibility, position: this.ctx.book.sheets.indexOf(s) };
        for (const p of props)
            if (p in data)
                this.loaded.set(p, data[p]);
    }
    snapshot() {
        return Object.fromEntries(this.loaded);
    }
    must() {
        const s = this.resolve();
        if (!s)
            throw new MemoryExcelError('InvalidObjectPath', 'null worksheet used');
        return s;
    }
    get name() {
        return this.read('name');
    }
    set name(v) {
        this.ctx.enqueue((0, payload_1.payloadBytes)(v), () => (this.must().name = v));
    }
    get visibility() {
        return this.read('visibility');
    }
    set visibility(v) {
        this.ctx.enqueue(30, () => {
            const s = this.must();
            if (v !== 'Visible' && s.visibility === 'Visible' && this.ctx.book.sheets.filter((x) => x.visibility === 'Visible').length === 1)
                throw new MemoryExcelError('InvalidOperation', 'cannot hide the last visible sheet');
            s.visibility = v;
        });
    }
    load(props) {
        const wanted = this.wanted(props);
        this.queueLoad([...wanted, 'isNullObject'], () => {
            const s = this.resolve();
            if (!s)
                return { isNullObject: true };
            return { isNullObject: false, name: s.name, visibility: s.visibility, position: this.ctx.book.sheets.indexOf(s) };
        });
        return this;
    }
    getRange(address) {
        return new RangeProxy(this.ctx, () => {
            const s = this.must();
            if (!address)
                return { sheet: s, top: 0, left: 0, rows: 1048576, cols: 16384 };
            return { sheet: s, ...parseRangeAddress(address) };
        });
    }
    getRangeByIndexes(top, left, rows, cols) {
        if (rows < 1 || cols < 1)
            throw new MemoryExcelError('InvalidArgument', `empty range ${rows}x${cols}`);
        return new RangeProxy(this.ctx, () => ({ sheet: this.must(), top, left, rows, cols }));
    }
    getUsedRangeOrNullObject(valuesOnly) {
        void valuesOnly;
        return new RangeProxy(this.ctx, () => {
            const s = this.must();
            if (s.cells.size === 0)
                return null;
            let top = Infinity, left = Infinity, bottom = -1, right = -1;
            for (const k of s.cells.keys()) {
                const [r, c] = k.split(',').map(Number);
                if (r < top)
                    top = r;
                if (c < left)
                    left = c;
                if (r > bottom)
                    bottom = r;
                if (c > right)
                    right = c;
            }
            return { sheet: s, top, left, rows: bottom - top + 1, cols: right - left + 1 };
        });
    }
    delete() {
        this.ctx.enqueue(20, () => {
            const s = this.must();
            const book = this.ctx.book;
            if (s.visibility === 'Visible' && book.sheets.filter((x) => x.visibility === 'Visible').length === 1)
                throw new MemoryExcelError('InvalidOperation', 'cannot delete the last visible sheet');
            book.sheets.splice(book.sheets.indexOf(s), 1);
            if (book.activeSheet === s.name)
                book.activeSheet = book.sheets.find((x) => x.visibility === 'Visible')?.name ?? '';
        });
    }
    activate() {
        this.ctx.enqueue(20, () => {
            const s = this.must();
            if (s.visibility !== 'Visible')
                throw new MemoryExcelError('InvalidOperation', 'cannot activate a hidden sheet');
            this.ctx.book.activeSheet = s.name;
        });
    }
}
class PageLayoutProxy {
    ctx;
    sheet;
    constructor(ctx, sheet) {
        this.ctx = ctx;
        this.sheet = sheet;
    }
    set(prop, v) {
        this.ctx.requires('1.9', `pageLayout.${prop}`);
        this.ctx.enqueue((0, payload_1.payloadBytes)(v) + 20, () => (this.sheet().pageLayout[prop] = v));
    }
    set orientation(v) {
        this.set('orientation', v);
    }
    set paperSize(v) {
        this.set('paperSize', v);
    }
    set zoom(v) {
        this.set('zoom', v);
    }
    set centerHorizontally(v) {
        this.set('centerHorizontally', v);
    }
    setPrintTitleRows(address) {
        this.set('printTitleRows', address);
    }
}
class ChartProxy {
    title;
    series;
    legend;
    constructor(ctx, chart) {
        const title = { text: '' };
        this.title = {
            set text(v) {
                ctx.enqueue((0, payload_1.payloadBytes)(v), () => (chart.title = v));
                title.text = v;
            },
            get text() {
                throw new MemoryExcelError('PropertyNotLoaded', 'chart.title.text read before load');
            },
        };
        this.legend = {
            set visible(v) {
                ctx.enqueue(20, () => (chart.legend = v));
            },
            get visible() {
                throw new MemoryExcelError('PropertyNotLoaded', 'chart.legend.visible read before load');
            },
        };
        this.series = {
            getItemAt: () => ({
                setXAxisValues: (r) => ctx.enqueue(60, () => (chart.categories = boxAddress(r.box()))),
            }),
        };
    }
    setPosition(start, end) {
        void start;
        void end;
    }
}
class RangeProxy extends ClientObject {
    locate;
    format;
    cached;
    constructor(ctx, locate) {
        super(ctx);
        this.locate = locate;
        this.format = new RangeFormatProxy(ctx, this);
    }
    /** The range's box, computed once, at the first sync that touches it. */
    box() {
        const b = this.boxOrNull();
        if (!b)
            throw new MemoryExcelError('InvalidObjectPath', 'null range used');
        return b;
    }
    boxOrNull() {
        if (this.cached === undefined)
            this.cached = this.locate();
        return this.cached;
    }
    get values() {
        return this.read('values');
    }
    set values(v) {
        this.ctx.enqueue((0, payload_1.payloadBytes)(v), () => {
            const b = this.box();
            if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
                throw new MemoryExcelError('InvalidArgument', `values of ${v.length}x${v[0]?.length} set on a ${b.rows}x${b.cols} range`);
            for (let r = 0; r < b.rows; r++)
                for (let c = 0; c < b.cols; c++) {
                    const x = v[r][c];
                    if (x === null)
                        continue; // null leaves the cell as it is
                    const k = key(b.top + r, b.left + c);
                    if (x === '')
                        b.sheet.cells.delete(k);
                    else
                        b.sheet.cells.set(k, typeof x === 'string' ? typedText(x) : x);
                }
        });
    }
    set numberFormat(v) {
        this.ctx.enqueue((0, payload_1.payloadBytes)(v), () => {
            const b = this.box();
            if (v.length !== b.rows || v.some((row) => row.length !== b.cols))
                throw new MemoryExcelError('InvalidArgument', 'numberFormat dimensions differ from the range');
            for (let r = 0; r < b.rows; r++)
                for (let c = 0; c < b.cols; c++)
                    setFormat(b.sheet, b.top + r, b.left + c, 'numberFormat', v[r][c]);
        });
    }
    set hyperlink(v) {
        this.ctx.requires('1.7', 'Range.hyperlink');
        this.ctx.enqueue((0, payload_1.payloadBytes)(v), () => {
            const b = this.box();
            b.sheet.hyperlinks.set(key(b.top, b.left), v);
            if (v.textToDisplay !== undefined)
                b.sheet.cells.set(key(b.top, b.left), v.textToDisplay);
        });
    }
    get rowIndex() {
        return this.read('rowIndex');
    }
    get columnIndex() {
        return this.read('columnIndex');
    }
    get rowCount() {
        return this.read('rowCount');
    }
    get columnCount() {
        return this.read('columnCount');
    }
    get address() {
        return this.read('address');
    }
    load(props) {
        const wanted = this.wanted(props);
        this.queueLoad([...wanted, 'isNullObject'], () => {
            const b = this.boxOrNull();
            if (!b)
                return { isNullObject: true };
            const out = { isNullObject: false };
            for (const p of wanted) {
                if (p === 'values') {
                    if (b.rows * b.cols > this.ctx.excel.cellReadLimit)
                        throw new MemoryExcelError('ResponsePayloadSizeLimitExceeded', `${b.rows * b.cols} cells`);
                    const rows = [];
                    for (let r = 0; r < b.rows; r++) {
                        const row = new Array(b.cols);
                        for (let c = 0; c < b.cols; c++) {
                            const v = b.sheet.cells.get(key(b.top + r, b.left + c));
                            row[c] = v === undefined ? '' : v; // Office.js gives '' for empty cells
                        }
                        rows.push(row);
                    }
                    out.values = rows;
                }
                else if (p === 'rowIndex')
                    out.rowIndex = b.top;
                else if (p === 'columnIndex')
                    out.columnIndex = b.left;
                else if (p === 'rowCount')
                    out.rowCount = b.rows;
                else if (p === 'columnCount')
                    out.columnCount = b.cols;
                else if (p === 'address')
                    out.address = boxAddress(b);
                else
                    throw new MemoryExcelError('InvalidArgument', `Range.${p} is not implemented by the in-memory Excel`);
            }
            return out;
        });
        return this;
    }
    merge(across) {
        this.ctx.enqueue(30, () => {
            const b = this.box();
            if (across)
                for (let r = 0; r < b.rows; r++)
                    b.sheet.merges.push({ top: b.top + r, left: b.left, bottom: b.top + r, right: b.left + b.cols - 1 });
            else
                b.sheet.merges.push({ top: b.top, left: b.left, bottom: b.top + b.rows - 1, right: b.left + b.cols - 1 });
        });
    }
    select() {
        this.ctx.enqueue(30, () => {
            const b = this.box();
            if (this.ctx.book.activeSheet !== b.sheet.name)
                throw new MemoryExcelError('InvalidSelection', 'select() on a sheet that is not active');
            this.ctx.book.selection = { sheet: b.sheet.name, address: boxAddress(b).replace(/^.*!/, '') };
        });
    }
    getMergedAreasOrNullObject() {
        this.ctx.requires('1.13', 'getMergedAreasOrNullObject');
        return new RangeAreasProxy(this.ctx, () => {
            const b = this.box();
            const inside = b.sheet.merges.filter((m) => m.top >= b.top && m.left >= b.left && m.bottom < b.top + b.rows && m.right < b.left + b.cols);
            return inside.length ? { sheet: b.sheet, areas: inside } : null;
        });
    }
    applyFormat(prop, v) {
        this.ctx.enqueue((0, payload_1.payloadBytes)(v) + 30, () => {
            const b = this.box();
            if (b.rows * b.cols > 5_000_000)
                throw new MemoryExcelError('InvalidArgument', 'format on a whole sheet');
            for (let r = 0; r < b.rows; r++)
                for (let c = 0; c < b.cols; c++)
                    setFormat(b.sheet, b.top + r, b.left + c, prop, v);
        });
    }
    setSize(which, v) {
        this.ctx.enqueue(40, () => {
            const b = this.box();
            if (which === 'columnWidth')
                for (let c = 0; c < b.cols; c++)
                    b.sheet.columnWidths.set(b.left + c, v);
            else
                for (let r = 0; r < b.rows; r++)
                    b.sheet.rowHeights.set(b.top + r, v);
        });
    }
}
/**
 * Text written through `values` is typed as if entered: a leading apostrophe marks text; text
 * that starts with = is a formula (which the memory Excel cannot compute: #NAME?); text that
 * reads as a number or TRUE/FALSE becomes one. This is what makes an adapter that forgets to
 * protect "1.1" or "-" visible in tests.
 */
function typedText(x) {
    if (x.startsWith("'"))
        return x.slice(1);
    if (/^[=+@]/.test(x) || (x.startsWith('-') && !/^-\s*\d/.test(x) && x.length > 1))
        return '#NAME?';
    const t = x.trim();
    if (t !== '' && /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i.test(t))
        return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
    if (/^(true|false)$/i.test(t))
        return t.toLowerCase() === 'true';
    return x;
}
function setFormat(sheet, r, c, prop, v) {
    const k = key(r, c);
    let f = sheet.formats.get(k);
    if (!f)
        sheet.formats.set(k, (f = {}));
    f[prop] = v;
}
class RangeAreasProxy extends ClientObject {
    locate;
    constructor(ctx, locate) {
        super(ctx);
        this.locate = locate;
    }
    get address() {
        return this.read('address');
    }
    load(props) {
        const wanted = this.wanted(props);
        this.queueLoad([...wanted, 'isNullObject'], () => {
            const found = this.locate();
            if (!found)
                return { isNullObject: true };
            const address = found.areas.map((m) => boxAddress({ sheet: found.sheet, top: m.top, left: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 })).join(',');
            return { isNullObject: false, address, areaCount: found.areas.length };
        });
        return this;
    }
}
class RangeFormatProxy {
    range;
    font;
    fill;
    borders;
    constructor(ctx, range) {
        this.range = range;
        const prop = (name) => ({
            set: (v) => range.applyFormat(name, v),
            get: () => {
                throw new MemoryExcelError('PropertyNotLoaded', `format ${name} read before load`);
            },
        });
        this.font = Object.defineProperties({}, { bold: prop('bold'), italic: prop('italic'), underline: prop('underline'), color: prop('color'), size: prop('size'), name: prop('fontName') });
        this.fill = Object.defineProperties({}, { color: prop('fill') });
        this.borders = { getItem: () => Object.defineProperties({}, { style: prop('borders'), color: { set: () => ctx.enqueue(20, () => undefined) } }) };
    }
    set horizontalAlignment(v) {
        this.range.applyFormat('horizontalAlignment', v);
    }
    set verticalAlignment(v) {
        this.range.applyFormat('verticalAlignment', v);
    }
    set wrapText(v) {
        this.range.applyFormat('wrapText', v);
    }
    set columnWidth(v) {
        this.range.setSize('columnWidth', v);
    }
    set rowHeight(v) {
        this.range.setSize('rowHeight', v);
    }
}
/**
 * The in-memory Excel: a book, the sync log, `run` in place of `Excel.run` and
 * `isSetSupported` in place of `Office.context.requirements.isSetSupported`.
 */
class MemoryExcel {
    book;
    apiVersion;
    payloadLimit;
    cellReadLimit;
    latencyMs;
    syncs = [];
    /** Set to make every sync fail: the user editing a cell, a protected workbook, a co-author. */
    blockedBy = null;
    constructor(book, o = {}) {
        this.book = book;
        this.apiVersion = o.apiVersion ?? '1.13';
        this.payloadLimit = o.payloadLimit ?? 5 * 1024 * 1024;
        this.cellReadLimit = o.cellReadLimit ?? 5_000_000;
        this.latencyMs = o.latencyMs ?? 0;
    }
    /** Same contract as Excel.run: the batch, then a last sync of whatever is still queued. */
    run = async (batch) => {
        const ctx = new MemoryContext(this, this.book);
        const out = await batch(ctx);
        if (ctx.queue.length)
            await ctx.sync();
        return out;
    };
    isSetSupported = (name, version) => name === 'ExcelApi' && versionAtLeast(this.apiVersion, version ?? '1.1');
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
    resetStats() {
        this.syncs = [];
    }
}
exports.MemoryExcel = MemoryExcel;
//# sourceMappingURL=memoryExcel.js.map