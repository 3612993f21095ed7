import { a1 } from '../../sheet/grid';
import { Candidate, Lang } from '../model';
import { EngineResult } from '../engine/run';
import { achievementSummary } from '../output/explain';
import { compareNames, compareText, fold, nameSortKey } from '../text/normalize';
import { isoToVi } from '../text/numbers';
import { FORMAT, RowValues } from './format';
import { authorityOf, awardKindOf, goesAbove, levelText, objectClassOf, subjectKindOf } from './forms';
import { cellDigest, rowCells, rowHash } from './hash';

/**
 * The council's vote on one title for one candidate, from the `Biểu quyết` sheet as the engine
 * read it: votes in favour over all members first (the share the upper level's rule counts, e.g.
 * ≥ 90% of all members for provincial CSTĐ), then those present. '' when no vote was recorded.
 */
export function voteOf(result: EngineResult, candidate: Candidate, title: string): string {
  const d = (result.decisions.get(candidate.id) ?? []).find((x) => x.title === title);
  const e = d?.vote && !d.vote.pending ? d.vote.entry : null;
  if (!e || e.inFavour === null) return '';
  const pct = (of: number) => `${Math.round((e.inFavour! * 1000) / of) / 10}%`.replace('.', ',');
  if (e.members) return `${e.inFavour}/${e.members} thành viên đồng ý (${pct(e.members)})${e.present ? `; có mặt ${e.present}` : ''}`;
  return e.present ? `${e.inFavour}/${e.present} có mặt đồng ý (${pct(e.present)})` : `${e.inFavour} phiếu đồng ý`;
}

/** Fills the two tamper-evidence columns of a row from its other cells. */
export function sealRow(v: RowValues): RowValues {
  const cells = rowCells(v);
  return { ...v, cellDigest: cellDigest(cells), rowHash: rowHash(cells) };
}

/** One data row per proposal of the engine's result for a form above the agency (domain.md §7). */
export function rowsFromResult(r: EngineResult, o: { sourceFile: string; agency: string }): RowValues[] {
  const L = r.lang;
  const awardKind = awardKindOf(r.campaign?.name ?? '');
  const year = r.campaign?.year ?? null;
  const history = new Map<string, typeof r.history>();
  for (const h of r.history) {
    if (!h.dob) continue;
    const k = `${h.nameKey}|${h.dob}`;
    const list = history.get(k);
    if (list) list.push(h);
    else history.set(k, [h]);
  }
  const unitOrder = new Map(r.units.map((u, i) => [u.key, i] as const));
  const titleOrder = new Map(r.titles.map((t, i) => [t.key, i] as const));
  const items: { c: Candidate; title: string; titleKey: string }[] = [];
  for (const c of r.candidates)
    for (const d of r.decisions.get(c.id) ?? []) if (d.status === 'proposed' && goesAbove(d.title, 0)) items.push({ c, title: d.title, titleKey: d.titleKey });
  // The order of the proposal list: collectives first, then by form, unit and name.
  items.sort(
    (a, b) =>
      (a.c.kind === b.c.kind ? 0 : a.c.kind === 'collective' ? -1 : 1) ||
      (titleOrder.get(a.titleKey) ?? 99) - (titleOrder.get(b.titleKey) ?? 99) ||
      (unitOrder.get(a.c.unitKey) ?? 9999) - (unitOrder.get(b.c.unitKey) ?? 9999) ||
      compareText(a.c.unitName, b.c.unitName) ||
      compareNames(nameSortKey(a.c.name, a.c.kind === 'individual'), nameSortKey(b.c.name, b.c.kind === 'individual')),
  );
  return items.map(({ c, title }) => {
    const p = r.ranking.positions.get(c.id)!;
    const kind = subjectKindOf(c.kind, c.name);
    const cls = objectClassOf(kind, c.position, c.name, L);
    const prereq: string[] = [];
    // The agency's own titles of this year, decided with the same council: the base of the proposal.
    for (const d of r.decisions.get(c.id) ?? [])
      if (d.status === 'proposed' && !goesAbove(d.title, 0)) prereq.push(`${year ?? ''}: ${d.title} (${L === 'vi' ? 'cơ quan xét cùng đợt' : 'decided by the agency this round'})`);
    const past = c.dob ? (history.get(`${c.nameKey}|${c.dob}`) ?? []) : [];
    for (const h of [...past].sort((a, b) => b.year - a.year || compareText(a.title, b.title)))
      prereq.push(`${h.year}: ${h.title}${h.decision ? ` (${h.decision})` : ''}${h.thematic ? (L === 'vi' ? ' [chuyên đề/đột xuất]' : ' [thematic/one-off]') : ''}`);
    const auth = authorityOf(title);
    const v: RowValues = {
      format: FORMAT,
      agency: o.agency,
      unit: c.unitName,
      kind: kindText(kind, L),
      name: c.name,
      dob: c.dob ? isoToVi(c.dob) : '',
      // From the unit's Giới tính column where it has one; never guessed from the name.
      gender: c.gender ?? '',
      position: c.position,
      personId: c.staffCode ?? '',
      objectClass: cls.code,
      objectNote: cls.note,
      awardKind,
      form: title,
      decidedBy: levelText(auth.decidedBy, L),
      total: r.scores.get(c.id)!.total,
      rankAll: p.all.rank,
      rankBlock: c.block ? p.block.rank : null,
      rankUnit: p.unit.rank,
      rating: c.rating ?? '',
      initiatives: c.initiatives,
      discipline: c.discipline.kind === 'none' ? '' : c.discipline.text,
      prerequisites: prereq.join('; '),
      vote: voteOf(r, c, title),
      achievements: achievementSummary(r, c),
      sourceFile: o.sourceFile,
      sourceSheet: c.sheet,
      sourceCell: a1(c.nameRef.row, c.nameRef.col),
      chain: `${o.sourceFile}!${c.sheet}!${a1(c.nameRef.row, c.nameRef.col)}`,
      status: '',
      cellDigest: '',
      rowHash: '',
    };
    return sealRow(v);
  });
}

export function kindText(k: 'individual' | 'collective' | 'household', L: Lang): string {
  return L === 'vi' ? { individual: 'Cá nhân', collective: 'Tập thể', household: 'Hộ gia đình' }[k] : { individual: 'Individual', collective: 'Collective', household: 'Household' }[k];
}

export function kindOfText(text: string): 'individual' | 'collective' | 'household' {
  const k = fold(text);
  if (k.startsWith('tap the') || k.startsWith('collective')) return 'collective';
  if (k.startsWith('ho ') || k === 'ho gia dinh' || k.startsWith('household')) return 'household';
  return 'individual';
}

export function text(v: RowValues, id: keyof RowValues): string {
  const x = v[id];
  return x === null || x === undefined ? '' : String(x);
}
