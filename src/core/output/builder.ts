import { CellValue, MergeArea } from '../grid';
import { CellLink, SheetModel, StyleName, StyleRange } from './sheetModel';

/** Appends rows and remembers their styles, merges and links: the sheets read top to bottom. */
export class SheetBuilder {
  readonly rows: CellValue[][] = [];
  readonly styles: StyleRange[] = [];
  readonly merges: MergeArea[] = [];
  readonly links: CellLink[] = [];

  constructor(readonly width: number) {}

  get next(): number {
    return this.rows.length;
  }

  /** Adds a row; `style` covers its full width. Returns its 0-based index. */
  row(values: CellValue[], style?: StyleName): number {
    const r = this.rows.length;
    this.rows.push(values);
    if (style) this.styles.push({ top: r, bottom: r, left: 0, right: this.width - 1, style });
    return r;
  }

  /** A single text spanning the full width (titles, section heads). */
  banner(text: string, style: StyleName, from = 0, to = this.width - 1): number {
    const values: CellValue[] = [];
    values[from] = text;
    const r = this.row(values);
    if (to > from) this.merges.push({ top: r, bottom: r, left: from, right: to });
    this.styles.push({ top: r, bottom: r, left: from, right: to, style });
    return r;
  }

  blank(): number {
    return this.row([]);
  }

  style(top: number, left: number, bottom: number, right: number, style: StyleName): void {
    if (bottom >= top && right >= left) this.styles.push({ top, left, bottom, right, style });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  link(row: number, col: number, sheet: string, cell: string): void {
    this.links.push({ row, col, sheet, cell });
  }

  build(rest: Omit<SheetModel, 'rows' | 'styles' | 'merges' | 'links'>): SheetModel {
    return { ...rest, rows: this.rows, styles: this.styles, merges: this.merges, links: this.links };
  }
}
