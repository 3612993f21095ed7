/** The browser file host's .xlsx jobs off the page's thread (see xlsxJobs.ts). */
import { XlsxJob, runXlsxJob } from '../../host/file/xlsxJobs';

const scope = self as unknown as { onmessage: ((e: MessageEvent<XlsxJob>) => void) | null; postMessage(m: unknown, transfer?: Transferable[]): void };

scope.onmessage = (e) => {
  // Progress at most every 50 ms: a 60-sheet book would otherwise post a message per sheet for nothing.
  let last = 0;
  const progress = (done: number, total: number) => {
    const now = Date.now();
    if (now - last < 50 && done < total) return;
    last = now;
    scope.postMessage({ progress: { done, total } });
  };
  runXlsxJob(e.data, { onProgress: progress }).then(
    (result) => scope.postMessage({ ok: true, result }, result.op === 'read' ? [] : [result.bytes.buffer]),
    (err: unknown) => {
      // A NotAWorkbookError's reason and sentences cross to the page with it.
      const x = err as { reason?: string; part?: string; sheet?: string; messageVi?: string; messageEn?: string };
      scope.postMessage({
        ok: false,
        error: err instanceof Error ? err.message : String(err),
        name: err instanceof Error ? err.name : '',
        reason: x?.reason,
        part: x?.part,
        sheet: x?.sheet,
        messageVi: x?.messageVi,
        messageEn: x?.messageEn,
      });
    },
  );
};
