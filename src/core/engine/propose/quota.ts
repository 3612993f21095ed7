import { Campaign, Candidate, Lang, RankPosition, Scope, TitleRule } from '../../model';
import { formatScore } from '../../text/numbers';
import { STEP_WORDS, ScopeQuota, WOMEN_FIRST_BASIS, scopeText, t } from './explanation';
import { t as word } from '../../i18n/words';
import { womenFirst } from './tieBreak';
import { Inputs, QuotaSummary, VoteRequest } from './types';
import { CUT, CUT_PLACE, PROPOSED, RuleVerdicts, TIED, TIED_PLACE, VOTE_LOST, VOTE_TIED, VOTE_WON, WITHIN, WOMEN_LOST, WOMEN_WON } from './verdicts';

type Positions = Record<Scope, RankPosition>;

/** One title's places in one scope while they are filled: who holds them, and the summary line. */
export class ScopeFill {
  readonly holders: Candidate[] = [];
  readonly where: number;

  constructor(
    readonly inp: Inputs,
    readonly rule: TitleRule,
    readonly own: RuleVerdicts,
    readonly got: Uint8Array,
    readonly place: ScopeQuota,
    readonly summary: QuotaSummary,
    readonly voteRequests: VoteRequest[],
  ) {
    this.where = own.addScope(place);
  }

  /** A place given: proposed, holding a place, counted. */
  give(c: Candidate, how: number, rank: number, size: number, free: number): void {
    this.got[c.index] = 1;
    this.holders.push(c);
    this.own.place(c.index, this.where, how, rank, size, free);
    this.summary.proposed++;
  }

  /**
   * Everyone cut after the places are filled was cut by the same holders: one shared copy (and one
   * list of names) per change, not one per candidate; thousands are cut in a province.
   */
  snapshot() {
    const { place, holders } = this;
    if (!place.holders || place.holders.ids.length !== holders.length)
      place.holders = {
        ids: holders.map((h) => h.id),
        names:
          holders
            .slice(0, 5)
            .map((h) => h.name)
            .join(', ') + (holders.length > 5 ? ', …' : ''),
      };
    return place.holders;
  }
}

/**
 * A group tied across the boundary for `free` places: nobody is dropped silently. The women-first
 * step (tieBreak.ts) gives the places to the women's side when it can; what is still equal goes to
 * the council's votes, or waits for them.
 */
function breakTie(f: ScopeFill, group: Candidate[], rank: number, free: number): void {
  const { inp, own, rule } = f;
  const lang = inp.log.lang;
  const size = group.length;
  const step = womenFirst(inp, group);
  const basis = WOMEN_FIRST_BASIS;
  if (step.kind === 'separated') {
    const who = word(STEP_WORDS, lang, rule.subject === 'individual' ? 'womenIndividual' : 'womenCollective');
    const clause = word(STEP_WORDS, lang, 'womenFirst', { basis, who });
    const { first, others } = step;
    if (first.length <= free) {
      for (const c of first) {
        own.stepNote.set(c.index, clause);
        f.give(c, WOMEN_WON, rank, size, free);
      }
      const left = free - first.length;
      if (left > 0) return toCouncil(f, others, rank, left, sameNote(lang, rule.subject));
      f.snapshot();
      for (const c of others) {
        own.stepNote.set(c.index, clause);
        own.status[c.index] = CUT;
        own.place(c.index, f.where, WOMEN_LOST, rank, size, free);
      }
      f.summary.cut += others.length;
      return;
    }
    // More women than places: the others are out; the women's tie goes on.
    toCouncil(f, first, rank, free, sameNote(lang, rule.subject));
    f.snapshot();
    for (const c of others) {
      own.stepNote.set(c.index, clause);
      own.status[c.index] = CUT;
      own.place(c.index, f.where, WOMEN_LOST, rank, size, free);
    }
    f.summary.cut += others.length;
    return;
  }
  const note =
    step.kind === 'same'
      ? sameNote(lang, rule.subject)
      : step.kind === 'missing'
        ? word(STEP_WORDS, lang, 'missing', { basis, names: step.names.join(', ') })
        : '';
  toCouncil(f, group, rank, free, note);
}

function sameNote(lang: Lang, subject: TitleRule['subject']): string {
  return word(STEP_WORDS, lang, 'same', {
    basis: WOMEN_FIRST_BASIS,
    why: word(STEP_WORDS, lang, subject === 'individual' ? 'sameIndividual' : 'sameCollective'),
  });
}

/** What is still equal: the council's votes decide, or the group waits for them (QUOTA_TIE). */
function toCouncil(f: ScopeFill, group: Candidate[], rank: number, free: number, note: string): void {
  const { inp, own, rule } = f;
  const size = group.length;
  if (note) for (const c of group) own.stepNote.set(c.index, note);
  if (settleTieByVotes(f, group, rank, free)) return;
  f.snapshot();
  const names = group.map((c) => c.name).join(', ');
  for (const c of group) {
    own.status[c.index] = TIED;
    own.place(c.index, f.where, TIED_PLACE, rank, size, free);
    inp.log.add(
      'QUOTA_TIE',
      { count: size, rank, scope: f.place.where, slots: free, title: rule.name, names },
      { sheet: c.sheet, row: c.nameRef.row, col: c.nameRef.col },
      { unit: c.unitName, candidate: c.name },
    );
    f.voteRequests.push({ rule, candidate: c, reason: 'tie' });
  }
  f.summary.tied += size;
}

/**
 * Phase 2 of a title: the eligible grouped by the rule's scope, each scope's places filled in its
 * rank order; a tie across the boundary goes to the tie-break steps of the law, then to the council.
 */
export function fillQuotas(
  rule: TitleRule,
  inp: Inputs,
  subjects: readonly Candidate[],
  eligible: readonly Candidate[],
  own: RuleVerdicts,
  got: Uint8Array,
  awarded: Map<string, Uint8Array>,
  posOf: readonly Positions[],
  quotas: QuotaSummary[],
  voteRequests: VoteRequest[],
): void {
  const lang = inp.log.lang;
  const n = inp.candidates.length;
  const hasQuota = rule.quotaPercent !== null || rule.maxCount !== null;
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
    const f = new ScopeFill(inp, rule, own, got, new ScopeQuota(basis, scopeText(rule.scope, label, lang), limit, lang), summary, voteRequests);
    let taken = 0;
    let i = 0;
    while (i < list.length) {
      const rank = posOf[list[i].index][rule.scope].rank;
      let end = i;
      while (end + 1 < list.length && posOf[list[end + 1].index][rule.scope].rank === rank) end++;
      const size = end - i + 1;
      const free = limit - taken;
      if (size <= free) {
        for (let j = i; j <= end; j++) f.give(list[j], WITHIN, rank, size, free);
        taken += size;
      } else if (free > 0) {
        // A tie across the boundary: the law's step first (women first), then the council's votes.
        breakTie(f, list.slice(i, end + 1), rank, free);
        taken = limit; // the open places are the council's to give
      } else {
        f.snapshot();
        for (let j = i; j <= end; j++) {
          own.status[list[j].index] = CUT;
          own.place(list[j].index, f.where, CUT_PLACE, rank, size, free);
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
  if (rule.quotaBasis) parts.push(rule.quotaBasis);
  if (rule.maxCount !== null) {
    limit = Math.min(limit, Math.floor(rule.maxCount));
    parts.push(t(lang, `tối đa ${rule.maxCount} suất`, `at most ${rule.maxCount} place(s)`));
  }
  return { limit: Math.max(0, limit), basis: parts.join('; ') };
}

/**
 * A tie across a quota boundary with every vote of the group recorded: more votes wins the places;
 * equal votes at the boundary stay the council's to settle (said so, and asked again).
 * Returns false when some vote is still missing (the caller then leaves the whole group tied).
 */
export function settleTieByVotes(f: ScopeFill, group: readonly Candidate[], rank: number, free: number): boolean {
  const { own, rule } = f;
  const size = group.length;
  const outcomes = group.map((c) => own.judge.vote(c));
  if (!outcomes.every((o) => !o.pending && o.entry !== null)) return false;
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
      f.give(c, VOTE_WON, rank, size, free);
      won++;
    } else if (v === boundary) {
      own.status[c.index] = TIED;
      own.place(c.index, f.where, VOTE_TIED, rank, size, free);
      still.push(c);
      f.summary.tied++;
    } else {
      own.status[c.index] = CUT;
      own.place(c.index, f.where, VOTE_LOST, rank, size, free);
      f.summary.cut++;
    }
  }
  f.snapshot();
  if (still.length > 0) {
    const first = still[0];
    f.inp.log.add(
      'VOTE_TIE_STANDS',
      { count: still.length, slots: free - won, title: rule.name, votes: own.judge.vote(first).text, names: still.map((c) => c.name).join(', ') },
      { sheet: first.sheet, row: first.nameRef.row, col: first.nameRef.col },
      { unit: first.unitName, candidate: first.name },
    );
    for (const c of still) f.voteRequests.push({ rule, candidate: c, reason: 'tie' });
  }
  return true;
}
