import { sha256Hex } from '../../sheet/sha256';
import { CellValue, MergeArea, SheetGrid, WorkbookGrids, cellText } from '../../sheet/grid';
import { MARKER_SHEET } from '../config/sheetNames';
import { SheetModel } from '../../sheet/sheetModel';

/**
 * The add-in's record of its own sheets (the very hidden marker sheet), the same for every host.
 *
 * A sheet is the add-in's own only if the marker lists it AND its content is still what was
 * written (a fingerprint of the values as a reader reads them back): a user sheet renamed to
 * "Tổng hợp" is not ours, and a generated sheet edited by hand is not replaced without asking.
 * The marker itself carries a signature over its rows, so a user sheet named `_ThiDua` is not
 * taken for it (ours then gets another name, found again by the signature).
 */

/** First cell of the marker's signature row: who wrote it and in which layout. */
export const MARKER_APP = 'thidua-excel/marker';
export const MARKER_VERSION = 2;

export interface OwnEntry {
  /** Sheet name as written. */
  name: string;
  /** SheetModelId, or 'kept'. */
  id: string;
  /** Content hash over the whole sheet's canonical values (user columns left out). */
  fingerprint: string;
  /** The same over the title rows only: tells "edited by hand" from "a different sheet". */
  head: string;
  /** Columns the officer may type in (notes), left out of the fingerprint. */
  userColumns: number[];
  time: string;
  dataFingerprint: string;
  /**
   * SHA-256 of the sheet's part as the file host wrote it (empty from Excel, which has no parts):
   * a file host that finds the same bytes knows the sheet unchanged without reading it.
   */
  partHash?: string;
  /** What the add-in wrote in the user columns (SheetModel.toolNotes); absent from older markers. */
  toolNotes?: string[];
}

export interface Marker {
  /** The marker sheet's name in this book (null: none found). */
  sheet: string | null;
  entries: OwnEntry[];
}

/**
 * edited: ours, changed by hand since it was written; unverified: listed by an older version's
 * marker, which kept no fingerprint; notOurs: another sheet holds the name.
 */
export type ConflictReason = 'edited' | 'unverified' | 'notOurs';

/** Ours but not provably unchanged: replaced only with the user's consent (--force, the pane's confirm). */
export function needsConsent(c: OwnConflict): boolean {
  return c.reason !== 'notOurs';
}

/** A sheet the marker lists whose content no longer proves it is the add-in's own. */
export interface OwnConflict {
  name: string;
  reason: ConflictReason;
}

/** Which listed sheets are provably ours, unchanged, in the book as read. */
export interface Ownership {
  marker: Marker;
  /** Listed, present and unchanged: replaceable. */
  verified: string[];
  /** Listed and present but changed (edited) or not ours at all (notOurs). */
  conflicts: OwnConflict[];
}

const HEAD_ROWS = 4;

/**
 * The own sheets a run replaces without reading what they hold (the log and the proposal list are
 * read again: the log is continued, the officer's notes carried over; imported score sheets are
 * input). A file host that proves one unchanged by its bytes need not read its rows.
 */
export const UNREAD_OWN_SHEETS: readonly string[] = [
  'findings',
  'ranking',
  'summary',
  'minutes',
  'decision',
  'money',
  'certificateData',
  'certificatePrint',
  'yearReport',
];

/**
 * The canonical form of a cell as every reader reads it back (ExcelJS, the package reader,
 * Office.js): empty is nothing; text trimmed with line ends as \n (XML normalises \r\n); numbers
 * to the 15 significant digits Excel keeps; booleans as such.
 */
function canonical(v: CellValue | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const s = (v.indexOf('\r') >= 0 ? v.replace(/\r\n?/g, '\n') : v).trim();
    return s === '' ? null : 's' + s;
  }
  if (typeof v === 'boolean') return v ? 'b1' : 'b0';
  // Whole numbers print exactly; only fractions need rounding to Excel's 15 digits.
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return 'n' + (v === 0 ? '0' : String(v));
  if (!Number.isFinite(v)) return 's' + String(v);
  // Most fractions (scores like 87.35) already print in at most 15 digits: no rounding needed.
  const plain = String(v);
  if (plain.length <= 16 && plain.indexOf('e') < 0) return 'n' + plain;
  const n = Number(v.toPrecision(15));
  return 'n' + String(n === 0 ? 0 : n);
}

/** Cells a merge hides (all but its top-left), as row * 2^14 + column (Excel has 16,384 columns). */
function coveredByMerge(merges: readonly MergeArea[]): Set<number> {
  const out = new Set<number>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.add(r * 16384 + c);
  return out;
}

/**
 * A 64-bit content hash (two 32-bit lanes, cyrb53-style mixing) over the UTF-8 bytes of the
 * canonical values, four bytes per step; the text is encoded natively (TextEncoder) in chunks.
 * It tells an edited sheet from the one written (nobody edits a sheet to collide on purpose,
 * and whoever could would simply edit the marker); the marker itself is signed with SHA-256.
 * Measured on the province book: SHA-256 (@noble/hashes) over the same bytes cost more than the
 * whole engine; this costs about what reading the values once does.
 */
class ContentHash {
  private a = 0xdeadbeef;
  private b = 0x41c6ce57;
  private buf = new Uint8Array(1 << 16);
  private readonly enc = new TextEncoder();
  private total = 0;
  /** Hashes a chunk of text. */
  text(s: string): void {
    if (this.buf.length < s.length * 3 + 4) this.buf = new Uint8Array(s.length * 3 + 4);
    const n = this.enc.encodeInto(s, this.buf).written;
    // Zero-pad to a whole word (the length goes into the final mix, so padding cannot collide).
    this.buf[n] = this.buf[n + 1] = this.buf[n + 2] = 0;
    const words = new Int32Array(this.buf.buffer, 0, (n + 3) >> 2);
    let a = this.a;
    let b = this.b;
    for (let i = 0; i < words.length; i++) {
      const x = words[i];
      a = Math.imul(a ^ x, 2654435761);
      b = Math.imul(b ^ x, 1597334677);
    }
    this.a = Math.imul(a ^ n, 2246822507);
    this.b = Math.imul(b ^ n, 3266489909);
    this.total += n;
  }
  hex(): string {
    let a = this.a ^ this.total;
    let b = this.b;
    a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
    b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
    return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
  }
}

/** The content fingerprint of a sheet's values (rows up to `maxRows`), leaving out `skipCols` and cells a merge hides. */
export function valuesFingerprint(
  rows: readonly (readonly CellValue[] | undefined)[],
  o: { merges?: readonly MergeArea[]; skipCols?: readonly number[]; maxRows?: number; override?: ReadonlyMap<number, ReadonlyMap<number, CellValue>> } = {},
): string {
  const h = new ContentHash();
  const skip = o.skipCols && o.skipCols.length ? new Set(o.skipCols) : null;
  const hidden = o.merges && o.merges.length ? coveredByMerge(o.merges) : null;
  let height = rows.length;
  if (o.override) for (const r of o.override.keys()) if (r + 1 > height) height = r + 1;
  const n = Math.min(height, o.maxRows ?? Infinity);
  // Each non-empty row is "r:" then its cells "c=value" separated by \u0000, ended by \u0001;
  // hashed a chunk of rows at a time.
  let chunk = '';
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    const extra = o.override?.get(r);
    let width = row ? row.length : 0;
    if (extra) for (const c of extra.keys()) if (c + 1 > width) width = c + 1;
    if (width === 0) continue;
    let line = '';
    for (let c = 0; c < width; c++) {
      const v = extra !== undefined && extra.has(c) ? extra.get(c) : row?.[c];
      if (v === null || v === undefined || v === '') continue;
      if ((skip && skip.has(c)) || (hidden && hidden.has(r * 16384 + c))) continue;
      const k = canonical(v);
      if (k !== null) line += c + '=' + k + '\u0000';
    }
    if (line) chunk += r + ':' + line + '\u0001';
    if (chunk.length > 1 << 18) {
      h.text(chunk);
      chunk = '';
    }
  }
  if (chunk) h.text(chunk);
  return h.hex();
}

/** A model's values as a host writes them: a link on an empty cell shows its target cell. */
/**
 * The cells a host writes other than the model's value: a link shows its text, the cell's value
 * as text or the target cell. Kept beside the rows, not in a copy of them (the stress book's
 * ranking has 50,000 rows with links).
 */
function linkCells(m: SheetModel): Map<number, Map<number, CellValue>> | undefined {
  if (m.links.length === 0) return undefined;
  const out = new Map<number, Map<number, CellValue>>();
  for (const l of m.links) {
    const v = m.rows[l.row]?.[l.col];
    let row = out.get(l.row);
    if (!row) out.set(l.row, (row = new Map()));
    row.set(l.col, v === null || v === undefined || v === '' ? l.cell : cellText(v));
  }
  return out;
}

export function modelFingerprints(m: SheetModel): { fingerprint: string; head: string } {
  const o = { merges: m.merges, skipCols: m.userColumns ?? [], override: linkCells(m) };
  return { fingerprint: valuesFingerprint(m.rows, o), head: valuesFingerprint(m.rows, { ...o, maxRows: HEAD_ROWS }) };
}

function gridFingerprints(g: SheetGrid, skipCols: readonly number[], headOnly = false): { fingerprint: string; head: string } {
  const o = { merges: g.merges ?? [], skipCols };
  return { fingerprint: headOnly ? '' : valuesFingerprint(g.rows, o), head: valuesFingerprint(g.rows, { ...o, maxRows: HEAD_ROWS }) };
}

/** SHA-256 over the marker's own rows (the add-in's id first): a user sheet cannot pass for it by its name. */
function signatureOf(body: readonly CellValue[][]): string {
  // Empty cells at a row's end are not there for every reader: left out.
  const line = (r: readonly CellValue[]) => {
    const cells = r.map((v) => canonical(v) ?? '');
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    return cells.join('\u0000');
  };
  const text = [[MARKER_APP, MARKER_VERSION], ...body].map((r, i) => i + ':' + line(r)).join('\u0001');
  return sha256Hex(text);
}

/** The header of the marker before it was signed (names only). */
const LEGACY_HEADER = ['Sheet', 'Loại', 'Thời điểm', 'Dấu vân tay dữ liệu'];

const MARKER_HEADER = [
  'Sheet',
  'Loại',
  'Thời điểm',
  'Dấu vân tay dữ liệu',
  'Dấu vân tay sheet',
  'Dấu vân tay tiêu đề',
  'Cột người dùng',
  'Mã phần tệp',
  'Ghi chú do add-in ghi',
];

/**
 * The tool's notes as one cell: JSON, or nothing when they would not fit in a cell (Excel keeps
 * 32,767 characters; a cut cell would break the marker's signature): the next run then tells the
 * tool's notes by their wording (isGeneratedNote).
 */
function toolNotesCell(notes: readonly string[] | undefined): string {
  if (!notes || notes.length === 0) return '';
  const json = JSON.stringify(notes);
  return json.length <= 30000 ? json : '';
}

function parseToolNotes(cell: string): string[] | undefined {
  if (!cell) return undefined;
  try {
    const v: unknown = JSON.parse(cell);
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The marker's rows: the signature row, then a header, then one row per own sheet. */
export function markerRows(entries: readonly OwnEntry[]): CellValue[][] {
  const body: CellValue[][] = [
    MARKER_HEADER,
    ...entries.map((e) => [
      e.name,
      e.id,
      e.time,
      e.dataFingerprint,
      e.fingerprint,
      e.head,
      e.userColumns.join(','),
      e.partHash ?? '',
      toolNotesCell(e.toolNotes),
    ]),
  ];
  return [[MARKER_APP, MARKER_VERSION, signatureOf(body)], ...body];
}

/** The marker's entries when `g` is a marker with a valid signature, else null. */
export function parseMarker(g: SheetGrid): OwnEntry[] | null {
  const first = g.rows[0] ?? [];
  if (cellText(first[0] ?? null) !== MARKER_APP || Number(first[1]) !== MARKER_VERSION) return null;
  const body = g.rows.slice(1).map((r) => (r ?? []).slice(0, MARKER_HEADER.length));
  if (signatureOf(body) !== cellText(first[2] ?? null)) return null;
  return body.slice(1).flatMap((r) => {
    const name = cellText(r[0] ?? null);
    if (!name) return [];
    const cols = cellText(r[6] ?? null);
    const partHash = cellText(r[7] ?? null);
    const toolNotes = parseToolNotes(cellText(r[8] ?? null));
    return [
      {
        name,
        id: cellText(r[1] ?? null),
        time: cellText(r[2] ?? null),
        dataFingerprint: cellText(r[3] ?? null),
        fingerprint: cellText(r[4] ?? null),
        head: cellText(r[5] ?? null),
        userColumns: cols ? cols.split(',').map(Number).filter(Number.isInteger) : [],
        ...(partHash ? { partHash } : {}),
        ...(toolNotes ? { toolNotes } : {}),
      },
    ];
  });
}

/**
 * The marker model with each written sheet's part hash added (the file host's writer, once it has
 * laid the parts out), signed again. Sheets not in `hashes` keep what they had.
 */
export function withPartHashes(marker: SheetModel, hashes: ReadonlyMap<string, string>): SheetModel {
  const entries = parseMarker({ name: marker.name, rows: marker.rows });
  if (!entries) return marker;
  return { ...marker, rows: markerRows(entries.map((e) => (hashes.has(e.name) ? { ...e, partHash: hashes.get(e.name) } : e))) };
}

/** The add-in's marker in a book: the very hidden sheet (any name) whose signature holds. */
export function findMarker(book: WorkbookGrids): Marker {
  // Very hidden ones first (ours always is), then any other: a marker the user unhid still counts.
  const order = [...book.sheets].sort((a, b) => Number(b.visibility === 'veryHidden') - Number(a.visibility === 'veryHidden'));
  for (const g of order) {
    const entries = parseMarker(g);
    if (entries) return { sheet: g.name, entries };
  }
  // An older version's marker: very hidden `_ThiDua` listing names only. Its sheets may be ours,
  // but nothing proves they are unchanged: each is 'unverified' (asked about, never replaced silently).
  const legacy = book.sheets.find(
    (g) => g.name === MARKER_SHEET && g.visibility === 'veryHidden' && LEGACY_HEADER.every((h, i) => cellText(g.rows[0]?.[i] ?? null) === h),
  );
  if (legacy)
    return {
      sheet: legacy.name,
      entries: legacy.rows.slice(1).flatMap((r) => {
        const name = cellText(r?.[0] ?? null).trim();
        return name
          ? [{ name, id: cellText(r?.[1] ?? null), time: cellText(r?.[2] ?? null), dataFingerprint: '', fingerprint: '', head: '', userColumns: [] }]
          : [];
      }),
    };
  return { sheet: null, entries: [] };
}

/** Checks each listed sheet against its fingerprint in the book as read (its grids in full). */
export function checkOwnership(book: WorkbookGrids, marker: Marker = findMarker(book)): Ownership {
  const byName = new Map(book.sheets.map((s) => [s.name, s] as const));
  const verified: string[] = [];
  const conflicts: OwnConflict[] = [];
  for (const e of marker.entries) {
    const g = byName.get(e.name);
    if (!g || verified.includes(e.name) || conflicts.some((c) => c.name === e.name)) continue;
    if (!e.fingerprint) {
      conflicts.push({ name: e.name, reason: 'unverified' });
      continue;
    }
    if (g.unchangedSinceWritten) {
      verified.push(e.name);
      continue;
    }
    const now = gridFingerprints(g, e.userColumns);
    if (now.fingerprint === e.fingerprint) verified.push(e.name);
    else conflicts.push({ name: e.name, reason: now.head === e.head ? 'edited' : 'notOurs' });
  }
  return { marker, verified, conflicts };
}

/**
 * Names of the add-in's own sheets in a book: listed, and either unchanged or edited (not another
 * sheet). Decided on the title rows alone (the same answer as checkOwnership's verified + edited,
 * at a fraction of the cost): the engine needs only to know which sheets are not input.
 */
export function readOwnSheets(book: WorkbookGrids, marker: Marker = findMarker(book)): string[] {
  const byName = new Map(book.sheets.map((s) => [s.name, s] as const));
  const out: string[] = [];
  for (const e of marker.entries) {
    const g = byName.get(e.name);
    if (!g || out.includes(e.name)) continue;
    if (!e.fingerprint || g.unchangedSinceWritten || gridFingerprints(g, e.userColumns, true).head === e.head) out.push(e.name);
  }
  return out;
}

/**
 * What a host does to write a run's sheets, decided here for every host: delete `remove` (the
 * old marker included), then add `models` in order (the marker is the last one, very hidden).
 * Hosts execute it and decide nothing about which sheet is whose.
 *
 * `blocked`: a sheet this run would replace was edited by hand since it was written; nothing is
 * removed or written (`remove` and `models` are empty) until the user agrees (`force`).
 */
export interface WritePlan {
  remove: string[];
  models: SheetModel[];
  /** Listed sheets that are not provably ours and unchanged (see OwnConflict). */
  conflicts: OwnConflict[];
  blocked: boolean;
}

export interface PlanOptions {
  /** Replace generated sheets edited by hand (the CLI's --force, the pane's confirm). */
  force?: boolean;
  /** The ownership as checked when the book was read in full (else checked from `book`). */
  ownership?: Ownership;
}

export function planWrite(book: WorkbookGrids, models: readonly SheetModel[], stamp: { time: string; fingerprint: string }, o: PlanOptions = {}): WritePlan {
  const own = o.ownership ?? checkOwnership(book);
  const names = new Set(book.sheets.map((s) => s.name));
  const writing = new Set(models.map((m) => m.name.toLowerCase()));
  const edited = own.conflicts.filter(needsConsent);
  const replaceable = new Set([...own.verified, ...(o.force ? edited.map((c) => c.name) : [])]);
  const blocking = edited.filter((c) => writing.has(c.name.toLowerCase()) && !o.force);
  const remove: string[] = [];
  const kept: OwnEntry[] = [];
  for (const e of own.marker.entries) {
    if (!names.has(e.name) || remove.includes(e.name) || kept.some((k) => k.name === e.name)) continue;
    if (replaceable.has(e.name) && writing.has(e.name.toLowerCase())) remove.push(e.name);
    else if (own.verified.includes(e.name) || edited.some((c) => c.name === e.name)) kept.push(e);
  }
  // Never write over a sheet that stays: a model whose name is still taken blocks the write.
  const staying = new Set([...names].filter((n) => !remove.includes(n) && n !== own.marker.sheet).map((n) => n.toLowerCase()));
  const clashes: OwnConflict[] = models
    .filter((m) => staying.has(m.name.toLowerCase()) && !blocking.some((b) => b.name.toLowerCase() === m.name.toLowerCase()))
    .map((m) => ({ name: m.name, reason: 'notOurs' as const }));
  const conflicts = [...own.conflicts, ...clashes.filter((c) => !own.conflicts.some((x) => x.name === c.name))];
  if (blocking.length || clashes.length) return { remove: [], models: [], conflicts, blocked: true };
  if (own.marker.sheet) remove.push(own.marker.sheet);
  const entries: OwnEntry[] = [
    ...models.map((m) => ({
      name: m.name,
      id: m.id,
      time: stamp.time,
      dataFingerprint: stamp.fingerprint,
      userColumns: m.userColumns ?? [],
      ...(m.toolNotes ? { toolNotes: m.toolNotes } : {}),
      ...modelFingerprints(m),
    })),
    ...kept.filter((k) => !writing.has(k.name.toLowerCase())),
  ];
  return { remove, models: [...models, markerModel(markerRows(entries), markerName(book, own.marker.sheet, models))], conflicts, blocked: false };
}

/** `_ThiDua`, unless a sheet that stays (a user's) holds it: then `_ThiDua2`, `_ThiDua3`… */
export function markerName(book: WorkbookGrids, oldMarker: string | null, models: readonly SheetModel[]): string {
  const taken = new Set([...book.sheets.map((s) => s.name).filter((n) => n !== oldMarker), ...models.map((m) => m.name)].map((n) => n.toLowerCase()));
  let name = MARKER_SHEET;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${MARKER_SHEET}${i}`;
  return name;
}

/** The very hidden marker sheet as a model: plain rows, no styles. */
export function markerModel(rows: CellValue[][], name: string = MARKER_SHEET): SheetModel {
  return {
    id: 'log',
    name,
    rows,
    columnWidths: [],
    styles: [],
    merges: [],
    links: [],
    visibility: 'veryHidden',
    page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 },
  };
}

/** The marker's model in a plan (the very hidden one, last). */
export function isMarkerModel(m: SheetModel): boolean {
  return m.visibility === 'veryHidden' && cellText(m.rows[0]?.[0] ?? null) === MARKER_APP;
}
