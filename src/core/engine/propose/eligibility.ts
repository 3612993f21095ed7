import { AwardRecord, Candidate, CheckResult, TitleRule, VoteBook, VoteOutcome, WordingIds } from '../../model';
import {
  Condition,
  EvalContext,
  PROFILE,
  WordingIds as WordingIdTable,
  check,
  comparePoints,
  factId,
  factKey,
  treeChecks,
  treeHolds,
} from '../../rules/conditions';
import { voteKey } from '../../config/votes';
import { parseRating, ratingAtLeast } from '../../rules/levels';
import { fold, initials } from '../../text/normalize';
import { formatScore, formatScoreAgainst } from '../../text/numbers';
import { Quorum, judgeVote, voteRuleText } from './council';
import { t } from './explanation';
import type { Registration } from '../../config/registration';
import { defineWords, t as word } from '../../i18n/words';

const REG_WORDS = /*#__PURE__*/ defineWords(
  'registration',
  { label: 'đã đăng ký thi đua (bắt buộc theo sheet "Phong trào")', yes: 'có trong sheet "Đăng ký thi đua"', no: 'không có trong sheet "Đăng ký thi đua"' },
  { label: 'registered (required by "Phong trào")', yes: 'listed in "Đăng ký thi đua"', no: 'not listed in "Đăng ký thi đua"' },
);
import { Inputs } from './types';
import { NOT_ELIGIBLE, PROPOSED, RULE_UNUSABLE, RuleVerdicts } from './verdicts';

const COLLECTIVE = '\u0000collective';

/**
 * What every title's conditions read: scores, the titles given above, a unit's members, the award
 * history (indexed once, by name and date of birth).
 */
export function eligibilityContext(inp: Inputs, awarded: Map<string, Uint8Array>): EvalContext {
  const lang = inp.log.lang;
  const n = inp.candidates.length;
  const scoreOf = inp.candidates.map((c) => inp.scores.at(c));
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

  const wording = new WordingIdTable();
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
    const compact = key.replace(/[^a-z0-9]/g, '');
    // A rating is written either way (domain.md §3): "HTXSNV" or "Hoàn thành xuất sắc nhiệm vụ".
    const rating = parseRating(key);
    for (const h of records)
      if (
        !h.thematic &&
        (h.titleKey === key ||
          fold(h.title).replace(/[^a-z0-9]/g, '') === alias ||
          initials(h.title) === compact ||
          (rating !== null && parseRating(h.title) === rating))
      )
        years.add(h.year);
    return years;
  };
  return ctx;
}

/** Phase 1 of a title: who meets its conditions (and its vote, when recorded); the rest are refused. */
export function judgeEligibility(rule: TitleRule, subjects: readonly Candidate[], own: RuleVerdicts): Candidate[] {
  const eligible: Candidate[] = [];
  for (let k = 0; k < subjects.length; k++) {
    const c = subjects[k];
    const ok = rule.usable && own.judge.holds(c);
    own.status[c.index] = !rule.usable ? RULE_UNUSABLE : ok ? PROPOSED : NOT_ELIGIBLE;
    if (ok) eligible.push(c);
  }
  return eligible;
}

/**
 * A title's test for one candidate: the verdict alone in the hot loop (9,000 candidates × every
 * title), the labelled checks only when an explanation is read. Both come from the same rule.
 */
export class RuleJudge {
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
    private readonly quorum: Quorum | null = null,
    private readonly registration: Registration | null = null,
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
    // The campaign requires registration (Phong trào): no proposal without it.
    if (this.registration?.required && !this.registration.has(rule, c)) return false;
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
    return judgeVote(this.rule, entry, this.ctx.lang, this.quorum);
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
    if (this.registration?.required) id = ids.pair(id, this.registration.has(rule, c) ? 1 : 2);
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
    if (rule.minScore !== null)
      checks.push(
        check(this.scoreLabel, reaches(s.total, rule.minScore!), () =>
          t(lang, `được ${formatScoreAgainst(s.total, rule.minScore!, lang)}`, `has ${formatScoreAgainst(s.total, rule.minScore!, lang)}`),
        ),
      );
    if (rule.minRating !== null) checks.push({ label: this.ratingLabel, ok: ratingAtLeast(c.rating, rule.minRating), detail: c.rating ?? this.noRating });
    checks.push(...treeChecks(rule.conditionTree, c, ctx));
    if (this.registration?.required) {
      const ok = this.registration.has(rule, c);
      checks.push(check(word(REG_WORDS, lang, 'label'), ok, () => word(REG_WORDS, lang, ok ? 'yes' : 'no')));
    }
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
