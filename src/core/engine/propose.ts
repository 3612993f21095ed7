import { AwardRecord, Campaign, Candidate, CheckResult, Lang, Scope, ScoreBreakdown, TitleDecision, TitleRule, TitleStatus, Unit, VoteBook, VoteEntry, VoteOutcome, VoteRule } from '../model';
import { Condition, EvalContext, PROFILE, WordingIds, check, compare, comparePoints, factId, factKey, treeChecks, treeHolds } from '../rules/conditions';
import { voteKey } from '../config/votes';
import { ratingAtLeast } from '../rules/levels';
import { fold, initials } from '../text/normalize';
import { formatScore, formatScoreAgainst } from '../text/numbers';
import { Ranking } from './rank';
import { FindingLog } from '../findings/log';
import { CandidateIndex, CandidateValues, PerCandidate, slots } from './perCandidate';

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

interface Inputs {
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
}

function t(lang: Lang, vi: string, en: string) {
  return lang === 'vi' ? vi : en;
}

const SCOPE_NAME: Record<Scope, { vi: string; en: string }> = {
  unit: { vi: 'đơn vị', en: 'unit' },
  block: { vi: 'khối', en: 'block' },
  all: { vi: 'toàn phong trào', en: 'whole campaign' },
};

export function scopeText(scope: Scope, label: string, lang: Lang): string {
  const name = lang === 'vi' ? SCOPE_NAME[scope].vi : SCOPE_NAME[scope].en;
  return scope === 'all' ? name : `${name} ${label || t(lang, '(chưa phân khối)', '(no block)')}`;
}

const COLLECTIVE = '\u0000collective';

/** Titles proposed row by row from the top of `Danh hiệu`: eligibility, then quotas in rank order. */
export function proposeTitles(inp: Inputs): Proposal {
  const lang = inp.log.lang;
  const n = inp.candidates.length;
  // Indexed by Candidate.index: 9,000 candidates × every title touch these in the hot loop.
  const awarded = new Map<string, Uint8Array>(); // titleKey → 1 where proposed
  const scoreOf = inp.candidates.map((c) => inp.scores.at(c));
  const posOf = inp.candidates.map((c) => inp.ranking.positions.at(c));
  // Plain indexed loops below: before the JIT has compiled them, for…of makes an object per step.
  const perRule: RuleVerdicts[] = [];
  const quotas: QuotaSummary[] = [];
  const voteRequests: VoteRequest[] = [];
  const votes = inp.votes ?? null;
  const byUnit = new Map<string, Candidate[]>();
  for (let i = 0; i < n; i++) {
    const c = inp.candidates[i];
    if (c.kind === 'individual') {
      const list = byUnit.get(c.unitKey);
      if (list) list.push(c);
      else byUnit.set(c.unitKey, [c]);
    }
  }
  const history = new Map<string, AwardRecord[]>();
  for (const h of inp.history) {
    // People are matched by name and date of birth (namesakes are common); a collective has no
    // date of birth, so its rows are matched by name alone.
    const k = `${h.nameKey}|${h.dob ?? COLLECTIVE}`;
    const list = history.get(k);
    if (list) list.push(h);
    else history.set(k, [h]);
  }

  const wording = new WordingIds();
  const ctx: EvalContext = {
    lang,
    wording,
    year: inp.campaign?.year ?? null,
    score: (c) => scoreOf[c.index],
    hasTitle: (c, key) => awarded.get(key)?.[c.index] === 1,
    members: (c) => byUnit.get(c.unitKey) ?? [],
    titleYears: (c, key) => {
      // Asked for every candidate × consecutive condition, again when explained: looked up once.
      let known = yearsOf.get(key);
      if (!known) yearsOf.set(key, (known = new Array<Set<number> | null | undefined>(n)));
      let years = known[c.index];
      if (years === undefined) known[c.index] = years = titleYears(c, key);
      return years;
    },
  };
  const yearsOf = new Map<string, (Set<number> | null | undefined)[]>();
  const titleYears = (c: Candidate, key: string): Set<number> | null => {
    if (!c.dob && c.kind === 'individual') return null;
    const years = new Set<number>();
    const records = history.get(`${c.nameKey}|${c.kind === 'individual' ? c.dob : COLLECTIVE}`);
    if (!records) return years;
    const alias = initials(key);
    for (const h of records) if (!h.thematic && (h.titleKey === key || fold(h.title).replace(/[^a-z0-9]/g, '') === alias)) years.add(h.year);
    return years;
  };

  for (const rule of inp.rules) {
    const got = new Uint8Array(n);
    awarded.set(rule.key, got);
    const subjects = inp.candidates.filter((c) => c.kind === rule.subject);
    const eligible: Candidate[] = [];
    const own = new RuleVerdicts(new RuleJudge(rule, ctx, votes), n);
    perRule.push(own);
    for (let k = 0; k < subjects.length; k++) {
      const c = subjects[k];
      const ok = rule.usable && own.judge.holds(c);
      own.status[c.index] = !rule.usable ? RULE_UNUSABLE : ok ? PROPOSED : NOT_ELIGIBLE;
      if (ok) eligible.push(c);
    }

    const hasQuota = rule.quotaPercent !== null || rule.maxCount !== null;
    // Group the eligible by the rule's scope; fill each scope's slots in its rank order.
    const keyOf = (c: Candidate) => posOf[c.index][rule.scope].scopeKey;
    const isEligible = new Uint8Array(n);
    for (let k = 0; k < eligible.length; k++) isEligible[eligible[k].index] = 1;
    // Every scope with candidates gets a line in the summary, even when nobody is eligible.
    const scopeKeys = new Set(subjects.map(keyOf));
    const counts = hasQuota ? quotaBases(rule, inp, awarded, keyOf) : null;
    for (const scopeKey of scopeKeys) {
      const ranking = inp.ranking.scopes.get(scopeKey)!;
      // The scope's rank order, kept to the eligible: quota places are filled in this order.
      const list = ranking.ordered.filter((c) => isEligible[c.index] === 1);
      const sample = ranking.ordered[0];
      const label = ranking.label;
      const summary: QuotaSummary = {
        title: rule.name,
        titleKey: rule.key,
        subject: rule.subject,
        scope: rule.scope,
        scopeKey,
        scopeLabel: label,
        limit: null,
        basis: '',
        eligible: list.length,
        proposed: 0,
        tied: 0,
        cut: 0,
      };
      quotas.push(summary);
      if (!hasQuota) {
        for (let k = 0; k < list.length; k++) got[list[k].index] = 1;
        summary.proposed = list.length;
        continue;
      }
      const { limit, basis } = quotaLimit(rule, sample, scopeKey, inp, counts!, lang);
      summary.limit = limit;
      summary.basis = basis;
      let taken = 0;
      let i = 0;
      const holders: Candidate[] = [];
      const place = new ScopeQuota(basis, scopeText(rule.scope, label, lang), limit, lang);
      const where = own.addScope(place);
      // Everyone cut after the places are filled was cut by the same holders: one shared copy
      // (and one list of names) per change, not one per candidate; thousands are cut in a province.
      const snapshot = () => {
        if (!place.holders || place.holders.ids.length !== holders.length)
          place.holders = {
            ids: holders.map((h) => h.id),
            names: holders.slice(0, 5).map((h) => h.name).join(', ') + (holders.length > 5 ? ', …' : ''),
          };
        return place.holders;
      };
      while (i < list.length) {
        const rank = posOf[list[i].index][rule.scope].rank;
        let end = i;
        while (end + 1 < list.length && posOf[list[end + 1].index][rule.scope].rank === rank) end++;
        const size = end - i + 1;
        const free = limit - taken;
        if (size <= free) {
          for (let j = i; j <= end; j++) {
            const c = list[j];
            got[c.index] = 1;
            holders.push(c);
            own.place(c.index, where, WITHIN, rank, size, free);
          }
          taken += size;
          summary.proposed += size;
        } else if (free > 0) {
          // A tie across the boundary: nobody is dropped silently; the council's votes decide.
          const group = list.slice(i, end + 1);
          const names = group.map((c) => c.name).join(', ');
          const outcomes = group.map((c) => own.judge.vote(c));
          if (outcomes.every((o) => !o.pending && o.entry !== null)) {
            // More votes wins the places; equal votes at the boundary stay the council's to settle.
            const score = (k: number) => outcomes[k].share ?? outcomes[k].entry!.inFavour!;
            const order = group.map((_, k) => k).sort((a, b) => score(b) - score(a));
            const boundary = score(order[free - 1]);
            const next = score(order[free]);
            const still: Candidate[] = [];
            let won = 0;
            for (const k of order) {
              const c = group[k];
              const v = score(k);
              if (v > boundary || (v === boundary && boundary > next)) {
                got[c.index] = 1;
                holders.push(c);
                own.place(c.index, where, VOTE_WON, rank, size, free);
                summary.proposed++;
                won++;
              } else if (v === boundary) {
                own.status[c.index] = TIED;
                own.place(c.index, where, VOTE_TIED, rank, size, free);
                still.push(c);
                summary.tied++;
              } else {
                own.status[c.index] = CUT;
                own.place(c.index, where, VOTE_LOST, rank, size, free);
                summary.cut++;
              }
            }
            snapshot();
            if (still.length > 0) {
              const first = still[0];
              inp.log.add(
                'VOTE_TIE_STANDS',
                { count: still.length, slots: free - won, title: rule.name, votes: own.judge.vote(first).text, names: still.map((c) => c.name).join(', ') },
                { sheet: first.sheet, row: first.nameRef.row, col: first.nameRef.col },
                { unit: first.unitName, candidate: first.name },
              );
              for (const c of still) voteRequests.push({ rule, candidate: c, reason: 'tie' });
            }
          } else {
            snapshot();
            for (const c of group) {
              own.status[c.index] = TIED;
              own.place(c.index, where, TIED_PLACE, rank, size, free);
              inp.log.add('QUOTA_TIE', { count: size, rank, scope: place.where, slots: free, title: rule.name, names }, { sheet: c.sheet, row: c.nameRef.row, col: c.nameRef.col }, { unit: c.unitName, candidate: c.name });
              voteRequests.push({ rule, candidate: c, reason: 'tie' });
            }
            summary.tied += size;
          }
          taken = limit; // the open places are the council's to give
        } else {
          snapshot();
          for (let j = i; j <= end; j++) {
            own.status[list[j].index] = CUT;
            own.place(list[j].index, where, CUT_PLACE, rank, size, free);
          }
          summary.cut += size;
        }
        i = end + 1;
      }
    }
    for (let k = 0; k < subjects.length; k++) {
      const i = subjects[k].index;
      if (own.status[i] === PROPOSED && got[i] !== 1) own.status[i] = CUT;
    }
    // A title that needs the council's vote: every proposal is the council's to confirm.
    if (rule.vote && rule.usable) {
      const waiting: Candidate[] = [];
      for (let k = 0; k < subjects.length; k++) {
        const c = subjects[k];
        if (own.status[c.index] !== PROPOSED) continue;
        if (!voteRequests.some((q) => q.rule === rule && q.candidate === c)) voteRequests.push({ rule, candidate: c, reason: 'title' });
        if (own.judge.vote(c).pending) waiting.push(c);
      }
      if (waiting.length > 0)
        inp.log.add('VOTE_MISSING', { title: rule.name, count: waiting.length, names: waiting.slice(0, 8).map((c) => c.name).join(', ') + (waiting.length > 8 ? ', …' : '') }, rule.ref);
    }
  }
  return { decisions: new Verdicts(inp.candidates, inp.rules, perRule, inp.ids), quotas, voteRequests, wording };
}

const BASE_NAME: Record<VoteRule['base'], { vi: string; en: string }> = {
  members: { vi: 'tổng số thành viên Hội đồng', en: 'all council members' },
  present: { vi: 'số thành viên có mặt', en: 'members present' },
};

export function voteRuleText(rule: VoteRule, lang: Lang): string {
  const op = rule.op === '>' ? '>' : '≥';
  return t(lang, `Biểu quyết ${op} ${formatScore(rule.percent, lang)}% ${BASE_NAME[rule.base].vi}`, `Vote ${op} ${formatScore(rule.percent, lang)}% of ${BASE_NAME[rule.base].en}`);
}

/** A candidate's vote against the title's rule: pending, or the share and whether it is enough. */
export function judgeVote(rule: TitleRule, entry: VoteEntry | null, lang: Lang): VoteOutcome {
  const vr = rule.vote;
  if (!entry || entry.inFavour === null)
    return { entry, pending: true, share: null, passes: null, rule: vr, text: t(lang, 'chưa có kết quả biểu quyết (sheet "Biểu quyết")', 'no vote recorded yet (sheet "Biểu quyết")') };
  const base: VoteRule['base'] = vr?.base ?? (entry.present !== null ? 'present' : 'members');
  const of = base === 'members' ? entry.members : entry.present;
  const share = of ? (entry.inFavour * 100) / of : null;
  const passes = vr && share !== null ? compare(share, vr.op, vr.percent) : null;
  const who = base === 'members' ? t(lang, 'thành viên Hội đồng', 'council members') : t(lang, 'thành viên có mặt', 'members present');
  const text =
    share === null
      ? t(lang, `${entry.inFavour} phiếu đồng ý`, `${entry.inFavour} in favour`)
      : t(lang, `${entry.inFavour}/${of} ${who} đồng ý (${formatScore(Math.round(share * 10) / 10, lang)}%)`, `${entry.inFavour}/${of} ${who} in favour (${formatScore(Math.round(share * 10) / 10, lang)}%)`);
  return { entry, pending: false, share, passes, rule: vr, text };
}

/**
 * A title's test for one candidate: the verdict alone in the hot loop (9,000 candidates × every
 * title), the labelled checks only when an explanation is read. Both come from the same rule.
 */
class RuleJudge {
  private readonly floorLabel: string;
  private readonly scoreLabel: string;
  private readonly ratingLabel: string;
  private readonly noRating: string;

  private readonly voteLabel: string;

  /** One condition per fact the rule's conditions read (null: some read a collective's members). */
  private readonly facts: readonly Condition[] | null;

  constructor(
    readonly rule: TitleRule,
    private readonly ctx: EvalContext,
    private readonly votes: VoteBook | null,
  ) {
    // One condition per fact; the profile stands for those on the candidate's own row (WordingIds.profile).
    const facts = new Map<string | null, Condition>();
    for (const cond of rule.conditions) {
      const key = factKey(cond);
      if (key !== PROFILE && !facts.has(key)) facts.set(key, cond);
    }
    this.facts = facts.has(null) ? null : [...facts.values()];
    this.voteLabel = rule.vote ? voteRuleText(rule.vote, ctx.lang) : '';
    const lang = ctx.lang;
    this.floorLabel = t(lang, 'Điểm sàn', 'Floor');
    this.scoreLabel = rule.minScore === null ? '' : t(lang, `Tổng điểm ≥ ${formatScore(rule.minScore, lang)}`, `Total ≥ ${formatScore(rule.minScore, lang)}`);
    this.ratingLabel = rule.minRating === null ? '' : t(lang, `Xếp loại ${rule.minRating} trở lên`, `Rating ${rule.minRating} or better`);
    this.noRating = t(lang, 'chưa có xếp loại', 'no rating');
  }

  holds(c: Candidate): boolean {
    const { rule, ctx } = this;
    const s = ctx.score(c);
    if (s.belowFloor.length > 0) return false;
    if (rule.minScore !== null && !reaches(s.total, rule.minScore)) return false;
    if (rule.minRating !== null && !ratingAtLeast(c.rating, rule.minRating)) return false;
    if (rule.conditionTree !== null && !treeHolds(rule.conditionTree, c, ctx)) return false;
    // Below the share of votes the title needs: the council did not agree (no votes yet: still proposed, pending).
    if (rule.vote && this.votes) {
      const v = this.vote(c);
      if (v.passes === false) return false;
    }
    return true;
  }

  /** The council's vote for this title on the candidate (pending when none is recorded). */
  vote(c: Candidate): VoteOutcome {
    const entry = this.votes?.entries.get(voteKey(this.rule.key, c.id)) ?? null;
    return judgeVote(this.rule, entry, this.ctx.lang);
  }

  /** Whether the officer recorded a vote on it, or the title needs one. */
  hasVote(c: Candidate): boolean {
    return this.rule.vote !== null || (this.votes?.entries.has(voteKey(this.rule.key, c.id)) ?? false);
  }

  /**
   * The id of everything `checks` reads (null: word it each time). Candidates with equal ids get
   * equal checks, so their explanation is worded once (see Decision.wording).
   */
  wordingId(c: Candidate, ids: WordingIds): number | null {
    const { rule, ctx } = this;
    const facts = this.facts;
    if (facts === null) return null;
    const s = ctx.score(c);
    // The candidate's own row (rating included) once for every title; then what is this title's.
    let id = ids.pair(ids.pair(ids.atom(this), ids.profile(c)), s.belowFloor.length === 0 ? 0 : ids.atom(s.belowFloor.join(',')));
    if (rule.minScore !== null) id = ids.pair(id, ids.atom(s.total));
    for (let i = 0; i < facts.length; i++) id = ids.pair(id, factId(facts[i], c, ctx, ids));
    return id;
  }

  checks(c: Candidate): CheckResult[] {
    const { rule, ctx } = this;
    const lang = ctx.lang;
    const s = ctx.score(c);
    const checks: CheckResult[] = [];
    if (s.belowFloor.length > 0)
      checks.push(check(this.floorLabel, false, () => t(lang, `dưới điểm sàn ở ${s.belowFloor.join(', ')}`, `below the floor on ${s.belowFloor.join(', ')}`)));
    if (rule.minScore !== null) checks.push(check(this.scoreLabel, reaches(s.total, rule.minScore!), () => t(lang, `được ${formatScoreAgainst(s.total, rule.minScore!, lang)}`, `has ${formatScoreAgainst(s.total, rule.minScore!, lang)}`)));
    if (rule.minRating !== null) checks.push({ label: this.ratingLabel, ok: ratingAtLeast(c.rating, rule.minRating), detail: c.rating ?? this.noRating });
    checks.push(...treeChecks(rule.conditionTree, c, ctx));
    if (rule.vote) {
      const v = this.vote(c);
      if (!v.pending && v.passes !== null) {
        const need = this.voteLabel;
        checks.push(check(need, v.passes, () => v.text));
      }
    }
    return checks;
  }
}

/** A total reaches the minimum exactly (see comparePoints). */
function reaches(total: number, min: number): boolean {
  return comparePoints(total, '>=', min);
}

/** One title's quota in one scope: the wording every decision there shares. */
class ScopeQuota {
  holders: { ids: string[]; names: string } | null = null;

  constructor(
    readonly basis: string,
    readonly where: string,
    readonly limit: number,
    private readonly lang: Lang,
  ) {}

  note(place: Place, rank: number, size: number, free: number, vote: string): string {
    const { basis, where, lang } = this;
    const tied = t(lang, `${basis}; ${size} người đồng hạng ${rank} tranh ${free} suất còn lại`, `${basis}; ${size} tied at rank ${rank} for ${free} remaining place(s)`);
    if (place === 'won') return t(lang, `${tied}; Hội đồng biểu quyết: ${vote}, nhiều phiếu hơn: trong chỉ tiêu`, `${tied}; council vote: ${vote}, more votes: within the quota`);
    if (place === 'lost')
      return t(lang, `${tied}; Hội đồng biểu quyết: ${vote}, ít phiếu hơn: ngoài chỉ tiêu; các suất thuộc: ${this.holders?.names ?? ''}`, `${tied}; council vote: ${vote}, fewer votes: outside the quota; places held by: ${this.holders?.names ?? ''}`);
    if (place === 'voteTied') return t(lang, `${tied}; Hội đồng biểu quyết: ${vote}, bằng phiếu: chờ Hội đồng quyết định`, `${tied}; council vote: ${vote}, equal votes: for the council to decide`);
    if (place === 'within') return t(lang, `${basis}; hạng ${rank} trong ${where}, trong chỉ tiêu`, `${basis}; rank ${rank} in ${where}, within the quota`);
    if (place === 'tied')
      return t(
        lang,
        `${basis}; ${size} người đồng hạng ${rank} tranh ${free} suất còn lại: chờ Hội đồng bỏ phiếu; ${vote}`,
        `${basis}; ${size} tied at rank ${rank} for ${free} remaining place(s): for the council to vote; ${vote}`,
      );
    if (this.limit === 0) return t(lang, `${basis}: không có suất nào`, `${basis}: no place`);
    const by = this.holders?.names ?? '';
    return t(lang, `${basis}; hạng ${rank} trong ${where}, ngoài chỉ tiêu; các suất thuộc: ${by}`, `${basis}; rank ${rank} in ${where}, outside the quota; places held by: ${by}`);
  }
}

// A verdict's status and quota place, as small numbers in per-title tables.
const PROPOSED = 0;
const NOT_ELIGIBLE = 1;
const CUT = 2;
const TIED = 3;
const RULE_UNUSABLE = 4;
const STATUS: readonly TitleStatus[] = ['proposed', 'notEligible', 'cutByQuota', 'tiedAtQuota', 'ruleUnusable'];

const NO_PLACE = 0;
const WITHIN = 1;
const TIED_PLACE = 2;
const CUT_PLACE = 3;
const VOTE_WON = 4;
const VOTE_LOST = 5;
const VOTE_TIED = 6;
type Place = 'within' | 'tied' | 'cut' | 'won' | 'lost' | 'voteTied';
const PLACES: readonly Place[] = ['within', 'within', 'tied', 'cut', 'won', 'lost', 'voteTied'];

const NO_ONE: readonly string[] = [];

/**
 * One title's verdicts for every candidate, as numbers indexed by candidate: a province's 60,000
 * verdicts are a few typed arrays, not 60,000 objects for the garbage collector to move. The
 * TitleDecision objects hosts read are made from them when asked for.
 */
class RuleVerdicts {
  readonly status: Uint8Array;
  readonly where: Uint8Array;
  readonly rank: Int32Array;
  readonly size: Int32Array;
  readonly free: Int32Array;
  /** Per candidate, its index in `scopes` (-1: none). */
  readonly scope: Int32Array;
  readonly scopes: ScopeQuota[] = [];

  constructor(
    readonly judge: RuleJudge,
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
class Verdicts implements CandidateValues<TitleDecision[]> {
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
class Decision implements TitleDecision {
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
    const vote = place === 'within' || place === 'cut' ? '' : this.verdicts.judge.vote(this.c).text;
    return q.note(place, v.rank[i], v.size[i], v.free[i], vote);
  }

  /** The id of what its explanation line reads: the checks', the status, the quota's and the vote's. */
  wordingId(ids: WordingIds): number | null {
    const v = this.verdicts;
    const i = this.c.index;
    let id = ids.pair(v.judge.wordingId(this.c, ids), v.status[i]);
    // The quota note reads the scope, the place, the rank, the tied group's size, the free places, and the vote.
    if (v.scope[i] >= 0) id = ids.pair(ids.pair(ids.pair(id, ids.atom(v.scope[i])), v.where[i]), ids.pair(ids.pair(ids.atom(v.rank[i]), ids.atom(v.size[i])), ids.atom(v.free[i])));
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

function roundQuota(x: number, mode: Campaign['quotaRounding']): number {
  // Integer arithmetic on hundredths keeps 15% × 20 at exactly 3.
  const hundredths = Math.round(x * 100);
  return mode === 'nearest' ? Math.floor((hundredths + 50) / 100) : Math.floor(hundredths / 100);
}

/** The quota base of every scope at once: counts per scope key, so no scope rescans everyone. */
interface QuotaBases {
  titleHolders: Map<string, number>;
  candidates: Map<string, number>;
  unitsOf: Map<string, Set<string>>;
  candidatesPerUnit: Map<string, number>;
}

function quotaBases(rule: TitleRule, inp: Inputs, awarded: Map<string, Uint8Array>, keyOf: (c: Candidate) => string): QuotaBases {
  const holders = rule.quotaBase?.kind === 'title' ? (awarded.get(rule.quotaBase.key) ?? null) : null;
  const b: QuotaBases = { titleHolders: new Map(), candidates: new Map(), unitsOf: new Map(), candidatesPerUnit: new Map() };
  const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let i = 0; i < inp.candidates.length; i++) {
    const c = inp.candidates[i];
    if (holders && holders[c.index] === 1) inc(b.titleHolders, keyOf(c));
    if (c.kind !== rule.subject) continue;
    const k = keyOf(c);
    inc(b.candidates, k);
    inc(b.candidatesPerUnit, c.unitKey);
    let set = b.unitsOf.get(k);
    if (!set) b.unitsOf.set(k, (set = new Set()));
    set.add(c.unitKey);
  }
  return b;
}

function quotaLimit(rule: TitleRule, sample: Candidate, scopeKey: string, inp: Inputs, bases: QuotaBases, lang: Lang): { limit: number; basis: string } {
  const parts: string[] = [];
  let limit = Number.POSITIVE_INFINITY;
  if (rule.quotaPercent !== null && rule.quotaBase) {
    let base = 0;
    let baseName = '';
    if (rule.quotaBase.kind === 'title') {
      base = bases.titleHolders.get(scopeKey) ?? 0;
      baseName = rule.quotaBase.name;
    } else if (rule.quotaBase.kind === 'candidates') {
      base = bases.candidates.get(scopeKey) ?? 0;
      baseName = t(lang, 'ứng viên', 'candidates');
    } else {
      // Headcount from `Đơn vị`; a unit without it counts its candidates.
      const unitKeys = new Set(bases.unitsOf.get(scopeKey) ?? []);
      if (rule.scope === 'block') for (const u of inp.units) if (u.block === sample.block) unitKeys.add(u.key);
      if (rule.scope === 'all') for (const u of inp.units) unitKeys.add(u.key);
      for (const key of unitKeys) {
        const u = inp.units.find((x) => x.key === key);
        base += u?.headcount ?? bases.candidatesPerUnit.get(key) ?? 0;
      }
      baseName = t(lang, 'lao động', 'staff');
    }
    const raw = (rule.quotaPercent * base) / 100;
    const rounded = roundQuota(raw, inp.campaign?.quotaRounding ?? 'down');
    limit = Math.min(limit, rounded);
    parts.push(
      t(
        lang,
        `chỉ tiêu ${formatScore(rule.quotaPercent, lang)}% × ${base} ${baseName} = ${formatScore(raw, lang)} → ${rounded} suất (làm tròn ${inp.campaign?.quotaRounding === 'nearest' ? 'gần nhất' : 'xuống'})`,
        `quota ${rule.quotaPercent}% × ${base} ${baseName} = ${formatScore(raw, lang)} → ${rounded} place(s) (rounded ${inp.campaign?.quotaRounding === 'nearest' ? 'to nearest' : 'down'})`,
      ),
    );
  }
  if (rule.maxCount !== null) {
    limit = Math.min(limit, Math.floor(rule.maxCount));
    parts.push(t(lang, `tối đa ${rule.maxCount} suất`, `at most ${rule.maxCount} place(s)`));
  }
  return { limit: Math.max(0, limit), basis: parts.join('; ') };
}
