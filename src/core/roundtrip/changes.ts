import { a1 } from '../../sheet/grid';
import { Candidate, CriteriaTree, Lang } from '../model';
import { ScoreSheetInfo } from '../sheets/scoreSheet';
import { formatScore, isoToVi } from '../text/numbers';
import { t } from '../i18n/words';
import { CHANGES_WORDS } from './changes.words';

/**
 * What a unit changed between the sheet the book holds and the one it sent again: people added
 * or removed, and every score (and rating) that differs, old → new, with the new sheet's cell.
 * Shown before anything is replaced, and written to `Nhật ký`.
 */
export interface PersonRef {
  name: string;
  dob: string | null;
}

export interface CellChange {
  person: string;
  /** Criterion code, or the column's name (Xếp loại, Sáng kiến, Đề tài, Kỷ luật, Số ngày nghỉ, Số tháng công tác). */
  item: string;
  sub: 'self' | 'appraised' | null;
  before: string;
  after: string;
  /** A1 in the new sheet ('' when the new sheet has no such cell). */
  cell: string;
}

export interface ChangeReport {
  added: PersonRef[];
  removed: PersonRef[];
  cells: CellChange[];
}

/** A person is the same when the name (folded) agrees and the dates of birth do not disagree. */
function match(a: Candidate, list: Candidate[], used: Set<Candidate>): Candidate | undefined {
  return list.find((b) => !used.has(b) && b.nameKey === a.nameKey && (a.dob === b.dob || a.dob === null || b.dob === null));
}

function show(v: number | null, lang: Lang): string {
  return v === null ? '' : formatScore(v, lang);
}

function disciplineText(c: Candidate): string {
  return c.discipline.kind === 'none' ? '' : c.discipline.text;
}

export function compareSheets(before: ScoreSheetInfo, after: ScoreSheetInfo, tree: CriteriaTree, lang: Lang): ChangeReport {
  const used = new Set<Candidate>();
  const report: ChangeReport = { added: [], removed: [], cells: [] };
  const ref = (c: Candidate): PersonRef => ({ name: c.name, dob: c.dob ? isoToVi(c.dob) : null });
  for (const n of after.candidates) {
    const o = match(n, before.candidates, used);
    if (!o) {
      report.added.push(ref(n));
      continue;
    }
    used.add(o);
    if ((o.rating ?? '') !== (n.rating ?? ''))
      report.cells.push({
        person: n.name,
        item: 'Xếp loại',
        sub: null,
        before: o.rating ?? '',
        after: n.rating ?? '',
        cell: n.ratingRef ? a1(n.ratingRef.row, n.ratingRef.col) : '',
      });
    // The other fields a title's conditions read: a change there can change a proposal as much as a score.
    const fields: [string, string, string][] = [
      ['Sáng kiến', String(o.initiatives), String(n.initiatives)],
      ['Đề tài', show(o.researchTopics ?? null, lang), show(n.researchTopics ?? null, lang)],
      ['Kỷ luật', disciplineText(o), disciplineText(n)],
      ['Số ngày nghỉ', show(o.daysOff, lang), show(n.daysOff, lang)],
      ['Số tháng công tác', show(o.monthsWorked, lang), show(n.monthsWorked, lang)],
    ];
    for (const [item, b, a] of fields) if (b !== a) report.cells.push({ person: n.name, item, sub: null, before: b, after: a, cell: '' });
    for (const leaf of tree.all) {
      const os = o.scores.get(leaf.code);
      const ns = n.scores.get(leaf.code);
      if (!os && !ns) continue;
      for (const sub of ['self', 'appraised'] as const) {
        const ov = os ? os[sub] : null;
        const nv = ns ? ns[sub] : null;
        if (ov === nv) continue;
        const col = ns ? (sub === 'self' ? ns.selfCol : ns.appraisedCol) : null;
        report.cells.push({
          person: n.name,
          item: leaf.code,
          sub,
          before: show(ov, lang),
          after: show(nv, lang),
          cell: col !== null && ns ? a1(ns.row, col) : '',
        });
      }
    }
  }
  for (const o of before.candidates) if (!used.has(o)) report.removed.push(ref(o));
  return report;
}

/** The report as lines of text (CLI and the pane). */
export function changeLines(c: ChangeReport, lang: Lang): string[] {
  const who = (p: PersonRef) => `${p.name}${p.dob ? ` (${p.dob})` : ''}`;
  const lines: string[] = [];
  for (const p of c.added) lines.push(t(CHANGES_WORDS, lang, 'added', { person: who(p) }));
  for (const p of c.removed) lines.push(t(CHANGES_WORDS, lang, 'removed', { person: who(p) }));
  for (const x of c.cells) {
    const sub = x.sub === 'appraised' ? t(CHANGES_WORDS, lang, 'appraised') : '';
    lines.push(
      `  ${x.person}, ${x.item}${sub}${x.cell ? ` [${x.cell}]` : ''}: ${x.before || t(CHANGES_WORDS, lang, 'blank')} → ${x.after || t(CHANGES_WORDS, lang, 'blank')}`,
    );
  }
  if (lines.length === 0) lines.push(t(CHANGES_WORDS, lang, 'noChange'));
  return lines;
}
