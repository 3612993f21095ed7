import { Candidate, RankPosition, Scope, ScoreBreakdown, TieBreakKey } from '../model';
import { compareNames, nameSortKey, NameSortKey } from '../text/normalize';
import { ratingRank } from '../rules/levels';

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
  positions: Map<string, Record<Scope, RankPosition>>;
  /** Tie-break values per candidate, in chain order, as shown (deductions as points, not negated). */
  tieValues: Map<string, number[]>;
}

export function scopeKeyOf(c: Candidate, scope: Scope): string {
  if (scope === 'unit') return `${c.kind}|unit|${c.unitKey}`;
  if (scope === 'block') return `${c.kind}|block|${c.block}`;
  return `${c.kind}|all`;
}

function scopeLabel(c: Candidate, scope: Scope): string {
  if (scope === 'unit') return c.unitName;
  if (scope === 'block') return c.block;
  return '';
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

export function rankCandidates(candidates: Candidate[], scores: Map<string, ScoreBreakdown>, chain: TieBreakKey[]): Ranking {
  const merit = chain.filter((k) => k.kind !== 'name');
  const keyed = new Map<string, number[]>();
  const shown = new Map<string, number[]>();
  const names = new Map<string, NameSortKey>();
  for (const c of candidates) {
    const s = scores.get(c.id)!;
    const values = merit.map((k) => tieValue(k, c, s));
    // Rounded once to integers (1/10000 point): comparisons allocate nothing and ignore binary noise.
    keyed.set(c.id, [s.total, ...values].map((v) => Math.round(v * 10000)));
    shown.set(c.id, merit.map((k, i) => (k.kind === 'deductions' ? -values[i] : values[i])));
    names.set(c.id, nameSortKey(c.name, c.kind === 'individual'));
  }
  const sameMerit = (a: Candidate, b: Candidate) => {
    const x = keyed.get(a.id)!;
    const y = keyed.get(b.id)!;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
    return true;
  };
  const compare = (a: Candidate, b: Candidate) => {
    const x = keyed.get(a.id)!;
    const y = keyed.get(b.id)!;
    for (let i = 0; i < x.length; i++) {
      const d = y[i] - x[i];
      if (d !== 0) return d;
    }
    return compareNames(names.get(a.id)!, names.get(b.id)!) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  };

  const groups = new Map<string, ScopeRanking>();
  for (const c of candidates)
    for (const scope of ['unit', 'block', 'all'] as Scope[]) {
      const key = scopeKeyOf(c, scope);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { scope, key, label: scopeLabel(c, scope), ordered: [] }));
      g.ordered.push(c);
    }
  const positions = new Map<string, Record<Scope, RankPosition>>();
  for (const g of groups.values()) {
    g.ordered.sort(compare);
    let i = 0;
    while (i < g.ordered.length) {
      let end = i;
      while (end + 1 < g.ordered.length && sameMerit(g.ordered[end + 1], g.ordered[i])) end++;
      for (let j = i; j <= end; j++) {
        const p = positions.get(g.ordered[j].id) ?? ({} as Record<Scope, RankPosition>);
        p[g.scope] = { rank: i + 1, of: g.ordered.length, tiedCount: end - i, scopeKey: g.key };
        positions.set(g.ordered[j].id, p);
      }
      i = end + 1;
    }
  }
  return { scopes: groups, positions, tieValues: shown };
}
