/** What every proxy of the in-memory Excel shares: queued calls, addresses, and properties readable only after the sync that loads them. */
import { ExcelState, MemoryBook, MemoryExcelError, MemorySheet } from './book';
import { a1, parseA1 } from '../../sheet/grid';
import { payloadBytes } from '../office/payload';

/** What the proxies need of their request context (ContextLike): queue a call, count a response, check a requirement set. */
export interface ContextLike {
  readonly book: MemoryBook;
  readonly excel: ExcelState;
  arrived: (() => void)[];
  enqueue(bytes: number, run: () => unknown): void;
  countResponse(data: unknown): void;
  requires(version: string, api: string): void;
}

export interface Op {
  bytes: number;
  /** Most calls run at once; opening a file (insertWorksheetsFromBase64) takes a moment. */
  run(): unknown;
}

export interface Box {
  sheet: MemorySheet;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export function boxAddress(b: Box): string {
  const q = /^[A-Za-z0-9_]+$/.test(b.sheet.name) ? b.sheet.name : `'${b.sheet.name.replace(/'/g, "''")}'`;
  const tl = a1(b.top, b.left);
  const br = a1(b.top + b.rows - 1, b.left + b.cols - 1);
  return `${q}!${tl === br ? tl : `${tl}:${br}`}`;
}

export function parseRangeAddress(address: string): { top: number; left: number; rows: number; cols: number } {
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
export abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: ContextLike) {}

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

export function parseProps(p?: string | string[] | Record<string, unknown>): string[] {
  if (p === undefined) return [];
  if (Array.isArray(p)) return p;
  if (typeof p === 'string')
    return p
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  return Object.keys(p);
}
