/**
 * The results after Xếp hạng as plain TypeScript (tested without the DOM): per title and scope who
 * is proposed, who is tied for the council, who is eligible but outside the quota; a search by
 * name without diacritics; one person opened at a time, their reasons asked of the runner.
 */
import { Finding, TitleStatus } from '../../../core/model';
import { PeopleTable, RunSummary, VERDICTS } from '../../../core/output/summary';
import { a1 } from '../../../sheet/grid';
import { fold } from '../../../core/text/normalize';
import type { ExplainRequest, PersonExplanation, PersonRef } from '../../worker/runner';

export interface Person extends PersonRef {
  /** Row of the run's people table. */
  at: number;
  total: number;
  rank: number;
}

export function personAt(p: PeopleTable, i: number): Person {
  return {
    at: i,
    id: p.id[i],
    name: p.name[i],
    unit: p.units[p.unit[i]],
    sheet: p.sheets[p.sheet[i]],
    cell: a1(p.row[i], p.col[i]),
    row: p.row[i],
    col: p.col[i],
    total: p.total[i],
    rank: p.rank[i],
  };
}

/** A person's verdict on each title that is for them ("Lao động tiên tiến: proposed"). */
export function verdictsOf(p: PeopleTable, i: number): { title: string; status: TitleStatus }[] {
  const out: { title: string; status: TitleStatus }[] = [];
  const n = p.titles.length;
  for (let k = 0; k < n; k++) {
    const s = VERDICTS[p.verdicts[i * n + k]];
    if (s) out.push({ title: p.titles[k], status: s });
  }
  return out;
}

/** One quota: a title in one scope (the whole campaign, a unit, a block). */
export interface Group {
  index: number;
  title: string;
  scope: string;
  limit: number | null;
  basis: string;
  eligible: number;
  proposed: number[];
  tied: number[];
  cut: number[];
  /** Nobody eligible: the condition failed most often, from the engine's checks. */
  nobody?: { condition: string; failed: number; checked: number };
}

export function groupsOf(s: RunSummary): Group[] {
  return s.quotas.map((q, index) => ({
    index,
    title: q.title,
    scope: q.scope,
    limit: q.limit,
    basis: q.basis ?? '',
    eligible: q.eligible,
    proposed: q.members?.proposed ?? [],
    tied: q.members?.tied ?? [],
    cut: q.members?.cut ?? [],
    ...(q.nobody ? { nobody: q.nobody } : {}),
  }));
}

/** Per title, its scopes added up: the first table a reader sees (four rows for a province, not sixty). */
export interface TitleTotal extends Pick<RunSummary['quotas'][number], 'title' | 'limit' | 'eligible' | 'proposed' | 'tied' | 'cut'> {
  scopes: number;
  /** The scope's own label when the title has one scope ('' = the whole campaign). */
  scope: string;
  /** The groups of this title, as indexes of `groupsOf`. */
  groups: number[];
  /** Nobody eligible in any scope: the condition failed most often, its scopes added up. */
  nobody?: { condition: string; failed: number; checked: number };
}

export function titleTotals(groups: readonly Group[]): TitleTotal[] {
  const by = new Map<string, TitleTotal>();
  for (const g of groups) {
    let t = by.get(g.title);
    if (!t) by.set(g.title, (t = { title: g.title, scopes: 0, scope: g.scope, limit: null, eligible: 0, proposed: 0, tied: 0, cut: 0, groups: [] }));
    t.scopes++;
    t.groups.push(g.index);
    if (g.limit !== null) t.limit = (t.limit ?? 0) + g.limit;
    t.eligible += g.eligible;
    t.proposed += g.proposed.length;
    t.tied += g.tied.length;
    t.cut += g.cut.length;
  }
  for (const t of by.values()) if (t.eligible === 0) t.nobody = nobodyOf(t.groups.map((i) => groups[i]!));
  return [...by.values()];
}

/** The condition most often failed across a title's scopes (each scope's most failed one, added up by label). */
export function nobodyOf(groups: readonly Group[]): TitleTotal['nobody'] {
  const by = new Map<string, { failed: number; checked: number }>();
  let checked = 0;
  for (const g of groups) {
    if (!g.nobody) continue;
    checked += g.nobody.checked;
    const e = by.get(g.nobody.condition) ?? { failed: 0, checked: 0 };
    e.failed += g.nobody.failed;
    by.set(g.nobody.condition, e);
  }
  let best: TitleTotal['nobody'];
  for (const [condition, e] of by) if (!best || e.failed > best.failed) best = { condition, failed: e.failed, checked };
  return best;
}

/** The groups with a tie at the quota boundary: who the council votes on, named. */
export function tiedGroups(groups: readonly Group[]): Group[] {
  return groups.filter((g) => g.tied.length > 0);
}

/** How many people the council's tied groups name (a person tied for two titles counts twice). */
export function tiedPeople(groups: readonly Group[]): number {
  let n = 0;
  for (const g of groups) n += g.tied.length;
  return n;
}

/** The names folded once per run, for a search that ignores diacritics and case. */
export interface NameIndex {
  folded: string[];
}

export function nameIndex(p: PeopleTable): NameIndex {
  return { folded: p.name.map((n) => ` ${fold(n)}`) };
}

/**
 * People whose name has every word of the query, best matches first: the whole name, then names
 * where each word starts a word, then anywhere; in the campaign's rank order within each.
 * "nguyen van a" finds "Nguyễn Văn A" before "Nguyễn Văn An".
 */
export function searchPeople(p: PeopleTable, ix: NameIndex, query: string, limit = 50): { found: number[]; total: number } {
  const words = fold(query).split(' ').filter(Boolean);
  if (!words.length) return { found: [], total: 0 };
  const whole = ` ${words.join(' ')}`;
  const tiers: number[][] = [[], [], []];
  for (let i = 0; i < ix.folded.length; i++) {
    const n = ix.folded[i];
    if (n === whole) {
      tiers[0].push(i);
      continue;
    }
    let starts = true;
    let all = true;
    for (const w of words) {
      const at = n.indexOf(w);
      if (at < 0) {
        all = false;
        break;
      }
      if (!n.includes(` ${w}`)) starts = false;
    }
    if (all) tiers[starts ? 1 : 2].push(i);
  }
  const byRank = (a: number, b: number) => (p.rank[a] || Infinity) - (p.rank[b] || Infinity) || a - b;
  const found = tiers.flatMap((t) => t.sort(byRank));
  return { found: found.slice(0, limit), total: found.length };
}

/** The App's cell navigation takes a finding: a person's name cell as one (nothing is reported). */
export function personCell(x: Person): Finding {
  return {
    severity: 'warning',
    code: PERSON_CODE,
    sheet: x.sheet,
    cell: x.cell,
    row: x.row,
    col: x.col,
    unit: x.unit,
    candidate: x.name,
    params: {},
    message: x.name,
    fix: '',
  };
}

export const PERSON_CODE = 'PERSON';

export type Explanation = { state: 'loading' } | { state: 'ready'; value: PersonExplanation } | { state: 'gone' } | { state: 'failed'; error: string };

export type Explain = (req: ExplainRequest) => Promise<PersonExplanation | null>;

/** Vote findings that are not about a missing vote: rows of `Biểu quyết` the engine could not use. */
const VOTE_KEPT = new Set(['VOTE_MISSING', 'VOTE_TIE_STANDS']);

/** The rows of `Biểu quyết` the engine rejected (a bad number, an unknown name or title, a duplicate), in the book's order. */
export function rejectedVotes(s: RunSummary): Finding[] {
  return s.findings.filter((f) => f.code.startsWith('VOTE_') && !VOTE_KEPT.has(f.code) && f.row !== null);
}
