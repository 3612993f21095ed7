/**
 * styles.xml of a package being written: the user's entries stay where they are (cell styles
 * point at them by position); ours are appended after them and reused when an identical entry
 * is there already, so a re-run does not grow the file. Fills 0 and 1 are reserved (none,
 * gray125); custom number formats take ids from 164 up, above every existing one.
 */
import { CLOSE, EMPTY, OPEN, XmlScanner, escapeAttr } from './xml';

const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** A new workbook's styles: Calibri 11, the two reserved fills, one empty border, the Normal style. */
export function defaultStylesXml(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${SML}">` +
    '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    '</styleSheet>'
  );
}

/** Built-in number formats by code (ECMA-376 §18.8.30), so "0.00" does not become a custom one. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49 };

const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';

interface SectionState {
  /** Where the section's open tag is, or -1 when the section is missing. */
  openStart: number;
  openEnd: number;
  /** Start of the closing tag (or of the open tag's "/>" when it is empty). */
  closeStart: number;
  selfClosing: boolean;
  /** Children as written (existing ones raw; ours as we write them). */
  children: string[];
  added: string[];
  index: Map<string, number>;
}

/** The look of one cell, in styles.xml terms. */
export interface CellStyle {
  font: { name: string; size: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  fill?: string;
  border?: boolean;
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
  numFmt?: string;
  unlocked?: boolean;
}

const norm = (s: string) => s.replace(/>\s+</g, '><').trim();

export class StyleBook {
  private readonly xml: string;
  private readonly prefix: string;
  private readonly sections = new Map<string, SectionState>();
  private readonly present = new Map<string, number>();
  private readonly numFmtByCode = new Map<string, number>();
  private nextNumFmt = 164;
  private readonly xfCache = new Map<string, number>();
  private rootEnd = 0;

  constructor(
    xml: string | undefined,
    readonly part = 'xl/styles.xml',
  ) {
    this.xml = xml ?? defaultStylesXml();
    const sc = new XmlScanner(this.xml, part);
    this.prefix = '';
    let depth = 0;
    let current: SectionState | undefined;
    let childStart = -1;
    let childDepth = 0;
    while (sc.next()) {
      if (depth === 0 && sc.kind === OPEN) {
        const colon = sc.qname.indexOf(':');
        this.prefix = colon < 0 ? '' : sc.qname.slice(0, colon + 1);
        depth = 1;
        continue;
      }
      if (depth === 1) {
        if (sc.kind === CLOSE) {
          this.rootEnd = sc.tagStart;
          depth = 0;
          continue;
        }
        const i = ORDER.indexOf(sc.name);
        if (i >= 0 && !this.present.has(sc.name)) this.present.set(sc.name, sc.tagStart);
        if (['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'].includes(sc.name)) {
          const st: SectionState = {
            openStart: sc.tagStart,
            openEnd: sc.tagEnd,
            closeStart: sc.kind === EMPTY ? sc.tagEnd - 2 : -1,
            selfClosing: sc.kind === EMPTY,
            children: [],
            added: [],
            index: new Map(),
          };
          this.sections.set(sc.name, st);
          if (sc.kind === OPEN) {
            current = st;
            depth = 2;
          }
        } else if (sc.kind === OPEN) sc.skip();
        continue;
      }
      // depth 2: inside a section we track
      if (childStart < 0) {
        if (sc.kind === CLOSE) {
          current!.closeStart = sc.tagStart;
          current = undefined;
          depth = 1;
          continue;
        }
        childStart = sc.tagStart;
        if (sc.kind === EMPTY) {
          this.addExisting(current!, this.xml.slice(childStart, sc.tagEnd), sc);
          childStart = -1;
        } else childDepth = 1;
        continue;
      }
      if (sc.kind === OPEN) childDepth++;
      else if (sc.kind === CLOSE && --childDepth === 0) {
        this.addExisting(current!, this.xml.slice(childStart, sc.tagEnd), sc);
        childStart = -1;
      }
    }
    for (const [code, id] of Object.entries(BUILTIN_FORMATS)) if (!this.numFmtByCode.has(code)) this.numFmtByCode.set(code, id);
  }

  private addExisting(st: SectionState, raw: string, sc: XmlScanner): void {
    const key = norm(raw);
    if (!st.index.has(key)) st.index.set(key, st.children.length);
    st.children.push(raw);
    if (st === this.sections.get('numFmts')) {
      // The scanner is past the child: read its attributes from the raw text.
      const id = Number(/numFmtId="(\d+)"/.exec(raw)?.[1] ?? NaN);
      const code = /formatCode="([^"]*)"/.exec(raw)?.[1];
      if (Number.isFinite(id)) {
        if (id >= this.nextNumFmt) this.nextNumFmt = id + 1;
        if (code !== undefined) {
          const c = new XmlScanner(`<x a="${code}"/>`, sc.part);
          c.next();
          this.numFmtByCode.set(c.attr('a') ?? code, id);
        }
      }
    }
  }

  private section(name: Section): SectionState {
    let st = this.sections.get(name);
    if (!st) this.sections.set(name, (st = { openStart: -1, openEnd: -1, closeStart: -1, selfClosing: false, children: [], added: [], index: new Map() }));
    return st;
  }

  /** The index of an entry of a section, appended when no identical one exists. */
  private entry(name: Section, xml: string): number {
    const st = this.section(name);
    const key = norm(xml);
    const found = st.index.get(key);
    // Fills 0 and 1 are reserved: a solid fill identical to them cannot happen, but never reuse them.
    if (found !== undefined && !(name === 'fills' && found < 2)) return found;
    const i = st.children.length;
    st.children.push(xml);
    st.added.push(xml);
    st.index.set(key, i);
    return i;
  }

  private numFmtId(code: string): number {
    const known = this.numFmtByCode.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmtByCode.set(code, id);
    this.entry('numFmts', `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** The cellXfs index of a look (the `s` attribute of a cell). */
  xf(st: CellStyle): number {
    const cacheKey = JSON.stringify(st);
    const cached = this.xfCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const p = this.prefix;
    const f = st.font;
    const fontXml =
      `<${p}font>` +
      (f.bold ? `<${p}b/>` : '') +
      (f.italic ? `<${p}i/>` : '') +
      (f.underline ? `<${p}u/>` : '') +
      `<${p}sz val="${f.size}"/>` +
      (f.color ? `<${p}color rgb="FF${f.color}"/>` : `<${p}color theme="1"/>`) +
      `<${p}name val="${escapeAttr(f.name)}"/><${p}family val="${f.name === 'Calibri' ? 2 : 1}"/>` +
      (f.name === 'Calibri' ? `<${p}scheme val="minor"/>` : '') +
      `</${p}font>`;
    const fontId = this.entry('fonts', fontXml);
    const fillId = st.fill
      ? this.entry(
          'fills',
          `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${st.fill}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
        )
      : 0;
    const side = (n: string) => (st.border ? `<${p}${n} style="thin"><${p}color auto="1"/></${p}${n}>` : `<${p}${n}/>`);
    const borderId = st.border
      ? this.entry('borders', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`)
      : this.emptyBorder();
    const numFmtId = st.numFmt ? this.numFmtId(st.numFmt) : 0;
    const a = st.alignment;
    const align =
      a && (a.horizontal || a.vertical || a.wrapText)
        ? `<${p}alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ''}${a.vertical ? ` vertical="${a.vertical === 'middle' ? 'center' : a.vertical}"` : ''}${a.wrapText ? ' wrapText="1"' : ''}/>`
        : '';
    const prot = st.unlocked ? `<${p}protection locked="0"/>` : '';
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${this.present.has('cellStyleXfs') ? ' xfId="0"' : ''}` +
      (numFmtId ? ' applyNumberFormat="1"' : '') +
      ' applyFont="1"' +
      (fillId ? ' applyFill="1"' : '') +
      (st.border ? ' applyBorder="1"' : '') +
      (align ? ' applyAlignment="1"' : '') +
      (prot ? ' applyProtection="1"' : '');
    const xf = align || prot ? `<${p}xf ${attrs}>${align}${prot}</${p}xf>` : `<${p}xf ${attrs}/>`;
    const i = this.entry('cellXfs', xf);
    this.xfCache.set(cacheKey, i);
    return i;
  }

  private emptyBorderId?: number;
  private emptyBorder(): number {
    if (this.emptyBorderId === undefined) {
      const p = this.prefix;
      this.emptyBorderId = this.entry('borders', `<${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border>`);
    }
    return this.emptyBorderId;
  }

  /** Whether anything was appended (the part is copied unchanged otherwise). */
  get changed(): boolean {
    for (const st of this.sections.values()) if (st.added.length) return true;
    return false;
  }

  /** styles.xml with our entries appended and each section's count set to its children. */
  toXml(): string {
    const p = this.prefix;
    const edits: { at: number; end: number; text: string; order: number }[] = [];
    for (const [name, st] of this.sections) {
      if (st.added.length === 0) continue;
      const count = st.children.length;
      if (st.openStart < 0) {
        // Missing section: insert before the next section present, in schema order.
        const after = ORDER.slice(ORDER.indexOf(name) + 1);
        const next = after.map((n) => this.present.get(n)).find((x) => x !== undefined) ?? this.rootEnd;
        edits.push({ at: next, end: next, text: `<${p}${name} count="${count}">${st.added.join('')}</${p}${name}>`, order: ORDER.indexOf(name) });
        continue;
      }
      const open = this.xml.slice(st.openStart, st.selfClosing ? st.openEnd - 2 : st.openEnd - 1).replace(/\s+count="[^"]*"/, '');
      if (st.selfClosing) edits.push({ at: st.openStart, end: st.openEnd, text: `${open} count="${count}">${st.added.join('')}</${p}${name}>`, order: 0 });
      else {
        edits.push({ at: st.openStart, end: st.openEnd, text: `${open} count="${count}">`, order: 0 });
        edits.push({ at: st.closeStart, end: st.closeStart, text: st.added.join(''), order: 0 });
      }
    }
    edits.sort((a, b) => a.at - b.at || a.order - b.order || a.end - b.end);
    let out = '';
    let pos = 0;
    for (const e of edits) {
      out += this.xml.slice(pos, e.at) + e.text;
      pos = e.end;
    }
    return out + this.xml.slice(pos);
  }
}
