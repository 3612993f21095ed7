/** Cell comments (ExcelApi 1.10): a comment on a cell, a worksheet's comment collection. */
import { ClientObject, ContextLike, parseProps, parseRangeAddress } from './clientObject';
import { MemoryExcelError, MemorySheet, key } from './book';
import { RangeProxy } from './range';
import { payloadBytes } from '../office/payload';

export function addComment(ctx: ContextLike, address: string, content: string): CommentProxy {
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

export class CommentProxy extends ClientObject {
  constructor(
    ctx: ContextLike,
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
export class CommentCollectionProxy extends ClientObject {
  constructor(
    ctx: ContextLike,
    private sheet: () => MemorySheet,
  ) {
    super(ctx);
  }
  get items(): CommentProxy[] {
    return this.read('items');
  }
  load(props?: string | string[]): this {
    const wanted = parseProps(props).map((p) => p.replace(/^items\//, ''));
    this.queueLoad(
      ['items'],
      () => {
        const s = this.sheet();
        const items = [...s.comments.entries()].map(([k, c]) => {
          const proxy = new CommentProxy(this.ctx, () => ({ sheet: s, k }));
          proxy.preload(wanted.length ? wanted : ['id'], { id: c.id, content: c.content });
          return proxy;
        });
        return { items };
      },
      (d) => (d.items as CommentProxy[]).map((x) => x.snapshot()),
    );
    return this;
  }
  add(cellAddress: string, content: string): CommentProxy {
    return addComment(this.ctx, cellAddress, content);
  }
}
