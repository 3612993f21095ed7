import { SheetGrid } from '../../sheet/grid';
import { CriteriaTree, Criterion, Unit } from '../model';
import { FindingLog } from '../findings/log';
import { Recognition, ScoreSheetInfo, SetContext } from './scoreSheet';
import { Candidate } from '../model';
import { criteriaSetOf } from '../config/criteria';
import { criterionTextIndex } from './headers';
import { criterionSlots } from '../model';
import { fold } from '../text/normalize';

type NotScore = Extract<Recognition, { kind: 'notScore' }>;

/**
 * A sheet that was not read says so on that sheet: what looked like its header, which columns
 * were understood and which were not. An empty sheet holds nothing to lose and is passed over.
 */
export function reportUnreadSheet(grid: SheetGrid, rec: NotScore, units: Unit[], log: FindingLog): void {
  const d = rec.diagnosis;
  if (d.empty) return;
  const vi = log.lang === 'vi';
  const unit = d.unitKey ? units.find((u) => u.key === d.unitKey) : undefined;
  const unitText = unit ? (vi ? ` (sheet của đơn vị "${unit.name}")` : ` (the sheet of unit "${unit.name}")`) : '';
  const parts: string[] = [];
  if (d.headerRow === null) parts.push(vi ? 'không thấy dòng tiêu đề bảng nào trong 15 dòng đầu' : 'no table header row in the first 15 rows');
  else {
    parts.push(vi ? `dòng ${d.headerRow + 1} giống dòng tiêu đề nhất` : `row ${d.headerRow + 1} looks most like a header`);
    if (d.understood.length > 0) parts.push((vi ? 'Nhận ra: ' : 'Understood: ') + d.understood.join('; '));
    if (d.unknown.length > 0) parts.push((vi ? 'Không nhận ra: ' : 'Not understood: ') + d.unknown.join('; '));
    if (d.renames.length > 0) parts.push((vi ? 'Gợi ý: ' : 'Suggested: ') + d.renames.join('; '));
  }
  const at = { sheet: grid.name, row: d.headerRow ?? 0, col: 0 };
  if (rec.reason === 'noCriteria') {
    log.add('SHEET_NO_CRITERIA', { sheet: grid.name }, { sheet: grid.name, row: at.row, col: 0 });
    log.add('SHEET_HEADER_SEEN', { sheet: grid.name, seen: parts.join('. ') + '.' }, at);
  } else log.add('SHEET_NOT_UNDERSTOOD', { sheet: grid.name, unit: unitText, seen: parts.join('. ') + '.' }, at);
}

/** Nothing recognised in a book that holds sheets besides the configuration: not a clean book. */
export function reportNothingRecognised(others: SheetGrid[], log: FindingLog): void {
  const withData = others.filter((g) => g.rows.some((r) => r?.some((v) => v !== null && v !== '')));
  if (withData.length === 0) return;
  log.add(
    'BOOK_NOTHING_RECOGNISED',
    { count: withData.length, sheets: withData.map((g) => `"${g.name}"`).join(', ') },
    { sheet: withData[0].name, row: 0, col: 0 },
  );
}

/** The one scored top-level criterion, when `Tiêu chí` has exactly one: what a lone "Điểm" column scores. */
export function singleScoredCriterion(tree: CriteriaTree): Criterion | null {
  const scored = tree.roots.filter((c) => c.kind === 'scored');
  return scored.length === 1 ? scored[0] : null;
}

/**
 * For a campaign with several criteria sets: the set of a sheet's unit (its `Bộ tiêu chí`, or a set
 * named as its block), with the reading context of that set; null when the campaign has one set.
 * A unit naming a set that `Tiêu chí` does not have is said on its cell.
 */
export function setChooser(tree: CriteriaTree, units: Unit[], log: FindingLog): ((unitKey: string) => SetContext | null) | null {
  if (!tree.sets || tree.sets.size === 0) return null;
  const contexts = new Map<string, SetContext>();
  for (const [key, t] of tree.sets)
    contexts.set(key, { key, criteria: t, slots: criterionSlots(t), textIndex: criterionTextIndex(t), singleScored: singleScoredCriterion(t) });
  const names = [...tree.sets.values()].map((t) => `"${t.setName}"`).join(', ');
  for (const u of units)
    if (u.criteriaSet && !tree.sets.has(fold(u.criteriaSet)))
      log.add('CRITERIA_SET_UNKNOWN', { value: u.criteriaSet, sets: names }, u.criteriaSetRef ?? u.ref, { unit: u.name });
  return (unitKey) => {
    const set = criteriaSetOf(
      tree,
      units.find((u) => u.key === unitKey),
    );
    if (!set) return null;
    return [...contexts.values()].find((c) => c.criteria === set) ?? null;
  };
}

/** Candidates and sheets grouped by the criteria set they were read with (one group when the campaign has one set). */
export function bySet(
  tree: CriteriaTree,
  candidates: Candidate[],
  sheets: ScoreSheetInfo[],
): { tree: CriteriaTree; candidates: Candidate[]; sheets: ScoreSheetInfo[] }[] {
  if (!tree.sets || tree.sets.size === 0) return [{ tree, candidates, sheets }];
  const groups = new Map<string, { tree: CriteriaTree; candidates: Candidate[]; sheets: ScoreSheetInfo[] }>();
  const groupOf = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { tree: (key && tree.sets!.get(key)) || tree, candidates: [], sheets: [] }));
    return g;
  };
  for (const s of sheets) groupOf(s.criteriaSet ?? '').sheets.push(s);
  for (const c of candidates) groupOf(c.criteriaSet ?? '').candidates.push(c);
  return [...groups.values()];
}
