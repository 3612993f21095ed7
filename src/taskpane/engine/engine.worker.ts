/**
 * The engine off the page's thread: the pane stays responsive on a 9,000-candidate book, and a
 * cancel simply ends the worker.
 */
import { EngineRequest, runEngineJob } from './runner';

const scope = self as unknown as { onmessage: ((e: MessageEvent<EngineRequest>) => void) | null; postMessage(m: unknown): void };

scope.onmessage = (e) => {
  try {
    scope.postMessage({ ok: true, response: runEngineJob(e.data) });
  } catch (err) {
    scope.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
