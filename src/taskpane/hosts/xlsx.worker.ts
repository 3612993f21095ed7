/** The browser file host's .xlsx jobs off the page's thread (see xlsxJobs.ts). */
import { XlsxJob, runXlsxJob } from './xlsxJobs';

const scope = self as unknown as { onmessage: ((e: MessageEvent<XlsxJob>) => void) | null; postMessage(m: unknown, transfer?: Transferable[]): void };

scope.onmessage = (e) => {
  runXlsxJob(e.data).then(
    (result) => scope.postMessage({ ok: true, result }, result.op === 'read' ? [] : [result.bytes.buffer]),
    (err: unknown) => {
      // A NotAWorkbookError's reason and sentences cross to the page with it.
      const x = err as { reason?: string; messageVi?: string; messageEn?: string };
      scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err), name: err instanceof Error ? err.name : '', reason: x?.reason, messageVi: x?.messageVi, messageEn: x?.messageEn });
    },
  );
};
