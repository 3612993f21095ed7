import type { DisciplineReading, RatingCode } from './levels';
import type { ItemScores } from './scores';
import type { Subject, Scope } from './campaign';
import type { CellRef } from './cell';
import type { VoteOutcome } from './votes';

/** One row of a unit score sheet: a person or a collective. */
export interface Candidate {
  id: string;
  /** Position in the engine's candidate list: lets hot loops use arrays instead of maps. */
  index: number;
  kind: Subject;
  /** The criteria set (folded name) the candidate is scored and ranked in; '' or absent: the campaign's one set. */
  criteriaSet?: string;
  name: string;
  nameKey: string;
  sheet: string;
  row: number;
  readonly nameRef: CellRef;
  staffCode: string | null;
  dob: string | null;
  position: string;
  unitName: string;
  unitKey: string;
  block: string;
  rating: RatingCode | null;
  readonly ratingRef: CellRef | null;
  initiatives: number;
  /**
   * Accepted research topics (đề tài khoa học), the Law's third way to CSTĐCS (Art. 23), from a
   * `Đề tài` column; null or absent: the sheet has none (a `Sáng kiến, đề tài` column counts as initiatives).
   */
  researchTopics?: number | null;
  /** As the unit wrote it in a Giới tính column: 'Nam', 'Nữ', or the text as written; null: no such column. */
  gender?: string | null;
  discipline: DisciplineReading;
  daysOff: number | null;
  /** Of those, days of maternity leave (`Trong đó nghỉ thai sản`): not counted against a title. */
  maternityDays: number | null;
  /** Months worked in the campaign's year (`Số tháng công tác`); null: not recorded, taken as a full year. */
  monthsWorked: number | null;
  statedTotal: number | null;
  readonly statedTotalRef: CellRef | null;
  statedAppraisedTotal: number | null;
  readonly statedAppraisedTotalRef: CellRef | null;
  requestedTitles: readonly string[];
  readonly requestedRef: CellRef | null;
  evidence: string;
  readonly evidenceRef: CellRef | null;
  /** Evidence per criterion, where the sheet has a column for it (null when none). */
  evidenceByItem: Map<string, string> | null;
  /** Per criterion code (a Map-like view over one array per candidate). */
  scores: ItemScores;
  note: string;
}

/** Every intermediate of a candidate's score, kept so that each number can be explained. */
export interface ScoreBreakdown {
  /** Per criterion code: points after capping at its max and applying its weight. */
  contribution: { get(code: string): number | undefined };
  scored: number;
  bonusRaw: number;
  bonus: number;
  deductions: number;
  total: number;
  /** The same computation on self scores only. */
  selfTotal: number;
  /** The plain sum of the entered self scores, before any cap: what a unit's own formula shows. */
  selfPlainSum: number;
  hasAppraisal: boolean;
  belowFloor: readonly string[];
}

export type RankScopeKind = Scope;

export interface RankPosition {
  rank: number;
  of: number;
  /** How many others share this rank after the whole tie-break chain. */
  tiedCount: number;
  scopeKey: string;
}

export interface CheckResult {
  label: string;
  ok: boolean;
  detail: string;
}

export type TitleStatus = 'proposed' | 'notEligible' | 'cutByQuota' | 'tiedAtQuota' | 'ruleUnusable';

export interface TitleDecision {
  title: string;
  titleKey: string;
  status: TitleStatus;
  checks: CheckResult[];
  /** Quota explanation: slots, base, who holds them. */
  quotaNote: string;
  /** Candidates who took the slots ahead of this one (ids). */
  cutBy: readonly string[];
  /** The council's vote on it, when the title needs one or the officer entered one. */
  vote?: VoteOutcome | null;
  /**
   * The id of what its explanation line reads, among the run's wording ids (see WordingIds):
   * decisions with equal ids are worded alike, so the line is made once. Absent or null: worded
   * each time.
   */
  wordingId?(ids: WordingIds): number | null;
}

/**
 * Small integer ids for equal wordings, per run (hash-consing): what an explanation line reads gets
 * an id, and lines with equal ids are worded once. The table itself is rules/conditions/ids.ts.
 */
export interface WordingIds {
  /** The id of a value or an object (a condition, a tree node, a rule). */
  atom(x: unknown): number;
  /** The id of an ordered pair of ids (null when a part is null). */
  pair(a: number | null, b: number | null): number | null;
  /** The id of what the conditions on the candidate's own row read, shared by every title. */
  profile(c: Candidate): number;
  /** The text worded for an id, worded now if it is the first. */
  text(id: number | null, word: () => string): string;
}
