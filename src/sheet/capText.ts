import { CellValue } from './grid';
import { SheetModel } from './sheetModel';

/**
 * The last step of every generated sheet, in one place: text Excel cannot hold is made safe
 * and visible instead of damaging the file or vanishing.
 * - A cell holds at most 32,767 characters (Excel reports a longer one as a damaged file): longer
 *   text is cut and ends with "…".
 * - Control characters (a name pasted from another program) are not allowed in the file's XML
 *   and would be dropped silently: each is shown as its Unicode control picture (U+0001 → ␁).
 */
export const EXCEL_CELL_CHARS = 32767;
/** Excel's limit for a cell note's text is lower in practice (notes over ~32K fail to open). */
const NOTE_CHARS = 32767;

// C0 controls except tab, line feed, carriage return; DEL; U+FFFE/U+FFFF; lone surrogates.

const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const UNSAFE_ALL = new RegExp(UNSAFE.source, 'g');

/**
 * The exact test (the regular expression, with its look-behind for lone surrogates) only for
 * text holding a character it could be about: a scan of char codes is several times faster
 * on the millions of clean cells a province book's sheets hold.
 */
function unsafe(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 ? c !== 9 && c !== 10 && c !== 13 : c === 0x7f || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return UNSAFE.test(s);
  }
  return false;
}

function picture(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c < 0x20) return String.fromCharCode(0x2400 + c);
  if (c === 0x7f) return '\u2421';
  return '\uFFFD';
}

/**
 * Text cut to `max` characters ending in "…" (never splitting a surrogate pair): the one cut
 * every writer of a cell uses, so the same text ends the same way whichever host wrote it.
 */
export function cutText(s: string, max = EXCEL_CELL_CHARS): string {
  if (s.length <= max) return s;
  let cut = max - 1;
  if (cut > 0 && /[\uD800-\uDBFF]/.test(s[cut - 1])) cut--;
  return s.slice(0, cut) + '…';
}

/** Text made safe for a cell: control characters shown, cut with "…" at `max` characters. */
export function capText(s: string, max = EXCEL_CELL_CHARS): string {
  return cutText(unsafe(s) ? s.replace(UNSAFE_ALL, picture) : s, max);
}

/** True when a text holds characters capText would show as pictures. */
export function hasControlChars(s: string): boolean {
  return unsafe(s);
}

function capValue(v: CellValue): CellValue {
  return typeof v === 'string' ? capText(v) : v;
}

/** Every generated sheet's text capped and made safe (applied once, where the models are finished). */
export function finishModels(models: SheetModel[]): SheetModel[] {
  return models.map((m) => {
    let changed = false;
    const rows = m.rows.map((row) => {
      if (!row) return row;
      let copy: CellValue[] | null = null;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v !== 'string' || (v.length <= EXCEL_CELL_CHARS && !unsafe(v))) continue;
        copy ??= [...row];
        copy[c] = capValue(v);
      }
      if (copy) changed = true;
      return copy ?? row;
    });
    const badNote = m.notes?.some((n) => n.text.length > NOTE_CHARS || unsafe(n.text));
    const notes = badNote ? m.notes!.map((n) => ({ ...n, text: capText(n.text, NOTE_CHARS) })) : m.notes;
    return changed || badNote ? { ...m, rows, ...(notes ? { notes } : {}) } : m;
  });
}
