import { ItemScore } from '../model';

/**
 * Where a sheet's scores are: for each criterion slot (its position in `Tiêu chí`), the self and
 * appraised columns, and the row for the form that lists criteria down the rows. NaN for none.
 * Every row of a roster sheet shares one layout, so a candidate keeps only its numbers.
 */
export class ScoreLayout {
  /** Self column at 2·slot, appraised column at 2·slot + 1 (NaN: none), for loops that read it directly. */
  readonly cols: number[];
  /** Per slot, the row of the criterion in the criteria-rows form; null: the candidate's own row. */
  readonly rows: number[] | null;
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
  /**
   * Self score at 2·slot, appraised at 2·slot + 1 (NaN: none). Read directly by the loops over
   * every score cell (reading, scoring, validating): a method call per cell is what costs most
   * before the JIT has compiled them, and the first run is the one a user waits for.
   */
  readonly v: number[];

  constructor(
    readonly layout: ScoreLayout,
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

  /** One criterion's scores and cells, for hosts and tests. */
  get(code: string): ItemScore | undefined {
    const i = this.slot(code);
    if (i < 0 || !this.layout.placed(i)) return undefined;
    return { self: orNull(this.v[i * 2]), appraised: orNull(this.v[i * 2 + 1]), row: this.layout.row(i, this.row), selfCol: orNull(this.layout.col(i, 'self')), appraisedCol: orNull(this.layout.col(i, 'appraised')) };
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
