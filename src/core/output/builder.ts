import { CellValue, MergeArea } from '../../sheet/grid';
import type { Lang } from '../model';
import { CellLink, SheetModel, StyleName, StyleRange } from '../../sheet/sheetModel';

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

  /**
   * The head of an administrative document (Decree 30/2020): the agency and its council on the
   * left (columns 0–2), the national motto on the right (3–5), then the place and date under the
   * motto, with the document's number under the agency when it has one. Returns the last row.
   */
  documentHead(agency: CellValue, council: CellValue, placeDate: string, number?: string): number {
    this.pairRow(agency, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'agency', 'motto');
    this.pairRow(council, 'Độc lập - Tự do - Hạnh phúc', 'agency', 'motto');
    if (number !== undefined) return this.pairRow(number, placeDate, 'italic', 'italic');
    const r = this.row(['', '', '', placeDate]);
    this.merge(r, 3, r, 5);
    this.style(r, 3, r, 5, 'italic');
    return r;
  }

  /**
   * The end of a proposal list (the agency's own and the one sent upward, same form): the rows
   * under `headerRow` wrapped, their numbers centred, or `empty` when there are none; the totals
   * lines; then the two signature blocks.
   */
  proposalListEnd(headerRow: number, lang: Lang, empty: string, totals: { text: string; style: StyleName }[]): void {
    const last = this.next - 1;
    if (last > headerRow) {
      this.style(headerRow + 1, 0, last, this.width - 1, 'cellWrap');
      this.style(headerRow + 1, 0, last, 0, 'cellCenter');
    } else this.banner(empty, 'muted');
    this.blank();
    for (const t of totals) this.banner(t.text, t.style);
    this.blank();
    const vi = lang === 'vi';
    this.signatures(
      [vi ? 'NGƯỜI LẬP BIỂU' : 'PREPARED BY', vi ? 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ' : 'HEAD OF AGENCY'],
      [vi ? '(Ký, ghi rõ họ tên)' : '(Signature, full name)', vi ? '(Ký, ghi rõ họ tên, đóng dấu)' : '(Signature, full name, seal)'],
    );
  }

  /** Two signature blocks side by side: the roles, then how to sign under each. Returns the last row. */
  signatures(roles: [CellValue, CellValue], how: [CellValue, CellValue]): number {
    this.pairRow(roles[0], roles[1], 'signature', 'signature');
    return this.pairRow(how[0], how[1], 'italic', 'italic');
  }

  /** A row of two merged blocks, columns 0–2 and 3–5, each in its style. */
  private pairRow(left: CellValue, right: CellValue, leftStyle: StyleName, rightStyle: StyleName): number {
    const r = this.row([left, '', '', right]);
    this.merge(r, 0, r, 2);
    this.merge(r, 3, r, 5);
    if (leftStyle === rightStyle) this.style(r, 0, r, 5, leftStyle);
    else {
      this.style(r, 0, r, 2, leftStyle);
      this.style(r, 3, r, 5, rightStyle);
    }
    return r;
  }

  build(rest: Omit<SheetModel, 'rows' | 'styles' | 'merges' | 'links'>): SheetModel {
    return { ...rest, rows: this.rows, styles: this.styles, merges: this.merges, links: this.links };
  }
}
