/**
 * Rewrites some cells of some sheets in place and copies everything else byte for byte: the
 * legacy-font conversion (thidua convert). A changed cell keeps its `r` and `s` (its format) and
 * becomes an inline string; cells holding a formula are left alone (their text is a result). The
 * shared-string table keeps its strings; its `count` (the cells that refer to it) is lowered by
 * the shared-string cells that became inline strings.
 */
import { CellChange, columnLetter } from '../sheet/grid';
import { REL, XlsxPackage } from './package';
import { CLOSE, EMPTY, OPEN, XmlScanner, escapeXml } from './xml';
import { Codec, ZipWriter } from './zip';

function patchSheet(xml: string, part: string, changes: CellChange[]): { xml: string; applied: CellChange[]; sharedDropped: number } {
  const want = new Map<string, CellChange>();
  for (const ch of changes) want.set(`${columnLetter(ch.col)}${ch.row + 1}`, ch);
  const sc = new XmlScanner(xml, part);
  const out: string[] = [];
  const applied: CellChange[] = [];
  let sharedDropped = 0;
  let pos = 0;
  while (sc.next()) {
    if (sc.name !== 'c' || sc.kind === CLOSE) continue;
    const r = sc.attr('r');
    const ch = r ? want.get(r) : undefined;
    const start = sc.tagStart;
    const s = sc.attr('s');
    const wasShared = sc.attr('t') === 's';
    let formula = false;
    if (sc.kind === OPEN)
      while (sc.next()) {
        const tag: string = sc.name;
        if (sc.kind === CLOSE && tag === 'c') break;
        if (sc.kind !== CLOSE && tag === 'f') formula = true;
        if (sc.kind === OPEN) sc.skip();
      }
    if (!ch || formula || sc.kind === EMPTY) continue;
    const t = /^\s|\s$|\n/.test(ch.after) ? `<t xml:space="preserve">${escapeXml(ch.after)}</t>` : `<t>${escapeXml(ch.after)}</t>`;
    const prefix = /^<(\w+:)?c\b/.exec(xml.slice(start, start + 8))?.[1] ?? '';
    out.push(
      xml.slice(pos, start),
      `<${prefix}c r="${r}"${s !== undefined ? ` s="${s}"` : ''} t="inlineStr"><${prefix}is>${t.replace(/<(\/?)t/g, `<$1${prefix}t`)}</${prefix}is></${prefix}c>`,
    );
    pos = sc.tagEnd;
    applied.push(ch);
    if (wasShared) sharedDropped++;
  }
  out.push(xml.slice(pos));
  return { xml: out.join(''), applied, sharedDropped };
}

export function patchCells(
  pkg: XlsxPackage,
  edits: Map<string, CellChange[]>,
  codec: Codec,
  onSheet: (part: string, applied: CellChange[]) => void,
): Uint8Array {
  const patched = new Map<string, string>();
  let sharedDropped = 0;
  for (const e of pkg.zip.entries.values()) {
    const changes = edits.get(e.name);
    if (!changes) continue;
    const r = patchSheet(pkg.zip.text(e.name)!, e.name, changes);
    onSheet(e.name, r.applied);
    if (r.applied.length) patched.set(e.name, r.xml);
    sharedDropped += r.sharedDropped;
  }
  const sst = sharedDropped > 0 ? pkg.workbookPartOf(REL.sharedStrings) : undefined;
  const w = new ZipWriter(codec);
  for (const e of pkg.zip.entries.values()) {
    const xml = patched.get(e.name) ?? (e.name === sst ? lowerCount(pkg.zip.text(e.name)!, sharedDropped) : undefined);
    if (xml === undefined) w.copy(pkg.zip, e);
    else w.add(e.name, xml);
  }
  return w.finish();
}

/** The table's count="N" attribute (on its root element only) lowered by `by`; the rest byte for byte. */
function lowerCount(xml: string, by: number): string | undefined {
  const m = /<(\w+:)?sst\b[^>]*>/.exec(xml);
  if (!m) return undefined;
  const tag = m[0].replace(/\scount="(\d+)"/, (_, n: string) => ` count="${Math.max(0, Number(n) - by)}"`);
  return tag === m[0] ? undefined : xml.slice(0, m.index) + tag + xml.slice(m.index + m[0].length);
}
