import { Candidate, CheckResult, TitleDecision, TitleRule, TitleStatus, VoteOutcome } from '../../model';
import type { WordingIds } from '../../model';
import { CandidateIndex, CandidateValues, slots } from '../perCandidate';
import type { TitleJudge } from './types';
import { Place, ScopeQuota } from './explanation';

// A verdict's status and quota place, as small numbers in per-title tables.
export const PROPOSED = 0;
export const NOT_ELIGIBLE = 1;
export const CUT = 2;
export const TIED = 3;
export const RULE_UNUSABLE = 4;
export const STATUS: readonly TitleStatus[] = ['proposed', 'notEligible', 'cutByQuota', 'tiedAtQuota', 'ruleUnusable'];

export const NO_PLACE = 0;
export const WITHIN = 1;
export const TIED_PLACE = 2;
export const CUT_PLACE = 3;
export const VOTE_WON = 4;
export const VOTE_LOST = 5;
export const VOTE_TIED = 6;
export const WOMEN_WON = 7;
export const WOMEN_LOST = 8;
export const PLACES: readonly Place[] = ['within', 'within', 'tied', 'cut', 'won', 'lost', 'voteTied', 'womenWon', 'womenLost'];

export const NO_ONE: readonly string[] = [];

/**
 * One title's verdicts for every candidate, as numbers indexed by candidate: a province's 60,000
 * verdicts are a few typed arrays, not 60,000 objects for the garbage collector to move. The
 * TitleDecision objects hosts read are made from them when asked for.
 */
export class RuleVerdicts {
  readonly status: Uint8Array;
  readonly where: Uint8Array;
  readonly rank: Int32Array;
  readonly size: Int32Array;
  readonly free: Int32Array;
  /** Per candidate, its index in `scopes` (-1: none). */
  readonly scope: Int32Array;
  readonly scopes: ScopeQuota[] = [];
  /** The law's tie-break step as worded for a candidate it concerned (few: only ties at a boundary). */
  readonly stepNote = new Map<number, string>();

  constructor(
    readonly judge: TitleJudge,
    n: number,
  ) {
    this.status = new Uint8Array(n);
    this.where = new Uint8Array(n);
    this.rank = new Int32Array(n);
    this.size = new Int32Array(n);
    this.free = new Int32Array(n);
    this.scope = new Int32Array(n).fill(-1);
  }

  addScope(q: ScopeQuota): number {
    this.scopes.push(q);
    return this.scopes.length - 1;
  }

  place(i: number, scope: number, where: number, rank: number, size: number, free: number): void {
    this.scope[i] = scope;
    this.where[i] = where;
    this.rank[i] = rank;
    this.size[i] = size;
    this.free[i] = free;
  }
}

/** Every candidate's decisions, made from the per-title tables on first read and kept. */
export class Verdicts implements CandidateValues<TitleDecision[]> {
  private readonly made: (TitleDecision[] | undefined)[];
  private readonly rulesFor: Record<Candidate['kind'], number[]>;

  constructor(
    private readonly candidates: readonly Candidate[],
    rules: readonly TitleRule[],
    private readonly perRule: readonly RuleVerdicts[],
    private readonly ids: CandidateIndex,
  ) {
    this.made = slots<TitleDecision[]>(candidates.length);
    const rulesOf = (kind: Candidate['kind']) => rules.flatMap((r, i) => (r.subject === kind ? [i] : []));
    this.rulesFor = { individual: rulesOf('individual'), collective: rulesOf('collective') };
  }

  /** The candidate's decisions in the rules' order (empty when no title is for its kind). */
  at(c: { index: number }): TitleDecision[] {
    let list = this.made[c.index];
    if (!list) {
      const cand = this.candidates[c.index];
      list = this.rulesFor[cand.kind].map((r) => new Decision(this.perRule[r], cand));
      this.made[c.index] = list;
    }
    return list;
  }

  get(id: string): TitleDecision[] | undefined {
    const i = this.ids.get(id);
    if (i === undefined) return undefined;
    const list = this.at({ index: i });
    return list.length > 0 ? list : undefined;
  }
}

/** One title's verdict for one candidate, read from the title's tables; checks worded when read. */
export class Decision implements TitleDecision {
  private worded: CheckResult[] | null = null;

  constructor(
    private readonly verdicts: RuleVerdicts,
    private readonly c: Candidate,
  ) {}

  get title(): string {
    return this.verdicts.judge.rule.name;
  }

  get titleKey(): string {
    return this.verdicts.judge.rule.key;
  }

  get status(): TitleStatus {
    return STATUS[this.verdicts.status[this.c.index]];
  }

  get checks(): CheckResult[] {
    return (this.worded ??= this.verdicts.judge.checks(this.c));
  }

  private get quota(): ScopeQuota | null {
    const s = this.verdicts.scope[this.c.index];
    return s < 0 ? null : this.verdicts.scopes[s];
  }

  get quotaNote(): string {
    const v = this.verdicts;
    const i = this.c.index;
    const q = this.quota;
    if (!q || v.where[i] === NO_PLACE) return '';
    const place = PLACES[v.where[i]];
    const vote = place === 'within' || place === 'cut' || place === 'womenWon' || place === 'womenLost' ? '' : this.verdicts.judge.vote(this.c).text;
    return q.note(place, v.rank[i], v.size[i], v.free[i], vote, v.stepNote.get(i));
  }

  /** The id of what its explanation line reads: the checks', the status, the quota's and the vote's. */
  wordingId(ids: WordingIds): number | null {
    const v = this.verdicts;
    const i = this.c.index;
    let id = ids.pair(v.judge.wordingId(this.c, ids), v.status[i]);
    // The quota note reads the scope, the place, the rank, the tied group's size, the free places, and the vote.
    if (v.scope[i] >= 0)
      id = ids.pair(
        ids.pair(ids.pair(id, ids.atom(v.scope[i])), v.where[i]),
        ids.pair(ids.pair(ids.atom(v.rank[i]), ids.atom(v.size[i])), ids.atom(v.free[i])),
      );
    const step = v.stepNote.get(i);
    if (step) id = ids.pair(id, ids.atom(step));
    const vote = this.vote;
    if (vote) id = ids.pair(id, ids.atom(`${vote.pending}${vote.passes}${vote.text}`));
    return id;
  }

  get vote(): VoteOutcome | null {
    const j = this.verdicts.judge;
    return j.hasVote(this.c) ? j.vote(this.c) : null;
  }

  /** Those who hold the places, for a candidate tied at or cut by the quota. */
  get cutBy(): readonly string[] {
    const st = this.verdicts.status[this.c.index];
    return (st === TIED || st === CUT) && this.quota?.holders ? this.quota.holders.ids : NO_ONE;
  }
}
