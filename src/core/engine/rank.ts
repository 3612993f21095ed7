import { Candidate, RankPosition, Scope, ScoreBreakdown, TieBreakKey } from '../model';
import { compareNameRanks, rankNames } from '../text/normalize';
import { ratingRank } from '../rules/levels';
import { toUnits } from '../text/numbers';
import { CandidateIndex, CandidateValues, PerCandidate, slots } from './perCandidate';

/** A ranking scope: candidates of one kind within one unit, one block, or the whole campaign. */
export interface ScopeRanking {
  scope: Scope;
  key: string;
  label: string;
  /** Best first; equal ranks listed in Vietnamese name order. */
  ordered: Candidate[];
}

export interface Ranking {
  scopes: Map<string, ScopeRanking>;
  positions: PerCandidate<Record<Scope, RankPosition>>;
  /** Tie-break values per candidate, in chain order, as shown (deductions as points, not negated). */
  tieValues: CandidateValues<number[]>;
}

const scopeKeys = {
  individual: { unit: new Map<string, string>(), block: new Map<string, string>() },
  collective: { unit: new Map<string, string>(), block: new Map<string, string>() },
};

/** The key of a candidate's ranking scope; the strings are made once per unit, not per candidate. */
export function scopeKeyOf(c: Candidate, scope: Scope): string {
  // Candidates scored on different criteria sets are ranked within their set.
  if (c.criteriaSet) return `${c.kind}|${scope}|${scope === 'unit' ? c.unitKey : scope === 'block' ? c.block : ''}|set|${c.criteriaSet}`;
  if (scope === 'all') return c.kind === 'individual' ? 'individual|all' : 'collective|all';
  const part = scope === 'unit' ? c.unitKey : c.block;
  const made = scopeKeys[c.kind][scope];
  let key = made.get(part);
  if (key === undefined) {
    key = `${c.kind}|${scope}|${part}`;
    if (made.size > 10000) made.clear();
    made.set(part, key);
  }
  return key;
}

function scopeLabel(c: Candidate, scope: Scope, setName: string): string {
  const base = scope === 'unit' ? c.unitName : scope === 'block' ? c.block : '';
  if (!c.criteriaSet) return base;
  return base ? `${base} · ${setName}` : setName;
}

/** The value a tie-break key reads, oriented so that larger is better. */
function tieValue(key: TieBreakKey, c: Candidate, s: ScoreBreakdown): number {
  switch (key.kind) {
    case 'criterion':
      return s.contribution.get(key.code) ?? 0;
    case 'deductions':
      return -s.deductions;
    case 'bonus':
      return s.bonus;
    case 'rating':
      return c.rating ? ratingRank(c.rating) : 0;
    case 'initiatives':
      return c.initiatives;
    case 'name':
      return 0; // a name is no merit: it orders the list, never the rank
  }
}

export function rankCandidates(
  candidates: Candidate[],
  scores: PerCandidate<ScoreBreakdown>,
  chain: TieBreakKey[],
  ids: CandidateIndex,
  setNames: ReadonlyMap<string, string> = NO_SETS,
): Ranking {
  const merit = chain.filter((k) => k.kind !== 'name');
  const n = candidates.length;
  const m = merit.length;
  const w = m + 1;
  // Per candidate (by index): the total, then the chain's values, in the scoring's exact units
  // (10⁻⁸ point: scores are summed in them, so equal sums are equal here and distinct sums
  // distinct) so that comparing is integer arithmetic; and the values as shown (deductions as points).
  const keys = new Float64Array(n * w);
  const shown = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    const c = candidates[i];
    const s = scores.at(c);
    keys[i * w] = toUnits(s.total);
    for (let k = 0; k < m; k++) {
      const v = tieValue(merit[k], c, s);
      shown[c.index * m + k] = merit[k].kind === 'deductions' ? -v : v;
      keys[i * w + k + 1] = toUnits(v);
    }
  }
  const names = rankNames(
    candidates.map((c) => c.name),
    (i) => candidates[i].kind === 'individual',
  );
  const sameMerit = (a: number, b: number) => {
    for (let k = 0; k < w; k++) if (keys[a * w + k] !== keys[b * w + k]) return false;
    return true;
  };
  const compare = (a: number, b: number) => {
    for (let k = 0; k < w; k++) {
      const d = keys[b * w + k] - keys[a * w + k];
      if (d !== 0) return d;
    }
    const ia = candidates[a].id;
    const ib = candidates[b].id;
    return compareNameRanks(names, a, b) || (ia < ib ? -1 : ia > ib ? 1 : 0);
  };
  // One sort for everyone; each scope's list keeps that order, so no scope sorts again.
  const order: number[] = [];
  for (let i = 0; i < n; i++) order.push(i);
  order.sort(compare);

  const groups = new Map<string, { ranking: ScopeRanking; members: number[] }>();
  for (let o = 0; o < n; o++) {
    const i = order[o];
    const c = candidates[i];
    for (let sc = 0; sc < SCOPES.length; sc++) {
      const scope = SCOPES[sc];
      const key = scopeKeyOf(c, scope);
      let g = groups.get(key);
      if (!g)
        groups.set(
          key,
          (g = {
            ranking: { scope, key, label: scopeLabel(c, scope, c.criteriaSet ? (setNames.get(c.criteriaSet) ?? c.criteriaSet) : ''), ordered: [] },
            members: [],
          }),
        );
      g.members.push(i);
      g.ranking.ordered.push(c);
    }
  }
  // Each scope's positions first, then one record per candidate built whole.
  const byScope = { unit: slots<RankPosition>(n), block: slots<RankPosition>(n), all: slots<RankPosition>(n) };
  for (const { ranking, members } of groups.values()) {
    const at = byScope[ranking.scope];
    let i = 0;
    while (i < members.length) {
      let end = i;
      while (end + 1 < members.length && sameMerit(members[end + 1], members[i])) end++;
      const pos: RankPosition = { rank: i + 1, of: members.length, tiedCount: end - i, scopeKey: ranking.key };
      for (let j = i; j <= end; j++) at[members[j]] = pos;
      i = end + 1;
    }
  }
  const scopes = new Map<string, ScopeRanking>();
  for (const [k, g] of groups) scopes.set(k, g.ranking);
  const positions = new PerCandidate<Record<Scope, RankPosition>>(ids);
  for (let i = 0; i < n; i++) positions.put(candidates[i], { unit: byScope.unit[i]!, block: byScope.block[i]!, all: byScope.all[i]! });
  return { scopes, positions, tieValues: new TieValues(shown, m, ids) };
}

/** The tie-break values as shown, per candidate: a view over one array, copied out when read. */
class TieValues implements CandidateValues<number[]> {
  constructor(
    private readonly values: Float64Array,
    private readonly width: number,
    private readonly ids: CandidateIndex,
  ) {}

  at(c: { index: number }): number[] {
    return Array.from(this.values.subarray(c.index * this.width, (c.index + 1) * this.width));
  }

  get(id: string): number[] | undefined {
    const i = this.ids.get(id);
    return i === undefined ? undefined : this.at({ index: i });
  }
}

/**
 * Candidates of one kind in whole-campaign rank order: with several criteria sets, each set's
 * ranking after the other (the common set first), as each set is ranked on its own.
 */
export function campaignOrder(ranking: Ranking, kind: Candidate['kind']): Candidate[] {
  const plain = ranking.scopes.get(`${kind}|all`);
  const sets = [...ranking.scopes.values()].filter((s) => s.scope === 'all' && s.key !== `${kind}|all` && s.key.startsWith(`${kind}|all|`));
  if (sets.length === 0) return plain ? plain.ordered : [];
  return [...(plain ? plain.ordered : []), ...sets.flatMap((s) => s.ordered)];
}

const SCOPES: Scope[] = ['unit', 'block', 'all'];
const NO_SETS: ReadonlyMap<string, string> = new Map();
