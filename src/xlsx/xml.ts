/**
 * A small pull tokenizer for the package's XML, fast enough for sheets of millions of cells: tags
 * by local name (prefixes like `x:` ignored), attributes read on demand, text unescaped. It is
 * not a validating parser: it knows where tags begin and end, balances them, and reports a part
 * cut short or mangled as NotAWorkbookError naming the part.
 */
import { NotAWorkbookError } from './errors';

export const OPEN: number = 1;
export const CLOSE: number = 2;
export const EMPTY: number = 3;

export class XmlScanner {
  pos = 0;
  /** OPEN, CLOSE or EMPTY (self-closing). */
  kind = 0;
  /** Local name of the current tag. */
  name: string = '';
  /** Qualified name as written (with its prefix). */
  qname = '';
  /** Where the tag starts ('<') and ends (after '>'). */
  tagStart = 0;
  tagEnd = 0;
  private attrStart = 0;
  private attrEnd = 0;
  // The attribute scanAttr last found: where its name ends, where its value starts and ends.
  private nameEnd = 0;
  private valueStart = 0;
  private valueEnd = 0;
  private depth = 0;
  constructor(
    readonly xml: string,
    readonly part: string,
    readonly sheet?: string,
  ) {}

  fail(detail: string): never {
    throw new NotAWorkbookError('badPart', { part: this.part, sheet: this.sheet, detail });
  }

  /** Moves to the next element tag; false at the end of the document (which must be balanced). */
  next(): boolean {
    const x = this.xml;
    for (;;) {
      const lt = x.indexOf('<', this.pos);
      if (lt < 0) {
        if (this.depth !== 0) this.fail('document ends inside an element');
        this.pos = x.length;
        return false;
      }
      const c = x.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        const end = x.indexOf('?>', lt + 2);
        if (end < 0) this.fail('unterminated declaration');
        this.pos = end + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        let end: number;
        if (x.startsWith('<!--', lt)) end = x.indexOf('-->', lt + 4) + 3;
        else if (x.startsWith('<![CDATA[', lt)) end = x.indexOf(']]>', lt + 9) + 3;
        else end = x.indexOf('>', lt + 2) + 1;
        if (end <= 2) this.fail('unterminated comment or CDATA');
        this.pos = end;
        continue;
      }
      this.tagStart = lt;
      let i = lt + 1;
      const close = c === 47; /* / */
      if (close) i++;
      const nameStart = i;
      const n = x.length;
      for (; i < n; i++) {
        const ch = x.charCodeAt(i);
        if (ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13) break;
      }
      if (i >= n || i === nameStart) this.fail('tag cut short');
      this.qname = x.slice(nameStart, i);
      const colon = this.qname.indexOf(':');
      this.name = colon < 0 ? this.qname : this.qname.slice(colon + 1);
      this.attrStart = i;
      // The tag's end: the first '>' outside quotes.
      let q = 0;
      for (; i < n; i++) {
        const ch = x.charCodeAt(i);
        if (q) {
          if (ch === q) q = 0;
        } else if (ch === 34 || ch === 39) q = ch;
        else if (ch === 62) break;
        else if (ch === 60) this.fail('"<" inside a tag');
      }
      if (i >= n) this.fail('tag cut short');
      this.tagEnd = i + 1;
      this.pos = i + 1;
      if (close) {
        this.kind = CLOSE;
        this.attrEnd = i;
        if (--this.depth < 0) this.fail('closing tag without opening');
      } else if (x.charCodeAt(i - 1) === 47) {
        this.kind = EMPTY;
        this.attrEnd = i - 1;
      } else {
        this.kind = OPEN;
        this.attrEnd = i;
        this.depth++;
      }
      return true;
    }
  }

  /** An attribute of the current tag by name (or by local name, `id` for `r:id`), unescaped. */
  attr(want: string): string | undefined {
    const x = this.xml;
    for (let i = this.scanAttr(this.attrStart); i >= 0; i = this.scanAttr(this.valueEnd + 1)) {
      const nameEnd = this.nameEnd;
      const len = nameEnd - i;
      if (
        len === want.length
          ? x.startsWith(want, i)
          : len > want.length && x.charCodeAt(nameEnd - want.length - 1) === 58 && x.startsWith(want, nameEnd - want.length)
      )
        return this.value();
    }
    return undefined;
  }

  /**
   * Several attributes in one pass over the tag (cells: r, t, s), by exact name, into `out`
   * (undefined when absent). Values are unescaped.
   */
  attrs(want: readonly string[], out: (string | undefined)[]): void {
    for (let k = 0; k < want.length; k++) out[k] = undefined;
    const x = this.xml;
    for (let i = this.scanAttr(this.attrStart); i >= 0; i = this.scanAttr(this.valueEnd + 1)) {
      const len = this.nameEnd - i;
      for (let k = 0; k < want.length; k++) {
        const w = want[k];
        if (w.length === len && x.startsWith(w, i)) {
          out[k] = this.value();
          break;
        }
      }
    }
  }

  /** Goes on from `pos`, the end of balanced content the caller read itself (whole elements). */
  resumeAt(pos: number): void {
    this.pos = pos;
  }

  /**
   * The attribute of the current tag at or after `i`: returns where its name starts (-1 when no
   * attribute is left) and sets where the name ends and where its quoted value starts and ends.
   */
  private scanAttr(i: number): number {
    const x = this.xml;
    const end = this.attrEnd;
    let ch = x.charCodeAt(i);
    while (i < end && (ch === 32 || ch === 9 || ch === 10 || ch === 13)) ch = x.charCodeAt(++i);
    if (i >= end) return -1;
    const eq = x.indexOf('=', i);
    if (eq < 0 || eq >= end) return -1;
    let v = eq + 1;
    while (v < end && x.charCodeAt(v) <= 32) v++;
    const quote = x.charCodeAt(v);
    if (quote !== 34 && quote !== 39) this.fail('attribute without quotes');
    const close = x.indexOf(quote === 34 ? '"' : "'", v + 1);
    if (close < 0) this.fail('attribute without quotes');
    let nameEnd = eq;
    while (nameEnd > i && x.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
    this.nameEnd = nameEnd;
    this.valueStart = v + 1;
    this.valueEnd = close;
    return i;
  }

  /** The value of the attribute scanAttr last found, unescaped. */
  private value(): string {
    const raw = this.xml.slice(this.valueStart, this.valueEnd);
    return raw.indexOf('&') < 0 ? raw : unescapeXml(raw);
  }

  /**
   * The text content of the current OPEN element up to its closing tag, for elements holding only
   * text (`<v>`, `<t>`, `<f>`); moves past the closing tag. Empty for an EMPTY tag.
   */
  text(): string {
    if (this.kind !== OPEN) return '';
    const x = this.xml;
    const lt = x.indexOf('<', this.pos);
    if (lt < 0) this.fail('text cut short');
    let s = x.slice(this.pos, lt);
    this.pos = lt;
    if (x.startsWith('<![CDATA[', lt)) {
      // Rare in spreadsheets: gather text and CDATA sections until the closing tag.
      let out = unescapeXml(s);
      for (;;) {
        const at = this.pos;
        if (x.startsWith('<![CDATA[', at)) {
          const end = x.indexOf(']]>', at + 9);
          if (end < 0) this.fail('CDATA cut short');
          out += x.slice(at + 9, end);
          this.pos = end + 3;
        } else {
          const next = x.indexOf('<', at);
          if (next < 0) this.fail('text cut short');
          if (next === at) break;
          out += unescapeXml(x.slice(at, next));
          this.pos = next;
        }
      }
      s = out;
    } else if (s.indexOf('&') >= 0) s = unescapeXml(s);
    if (!this.next() || this.kind !== CLOSE) this.fail('element holding text has children');
    return s;
  }

  /** Skips the current OPEN element's content, to its closing tag. */
  skip(): void {
    if (this.kind !== OPEN) return;
    let d = 1;
    while (d > 0) {
      if (!this.next()) this.fail('element cut short');
      if (this.kind === OPEN) d++;
      else if (this.kind === CLOSE) d--;
    }
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** Excel's escape of characters XML cannot hold, in cell text: `_x000D_` is a carriage return. */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

// Characters XML 1.0 forbids (controls but tab, LF, CR; lone surrogates; U+FFFE/FFFF), and a
// literal "_xHHHH_" that Excel would otherwise read as an escape.
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const hex4 = (c: number) => '_x' + c.toString(16).toUpperCase().padStart(4, '0') + '_';

/** Cell or attribute text as XML: `& < > "` escaped, forbidden characters as `_xHHHH_`. */
export function escapeXml(s: string): string {
  if (!/[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff_]/.test(s)) return s;
  return s
    .replace(FORBIDDEN, (ch) => hex4(ch.charCodeAt(0)))
    .replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

/** Text for an attribute value: also keeps line breaks and tabs (as character references). */
export function escapeAttr(s: string): string {
  return escapeXml(s).replace(/[\n\r\t]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
