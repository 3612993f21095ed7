/**
 * The workbook package: what kind of file the bytes are, the workbook part found through
 * `_rels/.rels`, its sheets and relationships, and the helpers every reader and writer of parts
 * shares (part paths, relationships).
 */
import { whatZipHolds } from './zipHolds';
import { NotAWorkbookError } from './errors';
import { Codec, ZipArchive } from './zip';
import { CLOSE, EMPTY, OPEN, XmlScanner } from './xml';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const REL = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  sharedStrings: `${REL_NS}/sharedStrings`,
  calcChain: `${REL_NS}/calcChain`,
  extendedProperties: `${REL_NS}/extended-properties`,
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
  hyperlink: `${REL_NS}/hyperlink`,
};
const STRICT = 'http://purl.oclc.org/ooxml/';

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface SheetRef {
  name: string;
  sheetId: number;
  rid: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The sheet's part, e.g. `xl/worksheets/sheet1.xml`. */
  part?: string;
  /** Worksheets hold cells; chart sheets, dialog and macro sheets do not. */
  worksheet: boolean;
}

/** Where a relationship's target lives, from the part that holds the relationship. */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const out: string[] = [];
  for (const seg of (base + target).split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** The relative target of `to` as seen from part `from`. */
export function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

/** The relationships part of a part: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function parseRels(xml: string, part: string): Rel[] {
  const sc = new XmlScanner(xml, part);
  const out: Rel[] = [];
  while (sc.next())
    if ((sc.kind === OPEN || sc.kind === EMPTY) && sc.name === 'Relationship')
      out.push({ id: sc.attr('Id') ?? '', type: sc.attr('Type') ?? '', target: sc.attr('Target') ?? '', external: sc.attr('TargetMode') === 'External' });
  return out;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Does the byte string hold `text` in UTF-16LE (OLE2 directory entries name their streams so)? */
function hasUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = 0; i + text.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < text.length; k++) if (bytes[i + 2 * k] !== text.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * What a file is from its first bytes, before any reader sees it: a zip (an .xlsx, or another
 * zip package), a password-protected workbook (an OLE compound file holding an
 * "EncryptedPackage" stream), an Excel 97–2003 .xls (an OLE file without it), or something else.
 */
export function sniffFile(bytes: Uint8Array): 'zip' | 'encrypted' | 'legacyXls' | 'other' {
  if (bytes.length >= 8 && OLE2.every((b, i) => bytes[i] === b)) return hasUtf16(bytes, 'EncryptedPackage') ? 'encrypted' : 'legacyXls';
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && [3, 5, 7].includes(bytes[2])) return 'zip';
  return 'other';
}

/** An opened .xlsx: the archive, the workbook part, its relationships and sheets. */
export class XlsxPackage {
  readonly zip: ZipArchive;
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly workbookRels: Rel[];
  readonly sheets: SheetRef[];
  readonly date1904: boolean;
  private readonly relsCache = new Map<string, Rel[]>();

  constructor(bytes: Uint8Array, codec: Codec) {
    const kind = sniffFile(bytes);
    if (kind === 'encrypted' || kind === 'legacyXls') throw new NotAWorkbookError(kind);
    if (kind === 'other') throw new NotAWorkbookError('notZip');
    this.zip = new ZipArchive(bytes, codec);
    const mime = this.zip.has('mimetype') ? this.zip.text('mimetype')! : '';
    if (mime.startsWith('application/vnd.oasis.opendocument'))
      throw new NotAWorkbookError(mime.includes('spreadsheet') ? 'ods' : 'noWorkbook', { holds: whatZipHolds(this.zip) });
    const root = this.zip.text('_rels/.rels');
    if (root === undefined) throw new NotAWorkbookError('noWorkbook', { detail: 'no _rels/.rels', holds: whatZipHolds(this.zip) });
    const rootRels = parseRels(root, '_rels/.rels');
    const office = rootRels.find((r) => r.type === REL.officeDocument);
    if (!office) {
      if (rootRels.some((r) => r.type.startsWith(STRICT))) throw new NotAWorkbookError('strict');
      throw new NotAWorkbookError('noWorkbook', { detail: 'no officeDocument relationship', holds: whatZipHolds(this.zip) });
    }
    this.workbookPart = resolvePart('', office.target);
    if (/\.bin$/i.test(this.workbookPart)) throw new NotAWorkbookError('xlsb');
    const xml = this.zip.text(this.workbookPart);
    if (xml === undefined)
      throw new NotAWorkbookError('noWorkbook', { part: this.workbookPart, detail: 'workbook part missing', holds: whatZipHolds(this.zip) });
    this.workbookXml = xml;
    this.workbookRels = this.rels(this.workbookPart);
    const sc = new XmlScanner(xml, this.workbookPart);
    const sheets: SheetRef[] = [];
    let date1904 = false;
    let sawRoot = false;
    while (sc.next()) {
      if (sc.kind === CLOSE) continue;
      if (!sawRoot) {
        if (sc.name !== 'workbook')
          throw new NotAWorkbookError('noWorkbook', { part: this.workbookPart, detail: `root ${sc.name}`, holds: whatZipHolds(this.zip) });
        if (/xmlns(:\w+)?="http:\/\/purl\.oclc\.org\/ooxml\//.test(xml.slice(sc.tagStart, sc.tagEnd))) throw new NotAWorkbookError('strict');
        sawRoot = true;
        continue;
      }
      if (sc.name === 'workbookPr') date1904 = ['1', 'true'].includes(sc.attr('date1904') ?? '');
      else if (sc.name === 'sheet') {
        const rid = sc.attr('id') ?? '';
        const rel = this.workbookRels.find((r) => r.id === rid);
        const state = sc.attr('state');
        sheets.push({
          name: sc.attr('name') ?? '',
          sheetId: Number(sc.attr('sheetId') ?? 0),
          rid,
          state: state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible',
          part: rel && !rel.external ? resolvePart(this.workbookPart, rel.target) : undefined,
          worksheet: rel?.type === REL.worksheet,
        });
      }
    }
    this.sheets = sheets;
    this.date1904 = date1904;
  }

  /** The relationships of a part (none when it has no rels part). */
  rels(part: string): Rel[] {
    let r = this.relsCache.get(part);
    if (!r) {
      const rp = relsPartOf(part);
      const xml = this.zip.text(rp);
      this.relsCache.set(part, (r = xml === undefined ? [] : parseRels(xml, rp)));
    }
    return r;
  }

  /** The workbook's related part of a type (styles, shared strings…), if any. */
  workbookPartOf(type: string): string | undefined {
    const rel = this.workbookRels.find((r) => r.type === type && !r.external);
    return rel ? resolvePart(this.workbookPart, rel.target) : undefined;
  }
}
