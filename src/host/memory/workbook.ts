/** The workbook, the application and the worksheet collection, as Office.js proxies (comments: comments.ts). */
import { ClientObject, parseProps, ContextLike } from './clientObject';
import { MemoryExcelError, MemorySheet, key } from './book';
import { CommentProxy, addComment } from './comments';
import { SheetGrid } from '../../sheet/grid';
import { WorksheetProxy } from './worksheet';
import { payloadBytes } from '../office/payload';

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly application: ApplicationProxy;
  constructor(private ctx: ContextLike) {
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
export class ResultProxy<T> {
  private box: { v: T } | null = null;
  arrive(v: T): void {
    this.box = { v };
  }
  get value(): T {
    if (!this.box) throw new MemoryExcelError('PropertyNotLoaded', 'ClientResult.value read before sync()');
    return this.box.v;
  }
}

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export class ApplicationProxy {
  constructor(private ctx: ContextLike) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.requires('1.6', 'suspendApiCalculationUntilNextSync');
    this.ctx.enqueue(40, () => this.ctx.book.calculationSuspensions++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.requires('1.9', 'suspendScreenUpdatingUntilNextSync');
    this.ctx.enqueue(40, () => this.ctx.book.screenUpdatingSuspensions++);
  }
}

export class WorksheetCollectionProxy extends ClientObject {
  get items(): WorksheetProxy[] {
    return this.read('items');
  }
  load(props?: string | string[]): this {
    const wanted = parseProps(props).map((p) => p.replace(/^items\//, ''));
    this.queueLoad(
      ['items'],
      () => {
        const items = this.ctx.book.sheets.map((s) => {
          const ws = new WorksheetProxy(this.ctx, () => s);
          ws.fill(wanted.length ? wanted : ['name', 'visibility', 'position']);
          return ws;
        });
        return { items };
      },
      (d) => (d.items as WorksheetProxy[]).map((ws) => ws.snapshot()),
    );
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
