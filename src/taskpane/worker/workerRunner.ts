import type { EngineRequest, EngineResponse, EngineRunner, ExplainRequest, PersonExplanation, WriteProgress } from './runner';
import { EngineWorker, WorkerLike } from './engineWorker';
import type { RunSummary } from '../../core/output/summary';

/**
 * The engine in a Web Worker (webpack bundles the worker as its own chunk, from the `new Worker(new
 * URL(…))` below), one for the page's life so that a person's reasons are answered from the last
 * run. Without Worker support the engine runs on the page, loaded then (the first paint never
 * carries the engine: it is the worker's chunk, or this one when there is no Worker).
 */
const onPage = () => import(/* webpackChunkName: "engine-on-page" */ './runner').then((m) => m.inlineRunner);
let engine: EngineWorker | null = null;
const theWorker = () =>
  (engine ??= new EngineWorker(() => new Worker(new URL('./engine.worker.ts', import.meta.url), { name: 'thidua-engine' }) as unknown as WorkerLike));

export const workerRunner: EngineRunner = Object.assign(
  (req: EngineRequest, signal?: AbortSignal, onSummary?: (summary: RunSummary) => void, onWriting?: WriteProgress): Promise<EngineResponse> => {
    if (typeof Worker === 'undefined') return onPage().then((run) => run(req, signal, onSummary, onWriting));
    return theWorker().run(req, signal, onSummary, onWriting);
  },
  {
    explain: (req: ExplainRequest, signal?: AbortSignal): Promise<PersonExplanation | null> => {
      if (typeof Worker === 'undefined') return onPage().then((run) => run.explain!(req, signal));
      return theWorker().explain(req, signal);
    },
  },
);
