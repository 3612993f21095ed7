/** UTF-8 bytes of a value sent as JSON: how big an Office.js request or response is. */
export function payloadBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Excel on the web refuses a request or response over 5 MB. The adapter aims at 80% of it, as
 * its byte counts are estimates of Office.js's own encoding.
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const PAYLOAD_TARGET = Math.floor(PAYLOAD_LIMIT * 0.8);

/** Excel refuses to return more than 5 million cells in one read. */
export const CELL_READ_LIMIT = 5_000_000;

export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  const msg = e instanceof Error ? e.message : String(e);
  return /PayloadSizeLimitExceeded/i.test(code) || /payload|too large/i.test(msg);
}
