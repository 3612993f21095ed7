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
