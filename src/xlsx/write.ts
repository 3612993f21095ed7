/**
 * The splice writer: the copy is the user's package with every original entry copied byte for
 * byte (stored bytes, no inflate/deflate), minus the parts of the sheets a write plan removes,
 * plus our sheets written from their models; workbook.xml, its relationships, the content types,
 * docProps/app.xml and styles.xml are patched in place (everything else in them kept as written).
 * A new workbook is the same writer starting from an empty package.
 */
import { WorkbookGrids } from '../sheet/grid';
import { SheetModel } from '../sheet/sheetModel';
import { REL, Rel, XlsxPackage, relativeTarget, relsPartOf, resolvePart } from './package';
import { openPackage, readPackageGrids } from './read';
import { StyleBook, defaultStylesXml } from './styles';
import { ExtraPart, R_NS, SML_NS, relsXml, sheetXml } from './sheetXml';
import { CLOSE, EMPTY, OPEN, XmlScanner, escapeAttr, escapeXml } from './xml';
import { Codec, PackedPart, ZipWriter, packPart } from './zip';
import { jsCodec } from './codec';
import { sha256Hex } from '../sheet/sha256';

const CT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

interface Child {
  name: string;
  start: number;
  end: number;
}

/** The root element's direct children of an XML part, with where the root opens and closes. */
function topLevel(
  xml: string,
  part: string,
): { prefix: string; rootOpenEnd: number; rootCloseStart: number; rootSelfClosing: boolean; rootTag: string; children: Child[] } {
  const sc = new XmlScanner(xml, part);
  let prefix = '';
  let rootOpenEnd = -1;
  let rootCloseStart = -1;
  let rootSelfClosing = false;
  let rootTag = '';
  const children: Child[] = [];
  while (sc.next()) {
    if (rootOpenEnd < 0) {
      const colon = sc.qname.indexOf(':');
      prefix = colon < 0 ? '' : sc.qname.slice(0, colon + 1);
      rootOpenEnd = sc.tagEnd;
      rootTag = xml.slice(sc.tagStart, sc.tagEnd);
      if (sc.kind === EMPTY) {
        rootSelfClosing = true;
        rootCloseStart = sc.tagEnd;
      }
      continue;
    }
    if (sc.kind === CLOSE) {
      rootCloseStart = sc.tagStart;
      continue;
    }
    const start = sc.tagStart;
    const name = sc.name;
    if (sc.kind === OPEN) sc.skip();
    children.push({ name, start, end: sc.tagEnd });
  }
  if (rootOpenEnd < 0) throw new XmlScanner(xml, part).fail('empty part');
  return { prefix, rootOpenEnd, rootCloseStart, rootSelfClosing, rootTag, children };
}

/** Rebuilds a part from its root, children (kept raw or replaced) and new children at the end. */
function rebuild(xml: string, t: ReturnType<typeof topLevel>, parts: string[]): string {
  const head = xml.slice(0, t.rootOpenEnd);
  const open = t.rootSelfClosing ? head.replace(/\s*\/>$/, '>') : head;
  const closeName = /^<([^\s/>]+)/.exec(t.rootTag)![1];
  return open + parts.join('') + (t.rootSelfClosing ? `</${closeName}>` : xml.slice(t.rootCloseStart));
}

function attrOf(raw: string, name: string, part: string): string | undefined {
  const sc = new XmlScanner(raw, part);
  sc.next();
  return sc.attr(name);
}

function setAttr(raw: string, name: string, value: string | null): string {
  const re = new RegExp(`\\s${name.replace(':', '\\:')}="[^"]*"`);
  const openEnd = raw.indexOf('>');
  let open = raw.slice(0, openEnd + 1);
  const rest = raw.slice(openEnd + 1);
  if (re.test(open)) open = value === null ? open.replace(re, '') : open.replace(re, ` ${name}="${value}"`);
  else if (value !== null) open = open.replace(/(\s*\/?>)$/, ` ${name}="${value}"$1`);
  return open + rest;
}

/** Lower-cased names of every part, to make new names unique case-insensitively. */
class Names {
  private readonly used = new Set<string>();
  constructor(parts: Iterable<string>) {
    for (const p of parts) this.used.add(p.toLowerCase());
  }
  fresh(stem: string, ext: string): string {
    for (let i = 1; ; i++) {
      const name = `${stem}${i}${ext}`;
      if (!this.used.has(name.toLowerCase())) {
        this.used.add(name.toLowerCase());
        return name;
      }
    }
  }
  relativeFrom(from: string, to: string): string {
    return relativeTarget(from, to);
  }
}

/** Parts a removed sheet owns: its part, and what its relationships reach that nothing else kept reaches. */
function ownedParts(pkg: XlsxPackage, roots: string[]): Set<string> {
  const referrers = new Map<string, Set<string>>();
  const relsOf = new Map<string, Rel[]>();
  for (const name of pkg.zip.entries.keys()) {
    const m = /^(.*)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const source = m[1] + m[2];
    const rels = pkg.rels(source);
    relsOf.set(source, rels);
    for (const r of rels) {
      if (r.external) continue;
      const t = resolvePart(source, r.target);
      let s = referrers.get(t);
      if (!s) referrers.set(t, (s = new Set()));
      s.add(source);
    }
  }
  const gone = new Set(roots);
  for (let changed = true; changed;) {
    changed = false;
    for (const p of [...gone])
      for (const r of relsOf.get(p) ?? []) {
        if (r.external) continue;
        const t = resolvePart(p, r.target);
        if (gone.has(t) || !pkg.zip.has(t)) continue;
        if ([...(referrers.get(t) ?? [])].every((x) => gone.has(x))) {
          gone.add(t);
          changed = true;
        }
      }
  }
  return gone;
}

/** docProps/app.xml's list of sheet names, made to match the workbook (left as is when its shape is unknown). */
function patchAppXml(xml: string, removed: Set<string>, added: string[]): string | null {
  const hp = /<(\w+:)?HeadingPairs>([\s\S]*?)<\/(\w+:)?HeadingPairs>/.exec(xml);
  const tp = /<(\w+:)?TitlesOfParts>([\s\S]*?)<\/(\w+:)?TitlesOfParts>/.exec(xml);
  if (!hp || !tp) return null;
  const vt = /<(\w+:)?vector/.exec(hp[2])?.[1] ?? 'vt:';
  const pairs: { name: string; count: number }[] = [];
  const pairRe =
    /<(?:\w+:)?variant>\s*<(?:\w+:)?lpstr>([^<]*)<\/(?:\w+:)?lpstr>\s*<\/(?:\w+:)?variant>\s*<(?:\w+:)?variant>\s*<(?:\w+:)?i4>(\d+)<\/(?:\w+:)?i4>\s*<\/(?:\w+:)?variant>/g;
  for (let m; (m = pairRe.exec(hp[2]));) pairs.push({ name: m[1], count: Number(m[2]) });
  const titles = [...tp[2].matchAll(/<(?:\w+:)?lpstr>([^<]*)<\/(?:\w+:)?lpstr>|<(?:\w+:)?lpstr\/>/g)].map((m) => m[1] ?? '');
  if (pairs.length === 0 || pairs.reduce((s, p) => s + p.count, 0) !== titles.length) return null;
  const sheetsAt = pairs.findIndex((p) => /^(worksheets|trang tính|feuilles de calcul|arbeitsblätter)$/i.test(p.name));
  const out: string[] = [];
  let i = 0;
  const rm = new Set([...removed].map((n) => escapeXml(n)));
  pairs.forEach((p, k) => {
    const block = titles.slice(i, i + p.count);
    i += p.count;
    if (k === sheetsAt) {
      const kept = block.filter((n) => !rm.has(n));
      kept.push(...added.map((n) => escapeXml(n)));
      p.count = kept.length;
      out.push(...kept);
    } else out.push(...block);
  });
  if (sheetsAt < 0) {
    pairs.unshift({ name: 'Worksheets', count: added.length });
    out.unshift(...added.map((n) => escapeXml(n)));
  }
  const heading = `<${vt}vector size="${pairs.length * 2}" baseType="variant">${pairs.map((p) => `<${vt}variant><${vt}lpstr>${p.name}</${vt}lpstr></${vt}variant><${vt}variant><${vt}i4>${p.count}</${vt}i4></${vt}variant>`).join('')}</${vt}vector>`;
  const titlesXml = `<${vt}vector size="${out.length}" baseType="lpstr">${out.map((n) => `<${vt}lpstr>${n}</${vt}lpstr>`).join('')}</${vt}vector>`;
  return xml
    .replace(hp[0], `<${hp[1] ?? ''}HeadingPairs>${heading}</${hp[3] ?? ''}HeadingPairs>`)
    .replace(tp[0], `<${tp[1] ?? ''}TitlesOfParts>${titlesXml}</${tp[3] ?? ''}TitlesOfParts>`);
}

/**
 * What the package writes: the sheets it removes, the ones it adds in order, and optionally one
 * laid out last from the others' part hashes (the host's proof of what it wrote, read back by bytes).
 */
export interface SplicePlan {
  remove: readonly string[];
  models: readonly SheetModel[];
  /** The last sheet, made from the SHA-256 of each added sheet's part, by sheet name. */
  seal?: (partHashes: ReadonlyMap<string, string>) => SheetModel;
}

/** The sheet names the book has, with the rows of one sheet read (the host's marker): what planning needs. */
export function planningGrids(pkg: XlsxPackage, readSheet: string): WorkbookGrids {
  const marker = pkg.sheets.find((s) => s.name === readSheet);
  const grids = marker ? readPackageGrids(pkg, undefined, { only: (n) => n === readSheet }) : { sheets: [] };
  return { sheets: pkg.sheets.map((s) => grids.sheets.find((g) => g.name === s.name) ?? { name: s.name, rows: [] }) };
}

/** Carries out a write plan on a package: the copy's bytes. */
export function splice(pkg: XlsxPackage, plan: SplicePlan, codec: Codec, now = new Date(), onProgress?: (done: number, total: number) => void): Uint8Array {
  const zip = pkg.zip;
  const wbPart = pkg.workbookPart;
  const removeNames = new Set(plan.remove);
  const removedRefs = pkg.sheets.filter((s) => removeNames.has(s.name));
  const gone = ownedParts(
    pkg,
    removedRefs.map((s) => s.part).filter((p): p is string => !!p),
  );
  const calcChain = pkg.workbookPartOf(REL.calcChain);
  if (removedRefs.length && calcChain) gone.add(calcChain);
  for (const p of [...gone]) gone.add(relsPartOf(p));
  const names = new Names([...zip.entries.keys()].filter((n) => !gone.has(n)));

  // Styles: the user's, with ours appended.
  let stylesPart = pkg.workbookPartOf(REL.styles);
  const stylesXml = stylesPart ? zip.text(stylesPart) : undefined;
  const styles = new StyleBook(stylesXml ?? defaultStylesXml(), stylesPart);
  const newWbRels: { id: string; type: string; target: string }[] = [];
  let nextRid = 1;
  for (const r of pkg.workbookRels) {
    const n = /^rId(\d+)$/i.exec(r.id);
    if (n) nextRid = Math.max(nextRid, Number(n[1]) + 1);
  }
  const usedRids = new Set(pkg.workbookRels.map((r) => r.id));
  const rid = () => {
    while (usedRids.has(`rId${nextRid}`)) nextRid++;
    usedRids.add(`rId${nextRid}`);
    return `rId${nextRid++}`;
  };
  if (!stylesPart) {
    stylesPart = names.fresh('xl/styles', '.xml');
    newWbRels.push({ id: rid(), type: REL.styles, target: relativeTarget(wbPart, stylesPart) });
  }

  // Our sheets.
  let sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
  const written = new Map<string, Uint8Array | string | PackedPart>();
  const contentTypes: { part: string; type: string }[] = [];
  const newSheets: { name: string; sheetId: number; rid: string; state?: string; definedNames: { name: string; value: string; hidden?: boolean }[] }[] = [];
  let vml = false;
  let noteBase = 100;
  // Progress: one step per sheet laid out, one for the archive.
  let step = 0;
  // Each sheet's part hash, for the seal (laid out last) to list: the next run's proof by bytes.
  const partHashes = new Map<string, string>();
  const total = plan.models.length + (plan.seal ? 1 : 0);
  for (let i = 0; i < total; i++) {
    onProgress?.(step++, total + 1);
    const sealing = i === plan.models.length;
    const m = sealing ? plan.seal!(partHashes) : plan.models[i];
    const part = names.fresh('xl/worksheets/sheet', '.xml');
    const out = sheetXml(m, part, styles, names, { noteShapeBase: noteBase++ });
    if (!sealing) partHashes.set(m.name, sha256Hex(out.bytes));
    // Deflated at once: only the compressed bytes of each sheet are held until the archive is made.
    written.set(part, packPart(codec, out.bytes));
    contentTypes.push({ part, type: CT.worksheet });
    if (out.rels.length) written.set(relsPartOf(part), relsXml(out.rels));
    for (const x of out.extra as ExtraPart[]) {
      written.set(x.part, x.content);
      if (x.contentType) contentTypes.push({ part: x.part, type: x.contentType });
      if (x.part.endsWith('.vml')) vml = true;
    }
    const id = rid();
    newWbRels.push({ id, type: REL.worksheet, target: relativeTarget(wbPart, part) });
    newSheets.push({
      name: m.name,
      sheetId: ++sheetId,
      rid: id,
      state: m.visibility && m.visibility !== 'visible' ? m.visibility : undefined,
      definedNames: out.definedNames,
    });
  }
  if (styles.changed || !stylesXml) {
    written.set(stylesPart, styles.toXml());
    if (!stylesXml) contentTypes.push({ part: stylesPart, type: CT.styles });
  }

  // workbook.xml: sheets, defined names, the active tab.
  const wbXml = pkg.workbookXml;
  const t = topLevel(wbXml, wbPart);
  const p = t.prefix;
  const rPrefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(t.rootTag)?.[1];
  const rAttr = rPrefix ? `${rPrefix}:id` : 'r:id';
  const rDecl = rPrefix ? '' : ` xmlns:r="${R_NS}"`;
  const oldOrder = pkg.sheets.map((s) => s.name);
  const finalOrder = [...oldOrder.filter((n) => !removeNames.has(n)), ...newSheets.map((s) => s.name)];
  const newIndex = (oldIndex: number) => (removeNames.has(oldOrder[oldIndex]) ? -1 : finalOrder.indexOf(oldOrder[oldIndex]));
  const visibleAt = (i: number) => {
    const old = pkg.sheets.find((s) => s.name === finalOrder[i]);
    const neu = newSheets.find((s) => s.name === finalOrder[i]);
    return old ? old.state === 'visible' : !neu?.state;
  };
  const firstVisible = Math.max(
    0,
    finalOrder.findIndex((_, i) => visibleAt(i)),
  );
  const parts: string[] = [];
  let sawSheets = false;
  let sawNames = false;
  const namesXml = (existing: string): string => {
    const items: string[] = [];
    if (existing) {
      const sc = new XmlScanner(existing, wbPart);
      sc.next();
      while (sc.next()) {
        if (sc.kind === CLOSE) break;
        const start = sc.tagStart;
        const local = sc.attr('localSheetId');
        if (sc.kind === OPEN) sc.skip();
        let raw = existing.slice(start, sc.tagEnd);
        if (local !== undefined) {
          const to = newIndex(Number(local));
          if (to < 0) continue;
          raw = setAttr(raw, 'localSheetId', String(to));
        }
        items.push(raw);
      }
    }
    for (const s of newSheets)
      for (const d of s.definedNames)
        items.push(
          `<${p}definedName name="${d.name}" localSheetId="${finalOrder.indexOf(s.name)}"${d.hidden ? ' hidden="1"' : ''}>${escapeXml(d.value)}</${p}definedName>`,
        );
    return items.length ? `<${p}definedNames>${items.join('')}</${p}definedNames>` : '';
  };
  const anyNewNames = newSheets.some((s) => s.definedNames.length);
  const NAMES_AFTER = new Set(['sheets', 'functionGroups', 'externalReferences']);
  for (let i = 0; i < t.children.length; i++) {
    const c = t.children[i];
    let raw = wbXml.slice(c.start, c.end);
    if (c.name === 'sheets') {
      sawSheets = true;
      const items: string[] = [];
      const sc = new XmlScanner(raw, wbPart);
      sc.next();
      if (sc.kind === OPEN)
        while (sc.next()) {
          if (sc.kind === CLOSE) break;
          const start = sc.tagStart;
          const name = sc.attr('name') ?? '';
          if (sc.kind === OPEN) sc.skip();
          if (!removeNames.has(name)) items.push(raw.slice(start, sc.tagEnd));
        }
      for (const s of newSheets)
        items.push(`<${p}sheet name="${escapeAttr(s.name)}" sheetId="${s.sheetId}"${s.state ? ` state="${s.state}"` : ''} ${rAttr}="${s.rid}"${rDecl}/>`);
      raw = `<${p}sheets>${items.join('')}</${p}sheets>`;
    } else if (c.name === 'definedNames') {
      sawNames = true;
      raw = namesXml(raw);
    } else if (c.name === 'bookViews') {
      raw = raw.replace(/<(\w+:)?workbookView\b[^>]*>/g, (tag) => {
        let out = tag;
        const active = Number(/\sactiveTab="(\d+)"/.exec(tag)?.[1] ?? 0);
        const first = Number(/\sfirstSheet="(\d+)"/.exec(tag)?.[1] ?? 0);
        let a = newIndex(active);
        if (a < 0 || !visibleAt(a)) a = firstVisible;
        let f = newIndex(first);
        if (f < 0 || f > a) f = Math.min(a, firstVisible);
        out = setAttr(out, 'activeTab', a ? String(a) : null);
        out = setAttr(out, 'firstSheet', f ? String(f) : null);
        return out;
      });
    }
    parts.push(raw);
    if (!sawNames && anyNewNames && NAMES_AFTER.has(c.name) && !NAMES_AFTER.has(t.children[i + 1]?.name ?? '') && t.children[i + 1]?.name !== 'definedNames') {
      sawNames = true;
      parts.push(namesXml(''));
    }
  }
  if (!sawSheets) throw new XmlScanner(wbXml, wbPart).fail('workbook without sheets');
  written.set(wbPart, rebuild(wbXml, t, parts));

  // The workbook's relationships: the removed sheets' and calcChain's dropped, ours added.
  const wbRelsPart = relsPartOf(wbPart);
  const wbRelsXml = zip.text(wbRelsPart) ?? relsXml([]);
  const rt = topLevel(wbRelsXml, wbRelsPart);
  const relParts: string[] = [];
  for (const c of rt.children) {
    const raw = wbRelsXml.slice(c.start, c.end);
    const target = attrOf(raw, 'Target', wbRelsPart);
    const external = attrOf(raw, 'TargetMode', wbRelsPart) === 'External';
    if (!external && target !== undefined && gone.has(resolvePart(wbPart, target))) continue;
    relParts.push(raw);
  }
  for (const r of newWbRels) relParts.push(`<${rt.prefix}Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"/>`);
  written.set(wbRelsPart, rebuild(wbRelsXml, rt, relParts));

  // [Content_Types].xml
  const ctPart = '[Content_Types].xml';
  const ctXml = zip.text(ctPart);
  if (ctXml === undefined) throw new XmlScanner('', ctPart).fail('no content types');
  const ct = topLevel(ctXml, ctPart);
  const ctParts: string[] = [];
  const exts = new Set<string>();
  for (const c of ct.children) {
    const raw = ctXml.slice(c.start, c.end);
    if (c.name === 'Override') {
      const pn = (attrOf(raw, 'PartName', ctPart) ?? '').replace(/^\//, '');
      if (gone.has(pn) || [...gone].some((g) => g.toLowerCase() === pn.toLowerCase())) continue;
    } else if (c.name === 'Default') exts.add((attrOf(raw, 'Extension', ctPart) ?? '').toLowerCase());
    ctParts.push(raw);
  }
  if (vml && !exts.has('vml')) ctParts.push(`<${ct.prefix}Default Extension="vml" ContentType="${CT.vml}"/>`);
  for (const c of contentTypes) ctParts.push(`<${ct.prefix}Override PartName="/${escapeAttr(c.part)}" ContentType="${c.type}"/>`);
  written.set(ctPart, rebuild(ctXml, ct, ctParts));

  // docProps/app.xml
  const appRel = parseRootRels(pkg).find((r) => r.type === REL.extendedProperties);
  const appPart = appRel ? resolvePart('', appRel.target) : undefined;
  if (appPart && zip.has(appPart)) {
    // Every sheet Excel lists: hidden and very hidden ones too (Excel writes them all in TitlesOfParts).
    const patched = patchAppXml(
      zip.text(appPart)!,
      removeNames,
      newSheets.map((s) => s.name),
    );
    if (patched !== null) written.set(appPart, patched);
  }

  // The archive: originals in their order (patched ones in place), then the new parts.
  onProgress?.(step, total + 1);
  const w = new ZipWriter(codec, now);
  const done = new Set<string>();
  for (const e of zip.entries.values()) {
    if (gone.has(e.name)) continue;
    const neu = written.get(e.name);
    if (neu !== undefined) {
      w.add(e.name, neu);
      done.add(e.name);
    } else w.copy(zip, e);
  }
  for (const [name, content] of written) if (!done.has(name)) w.add(name, content);
  return w.finish();
}

function parseRootRels(pkg: XlsxPackage): Rel[] {
  return pkg.rels('');
}

/** The bytes of an empty package: a workbook without sheets, default styles, document properties. */
export function emptyPackage(codec: Codec, now = new Date()): Uint8Array {
  const w = new ZipWriter(codec, now);
  const iso = now.toISOString().replace(/\.\d+Z$/, 'Z');
  w.add(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT.workbook}"/><Override PartName="/xl/styles.xml" ContentType="${CT.styles}"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  );
  w.add(
    '_rels/.rels',
    relsXml([
      { id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' },
      { id: 'rId2', type: REL.coreProperties, target: 'docProps/core.xml' },
      { id: 'rId3', type: REL.extendedProperties, target: 'docProps/app.xml' },
    ]),
  );
  w.add(
    'docProps/app.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
      '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts>' +
      '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>',
  );
  w.add(
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>Thi đua</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`,
  );
  w.add(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${SML_NS}" xmlns:r="${R_NS}"><workbookPr defaultThemeVersion="164011"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300"/></bookViews><sheets></sheets><calcPr calcId="191029"/></workbook>`,
  );
  w.add('xl/_rels/workbook.xml.rels', relsXml([{ id: 'rId1', type: REL.styles, target: 'styles.xml' }]));
  w.add('xl/styles.xml', defaultStylesXml());
  return w.finish();
}

/** A new workbook holding the given sheets, in order. */
export function writeWorkbook(models: readonly SheetModel[], codec: Codec = jsCodec, now = new Date()): Uint8Array {
  const pkg = openPackage(emptyPackage(codec, now), codec);
  return splice(pkg, { remove: [], models }, codec, now);
}
