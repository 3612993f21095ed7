import { Candidate, RankPosition, Scope, ScoreBreakdown, TieBreakKey } from '../model';
import { compareNameRanks, nameSortKey, NameRank, rankNames } from '../text/normalize';
import { ratingRank } from '../rules/levels';
import { CandidateIndex, PerCandidate } from './perCandidate';

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
  tieValues: PerCandidate<number[]>;
}

const scopeKeys = new Map<string, string>();

/** The key of a candidate's ranking scope; the strings are made once per unit, not per candidate. */
export function scopeKeyOf(c: Candidate, scope: Scope): string {
  if (scope === 'all') return c.kind === 'individual' ? 'individual|all' : 'collective|all';
  const part = scope === 'unit' ? c.unitKey : c.block;
  const cacheKey = c.kind === 'individual' ? (scope === 'unit' ? 'iu' : 'ib') : scope === 'unit' ? 'cu' : 'cb';
  const k = cacheKey + part;
  let key = scopeKeys.get(k);
  if (key === undefined) {
    key = `${c.kind}|${scope}|${part}`;
    if (scopeKeys.size > 10000) scopeKeys.clear();
    scopeKeys.set(k, key);
  }
  return key;
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

export function rankCandidates(candidates: Candidate[], scores: PerCandidate<ScoreBreakdown>, chain: TieBreakKey[], ids: CandidateIndex): Ranking {
  const merit = chain.filter((k) => k.kind !== 'name');
  interface Entry {
    c: Candidate;
    /** Total, then the chain's values, rounded once to 1/10000 point so comparing allocates nothing. */
    key: number[];
    name: NameRank;
  }
  const shown = new PerCandidate<number[]>(ids);
  const names = rankNames(candidates.map((c) => nameSortKey(c.name, c.kind === 'individual')));
  const entries: Entry[] = candidates.map((c, i) => {
    const s = scores.at(c);
    const values = merit.map((k) => tieValue(k, c, s));
    shown.put(c, merit.map((k, i) => (k.kind === 'deductions' ? -values[i] : values[i])));
    const key = new Array<number>(values.length + 1);
    key[0] = Math.round(s.total * 10000);
    for (let k = 0; k < values.length; k++) key[k + 1] = Math.round(values[k] * 10000);
    return { c, key, name: names[i] };
  });
  const sameMerit = (a: Entry, b: Entry) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return false;
    return true;
  };
  const compare = (a: Entry, b: Entry) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = b.key[i] - a.key[i];
      if (d !== 0) return d;
    }
    return compareNameRanks(a.name, b.name) || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0);
  };
  // One sort for everyone; each scope's list keeps that order, so no scope sorts again.
  entries.sort(compare);

  const groups = new Map<string, { ranking: ScopeRanking; entries: Entry[] }>();
  for (const e of entries)
    for (const scope of SCOPES) {
      const key = scopeKeyOf(e.c, scope);
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { ranking: { scope, key, label: scopeLabel(e.c, scope), ordered: [] }, entries: [] }));
      g.entries.push(e);
      g.ranking.ordered.push(e.c);
    }
  // Each scope's positions first, then one record per candidate built whole.
  const byScope: Record<Scope, RankPosition[]> = { unit: [], block: [], all: [] };
  for (const { ranking, entries: list } of groups.values()) {
    let i = 0;
    while (i < list.length) {
      let end = i;
      while (end + 1 < list.length && sameMerit(list[end + 1], list[i])) end++;
      const pos: RankPosition = { rank: i + 1, of: list.length, tiedCount: end - i, scopeKey: ranking.key };
      for (let j = i; j <= end; j++) byScope[ranking.scope][list[j].c.index] = pos;
      i = end + 1;
    }
  }
  const scopes = new Map<string, ScopeRanking>();
  for (const [k, g] of groups) scopes.set(k, g.ranking);
  const positions = new PerCandidate<Record<Scope, RankPosition>>(ids);
  for (const c of candidates) positions.put(c, { unit: byScope.unit[c.index], block: byScope.block[c.index], all: byScope.all[c.index] });
  return { scopes, positions, tieValues: shown };
}

const SCOPES: Scope[] = ['unit', 'block', 'all'];
