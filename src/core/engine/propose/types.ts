import { AwardRecord, Campaign, Candidate, CheckResult, Scope, ScoreBreakdown, TitleDecision, TitleRule, Unit, VoteBook, VoteOutcome } from '../../model';
import type { LawInForce } from '../../config/law';
import type { Registration } from '../../config/registration';
import type { WordingIds } from '../../model';
import { Ranking } from '../rank';
import { FindingLog } from '../../findings/log';
import { CandidateIndex, CandidateValues, PerCandidate } from '../perCandidate';

/** How one title's quota was filled in one scope: what the Tổng hợp sheet shows. */
export interface QuotaSummary {
  title: string;
  titleKey: string;
  subject: TitleRule['subject'];
  scope: Scope;
  scopeKey: string;
  scopeLabel: string;
  /** null: no quota. */
  limit: number | null;
  basis: string;
  eligible: number;
  proposed: number;
  tied: number;
  cut: number;
}

/** A row the council has to vote on: what the add-in writes into a new `Biểu quyết` sheet. */
export interface VoteRequest {
  rule: TitleRule;
  candidate: Candidate;
  /** A tie at the quota boundary, or a title whose proposals need a vote. */
  reason: 'tie' | 'title';
}

export interface Proposal {
  decisions: CandidateValues<TitleDecision[]>;
  quotas: QuotaSummary[];
  voteRequests: VoteRequest[];
  /** The run's wording ids: explanations worded once per distinct content (see WordingIds). */
  wording: WordingIds;
}

export interface Inputs {
  rules: TitleRule[];
  candidates: Candidate[];
  scores: PerCandidate<ScoreBreakdown>;
  ranking: Ranking;
  units: Unit[];
  history: AwardRecord[];
  campaign: Campaign | null;
  log: FindingLog;
  ids: CandidateIndex;
  /** `Biểu quyết`, when the workbook has it. */
  votes?: VoteBook | null;
  /** The law in force on the decision date (tie-break steps, quorum); absent: the defaults of today's law. */
  law?: LawInForce;
  /** `Đăng ký thi đua`, when the book has it. */
  registration?: Registration | null;
}

/** What the verdicts of a title ask of its judge (eligibility.ts's RuleJudge): the rule, the verdict, a vote, the checks worded. */
export interface TitleJudge {
  readonly rule: TitleRule;
  holds(c: Candidate): boolean;
  hasVote(c: Candidate): boolean;
  vote(c: Candidate): VoteOutcome;
  wordingId(c: Candidate, ids: WordingIds): number | null;
  checks(c: Candidate): CheckResult[];
}
