import { CellValue, SheetGrid, WorkbookGrids, cellText } from '../../sheet/grid';
import { SheetModel } from '../../sheet/sheetModel';

/**
 * The round trip's own very hidden sheet: what it imported (file, time, fingerprints), the marks
 * it put on cells (with the original fill so that they come off exactly) and the legacy text it
 * converted (with the original text to restore). Office writes cannot be undone with Ctrl+Z:
 * this is the add-in's undo. The engine never reads very hidden sheets as data.
 */
export const RECORDS_SHEET = '_ThiDua_DonVi';

export interface ImportRecord {
  kind: 'import';
  sheet: string;
  unit: string;
  file: string;
  time: string;
  /** SHA-256 of the file's bytes. */
  fileHash: string;
  /** fingerprintSheets of the sheet as it came in: proves later that nobody changed it. */
  fingerprint: string;
}

/** What a cell looked like before it was marked. */
export interface CellLook {
  /** '#RRGGBB', or null for no fill. */
  fill: string | null;
  /** The note the mark added (a cell that had a note keeps it, untouched, and this is absent). */
  note?: string;
}

export interface MarkRecord {
  kind: 'mark';
  sheet: string;
  cell: string;
  time: string;
  before: CellLook;
  /** The fill the mark put there: a cell whose fill the user changed since is left alone. */
  markFill: string;
  /** Whether the add-in added the note (a cell that had one keeps it, untouched). */
  noteAdded: boolean;
}

export interface ConvertRecord {
  kind: 'convert';
  sheet: string;
  cell: string;
  time: string;
  encoding: string;
  before: string;
  after: string;
}

export type RoundTripRecord = ImportRecord | MarkRecord | ConvertRecord;

const HEAD = ['Loại', 'Sheet', 'Ô / Đơn vị', 'Tệp', 'Thời điểm', 'Dấu vân tay tệp / bảng mã', 'Dấu vân tay sheet / chữ mới', 'Giá trị gốc'];

export function recordRows(records: readonly RoundTripRecord[]): CellValue[][] {
  return [
    HEAD,
    ...records.map((r): CellValue[] => {
      if (r.kind === 'import') return ['import', r.sheet, r.unit, r.file, r.time, r.fileHash, r.fingerprint, ''];
      if (r.kind === 'mark') return ['mark', r.sheet, r.cell, '', r.time, r.markFill, r.noteAdded ? 'note' : '', JSON.stringify(r.before)];
      return ['convert', r.sheet, r.cell, '', r.time, r.encoding, r.after, r.before];
    }),
  ];
}

export function readRecords(book: WorkbookGrids | { sheets: SheetGrid[] }): RoundTripRecord[] {
  const g = book.sheets.find((s) => s.name === RECORDS_SHEET);
  if (!g) return [];
  const out: RoundTripRecord[] = [];
  for (const row of g.rows.slice(1)) {
    const t = (i: number) => cellText(row?.[i] ?? null);
    const kind = t(0);
    if (kind === 'import') out.push({ kind, sheet: t(1), unit: t(2), file: t(3), time: t(4), fileHash: t(5), fingerprint: t(6) });
    else if (kind === 'mark') {
      let before: CellLook = { fill: null };
      try {
        before = JSON.parse(t(7)) as CellLook;
      } catch {
        // A record the user typed over: the mark cannot be undone exactly; it is left as it is.
        continue;
      }
      out.push({ kind, sheet: t(1), cell: t(2), time: t(4), markFill: t(5), noteAdded: t(6) === 'note', before });
    } else if (kind === 'convert') out.push({ kind, sheet: t(1), cell: t(2), time: t(4), encoding: t(5), after: t(6), before: t(7) });
  }
  return out;
}

export function recordsModel(records: readonly RoundTripRecord[]): SheetModel {
  return {
    id: 'records',
    name: RECORDS_SHEET,
    rows: recordRows(records),
    columnWidths: [],
    styles: [],
    merges: [],
    links: [],
    visibility: 'veryHidden',
    page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 },
  };
}

/** The latest import record of each sheet. */
export function lastImports(records: readonly RoundTripRecord[]): Map<string, ImportRecord> {
  const m = new Map<string, ImportRecord>();
  for (const r of records) if (r.kind === 'import') m.set(r.sheet, r);
  return m;
}
