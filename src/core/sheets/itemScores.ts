import { ItemScore } from '../model';

/**
 * A candidate's scores by criterion code, kept in one flat array of numbers per candidate
 * (self, appraised, row, self column, appraised column for each criterion; NaN for none) and
 * read through a slot index shared by every candidate of the campaign. Thousands of small
 * long-lived objects per sheet cost more than the scoring itself; one array does not.
 */
const FIELDS = 5;

export class ItemScores {
  private readonly v: number[];

  constructor(private readonly slots: ReadonlyMap<string, number>) {
    this.v = new Array<number>(slots.size * FIELDS).fill(NaN);
  }

  private slot(code: string): number {
    const i = this.slots.get(code);
    return i === undefined ? -1 : i * FIELDS;
  }

  has(code: string): boolean {
    const i = this.slot(code);
    return i >= 0 && !Number.isNaN(this.v[i + 2]);
  }

  /** The self-score, or null when none was entered (or the sheet has no column for it). */
  self(code: string): number | null {
    const i = this.slot(code);
    return i < 0 || Number.isNaN(this.v[i]) ? null : this.v[i];
  }

  appraised(code: string): number | null {
    const i = this.slot(code);
    return i < 0 || Number.isNaN(this.v[i + 1]) ? null : this.v[i + 1];
  }

  /** By slot (the criterion's position in `Tiêu chí`): the scoring loop's access, no lookup. NaN for none. */
  selfAt(slot: number): number {
    return this.v[slot * FIELDS];
  }

  appraisedAt(slot: number): number {
    return this.v[slot * FIELDS + 1];
  }

  rowOf(code: string): number {
    return this.v[this.slot(code) + 2];
  }

  selfColOf(code: string): number | null {
    const i = this.slot(code);
    return i < 0 ? null : orNull(this.v[i + 3]);
  }

  appraisedColOf(code: string): number | null {
    const i = this.slot(code);
    return i < 0 ? null : orNull(this.v[i + 4]);
  }

  get(code: string): ItemScore | undefined {
    const i = this.slot(code);
    if (i < 0 || Number.isNaN(this.v[i + 2])) return undefined;
    return { self: orNull(this.v[i]), appraised: orNull(this.v[i + 1]), row: this.v[i + 2], selfCol: orNull(this.v[i + 3]), appraisedCol: orNull(this.v[i + 4]) };
  }

  /** Records a score cell: the criterion's row, and the value found in the self or appraised column. */
  put(code: string, row: number, sub: 'self' | 'appraised', col: number, value: number | null): void {
    const i = this.slot(code);
    if (i < 0) throw new Error(`unknown criterion ${code}`);
    this.v[i + 2] = row;
    const at = sub === 'self' ? 0 : 1;
    this.v[i + at] = value === null ? NaN : value;
    this.v[i + 3 + at] = col;
  }
}

function orNull(x: number): number | null {
  return Number.isNaN(x) ? null : x;
}

export function criterionSlots(codes: readonly string[]): Map<string, number> {
  return new Map(codes.map((c, i) => [c, i] as const));
}
