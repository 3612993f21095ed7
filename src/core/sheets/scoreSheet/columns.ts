// Recognising a roster: its header row(s), name column, criterion columns and known columns.
import { SheetGrid, gridWidth } from '../../../sheet/grid';
import { CriteriaTree, Criterion, Subject } from '../../model';
import { cleanText } from '../../text/normalize';
import { headerKey } from '../../config/table';
import { classifyCode } from '../../config/criteria';
import { criterionFromHeader } from '../headers';
import { ColumnRole, GENERIC_SCORE, INFO_WORDS, isFormField, nameHeaderKind, roleOf, subKind } from '../vocabulary';
import { CriterionColumn, HEADER_SCAN, RecognizeContext, RosterColumns } from './types';

export function isNumberingRow(texts: string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < 3 || !filled.every((t) => /\d/.test(t) && /^\(?[\d+=\-*/x ]+\)?$/i.test(t))) return false;
  // Column numbers go up ("1 2 3 …", "(1) (2) (3)=(1)+(2)"): a row of scores does not.
  const plain = filled
    .map((t) => /^\(?(\d+)\)?$/.exec(t))
    .filter((m) => m !== null)
    .map((m) => Number(m![1]));
  return plain.length >= 2 && plain[0] === 1 && plain.every((n, i) => i === 0 || n > plain[i - 1]);
}

function analyseRoster(grid: SheetGrid, filled: string[][], r: number, nameCol: number, kind: Subject | null, ctx: RecognizeContext): RosterColumns {
  const width = gridWidth(grid);
  // A second header row holds the "Tự chấm / Thẩm định" split or the codes under a group label.
  let headerRows = [r];
  const next = filled[r + 1];
  if (next && !isNumberingRow(next)) {
    const nameBelow = headerKey(next[nameCol] ?? '');
    const nameContinues = nameBelow === '' || nameBelow === headerKey(filled[r][nameCol]);
    // Not from the STT column: a first data row numbered "I" is no sub-header of criterion I.
    const hasSub = next.some(
      (t, c) =>
        c !== nameCol &&
        roleOf(headerKey(filled[r][c] ?? '')) !== 'stt' &&
        (subKind(headerKey(t)) !== null || criterionFromHeader(headerKey(t), ctx.criteria, ctx.textIndex) !== null),
    );
    if (nameContinues && hasSub) headerRows = [r, r + 1];
  }
  const roles = new Map<ColumnRole, number>();
  const criteria: CriterionColumn[] = [];
  const groups: CriterionColumn[] = [];
  const evidenceByItem = new Map<string, number>();
  const unknown: { col: number; text: string }[] = [];
  let totalAppraisedCol: number | null = null;
  let last: { kind: 'crit'; code: string } | { kind: 'total' } | null = null;
  for (let c = 0; c < width; c++) {
    if (c === nameCol) {
      last = null;
      continue;
    }
    const keys = headerRows.map((hr) => headerKey(filled[hr]?.[c] ?? ''));
    if (keys.every((k) => k === '')) {
      last = null;
      continue;
    }
    const sk = keys.map(subKind).find((x) => x !== null) ?? null;
    // 1. a criterion code, 2. a known column, 3. a criterion's text.
    let crit: Criterion | null = null;
    for (const k of keys) {
      if (/^minh chung\b/.test(k)) break;
      const shape = classifyCode(k.replace(/^(tieu chi|tc|muc|diem)\s+/, '').split(' ')[0] ?? '');
      if (shape) {
        crit = ctx.criteria.all.find((x) => x.key === shape.key) ?? null;
        if (crit) break;
      }
    }
    const role = crit ? null : (keys.map(roleOf).find((x) => x !== null) ?? null);
    if (!crit && !role) for (const k of keys) if ((crit = criterionFromHeader(k, ctx.criteria, ctx.textIndex))) break;
    // One score column and no criterion named ("Điểm", "Điểm (+ điểm thưởng)", "Điểm phúc tra"):
    // the campaign's one scored criterion, when `Tiêu chí` has exactly one.
    if (!crit && !role && last?.kind !== 'total' && keys.some((k) => GENERIC_SCORE.test(k) || (sk !== null && /^diem\b/.test(k))))
      crit = ctx.singleScored ?? null;

    if (crit && crit.children.length === 0) {
      criteria.push({ col: c, code: crit.code, sub: sk ?? 'self' });
      last = { kind: 'crit', code: crit.code };
      continue;
    }
    if (crit) {
      // A group's subtotal column: recomputed from its items, unless the sheet has none of them.
      groups.push({ col: c, code: crit.code, sub: sk ?? 'self' });
      last = { kind: 'crit', code: crit.code };
      continue;
    }
    if (role === 'evidence') {
      const codeKey = keys[0].replace(/^minh chung\s*/, '').replace(/^(tieu chi|tc)\s+/, '');
      const target = codeKey ? ctx.criteria.all.find((x) => x.key === codeKey) : undefined;
      if (target) evidenceByItem.set(target.code, c);
      else if (!roles.has('evidence')) roles.set('evidence', c);
      last = null;
      continue;
    }
    if (role === 'total') {
      if (sk === 'appraised') totalAppraisedCol = c;
      else if (!roles.has('total')) roles.set('total', c);
      last = { kind: 'total' };
      continue;
    }
    if (role) {
      if (!roles.has(role)) roles.set(role, c);
      last = null;
      continue;
    }
    // An unmerged second column under the same code: only its sub-header names it.
    if (sk && last?.kind === 'crit') (ctx.criteria.byCode.get(last.code)!.children.length > 0 ? groups : criteria).push({ col: c, code: last.code, sub: sk });
    else if (sk === 'appraised' && last?.kind === 'total') totalAppraisedCol = c;
    else if (!sk && !keys.some((k) => INFO_WORDS.test(k)))
      unknown.push({
        col: c,
        text: cleanText(
          headerRows
            .map((hr) => filled[hr]?.[c] ?? '')
            .filter((t) => t !== '')
            .join(' / '),
        ),
      });
    last = null;
  }
  return {
    headerRow: r,
    lastHeaderRow: headerRows[headerRows.length - 1],
    nameCol,
    kind,
    roles,
    totalAppraisedCol,
    criteria: [...criteria, ...groupsWithoutItems(groups, new Set(criteria.map((c) => c.code)), ctx.criteria)],
    evidenceByItem,
    unknown,
  };
}

/**
 * The group columns to read as scores: groups none of whose items has a column on the sheet (a
 * unit that scored "I. Chuyên môn 58" without the items). A group with item columns is summed
 * from them, its own column only a subtotal.
 */
export function groupsWithoutItems<T extends { code: string }>(groups: T[], items: ReadonlySet<string>, tree: CriteriaTree): T[] {
  const hasItem = (code: string): boolean => {
    const node = tree.byCode.get(code);
    return !!node && node.children.some((k) => items.has(k) || hasItem(k));
  };
  // The outermost group without items is read; its subgroups are then covered by it.
  const read = groups.filter((g) => !hasItem(g.code));
  const inside = (code: string, outer: string): boolean => {
    const p = tree.byCode.get(code)?.parent ?? null;
    return p !== null && (p === outer || inside(p, outer));
  };
  return read.filter((g) => !read.some((o) => o.code !== g.code && inside(g.code, o.code)));
}

/** The scored items with no column (and not inside a group scored as a whole), and the groups scored as a whole. */
export function coverage(tree: CriteriaTree, read: Set<string>): { missingCriteria: string[]; groupTotals: string[] } {
  const groupTotals = tree.all.filter((x) => x.children.length > 0 && read.has(x.code)).map((x) => x.code);
  const covered = (code: string): boolean => {
    const p = tree.byCode.get(code)?.parent ?? null;
    return p !== null && (groupTotals.includes(p) || covered(p));
  };
  return { missingCriteria: tree.leaves.filter((l) => l.kind === 'scored' && !read.has(l.code) && !covered(l.code)).map((l) => l.code), groupTotals };
}

export function findRoster(grid: SheetGrid, filled: string[][], ctx: RecognizeContext): { found: RosterColumns | null; sawName: boolean } {
  let sawName = false;
  let best = null as RosterColumns | null;
  for (let r = 0; r < Math.min(HEADER_SCAN, filled.length); r++) {
    const row = filled[r];
    for (let c = 0; c < row.length; c++) {
      const found = nameHeaderKind(headerKey(row[c]));
      if (!found || isFormField(row[c])) continue; // "Tên đơn vị: ……" is a title-block field
      sawName = true;
      const kind = found === 'mixed' ? null : found;
      const cols = analyseRoster(grid, filled, r, c, kind, ctx);
      if (cols.criteria.length > 0 && (!best || cols.criteria.length > best.criteria.length)) best = cols;
      break;
    }
    if (best) break;
  }
  return { found: best, sawName };
}
