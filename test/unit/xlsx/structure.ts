/**
 * What Excel requires of a package, checked on the parts themselves (the transitional XSDs are
 * not available offline, and LibreOffice opens files Excel refuses, so a LibreOffice round trip
 * is not proof): content types for every part, relationship ids unique and targets present,
 * sheet names valid and unique, defined names on existing sheets, the worksheet's children in
 * the schema's order, styles' counts equal to their children and every index in range.
 */
import { XlsxPackage, parseRels, resolvePart } from '../../../src/xlsx/package';
import { CLOSE, EMPTY, OPEN, XmlScanner } from '../../../src/xlsx/xml';
import { nodeCodec } from '../../../src/host/file/nodeCodec';

/** CT_Worksheet's sequence (ECMA-376 Part 1, §18.3.1.99). */
export const WORKSHEET_ORDER = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'sheetData',
  'sheetCalcPr',
  'sheetProtection',
  'protectedRanges',
  'scenarios',
  'autoFilter',
  'sortState',
  'dataConsolidate',
  'customSheetViews',
  'mergeCells',
  'phoneticPr',
  'conditionalFormatting',
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
const STYLES_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'AlternateContent',
  'revisionPtr',
  'absPath',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

function children(xml: string, part: string): { name: string; start: number; end: number; attr: (n: string) => string | undefined; count: number }[] {
  const sc = new XmlScanner(xml, part);
  const out: { name: string; start: number; end: number; attr: (n: string) => string | undefined; count: number }[] = [];
  sc.next();
  while (sc.next()) {
    if (sc.kind === CLOSE) break;
    const name = sc.name;
    const start = sc.tagStart;
    const raw = xml.slice(sc.tagStart, sc.tagEnd);
    let count = 0;
    if (sc.kind === OPEN) {
      let d = 1;
      while (d > 0 && sc.next()) {
        if (sc.kind === OPEN) {
          if (d === 1) count++;
          d++;
        } else if (sc.kind === CLOSE) d--;
        else if (sc.kind === EMPTY && d === 1) count++;
      }
    }
    const one = new XmlScanner(raw, part);
    one.next();
    out.push({ name, start, end: sc.tagEnd, attr: (n) => one.attr(n), count });
  }
  return out;
}

function inOrder(names: string[], order: string[]): boolean {
  let last = -1;
  for (const n of names) {
    const i = order.indexOf(n);
    if (i < 0) continue;
    if (i < last) return false;
    last = i;
  }
  return true;
}

/** Problems found in a package; empty when it meets every check. */
export function packageProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  const pkg = new XlsxPackage(bytes, nodeCodec);
  const zip = pkg.zip;
  const names = [...zip.entries.keys()];
  const lower = new Set<string>();
  for (const n of names) {
    if (lower.has(n.toLowerCase())) problems.push(`part name twice (case-insensitively): ${n}`);
    lower.add(n.toLowerCase());
  }
  // Every XML part is balanced.
  for (const n of names)
    if (/\.(xml|rels|vml)$/i.test(n))
      try {
        const sc = new XmlScanner(zip.text(n)!, n);
        while (sc.next());
      } catch {
        problems.push(`not well-formed: ${n}`);
      }
  // Content types.
  const ct = children(zip.text('[Content_Types].xml')!, '[Content_Types].xml');
  const defaults = new Set(ct.filter((c) => c.name === 'Default').map((c) => c.attr('Extension')!.toLowerCase()));
  const overrides = new Set(ct.filter((c) => c.name === 'Override').map((c) => c.attr('PartName')!.replace(/^\//, '').toLowerCase()));
  for (const o of overrides) if (!lower.has(o)) problems.push(`content type for a missing part: ${o}`);
  for (const n of names) {
    if (n === '[Content_Types].xml') continue;
    const ext = n.slice(n.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(n.toLowerCase()) && !defaults.has(ext)) problems.push(`no content type: ${n}`);
  }
  // Relationships.
  for (const n of names) {
    const m = /^(.*)_rels\/([^/]*)\.rels$/.exec(n);
    if (!m) continue;
    const source = m[1] + m[2];
    const rels = parseRels(zip.text(n)!, n);
    const ids = new Set<string>();
    for (const r of rels) {
      if (ids.has(r.id)) problems.push(`relationship id twice in ${n}: ${r.id}`);
      ids.add(r.id);
      if (!r.external && !zip.has(resolvePart(source, r.target))) problems.push(`relationship to a missing part in ${n}: ${r.target}`);
    }
  }
  // The workbook.
  const wb = children(pkg.workbookXml, pkg.workbookPart);
  if (
    !inOrder(
      wb.map((c) => c.name),
      WORKBOOK_ORDER,
    )
  )
    problems.push(`workbook children out of order: ${wb.map((c) => c.name).join(',')}`);
  const seen = new Set<string>();
  const ids = new Set<number>();
  for (const s of pkg.sheets) {
    const k = s.name.toLowerCase();
    if (seen.has(k)) problems.push(`sheet name twice: ${s.name}`);
    seen.add(k);
    if (s.name.length > 31 || /[[\]:*?/\\]/.test(s.name) || /^'|'$/.test(s.name) || k === 'history') problems.push(`sheet name Excel refuses: ${s.name}`);
    if (ids.has(s.sheetId)) problems.push(`sheetId twice: ${s.sheetId}`);
    ids.add(s.sheetId);
    if (!pkg.workbookRels.some((r) => r.id === s.rid)) problems.push(`sheet without relationship: ${s.name}`);
  }
  const dn = wb.find((c) => c.name === 'definedNames');
  if (dn) {
    const sc = new XmlScanner(pkg.workbookXml.slice(dn.start, dn.end), pkg.workbookPart);
    sc.next();
    const keys = new Set<string>();
    while (sc.next())
      if (sc.kind !== CLOSE && sc.name === 'definedName') {
        const local = sc.attr('localSheetId');
        const key = `${sc.attr('name')!.toLowerCase()}@${local ?? ''}`;
        if (keys.has(key)) problems.push(`defined name twice: ${key}`);
        keys.add(key);
        if (local !== undefined && Number(local) >= pkg.sheets.length) problems.push(`defined name on a missing sheet: ${key}`);
        if (sc.kind === OPEN) sc.skip();
      }
  }
  const views = /<(?:\w+:)?workbookView\b[^>]*>/.exec(pkg.workbookXml)?.[0] ?? '';
  const active = Number(/activeTab="(\d+)"/.exec(views)?.[1] ?? 0);
  if (active >= pkg.sheets.length) problems.push(`activeTab ${active} past the last sheet`);
  else if (pkg.sheets.length && pkg.sheets[active].state !== 'visible') problems.push(`activeTab ${active} is a hidden sheet`);
  // Styles.
  const stylesPart = pkg.workbookRels.find((r) => r.type.endsWith('/styles'));
  let xfCount = Infinity;
  if (stylesPart) {
    const part = resolvePart(pkg.workbookPart, stylesPart.target);
    const st = children(zip.text(part)!, part);
    if (
      !inOrder(
        st.map((c) => c.name),
        STYLES_ORDER,
      )
    )
      problems.push(`styles children out of order: ${st.map((c) => c.name).join(',')}`);
    for (const c of st) {
      const count = c.attr('count');
      if (count !== undefined && Number(count) !== c.count) problems.push(`styles ${c.name} count ${count} but ${c.count} children`);
    }
    const size = (n: string) => st.find((c) => c.name === n)?.count ?? 0;
    xfCount = size('cellXfs');
    const xfs = st.find((c) => c.name === 'cellXfs');
    const numFmtIds = new Set<number>([...zip.text(part)!.matchAll(/<(?:\w+:)?numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1])));
    if (xfs) {
      const raw = zip.text(part)!.slice(xfs.start, xfs.end);
      for (const m of raw.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)) {
        const a = (n: string) => Number(new RegExp(`\\s${n}="(\\d+)"`).exec(m[1])?.[1] ?? 0);
        if (a('fontId') >= size('fonts')) problems.push(`xf fontId ${a('fontId')} out of range`);
        if (a('fillId') >= size('fills')) problems.push(`xf fillId ${a('fillId')} out of range`);
        if (a('borderId') >= size('borders')) problems.push(`xf borderId ${a('borderId')} out of range`);
        const nf = a('numFmtId');
        if (nf >= 164 && !numFmtIds.has(nf)) problems.push(`xf numFmtId ${nf} undefined`);
      }
    }
  }
  // Worksheets.
  for (const s of pkg.sheets) {
    if (!s.worksheet || !s.part) continue;
    const xml = zip.text(s.part)!;
    const kids = children(xml, s.part).map((c) => c.name);
    if (!inOrder(kids, WORKSHEET_ORDER)) problems.push(`worksheet ${s.name} children out of order: ${kids.join(',')}`);
    for (const m of xml.matchAll(/<(?:\w+:)?c\b[^>]*\ss="(\d+)"/g))
      if (Number(m[1]) >= xfCount) {
        problems.push(`cell style ${m[1]} out of range in ${s.name}`);
        break;
      }
    const refs = [...xml.matchAll(/<(?:\w+:)?c\b[^>]*\sr="([A-Z]+\d+)"/g)].map((m) => m[1]);
    if (new Set(refs).size !== refs.length) problems.push(`a cell twice in ${s.name}`);
  }
  return problems;
}
