/**
 * The engine off the page's thread: the pane stays responsive on a 9,000-candidate book, and a
 * cancel simply ends the worker. The worker lives on between runs and keeps the last run, so a
 * person's explanation is answered from it when the officer opens them.
 */
import { EngineSession, WorkerMessage, answer } from './runner';

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null; postMessage(m: unknown): void };
const session = new EngineSession();

scope.onmessage = (e) => scope.postMessage(answer(session, e.data, (early) => scope.postMessage(early)));
