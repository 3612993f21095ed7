/** The in-memory Excel's book: its sheets, cells, formats and the sync log's record types (what a test inspects). */
import { CellValue, MergeArea, SheetGrid } from '../../sheet/grid';

export interface MemoryExcelOptions {
  /** Highest ExcelApi set supported, e.g. '1.7' for Office 2019. Default '1.13'. */
  apiVersion?: string;
  /** Payload limit per request and per response, bytes. Default 5 MB as on Excel on the web. */
  payloadLimit?: number;
  /** Most cells one read may return. Default 5 million as in Excel. */
  cellReadLimit?: number;
  /** Milliseconds each sync takes, as a round trip to Excel does (0: at once). */
  latencyMs?: number;
  /**
   * How the in-memory Excel opens an .xlsx it is handed (insertWorksheetsFromBase64,
   * createWorkbook): the host's reader, injected so that this file imports no xlsx library.
   * Values and merged cells only, as that reader gives.
   */
  readXlsx?: (bytes: Uint8Array) => Promise<SheetGrid[]>;
}

/** A state of Excel that makes every sync fail, as the real one does (see `MemoryExcel.blockedBy`). */
export type BlockingState = 'InvalidOperationInCellEditMode' | 'AccessDenied' | 'Conflict';

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  failed?: string;
}

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  color?: string;
  size?: number;
  fontName?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  numberFormat?: string;
  borders?: boolean;
}

export interface MemorySheet {
  /** Office.js's worksheet id: stays when the sheet is renamed. */
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, CellValue>;
  merges: MergeArea[];
  formats: Map<string, CellFormat>;
  columnWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hyperlinks: Map<string, { documentReference?: string; address?: string; textToDisplay?: string }>;
  frozen: { rows: number; cols: number } | null;
  charts: { type: string; title: string; source: string; categories: string; legend?: boolean }[];
  autoFilter: string | null;
  pageLayout: Record<string, unknown>;
  /** Cell comments (ExcelApi 1.10) by "row,col": what a note on a cell holds. */
  comments: Map<string, { id: string; content: string }>;
}

export class MemoryExcelError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'RichApi.Error';
  }
}

export const key = (r: number, c: number) => `${r},${c}`;

/** Office.js's request bytes around each call (action record and object paths). */
export const CALL_OVERHEAD_BYTES = 250;

export function versionAtLeast(have: string, want: string): boolean {
  const [ha, hb] = have.split('.').map(Number);
  const [wa, wb] = want.split('.').map(Number);
  return ha > wa || (ha === wa && hb >= wb);
}

export const INVALID_NAME = /[[\]:*?/\\]/;

/** The workbook's state: what a test inspects after a run. */
export class MemoryBook {
  sheets: MemorySheet[] = [];
  activeSheet = '';
  selection: { sheet: string; address: string } | null = null;
  calculationSuspensions = 0;
  screenUpdatingSuspensions = 0;
  private nextId = 1;

  static fromGrids(grids: SheetGrid[]): MemoryBook {
    const b = new MemoryBook();
    for (const g of grids) {
      const s = b.addSheet(g.name);
      s.visibility = g.visibility === 'veryHidden' ? 'VeryHidden' : g.visibility === 'hidden' ? 'Hidden' : 'Visible';
      g.rows.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && v !== '' && s.cells.set(key(r, c), v)));
      s.merges = [...(g.merges ?? [])];
    }
    b.activeSheet = b.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
    return b;
  }

  sheet(name: string): MemorySheet | undefined {
    const k = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === k || s.id.toLowerCase() === k);
  }

  addSheet(name: string): MemorySheet {
    if (!name || name.length > 31 || INVALID_NAME.test(name) || name.startsWith("'") || name.endsWith("'"))
      throw new MemoryExcelError('InvalidArgument', `bad sheet name "${name}"`);
    if (this.sheet(name)) throw new MemoryExcelError('ItemAlreadyExists', `sheet "${name}" exists`);
    const s: MemorySheet = {
      id: `{${String(this.nextId++).padStart(8, '0')}-0000-4000-8000-000000000000}`,
      name,
      visibility: 'Visible',
      cells: new Map(),
      merges: [],
      formats: new Map(),
      columnWidths: new Map(),
      rowHeights: new Map(),
      hyperlinks: new Map(),
      frozen: null,
      charts: [],
      autoFilter: null,
      pageLayout: {},
      comments: new Map(),
    };
    this.sheets.push(s);
    return s;
  }

  /** A sheet back as a grid (values only), to compare with what was written. */
  toGrid(name: string): SheetGrid {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    const rows: CellValue[][] = [];
    for (const [k, v] of s.cells) {
      const [r, c] = k.split(',').map(Number);
      (rows[r] ??= [])[c] = v;
    }
    for (let r = 0; r < rows.length; r++) {
      rows[r] ??= [];
      for (let c = 0; c < rows[r].length; c++) if (rows[r][c] === undefined) rows[r][c] = null;
    }
    return {
      name: s.name,
      rows,
      merges: s.merges,
      visibility: s.visibility === 'VeryHidden' ? 'veryHidden' : s.visibility === 'Hidden' ? 'hidden' : 'visible',
    };
  }

  formatAt(sheet: string, row: number, col: number): CellFormat {
    return this.sheet(sheet)?.formats.get(key(row, col)) ?? {};
  }
}

/** What a request context reads of the in-memory Excel (MemoryExcel has it): its settings and its sync log. */
export interface ExcelState {
  readonly apiVersion: string;
  readonly payloadLimit: number;
  readonly cellReadLimit: number;
  latencyMs: number;
  syncs: SyncRecord[];
  blockedBy: BlockingState | null;
  readonly readXlsx?: (bytes: Uint8Array) => Promise<SheetGrid[]>;
  commentIds: number;
}
