import { EngineResponse, EngineRunner, inlineRunner } from './runner';
import { CancelledError } from '../../host/cancel';

/**
 * The engine in a Web Worker (webpack bundles the worker as its own chunk). Cancelling ends the
 * worker at once. Without Worker support the engine runs on the page.
 */
export const workerRunner: EngineRunner = (req, signal) => {
  if (typeof Worker === 'undefined') return inlineRunner(req, signal);
  return new Promise<EngineResponse>((resolve, reject) => {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'thidua-engine' });
    const stop = () => {
      worker.terminate();
      reject(new CancelledError());
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<{ ok: boolean; response?: EngineResponse; error?: string }>) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (e.data.ok) resolve(e.data.response!);
      else reject(new Error(e.data.error));
    };
    worker.onerror = (e) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(e.message));
    };
    worker.postMessage(req);
  });
};
