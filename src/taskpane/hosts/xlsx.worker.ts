/** The browser file host's .xlsx jobs off the page's thread (see xlsxJobs.ts). */
import { XlsxJob, runXlsxJob } from './xlsxJobs';

const scope = self as unknown as { onmessage: ((e: MessageEvent<XlsxJob>) => void) | null; postMessage(m: unknown, transfer?: Transferable[]): void };

scope.onmessage = (e) => {
  runXlsxJob(e.data).then(
    (result) => scope.postMessage({ ok: true, result }, result.op === 'read' ? [] : [result.bytes.buffer]),
    (err: unknown) => scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err), name: err instanceof Error ? err.name : '' }),
  );
};
