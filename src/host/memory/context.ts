/** The request context: queued calls run only at sync(), in order, with their bytes counted against the payload limit. */
import { CALL_OVERHEAD_BYTES, ExcelState, MemoryBook, MemoryExcelError, SyncRecord, versionAtLeast } from './book';
import { ContextLike, Op } from './clientObject';
import { WorkbookProxy } from './workbook';
import { payloadBytes } from '../office/payload';

export class MemoryContext implements ContextLike {
  queue: Op[] = [];
  arrived: (() => void)[] = [];
  private response = 0;
  readonly workbook: WorkbookProxy;
  constructor(
    readonly excel: ExcelState,
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
