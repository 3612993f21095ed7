/**
 * The condition text cut into words, brackets, separators, bullets and list openings: what the
 * parser (parse.ts) reads, with each token's place in the text for the error's pointer.
 */
import { fold } from '../../text/normalize';

export type Tok =
  { t: 'word'; text: string; fold: string; pos: number; end: number } | { t: '(' | ')' | ';' | 'nl' | 'bullet' | 'list'; pos: number; end: number };

/** "một trong các điều kiện sau", "đạt ít nhất một trong các tiêu chuẩn sau đây", "mot trong cac dieu kien sau". */
export const LIST_INTRO =
  /^(?:(?:dat|co|dap ung) )?(?:it nhat )?(?:mot|1) trong (?:cac|nhung|so) (?:dieu kien|tieu chuan|truong hop|tieu chi)(?: sau(?: day)?)?$/;
const BULLET = /^(?:[-+•*–—·▪◦]|[a-zđ][).]|\d{1,2}[.)]|[ivx]{1,4}[.)])(?=\s)/i;

export function tokenize(text: string): Tok[] {
  const out: Tok[] = [];
  let lineStart = true;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '\n') {
      out.push({ t: 'nl', pos: i, end: i + 1 });
      lineStart = true;
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const m = BULLET.exec(text.slice(i, i + 8));
      if (m) {
        out.push({ t: 'bullet', pos: i, end: i + m[0].length });
        i += m[0].length;
        continue;
      }
    }
    if (ch === '(' || ch === ')' || ch === ';') {
      out.push({ t: ch, pos: i, end: i + 1 });
      i++;
      continue;
    }
    // A word runs to the next space or bracket; a quoted name ("…", “…”) is one word, so a title
    // whose name holds "và" or "hoặc" can still be named.
    let j = i;
    if (ch === '"' || ch === '“') {
      const close = text.indexOf(ch === '"' ? '"' : '”', i + 1);
      j = close < 0 ? text.length : close + 1;
    } else while (j < text.length && !/[\s();]/.test(text[j])) j++;
    const w = text.slice(i, j);
    out.push({ t: 'word', text: w, fold: fold(w.replace(/:$/, '')), pos: i, end: j });
    i = j;
  }
  // The list intro as one token, with its colon.
  const merged: Tok[] = [];
  for (let k = 0; k < out.length; k++) {
    const tk = out[k];
    let taken = 0;
    if (tk.t === 'word')
      for (let n = 9; n >= 4 && taken === 0; n--) {
        const ws = out.slice(k, k + n);
        if (ws.length === n && ws.every((w) => w.t === 'word') && LIST_INTRO.test(ws.map((w) => (w as { fold: string }).fold).join(' '))) taken = n;
      }
    if (taken > 0) {
      merged.push({ t: 'list', pos: tk.pos, end: out[k + taken - 1].end });
      k += taken - 1;
      if (out[k + 1]?.t === 'word' && (out[k + 1] as { text: string }).text === ':') k++;
    } else merged.push(tk);
  }
  return merged;
}
