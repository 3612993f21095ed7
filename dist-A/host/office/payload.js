"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CELL_READ_LIMIT = exports.PAYLOAD_TARGET = exports.PAYLOAD_LIMIT = void 0;
exports.payloadBytes = payloadBytes;
exports.isPayloadError = isPayloadError;
/** UTF-8 bytes of a value sent as JSON: how big an Office.js request or response is. */
function payloadBytes(v) {
    const s = JSON.stringify(v) ?? '';
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (c >= 0xd800 && c < 0xdc00) {
            n += 4;
            i++;
        }
        else
            n += 3;
    }
    return n;
}
/**
 * Excel on the web refuses a request or response over 5 MB. The adapter aims at 80% of it, as
 * its byte counts are estimates of Office.js's own encoding.
 */
exports.PAYLOAD_LIMIT = 5 * 1024 * 1024;
exports.PAYLOAD_TARGET = Math.floor(exports.PAYLOAD_LIMIT * 0.8);
/** Excel refuses to return more than 5 million cells in one read. */
exports.CELL_READ_LIMIT = 5_000_000;
function isPayloadError(e) {
    const code = e?.code ?? '';
    const msg = e instanceof Error ? e.message : String(e);
    return /PayloadSizeLimitExceeded/i.test(code) || /payload|too large/i.test(msg);
}
//# sourceMappingURL=payload.js.map