"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CancelledError = void 0;
exports.throwIfCancelled = throwIfCancelled;
exports.isCancel = isCancel;
/**
 * A run the user cancelled: one error for every place that stops on the task pane's Hủy (reading
 * through Office.js, the engine's worker, the steps between), so the pane tells it apart from a
 * failure with one check.
 */
class CancelledError extends Error {
    constructor() {
        super('cancelled');
        this.name = 'CancelledError';
    }
}
exports.CancelledError = CancelledError;
function throwIfCancelled(signal) {
    if (signal?.aborted)
        throw new CancelledError();
}
function isCancel(e) {
    return e instanceof CancelledError;
}
//# sourceMappingURL=cancel.js.map