import { WorkbookGrids } from '../sheet/grid';
import { SheetModel } from '../sheet/sheetModel';
import type { ExcelImportReport, ExcelImportRequest } from './office/importSheets';
import type { ClearReport, MarkReport } from './office/marks';
import type { CellMark } from '../core/roundtrip/marks';
import type { RoundTripRecord } from '../core/roundtrip/records';
import type { ConversionPlan } from '../core/roundtrip/legacyPlan';
import { OwnConflict, Ownership } from '../core/ownership/marker';

export interface ReadProgress {
  done: number;
  total: number;
}

export interface WriteJob {
  models: SheetModel[];
  /** The workbook as read for this run (ownership is checked on it). */
  book: WorkbookGrids;
  ownership?: Ownership;
  /** The user agreed to replace generated sheets edited by hand. */
  force?: boolean;
  stamp: { time: string; fingerprint: string };
  /** File hosts: the copy already written where the sheets were laid out (the engine's worker); the host only offers it. */
  written?: { bytes: Uint8Array; sheets: string[] };
}

export interface WriteOutcome {
  written: string[];
  /** Nothing written: generated sheets edited by hand, and the user did not agree to replace them. */
  blocked?: boolean;
  conflicts?: OwnConflict[];
  /** Nothing written because the book holds nothing the engine recognised (no result to offer). */
  nothingToWrite?: boolean;
  /** Features this host could not apply (old Excel), for a note to the user. */
  skipped: string[];
  /** The file host offers the result as a download instead of changing a workbook. */
  download?: { fileName: string; bytes: Uint8Array };
}

/**
 * Where the workbook lives: the open workbook in Excel (Office.js) or a file in the browser.
 * The task pane talks only to this; both hosts read grids and write sheet models.
 */
export interface WorkbookHost {
  kind: 'excel' | 'file';
  /** Document or file name, shown in the header and written to the log. */
  name(): string;
  read(o: { signal?: AbortSignal; onProgress?(p: ReadProgress): void }): Promise<WorkbookGrids>;
  /** Just the sheet names, cheaper than read() where the host can. */
  sheetNames(): Promise<string[]>;
  /**
   * Writes the run's sheets. A file host writes a new copy and honours `signal` (nothing of the
   * user's is at risk); Excel's write is never cut halfway and ignores it.
   */
  write(job: WriteJob, onProgress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<WriteOutcome>;
  /** Shows a cell to the user: selects it in Excel; in the browser the pane shows a preview. */
  select?(sheet: string, cell: string): Promise<void>;
  writeTemplate(models: SheetModel[]): Promise<WriteOutcome>;
  /**
   * A new workbook from .xlsx bytes (the upward workbook, the roll-up): Excel opens it as a new
   * workbook (ExcelApi 1.8; older Excel gets it as a download), the file host downloads it.
   */
  openNewWorkbook(fileName: string, bytes: Uint8Array): Promise<WriteOutcome>;
  /** File hosts: the file's bytes as picked (a copy), for a runner that writes the copy where it lays the sheets out. */
  source?(): ArrayBuffer;
  /** Notes about this host's limits, shown once (old Excel versions). */
  notes(): ('noMerges' | 'oldExcel')[];
  /**
   * The unit round trip's writes into the open workbook (Excel only). Outside Excel the pane
   * writes a copy through write() and offers new files as downloads.
   */
  roundTrip?: RoundTripOps;
}

/** What the round trip does in the open workbook: each carries out a plan the core made. */
export interface RoundTripOps {
  importSheets(req: ExcelImportRequest): Promise<ExcelImportReport>;
  mark(req: { book: WorkbookGrids; sheet: string; marks: CellMark[]; records: RoundTripRecord[]; time: string }): Promise<MarkReport>;
  clearMarks(req: { book: WorkbookGrids; sheet: string; records: RoundTripRecord[]; time: string }): Promise<ClearReport>;
  convertLegacy(req: {
    book: WorkbookGrids;
    plan: ConversionPlan;
    records: RoundTripRecord[];
    time: string;
  }): Promise<{ converted: number; formulas: number; records: RoundTripRecord[] }>;
  restoreLegacy(req: {
    book: WorkbookGrids;
    sheet: string;
    records: RoundTripRecord[];
    time: string;
  }): Promise<{ restored: number; leftAlone: number; records: RoundTripRecord[] }>;
  /** Opens .xlsx files as new workbooks (ExcelApi 1.8); null where Excel cannot. */
  openWorkbooks: ((files: Uint8Array[]) => Promise<number>) | null;
  /** Whether sheets come in from their file (1.13) or as values. */
  insertsFromFile: boolean;
}
