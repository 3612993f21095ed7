/**
 * Rewrites some cells of some sheets in place and copies everything else byte for byte: the
 * legacy-font conversion (thidua convert). A changed cell keeps its `r` and `s` (its format) and
 * becomes an inline string; cells holding a formula are left alone (their text is a result).
 */
import { CellChange, columnLetter } from '../sheet/grid';
import { XlsxPackage } from './package';
import { CLOSE, EMPTY, OPEN, XmlScanner, escapeXml } from './xml';
import { Codec, ZipWriter } from './zip';

function patchSheet(xml: string, part: string, changes: CellChange[]): { xml: string; applied: CellChange[] } {
  const want = new Map<string, CellChange>();
  for (const ch of changes) want.set(`${columnLetter(ch.col)}${ch.row + 1}`, ch);
  const sc = new XmlScanner(xml, part);
  const out: string[] = [];
  const applied: CellChange[] = [];
  let pos = 0;
  while (sc.next()) {
    if (sc.name !== 'c' || sc.kind === CLOSE) continue;
    const r = sc.attr('r');
    const ch = r ? want.get(r) : undefined;
    const start = sc.tagStart;
    const s = sc.attr('s');
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
    out.push(xml.slice(pos, start), `<${prefix}c r="${r}"${s !== undefined ? ` s="${s}"` : ''} t="inlineStr"><${prefix}is>${t.replace(/<(\/?)t/g, `<$1${prefix}t`)}</${prefix}is></${prefix}c>`);
    pos = sc.tagEnd;
    applied.push(ch);
  }
  out.push(xml.slice(pos));
  return { xml: out.join(''), applied };
}

export function patchCells(pkg: XlsxPackage, edits: Map<string, CellChange[]>, codec: Codec, onSheet: (part: string, applied: CellChange[]) => void): Uint8Array {
  const w = new ZipWriter(codec);
  for (const e of pkg.zip.entries.values()) {
    const changes = edits.get(e.name);
    if (!changes) {
      w.copy(pkg.zip, e);
      continue;
    }
    const r = patchSheet(pkg.zip.text(e.name)!, e.name, changes);
    onSheet(e.name, r.applied);
    if (r.applied.length) w.add(e.name, r.xml);
    else w.copy(pkg.zip, e);
  }
  return w.finish();
}
