/** A worksheet proxy, its page layout and charts. */
import { ClientObject, boxAddress, parseRangeAddress, ContextLike } from './clientObject';
import { CommentCollectionProxy } from './comments';
import { INVALID_NAME, MemoryExcelError, MemorySheet } from './book';
import { RangeProxy } from './range';
import { payloadBytes } from '../office/payload';

export class WorksheetProxy extends ClientObject {
  readonly freezePanes: { freezeRows(n: number): void; freezeAt(r: RangeProxy): void };
  readonly autoFilter: { apply(r: RangeProxy): void };
  readonly charts: { add(type: string, source: RangeProxy, seriesBy?: string): ChartProxy };
  readonly pageLayout: PageLayoutProxy;
  /** Manual page breaks (ExcelApi 1.9), kept as the rows they start, in pageLayout.rowBreaks. */
  readonly horizontalPageBreaks: { add(r: RangeProxy): void };

  /** The sheet's comments (ExcelApi 1.10). */
  get comments(): CommentCollectionProxy {
    this.ctx.requires('1.10', 'worksheet.comments');
    return new CommentCollectionProxy(this.ctx, () => this.must());
  }

  get id(): string {
    return this.read('id');
  }

  constructor(
    ctx: ContextLike,
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
    this.horizontalPageBreaks = {
      add: (r: RangeProxy) => {
        ctx.requires('1.9', 'horizontalPageBreaks.add');
        ctx.enqueue(30, () => {
          const rows = (sheet().pageLayout.rowBreaks as number[] | undefined) ?? [];
          sheet().pageLayout.rowBreaks = [...rows, r.box().top];
        });
      },
    };
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
      if (!v || v.length > 31 || INVALID_NAME.test(v) || v.startsWith("'") || v.endsWith("'"))
        throw new MemoryExcelError('InvalidArgument', `bad sheet name "${v}"`);
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

export class PageLayoutProxy {
  constructor(
    private ctx: ContextLike,
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
  set topMargin(v: number) {
    this.set('topMargin', v);
  }
  set leftMargin(v: number) {
    this.set('leftMargin', v);
  }
  set rightMargin(v: number) {
    this.set('rightMargin', v);
  }
  set bottomMargin(v: number) {
    this.set('bottomMargin', v);
  }
  setPrintTitleRows(address: string): void {
    this.set('printTitleRows', address);
  }
}

export class ChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): { setXAxisValues(r: RangeProxy): void } };
  readonly legend: { visible: boolean };
  constructor(ctx: ContextLike, chart: MemorySheet['charts'][number]) {
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
