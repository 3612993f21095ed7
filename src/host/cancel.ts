/**
 * A run the user cancelled: one error for every place that stops on the task pane's Hủy (reading
 * through Office.js, the engine's worker, the steps between), so the pane tells it apart from a
 * failure with one check.
 */
export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new CancelledError();
}

export function isCancel(e: unknown): boolean {
  return e instanceof CancelledError;
}

/**
 * The promise's outcome, unless Hủy comes first: then a CancelledError, and what the promise
 * brings later is dropped (a question left unanswered, a file's bytes).
 */
export function untilCancelled<T>(p: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return p;
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(new CancelledError());
    signal.addEventListener('abort', () => reject(new CancelledError()), { once: true });
    p.then(resolve, reject);
  });
}
