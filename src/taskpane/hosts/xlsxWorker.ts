import type { XlsxJob, XlsxResult } from './xlsxJobs';

/** Runs an .xlsx job in a worker (one per job, ended after), or on the page without workers. */
export async function workerXlsx(job: XlsxJob): Promise<XlsxResult> {
  if (typeof Worker === 'undefined') return (await import(/* webpackChunkName: "xlsx" */ './xlsxJobs')).runXlsxJob(job);
  return new Promise<XlsxResult>((resolve, reject) => {
    const worker = new Worker(new URL('./xlsx.worker.ts', import.meta.url), { name: 'thidua-xlsx' });
    worker.onmessage = (e: MessageEvent<{ ok: boolean; result?: XlsxResult; error?: string; name?: string; reason?: string; messageVi?: string; messageEn?: string }>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.result!);
      else reject(Object.assign(new Error(e.data.error), { name: e.data.name || 'Error', reason: e.data.reason, messageVi: e.data.messageVi, messageEn: e.data.messageEn }));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage(job);
  });
}

