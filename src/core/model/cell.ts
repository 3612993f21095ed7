/** Where a value came from: sheet name and 0-based row/column. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}
