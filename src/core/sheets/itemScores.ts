import { ItemScore } from '../model';

/**
 * Where a sheet's scores are: for each criterion slot (its position in `Tiêu chí`), the self and
 * appraised columns, and the row for the form that lists criteria down the rows. NaN for none.
 * Every row of a roster sheet shares one layout, so a candidate keeps only its numbers.
 */
export class ScoreLayout {
  private readonly cols: number[];
  private readonly rows: number[] | null;
  /** A candidate's empty scores, copied for each row: a copy of a packed array of doubles is one memcpy. */
  readonly blank: number[] = [];

  constructor(
    readonly slots: ReadonlyMap<string, number>,
    /** True for the criteria-down-the-rows form, where each criterion has its own row. */
    rowPerCriterion: boolean,
  ) {
    this.cols = new Array<number>(slots.size * 2).fill(NaN);
    this.rows = rowPerCriterion ? new Array<number>(slots.size).fill(NaN) : null;
    for (let i = 0; i < slots.size * 2; i++) this.blank.push(NaN);
  }

  slotOf(code: string): number {
    const i = this.slots.get(code);
    if (i === undefined) throw new Error(`unknown criterion ${code}`);
    return i;
  }

  /** Records the column (and, per criterion, the row) of a criterion's self or appraised score. */
  place(slot: number, sub: 'self' | 'appraised', col: number, row: number): void {
    this.cols[slot * 2 + (sub === 'self' ? 0 : 1)] = col;
    if (this.rows) this.rows[slot] = row;
  }

  /** Whether the sheet has a column for the criterion at all. */
  placed(slot: number): boolean {
    return !Number.isNaN(this.cols[slot * 2]) || !Number.isNaN(this.cols[slot * 2 + 1]);
  }

  col(slot: number, sub: 'self' | 'appraised'): number {
    return this.cols[slot * 2 + (sub === 'self' ? 0 : 1)];
  }

  /** The row of a criterion's score: its own in the criteria-rows form, else the candidate's. */
  row(slot: number, candidateRow: number): number {
    return this.rows ? this.rows[slot] : candidateRow;
  }
}

/**
 * A candidate's scores, two numbers per criterion slot (self, appraised; NaN for none), read
 * through the sheet's shared layout. Thousands of small long-lived objects per sheet cost more
 * than the scoring itself, and what survives the young generation is what the GC pays for.
 */
export class ItemScores {
  private readonly v: number[];

  constructor(
    private readonly layout: ScoreLayout,
    private readonly row: number,
  ) {
    this.v = layout.blank.slice();
  }

  private slot(code: string): number {
    const i = this.layout.slots.get(code);
    return i === undefined ? -1 : i;
  }

  has(code: string): boolean {
    const i = this.slot(code);
    return i >= 0 && this.layout.placed(i);
  }

  /** The self-score, or null when none was entered (or the sheet has no column for it). */
  self(code: string): number | null {
    const i = this.slot(code);
    return i < 0 ? null : orNull(this.v[i * 2]);
  }

  appraised(code: string): number | null {
    const i = this.slot(code);
    return i < 0 ? null : orNull(this.v[i * 2 + 1]);
  }

  /** By slot: the scoring loop's access, no lookup. NaN for none. */
  selfAt(slot: number): number {
    return this.v[slot * 2];
  }

  appraisedAt(slot: number): number {
    return this.v[slot * 2 + 1];
  }

  /** By slot, for the validation loop over every score cell. */
  placedAt(slot: number): boolean {
    return this.layout.placed(slot);
  }

  rowAt(slot: number): number {
    return this.layout.row(slot, this.row);
  }

  colAt(slot: number, sub: 'self' | 'appraised'): number {
    return this.layout.col(slot, sub);
  }

  rowOf(code: string): number {
    const i = this.slot(code);
    return i < 0 || !this.layout.placed(i) ? NaN : this.layout.row(i, this.row);
  }

  selfColOf(code: string): number | null {
    const i = this.slot(code);
    return i < 0 ? null : orNull(this.layout.col(i, 'self'));
  }

  appraisedColOf(code: string): number | null {
    const i = this.slot(code);
    return i < 0 ? null : orNull(this.layout.col(i, 'appraised'));
  }

  get(code: string): ItemScore | undefined {
    const i = this.slot(code);
    if (i < 0 || !this.layout.placed(i)) return undefined;
    return { self: orNull(this.v[i * 2]), appraised: orNull(this.v[i * 2 + 1]), row: this.layout.row(i, this.row), selfCol: this.selfColOf(code), appraisedCol: this.appraisedColOf(code) };
  }

  /** The value read from a score cell (null: blank or unreadable) of a slot the layout has placed. */
  set(slot: number, sub: 'self' | 'appraised', value: number | null): void {
    this.v[slot * 2 + (sub === 'self' ? 0 : 1)] = value === null ? NaN : value;
  }
}

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

export function criterionSlots(codes: readonly string[]): Map<string, number> {
  return new Map(codes.map((c, i) => [c, i] as const));
}
