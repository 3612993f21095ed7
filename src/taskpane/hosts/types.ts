import { WorkbookGrids } from '../../core/grid';
import { SheetModel } from '../../core/output/sheetModel';
import { OwnConflict, Ownership } from '../../core/output/marker';

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
}

export interface WriteOutcome {
  written: string[];
  /** Nothing written: generated sheets edited by hand, and the user did not agree to replace them. */
  blocked?: boolean;
  conflicts?: OwnConflict[];
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
  write(job: WriteJob, onProgress?: (done: number, total: number) => void): Promise<WriteOutcome>;
  /** Shows a cell to the user: selects it in Excel; in the browser the pane shows a preview. */
  select?(sheet: string, cell: string): Promise<void>;
  writeTemplate(models: SheetModel[]): Promise<WriteOutcome>;
  /** Notes about this host's limits, shown once (old Excel versions). */
  notes(): ('noMerges' | 'oldExcel')[];
}
