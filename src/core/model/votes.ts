import type { CellRef } from './cell';

/**
 * The share of the council's votes in favour a proposal needs: `> 50` of those present is a simple
 * majority, `≥ 90` of all members the old rule for CSTĐ cấp tỉnh (domain.md §4).
 */
export interface VoteRule {
  op: '>=' | '>';
  percent: number;
  /** All council members, or those present at the meeting. */
  base: 'members' | 'present';
  /** Where the rule comes from: the `Danh hiệu` cell, or the default (with its basis) when the sheet has no such column. */
  source: 'sheet' | 'default';
  basis: string;
}

/** One row of `Biểu quyết`: the council's vote on one candidate for one title. */
export interface VoteEntry {
  titleKey: string;
  title: string;
  candidateId: string;
  /** Council members, those present, votes in favour; null: not written (yet). */
  members: number | null;
  present: number | null;
  inFavour: number | null;
  /** The votes-in-favour cell. */
  ref: CellRef;
}

/** The meeting the officer describes above the table of `Biểu quyết`, copied into the minutes. */
export interface Meeting {
  time: string;
  place: string;
  chair: string;
  secretary: string;
  members: number | null;
  present: number | null;
  absent: string;
}

/** What `Biểu quyết` holds: null when the workbook has no such sheet yet. */
export interface VoteBook {
  sheet: string;
  meeting: Meeting;
  /** Keyed by `${titleKey}|${candidateId}`. */
  entries: Map<string, VoteEntry>;
}

/** A candidate's vote for a title as the engine judged it. */
export interface VoteOutcome {
  entry: VoteEntry | null;
  /** No result yet (no row, or no votes written, or numbers that do not add up). */
  pending: boolean;
  /** Share in favour (%) on the rule's base (on those present when the title sets no rule). */
  share: number | null;
  /** null: no rule for this title, or pending. */
  passes: boolean | null;
  rule: VoteRule | null;
  /** "12/15 thành viên đồng ý (80%)". */
  text: string;
}
