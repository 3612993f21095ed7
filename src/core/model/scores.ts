import type { CriteriaTree } from './campaign';

/** One criterion of one candidate. Cells are kept as row and columns (on the candidate's sheet). */
export interface ItemScore {
  self: number | null;
  appraised: number | null;
  row: number;
  selfCol: number | null;
  appraisedCol: number | null;
}

/**
 * Where a sheet's scores are: for each criterion slot (its position in `Tiêu chí`), the self and
 * appraised columns, the row for the form that lists criteria down the rows, and where each
 * score sits in a candidate's array. Every row of a roster sheet shares one layout, so a
 * candidate keeps only the numbers of the columns its sheet has (20 where `Tiêu chí` has 26 rows
 * and no appraisal column: less for the garbage collector to move on the first run).
 */
export class ScoreLayout {
  /** Self column at 2·slot, appraised column at 2·slot + 1 (NaN: none), for loops that read it directly. */
  readonly cols: number[];
  /** Per slot, the row of the criterion in the criteria-rows form; null: the candidate's own row. */
  readonly rows: number[] | null;
  /** Self score's index in ItemScores.v at 2·slot, appraised at 2·slot + 1; -1: the sheet has none. */
  readonly pos: number[] = [];
  private width = 0;
  /** A roster's places are handed out in order (dense); the criteria-rows form keeps one per slot. */
  private readonly dense: boolean;
  private blankScores: number[] | null = null;

  constructor(
    readonly slots: ReadonlyMap<string, number>,
    /**
     * True for the criteria-down-the-rows form: each criterion has its own row, and the one
     * candidate is made before its criteria are found, so every slot has a place. A roster's
     * columns are all placed before its first candidate is made.
     */
    rowPerCriterion: boolean,
  ) {
    this.cols = new Array<number>(slots.size * 2).fill(NaN);
    this.rows = rowPerCriterion ? new Array<number>(slots.size).fill(NaN) : null;
    for (let i = 0; i < slots.size * 2; i++) this.pos.push(-1);
    // The criteria-rows candidate has room for every slot; a place is set when its line is found.
    this.dense = !rowPerCriterion;
    if (rowPerCriterion) this.width = slots.size * 2;
  }

  /** A candidate's empty scores (NaN), copied for each row: a copy of a packed array of doubles is one memcpy. */
  get blank(): number[] {
    if (!this.blankScores) {
      this.blankScores = [];
      for (let i = 0; i < this.width; i++) this.blankScores.push(NaN);
    }
    return this.blankScores;
  }

  slotOf(code: string): number {
    const i = this.slots.get(code);
    if (i === undefined) throw new Error(`unknown criterion ${code}`);
    return i;
  }

  /**
   * Records the column (and, per criterion, the row) of a criterion's self or appraised score;
   * returns where that score sits in a candidate's array.
   */
  place(slot: number, sub: 'self' | 'appraised', col: number, row: number): number {
    const k = slot * 2 + (sub === 'self' ? 0 : 1);
    this.cols[k] = col;
    if (this.rows) this.rows[slot] = row;
    if (this.pos[k] < 0) {
      if (!this.dense) this.pos[k] = k;
      else if (this.blankScores) throw new Error('a roster column placed after its first candidate');
      else this.pos[k] = this.width++;
    }
    return this.pos[k];
  }

  private selfKnown: boolean | null = null;

  /** Whether the sheet has a self-score column at all (a sheet of appraised scores only has none). */
  get hasSelf(): boolean {
    if (this.selfKnown === null) {
      let any = false;
      for (let k = 0; k < this.cols.length; k += 2) if (!Number.isNaN(this.cols[k])) any = true;
      this.selfKnown = any;
    }
    return this.selfKnown;
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
 * A candidate's scores, one number per score column of its sheet (NaN: blank), read through the
 * sheet's shared layout. Thousands of small long-lived objects per sheet cost more than the
 * scoring itself, and what survives the young generation is what the GC pays for.
 */
export class ItemScores {
  /**
   * The scores, at the places `layout.pos` gives (self at pos[2·slot], appraised at
   * pos[2·slot + 1]). Read directly by the loops over every score cell (reading, scoring,
   * validating): a method call per cell is what costs most before the JIT has compiled them,
   * and the first run is the one a user waits for.
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
    return {
      self: this.at(i * 2),
      appraised: this.at(i * 2 + 1),
      row: this.layout.row(i, this.row),
      selfCol: orNull(this.layout.col(i, 'self')),
      appraisedCol: orNull(this.layout.col(i, 'appraised')),
    };
  }

  private at(k: number): number | null {
    const p = this.layout.pos[k];
    return p < 0 ? null : orNull(this.v[p]);
  }

  /** The value read from a score cell (null: blank or unreadable) of a slot the layout has placed. */
  set(slot: number, sub: 'self' | 'appraised', value: number | null): void {
    this.v[this.layout.pos[slot * 2 + (sub === 'self' ? 0 : 1)]] = value === null ? NaN : value;
  }
}

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

/**
 * Criterion code → slot: its row order in `Tiêu chí`. The one numbering that the readers, the
 * scoring plan and the validation all index candidates' scores by.
 */
export function criterionSlots(tree: CriteriaTree): Map<string, number> {
  return new Map(tree.all.map((c, i) => [c.code, i] as const));
}
