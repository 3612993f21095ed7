/** A resubmission's changes summed up for the review: counts by kind, per person (pure, tested without the DOM). */
import type { CellChange, ChangeReport } from '../../../core/roundtrip/changes';

/** A resubmission's changes counted, for the summary shown before the details. */
export interface ChangeSummary {
  added: number;
  removed: number;
  /** A score or field that had a value and is now empty. */
  emptied: number;
  /** Empty before, a value now. */
  filled: number;
  /** A value changed to another. */
  changed: number;
  /** People with at least one changed cell, most changes first. */
  people: { person: string; cells: number }[];
}

export function changeKind(c: CellChange): 'emptied' | 'filled' | 'changed' {
  return c.after === '' ? 'emptied' : c.before === '' ? 'filled' : 'changed';
}

const NAME_ORDER = new Intl.Collator('vi');

export function summarizeChanges(r: ChangeReport): ChangeSummary {
  const out: ChangeSummary = { added: r.added.length, removed: r.removed.length, emptied: 0, filled: 0, changed: 0, people: [] };
  const per = new Map<string, number>();
  for (const c of r.cells) {
    out[changeKind(c)]++;
    per.set(c.person, (per.get(c.person) ?? 0) + 1);
  }
  out.people = [...per].map(([person, cells]) => ({ person, cells })).sort((a, b) => b.cells - a.cells || NAME_ORDER.compare(a.person, b.person));
  return out;
}
