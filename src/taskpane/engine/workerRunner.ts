import { EngineRequest, EngineResponse, EngineRunner, ExplainRequest, PersonExplanation, WorkerMessage, WorkerReply, inlineRunner, lastRunner } from './runner';
import { CancelledError } from '../../host/cancel';

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
}

/**
 * The engine in one Web Worker (webpack bundles it as its own chunk), kept between runs so it can
 * answer explanations from the last run. Cancelling a run ends the worker at once (the next
 * request starts a fresh one, without a last run). Without Worker support the engine runs on the page.
 */
class EngineWorker {
  private worker: Worker | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  private start(): Worker {
    if (this.worker) return this.worker;
    const w = new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'thidua-engine' });
    w.onmessage = (e: MessageEvent<WorkerReply>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.response);
      else p.reject(new Error(e.data.error));
    };
    w.onerror = (e) => this.stop(new Error(e.message));
    this.worker = w;
    return w;
  }

  /** Ends the worker and fails whatever it was doing. */
  stop(why: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(why);
  }

  ask<T>(m: Omit<WorkerMessage, 'id'>, signal: AbortSignal | undefined, cancelEnds: boolean): Promise<T> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const w = this.start();
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      const abort = () => {
        if (!this.pending.has(id)) return;
        if (cancelEnds) this.stop(new CancelledError());
        else {
          this.pending.delete(id);
          reject(new CancelledError());
        }
      };
      signal?.addEventListener('abort', abort, { once: true });
      const done = () => signal?.removeEventListener('abort', abort);
      this.pending.set(id, { resolve: (v) => (done(), resolve(v as T)), reject: (e) => (done(), reject(e)) });
      w.postMessage({ ...m, id } as WorkerMessage);
    });
  }
}

let engine: EngineWorker | null = null;
const theWorker = () => (engine ??= new EngineWorker());

export const workerRunner: EngineRunner = Object.assign(
  (req: EngineRequest, signal?: AbortSignal): Promise<EngineResponse> => {
    if (typeof Worker === 'undefined') return inlineRunner(req, signal);
    lastRunner.explain = workerRunner.explain;
    return theWorker().ask<EngineResponse>({ kind: 'run', req }, signal, true);
  },
  {
    explain: (req: ExplainRequest, signal?: AbortSignal): Promise<PersonExplanation | null> => {
      if (typeof Worker === 'undefined') return inlineRunner.explain!(req, signal);
      // Not started (or ended by a cancel): there is no last run to answer from.
      if (!engine) return Promise.resolve(null);
      // Closing a person's reasons does not end the run the worker keeps.
      return theWorker().ask<PersonExplanation | null>({ kind: 'explain', req }, signal, false);
    },
  },
);
