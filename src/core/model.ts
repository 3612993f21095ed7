import { RatingCode, DisciplineReading } from './rules/levels';
import type { Condition, ConditionTree, WordingIds } from './rules/conditions';
import type { ItemScores } from './sheets/itemScores';

/** Where a value came from: sheet name and 0-based row/column. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export type Subject = 'individual' | 'collective';

export type TieBreakKey =
  | { kind: 'criterion'; code: string }
  | { kind: 'deductions' }
  | { kind: 'bonus' }
  | { kind: 'rating' }
  | { kind: 'initiatives' }
  | { kind: 'name' };

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
  /** The law in force on the decision date, with the agency's options (law/apply.ts); absent before it is read. */
  law?: import('./law/apply').LawInForce;
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
  /** Secret ballot compulsory for the title (law/votes.ts); absent: as the council's rules say. */
  secret?: boolean;
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
  /** Written ballots of absent members (`Phiếu bằng văn bản`), counted in the votes; null: none written. */
  written?: number | null;
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
  /** The meeting had no quorum: the council decided nothing (pending, said in `text`). */
  noQuorum?: boolean;
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

/** One criterion of one candidate. Cells are kept as row and columns (on the candidate's sheet). */
export interface ItemScore {
  self: number | null;
  appraised: number | null;
  row: number;
  selfCol: number | null;
  appraisedCol: number | null;
}

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

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  code: string;
  sheet: string;
  /** A1 address, or '' when the finding concerns the sheet as a whole. */
  cell: string;
  /** The same cell, 0-based, for hosts that select it. */
  row: number | null;
  col: number | null;
  unit: string;
  candidate: string;
  message: string;
  fix: string;
  /** The other place the finding points at (the first row of a duplicate person), for a link. */
  other?: { sheet: string; cell: string; row: number; col: number };
}

export type Lang = 'vi' | 'en';
