import type { XlsxJob, XlsxResult } from '../../host/file/xlsxJobs';
import type { XlsxRunOptions } from '../../host/file/browserFileHost';
import { CancelledError } from '../../host/cancel';

interface Reply {
  ok?: boolean;
  progress?: { done: number; total: number };
  result?: XlsxResult;
  error?: string;
  name?: string;
  reason?: string;
  part?: string;
  sheet?: string;
  messageVi?: string;
  messageEn?: string;
}

/**
 * Runs an .xlsx job in a worker (one per job, ended after), or on the page without workers.
 * Hủy ends the worker at once; the worker reports how far along it is.
 */
export async function workerXlsx(job: XlsxJob, o: XlsxRunOptions = {}): Promise<XlsxResult> {
  if (o.signal?.aborted) throw new CancelledError();
  if (typeof Worker === 'undefined') return (await import(/* webpackChunkName: "xlsx" */ '../../host/file/xlsxJobs')).runXlsxJob(job, o);
  return new Promise<XlsxResult>((resolve, reject) => {
    const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { name: 'thidua-xlsx' });
    const stop = () => {
      worker.terminate();
      reject(new CancelledError());
    };
    o.signal?.addEventListener('abort', stop, { once: true });
    const end = () => {
      o.signal?.removeEventListener('abort', stop);
      worker.terminate();
    };
    worker.onmessage = (e: MessageEvent<Reply>) => {
      if (e.data.progress) return void o.onProgress?.(e.data.progress.done, e.data.progress.total);
      end();
      if (e.data.ok) resolve(e.data.result!);
      else
        reject(
          Object.assign(new Error(e.data.error), {
            name: e.data.name || 'Error',
            reason: e.data.reason,
            part: e.data.part,
            sheet: e.data.sheet,
            messageVi: e.data.messageVi,
            messageEn: e.data.messageEn,
          }),
        );
    };
    worker.onerror = (e) => {
      end();
      reject(new Error(e.message));
    };
    worker.postMessage(job);
  });
}
