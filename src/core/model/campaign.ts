import type { RatingCode } from './levels';
import type { VoteRule } from './votes';
import type { CellRef } from './cell';
import type { Condition, ConditionTree } from './conditions';

export type Subject = 'individual' | 'collective';

export type TieBreakKey =
  { kind: 'criterion'; code: string } | { kind: 'deductions' } | { kind: 'bonus' } | { kind: 'rating' } | { kind: 'initiatives' } | { kind: 'name' };

/** `Phong trào`: the year's campaign. */
export interface Campaign {
  name: string;
  year: number | null;
  from: string | null;
  to: string | null;
  /**
   * `Ngày quyết định` (ISO yyyy-mm-dd) as typed in `Phong trào`, or null when empty: the date that
   * picks the rules, the base salary and the deciding authority in force (domain.md §2).
   */
  decisionDate: string | null;
  organizer: string;
  subject: Subject | null;
  maxBonus: number | null;
  gapThreshold: number | null;
  tieBreak: TieBreakKey[];
  tieBreakText: string;
  quotaRounding: 'down' | 'nearest';
}

export type CriterionKind = 'scored' | 'bonus' | 'deduction';

/** A row of `Tiêu chí`: a group (I, II…) or an item (1.1…), scored, bonus (Cộng) or deduction (Trừ). */
export interface Criterion {
  code: string;
  /** Folded code used for matching headers. */
  key: string;
  text: string;
  max: number | null;
  kind: CriterionKind;
  weight: number;
  floor: number | null;
  evidenceRequired: boolean;
  parent: string | null;
  children: string[];
  level: number;
  ref: CellRef;
}

export interface CriteriaTree {
  all: Criterion[];
  byCode: Map<string, Criterion>;
  /** Criteria scored directly from sheet columns (no children). */
  leaves: Criterion[];
  /** Top-level nodes, in sheet order. */
  roots: Criterion[];
  /** The criteria sets of a campaign that has several (`Bộ tiêu chí`), by folded name; absent: one set. */
  sets?: Map<string, CriteriaTree>;
  /** This tree's set, as written; absent for the common one. */
  setName?: string;
}

export type QuotaBase = { kind: 'title'; name: string; key: string } | { kind: 'headcount' } | { kind: 'candidates' };
export type Scope = 'unit' | 'block' | 'all';

/** A row of `Danh hiệu`: a title or form with its eligibility rules and quota. */
export interface TitleRule {
  name: string;
  key: string;
  /** Other names staff use for it: the initials ("LĐTT"). */
  aliases: string[];
  subject: Subject;
  minScore: number | null;
  minRating: RatingCode | null;
  conditionText: string;
  /** Every condition named in the cell, in order (the leaves of `conditionTree`). */
  conditions: Condition[];
  /** How they combine ("và", "hoặc", brackets, lists of alternatives); null: no condition. */
  conditionTree: ConditionTree | null;
  /** False when a condition could not be read: nobody is proposed on a rule we cannot check. */
  usable: boolean;
  quotaPercent: number | null;
  quotaBase: QuotaBase | null;
  maxCount: number | null;
  scope: Scope;
  /** The council's vote a proposal needs (null: none; the minutes still record the share). */
  vote: VoteRule | null;
  legalBasis: string;
  /** Index among the title rows, top first: conditions may only name rows above. */
  order: number;
  ref: CellRef;
  conditionRef: CellRef;
  /** The row's other cells the law's checks point at (law/expired.ts). */
  cells?: { percent: CellRef; voteMin: CellRef; basis: CellRef };
  /** Said in the quota's explanation when the quota comes from an option of `Phong trào` (law/options.ts). */
  quotaBasis?: string;
}

/** A row of `Đơn vị`. */
export interface Unit {
  code: string;
  name: string;
  key: string;
  codeKey: string;
  block: string;
  headcount: number | null;
  /** `Hạn nộp` as written for display (dd/mm/yyyy when it is a date). */
  deadline: string | null;
  deadlineIso: string | null;
  /** `Ngày nộp`: when the office received the unit's sheet, if it records it. */
  receivedIso: string | null;
  receivedRef: CellRef | null;
  /** `Đối tượng chấm`: whom the unit's criteria-rows form scores (its head, or the unit); absent: as the sheet says. */
  scoredSubject?: Subject;
  /** `Bộ tiêu chí`: the criteria set the unit is scored on; '' for the common one. */
  criteriaSet?: string;
  criteriaSetRef?: CellRef;
  ref: CellRef;
}

/** A row of `Lịch sử khen thưởng`. */
export interface AwardRecord {
  name: string;
  nameKey: string;
  dob: string | null;
  unit: string;
  year: number;
  title: string;
  titleKey: string;
  /** Chuyên đề / đột xuất awards do not count toward consecutive years (NĐ 152/2025). */
  thematic: boolean;
  /** `Số quyết định` as written ('' when not given): the upward workbook cites it as the basis. */
  decision: string;
  ref: CellRef;
}
