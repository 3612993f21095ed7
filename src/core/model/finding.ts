export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  code: string;
  sheet: string;
  /** A1 address, or '' when the finding concerns the sheet as a whole. */
  cell: string;
  /** The same cell, 0-based, for hosts that select it. */
  row: number | null;
  col: number | null;
  unit: string;
  candidate: string;
  message: string;
  fix: string;
  /** The other place the finding points at (the first row of a duplicate person), for a link. */
  other?: { sheet: string; cell: string; row: number; col: number };
}

export type Lang = 'vi' | 'en';
