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
import { BlockingState, CALL_OVERHEAD_BYTES, MemoryBook, MemoryExcelError, MemoryExcelOptions, SyncRecord, versionAtLeast } from './book';
import { MemoryContext } from './context';
import { SheetGrid } from '../../sheet/grid';
import { base64ToBytes } from './workbook';
export { MemoryBook, MemoryExcelError, CALL_OVERHEAD_BYTES } from './book';
export type { MemoryExcelOptions, BlockingState, SyncRecord, CellFormat, MemorySheet } from './book';
export { MemoryContext } from './context';

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
