/** A proposal of an upward file as the conditions see it, and its verdict marked. */
import { Candidate, ItemScores } from '../../model';
import { parseDiscipline, parseRating } from '../../rules/levels';
import { fold, initials, matchKey, nameKey } from '../../text/normalize';
import { parseDate } from '../../text/numbers';
import { RowValues } from '../format';
import { kindOfText, text } from '../rows';
import { Item, ProposalStatus } from './types';

export function prereqs(v: RowValues, year: number | null): { years: Map<string, Set<number>>; now: Set<string> } {
  const years = new Map<string, Set<number>>();
  const now = new Set<string>();
  for (const part of text(v, 'prerequisites').split(/;\s*/)) {
    const m = /^(\d{4}):\s*(.+?)(?:\s+\([^)]*\))?(\s+\[[^\]]*\])?$/.exec(part.trim());
    if (!m) continue;
    const y = Number(m[1]);
    const key = fold(m[2]);
    if (y === year) now.add(key);
    if (m[3]) continue; // thematic or one-off: not a consecutive-year title (NĐ 152/2025)
    let set = years.get(key);
    if (!set) years.set(key, (set = new Set()));
    set.add(y);
  }
  return { years, now };
}

export function keyMatches(have: string, want: string): boolean {
  return have === want || initials(have) === initials(want) || have.replace(/[^a-z0-9]/g, '') === want.replace(/[^a-z0-9]/g, '');
}

export function candidateOf(v: RowValues, index: number, sheet: string, row: number, col: number): Candidate {
  const kind = kindOfText(text(v, 'kind')) === 'individual' ? 'individual' : 'collective';
  const dob = parseDate(text(v, 'dob'));
  const total = typeof v.total === 'number' ? v.total : 0;
  void total;
  return {
    id: `${index}`,
    index,
    kind,
    name: text(v, 'name'),
    nameKey: nameKey(text(v, 'name')),
    sheet,
    row,
    nameRef: { sheet, row, col },
    staffCode: text(v, 'personId') || null,
    dob: dob.kind === 'date' ? dob.iso : null,
    position: text(v, 'position'),
    unitName: text(v, 'unit'),
    unitKey: matchKey(text(v, 'agency')),
    block: '',
    rating: parseRating(text(v, 'rating')),
    ratingRef: null,
    initiatives: typeof v.initiatives === 'number' ? v.initiatives : 0,
    discipline: parseDiscipline(text(v, 'discipline')),
    daysOff: null,
    maternityDays: null,
    monthsWorked: null,
    statedTotal: null,
    statedTotalRef: null,
    statedAppraisedTotal: null,
    statedAppraisedTotalRef: null,
    requestedTitles: [],
    requestedRef: null,
    evidence: '',
    evidenceRef: null,
    evidenceByItem: null,
    // The upward file carries totals, not criterion scores: conditions on criteria are not checked.
    scores: null as unknown as ItemScores,
    note: '',
  };
}

export function mark(it: Item, status: ProposalStatus, reason: string): void {
  const order: Record<ProposalStatus, number> = { accepted: 0, review: 1, returned: 2 };
  if (order[status] > order[it.verdict.status]) it.verdict.status = status;
  if (!it.verdict.reasons.includes(reason)) it.verdict.reasons.push(reason);
}

export function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}
