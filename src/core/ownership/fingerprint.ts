/**
 * The data fingerprint: SHA-256 over the input sheets' values, so the same workbook content always
 * gives the same print, whichever host read it. Prints are kept in workbooks (the log, the import
 * records, the marker), so the bytes hashed never change: for each sheet U+0001 name U+0002 (the
 * name as it is), then
 * each value that is not blank as "row,col:text" (text in NFC, numbers as JavaScript writes them),
 * separated by U+0003 except across the points where the print used to be fed in pieces (after a
 * row, once more than 2,000 values had gathered). All as UTF-8.
 */
import { SheetGrid } from '../../sheet/grid';
import { toNfc } from '../text/normalize';
import { Sha256Stream, sha256Stream } from '../../sheet/sha256';

const SEP = 3;
const CHUNK = 2000;

export function fingerprintSheets(sheets: readonly SheetGrid[]): string {
  const out = new PrintBytes(sha256Stream());
  for (const s of sheets) {
    out.byte(1);
    out.text(s.name, false);
    out.byte(2);
    let count = 0;
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined || v === '') continue;
        if (count++ > 0) out.byte(SEP);
        out.int(r);
        out.byte(44);
        out.int(c);
        out.byte(58);
        out.text(typeof v === 'string' ? v : String(v), true);
      }
      if (count > CHUNK) count = 0;
    }
  }
  return out.hex();
}

const encoder = new TextEncoder();

/** The print's UTF-8 bytes, written into one buffer that is hashed each time it fills: no string per value. */
class PrintBytes {
  private buf = new Uint8Array(1 << 16);
  private n = 0;

  constructor(private readonly hash: Sha256Stream) {}

  byte(b: number): void {
    this.room(1);
    this.buf[this.n++] = b;
  }

  /** A whole number ≥ 0 in decimal (rows and columns). */
  int(x: number): void {
    this.room(16);
    if (x < 10) {
      this.buf[this.n++] = 48 + x;
      return;
    }
    let digits = 1;
    for (let p = 10; p <= x; p *= 10) digits++;
    let at = this.n + digits;
    this.n = at;
    do {
      this.buf[--at] = 48 + (x % 10);
      x = Math.floor(x / 10);
    } while (x > 0);
  }

  /** Text as UTF-8: values in NFC, sheet names as they are (as the print always took them). */
  text(s: string, nfc: boolean): void {
    this.room(s.length);
    const buf = this.buf;
    let n = this.n;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) return this.wide(nfc ? toNfc(s) : s);
      buf[n++] = c;
    }
    this.n = n;
  }

  /** Text that is not all ASCII, from its start: at most 3 bytes per UTF-16 unit. */
  private wide(s: string): void {
    this.room(s.length * 3);
    this.n += encoder.encodeInto(s, this.buf.subarray(this.n)).written;
  }

  private room(bytes: number): void {
    if (this.n + bytes <= this.buf.length) return;
    this.flush();
    if (bytes > this.buf.length) this.buf = new Uint8Array(bytes);
  }

  hex(): string {
    this.flush();
    return this.hash.hex();
  }

  private flush(): void {
    if (this.n > 0) this.hash.update(this.buf.subarray(0, this.n));
    this.n = 0;
  }
}
