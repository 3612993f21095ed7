import { CellValue, MergeArea } from './grid';

/**
 * A generated sheet described without any spreadsheet API: values, named styles on ranges,
 * merges, widths, links and print setup. Each host (ExcelJS, Office.js) turns it into real
 * formatting, so the layout is decided once, here.
 */
export type StyleName =
  | 'motto' // national motto header lines
  | 'agency'
  | 'title'
  | 'subtitle'
  | 'header'
  | 'cell'
  | 'cellCenter'
  | 'cellWrap'
  | 'wrap'
  | 'top'
  | 'number'
  | 'section'
  | 'group'
  | 'total'
  | 'error'
  | 'warning'
  | 'proposed'
  | 'tie'
  | 'muted'
  | 'signature'
  | 'signatureName'
  | 'italic';

export interface StyleRange extends MergeArea {
  style: StyleName;
}

export interface CellLink {
  row: number;
  col: number;
  /** Target sheet and A1 cell inside this workbook. */
  sheet: string;
  cell: string;
}

/** Excel data validation on a range (0-based, inclusive): what a unit may type in a template. */
export interface DataValidation extends MergeArea {
  kind: 'decimal' | 'whole' | 'list';
  min?: number;
  max?: number;
  /** For `list`: the allowed entries. */
  list?: string[];
  allowBlank?: boolean;
  /** Shown when the cell is selected / when a wrong value is typed. */
  prompt?: string;
  error?: string;
}

/** Which sheet of the add-in's this is (stable id, independent of the display language). */
export type SheetModelId =
  | 'findings'
  | 'ranking'
  | 'summary'
  | 'proposal'
  | 'log'
  | 'config'
  // the council's vote and its minutes
  | 'votes'
  | 'minutes'
  // the upward workbook and the roll-up
  | 'upwardCover'
  | 'upwardData'
  | 'upwardExport'
  | 'upwardReply'
  | 'upwardStats'
  // the unit round trip
  | 'unitTemplate'
  | 'chase'
  | 'imported'
  // the round trip's own very hidden record: imports, marks, conversions
  | 'records';

export interface SheetModel {
  id: SheetModelId;
  name: string;
  rows: CellValue[][];
  columnWidths: number[];
  styles: StyleRange[];
  merges: MergeArea[];
  links: CellLink[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  /** Number format per column for rows from `fromRow` on. */
  numberFormats?: { col: number; fromRow: number; format: string }[];
  autoFilter?: MergeArea;
  page: {
    orientation: 'portrait' | 'landscape';
    fitToWidth: boolean;
    /** 0-based inclusive rows repeated on every printed page. */
    printTitleRows?: [number, number];
    /** Administrative documents use Times New Roman (NĐ 30/2020). */
    font: 'Times New Roman' | 'Calibri';
    fontSize: number;
  };
  /** Cells that hold a formula (without "="); `rows` holds its cached result. */
  formulas?: { row: number; col: number; formula: string }[];
  validations?: DataValidation[];
  /** Sheet protection without a password (nothing is lost if it is forgotten); these ranges stay editable. */
  protection?: { unlocked: MergeArea[] };
  /** Cell notes (comments), e.g. the message of a finding. */
  notes?: { row: number; col: number; text: string }[];
  /**
   * Columns the officer types in (the notes of `Đề nghị khen thưởng`): carried across re-runs by
   * candidate and left out of the sheet's fingerprint, so a note is not an "edit".
   */
  userColumns?: number[];
  /**
   * The texts the add-in itself wrote in those columns (the council's vote, a tie waiting for it):
   * the marker records them, so the next run tells them from the officer's own notes by what was
   * written, not by their wording.
   */
  toolNotes?: string[];
  /** Default visible. */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** A simple bar chart every host draws (Office.js with `charts.add`, the file host as DrawingML). */
  chart?: { title: string; categoriesCol: number; valuesCol: number; fromRow: number; toRow: number };
}
