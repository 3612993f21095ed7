import type { EngineRequest, EngineResponse, ExplainRequest, PersonExplanation, WorkerMessage, WorkerReply, WriteProgress } from './runner';
import { summaryFromWire } from './wire';
import type { RunSummary } from '../../core/output/summary';
import { CancelledError } from '../../host/cancel';

/** What the page needs of a Web Worker (a test gives one that answers in-process). */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(m: WorkerMessage): void;
  terminate(): void;
}

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  /** A run's summary, ahead of its answer. */
  early?(summary: RunSummary): void;
  /** That summary, unpacked: the run's answer then comes without it. */
  ahead?: RunSummary;
  writing?: WriteProgress;
  /** The worker is writing the copy: a cancel drops the answer and leaves the worker (and its last run, for explanations) alive. */
  writingStarted?: boolean;
}

/**
 * The engine's one worker, kept between runs so it can answer explanations from the last run.
 * Cancelling a run ends the worker at once (the next request starts a fresh one, without a last
 * run); cancelling an explanation only drops its answer.
 */
export class EngineWorker {
  private worker: WorkerLike | null = null;
  private next = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly spawn: () => WorkerLike) {}

  /** Whether a worker is running (it may hold a last run). */
  get started(): boolean {
    return this.worker !== null;
  }

  run(req: EngineRequest, signal?: AbortSignal, onSummary?: (summary: RunSummary) => void, onWriting?: WriteProgress): Promise<EngineResponse> {
    return this.ask<EngineResponse>({ kind: 'run', req }, signal, true, onSummary, onWriting);
  }

  explain(req: ExplainRequest, signal?: AbortSignal): Promise<PersonExplanation | null> {
    // No worker (never started, or ended by a cancel): no last run to answer from.
    if (!this.worker) return Promise.resolve(null);
    return this.ask<PersonExplanation | null>({ kind: 'explain', req }, signal, false);
  }

  /** Ends the worker and fails whatever it was doing. */
  stop(why: Error): void {
    this.worker?.terminate();
    this.worker = null;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) p.reject(why);
  }

  private start(): WorkerLike {
    if (this.worker) return this.worker;
    const w = this.spawn();
    w.onmessage = (e) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      if ('writing' in e.data) {
        p.writingStarted = true;
        return void p.writing?.(e.data.writing.done, e.data.writing.total);
      }
      if ('summary' in e.data) {
        p.ahead = summaryFromWire(e.data.summary);
        return void p.early?.(p.ahead);
      }
      this.pending.delete(e.data.id);
      if (!e.data.ok) return p.reject(new Error(e.data.error));
      if (e.data.kind === 'explain') return p.resolve(e.data.response);
      const { summary, ...rest } = e.data.response;
      const full = summary ? summaryFromWire(summary) : p.ahead;
      if (!full) return p.reject(new Error('The engine answered a run without its summary.'));
      p.resolve({ ...rest, summary: full } satisfies EngineResponse);
    };
    w.onerror = (e) => this.stop(new Error(e.message));
    this.worker = w;
    return w;
  }

  private ask<T>(
    m: { kind: 'run'; req: EngineRequest } | { kind: 'explain'; req: ExplainRequest },
    signal: AbortSignal | undefined,
    cancelEnds: boolean,
    early?: (summary: RunSummary) => void,
    writing?: WriteProgress,
  ): Promise<T> {
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const w = this.start();
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      const abort = () => {
        const p = this.pending.get(id);
        if (!p) return;
        // During the copy's write the run is done: its answer is dropped, the worker finishes the write unheard.
        if (cancelEnds && !p.writingStarted) this.stop(new CancelledError());
        else {
          this.pending.delete(id);
          reject(new CancelledError());
        }
      };
      signal?.addEventListener('abort', abort, { once: true });
      const done = () => signal?.removeEventListener('abort', abort);
      this.pending.set(id, { resolve: (v) => (done(), resolve(v as T)), reject: (e) => (done(), reject(e)), early, writing });
      w.postMessage({ ...m, id } as WorkerMessage);
    });
  }
}
