// The criteria-down-the-rows form: one collective (or its head) per sheet.
import { SPECIAL_STRIDE, SheetGrid, cellAt, cellText, gridWidth, specialCells } from '../../../sheet/grid';
import { CriteriaTree, Criterion, ScoreLayout, Subject, Unit } from '../../model';
import { cleanText, fold, nameKey } from '../../text/normalize';
import { parseNumber } from '../../text/numbers';
import { headerKey } from '../../config/table';
import { classifyCode } from '../../config/criteria';
import { criterionFromHeader, isSignatureText } from '../headers';
import { GENERIC_SCORE, isFormField, isTotalLabel, rowFormRole, subKind } from '../vocabulary';
import { HEADER_SCAN, RecognizeContext, ScoreSheetInfo } from './types';
import { sheetUnit } from './unit';
import { coverage, groupsWithoutItems } from './columns';
import { FieldCells, SCORE_SPECIAL, SheetCandidate, dateText, readScore } from './candidate';
import { firstTextCol } from './roster';

/** The columns of the criteria-down-the-rows form, found on its header row (and the row below). */
interface RowFormColumns {
  headerRow: number;
  lastHeader: number;
  code: number;
  content: number;
  self: number;
  appraised: number;
  evidence: number;
}

function rowFormColumns(filled: string[][], r: number): RowFormColumns | null {
  const keys = filled[r].map((t) => (isFormField(t) ? '' : headerKey(t)));
  const below = filled[r + 1]?.map(headerKey) ?? [];
  const roleAt = (c: number) => rowFormRole(keys[c] ?? '') ?? (below[c] ? rowFormRole(below[c]) : null);
  const first = (role: string) => {
    for (let c = 0; c < keys.length; c++) if (roleAt(c) === role) return c;
    return -1;
  };
  // The content column is named on the header row itself; a title above it is not the header.
  const content = keys.findIndex((k) => rowFormRole(k) === 'content');
  if (content < 0) return null;
  let self = first('self');
  const appraised = first('appraised');
  // One score column with no "tự chấm"/"thẩm định" word ("Điểm", "Điểm đạt", "Kết quả chấm"): the score.
  if (self < 0 && appraised < 0) self = keys.findIndex((k) => GENERIC_SCORE.test(k) && rowFormRole(k) !== 'maxPoints');
  if (self < 0 && appraised < 0) return null;
  const lastHeader = below.some((k, c) => c !== content && subKind(k) !== null) ? r + 1 : r;
  return { headerRow: r, lastHeader, code: first('code'), content, self, appraised, evidence: first('evidence') };
}

/**
 * Whether a criteria-rows form scores one person (the unit's head) rather than the unit: its
 * title says so ("CHẤM ĐIỂM LÃNH ĐẠO…", "người đứng đầu") or it has a "Họ và tên:" field; the
 * `Đơn vị` row may also say it (Đối tượng chấm).
 */
function rowFormSubject(grid: SheetGrid, headerRow: number, unit: Unit | undefined): { kind: Subject; person: string; position: string } {
  let person = '';
  let position = '';
  let leader = false;
  const width = gridWidth(grid);
  for (let r = 0; r < headerRow; r++)
    for (let c = 0; c < width; c++) {
      const t = cellText(cellAt(grid, r, c));
      if (t === '') continue;
      const f = fold(t);
      const field = /^(ho va ten|ho ten|nguoi duoc danh gia|ca nhan)\s*:\s*(.*)$/.exec(f);
      if (field) {
        const value = cleanText(t.slice(t.indexOf(':') + 1)).replace(/^[.…_\s]+$/, '');
        if (value !== '') person = value;
        leader = true;
      }
      const pos = /^(chuc vu|chuc danh)\s*:\s*(.*)$/.exec(f);
      if (pos) position = cleanText(t.slice(t.indexOf(':') + 1)).replace(/^[.…_\s]+$/, '');
      if (/\b(cham diem|danh gia|tieu chuan)\b.*\b(lanh dao|nguoi dung dau|thu truong|truong don vi|can bo quan ly|ca nhan)\b/.test(f)) leader = true;
    }
  if (unit?.scoredSubject === 'individual') leader = true;
  if (unit?.scoredSubject === 'collective') leader = false;
  return leader ? { kind: 'individual', person, position } : { kind: 'collective', person: '', position: '' };
}

/**
 * The criterion a line of the form names. Items numbered anew inside each group (A: 1, 2 … B:
 * 1, 2 …) are read within their group: under B, "1" is B's item "1", "B1" or "B.1", never A's "1".
 */
function criterionInGroup(code: string, group: Criterion | null, tree: CriteriaTree): { crit: Criterion | null; outside: Criterion | null } {
  const shape = classifyCode(code);
  if (!shape) return { crit: null, outside: null };
  const global = tree.all.find((x) => x.key === shape.key) ?? null;
  if (!group || shape.level === 0) return { crit: global, outside: null };
  const inside = (c: Criterion | null): boolean => {
    for (let p = c?.parent ?? null; p !== null; p = tree.byCode.get(p)?.parent ?? null) if (p === group.code) return true;
    return false;
  };
  if (global && inside(global)) return { crit: global, outside: null };
  for (const k of [`${group.key}${shape.key}`, `${group.key}.${shape.key}`]) {
    const c = tree.all.find((x) => x.key === k) ?? null;
    if (c && inside(c)) return { crit: c, outside: null };
  }
  // Only a bare number can restart inside a group; "C1", "2.1" mean what they say.
  if (global && !/^\d+$/.test(shape.key)) return { crit: global, outside: null };
  return { crit: null, outside: global };
}

/**
 * The block-scoring form (domain §5): one collective (or its head) per sheet, criteria down the
 * rows, columns STT | Nội dung tiêu chí | Điểm chuẩn | Điểm tự chấm | Điểm khối chấm | Ghi chú.
 */
export function findCriteriaRows(grid: SheetGrid, filled: string[][], ctx: RecognizeContext): ScoreSheetInfo | null {
  for (let r = 0; r < Math.min(HEADER_SCAN, filled.length); r++) {
    const fc = rowFormColumns(filled, r);
    if (!fc) continue;
    const { code: codeCol, content: contentCol, self: selfCol, appraised: appraisedCol, evidence: noteCol, lastHeader } = fc;
    const sheet = grid.name;
    const unit = sheetUnit(grid, r, ctx);
    const u = ctx.units.find((x) => x.key === unit.key);
    const subject = rowFormSubject(grid, r, u);
    const layout = new ScoreLayout(ctx.slots, true);
    const cells: FieldCells = { name: contentCol, total: -1, appraisedTotal: -1, requested: -1, evidence: -1, rating: -1, totalRow: -1 };
    const cand = new SheetCandidate(sheet, r, subject.kind, cells, layout);
    const unitName = u?.name ?? unit.name;
    cand.name = subject.person || unitName;
    cand.nameKey = nameKey(cand.name);
    cand.position = subject.position;
    cand.unitName = unitName;
    cand.unitKey = unit.key;
    const who = { unit: unitName, candidate: cand.name };
    const special = specialCells(grid, SCORE_SPECIAL);
    let hasAppraisal = false;
    let found = 0;
    const groupRows: { code: string; crit: Criterion; row: number }[] = [];
    const readAt = new Map<string, number>();
    const scoreAt = (row: number, col: number, item: string): number | null => {
      const kind = special?.get(row * SPECIAL_STRIDE + col);
      if (kind === 'date') {
        ctx.log.add('SCORE_IS_DATE', { item, value: dateText(cellAt(grid, row, col)) }, { sheet, row, col }, who);
        return null;
      }
      if (kind === 'formulaNoValue') {
        ctx.log.add('FORMULA_NOT_CALCULATED', { item }, { sheet, row, col }, who);
        return null;
      }
      return readScore(grid, row, col, item, ctx, who);
    };
    const readRow = (crit: Criterion, row: number) => {
      const slot = layout.slotOf(crit.code);
      if (selfCol >= 0) {
        layout.place(slot, 'self', selfCol, row);
        cand.scores.set(slot, 'self', scoreAt(row, selfCol, crit.code));
      }
      if (appraisedCol >= 0) {
        const v = scoreAt(row, appraisedCol, crit.code);
        layout.place(slot, 'appraised', appraisedCol, row);
        cand.scores.set(slot, 'appraised', v);
        if (v !== null) hasAppraisal = true;
      }
      if (noteCol >= 0) (cand.evidenceByItem ??= new Map()).set(crit.code, cleanText(cellText(cellAt(grid, row, noteCol))));
    };
    const holdsScore = (row: number) => [selfCol, appraisedCol].some((c) => c >= 0 && parseNumber(cellAt(grid, row, c)).kind === 'number');
    let group: Criterion | null = null;
    let ended = -1;
    for (let row = lastHeader + 1; row < grid.rows.length; row++) {
      const content = cleanText(cellText(cellAt(grid, row, contentCol)));
      const code = codeCol >= 0 ? cellText(cellAt(grid, row, codeCol)).trim() : '';
      if (content === '' && code === '') continue;
      if (isTotalLabel(content) || isTotalLabel(code)) {
        const pick = (c: number) => (c >= 0 ? parseNumber(cellAt(grid, row, c)) : ({ kind: 'blank' } as const));
        const s = pick(selfCol);
        const a = pick(appraisedCol);
        if (s.kind === 'number') cand.statedTotal = s.value;
        if (a.kind === 'number') cand.statedAppraisedTotal = a.value;
        cells.totalRow = row;
        cells.total = selfCol;
        cells.appraisedTotal = appraisedCol;
        continue;
      }
      if (!holdsScore(row) && (isSignatureText(content) || isSignatureText(code))) {
        ended = row;
        break;
      }
      const inGroup = criterionInGroup(code, group, ctx.criteria);
      const outside = inGroup.outside;
      let crit = inGroup.crit;
      if (!crit && code === '') crit = criterionFromHeader(headerKey(content), ctx.criteria, ctx.textIndex);
      if (!crit && outside) {
        // "1" under group B where `Tiêu chí` has 1 only under A: not A's item.
        crit = criterionFromHeader(headerKey(content), ctx.criteria, ctx.textIndex);
        if (!crit)
          ctx.log.add(
            'CRITERIA_ROW_CODE_AMBIGUOUS',
            { row: row + 1, code, group: group?.code ?? '', other: outside.code, otherGroup: outside.parent ?? '' },
            { sheet, row, col: codeCol >= 0 ? codeCol : contentCol },
            who,
          );
        continue;
      }
      if (!crit) {
        if (holdsScore(row))
          ctx.log.add(
            'CRITERIA_ROW_UNKNOWN',
            { row: row + 1, code: code || content.slice(0, 60) },
            { sheet, row, col: codeCol >= 0 ? codeCol : contentCol },
            who,
          );
        continue;
      }
      // A top-level line (A, B, I, II…) opens its group: the numbers below it are its own.
      if (crit.parent === null) group = crit.level === 0 ? crit : null;
      const earlier = readAt.get(crit.code);
      if (earlier !== undefined) {
        ctx.log.add(
          'CRITERIA_ROW_DUPLICATE',
          { row: row + 1, code: crit.code, other: earlier + 1 },
          { sheet, row, col: codeCol >= 0 ? codeCol : contentCol },
          who,
        );
        continue;
      }
      readAt.set(crit.code, row);
      if (crit.children.length > 0) {
        groupRows.push({ code: crit.code, crit, row }); // a group's line: read only if the sheet has none of its items
        continue;
      }
      found++;
      readRow(crit, row);
    }
    if (ended >= 0)
      for (let row = ended + 1; row < grid.rows.length; row++)
        if (holdsScore(row))
          ctx.log.add(
            'ROW_AFTER_TABLE',
            { row: row + 1, end: ended + 1, value: cleanText(cellText(cellAt(grid, ended, firstTextCol(grid, ended, gridWidth(grid))))) },
            { sheet, row, col: contentCol },
          );
    // Groups scored as a whole: no line for any of their items (the outermost such group).
    const itemRows = new Set(ctx.criteria.leaves.filter((l) => cand.scores.has(l.code)).map((l) => l.code));
    for (const g of groupsWithoutItems(groupRows, itemRows, ctx.criteria)) {
      found++;
      readRow(g.crit, g.row);
    }
    if (found === 0) continue;
    // A collective named after a sheet `Đơn vị` does not know: said (a head's sheet is SHEET_UNIT_UNKNOWN).
    if (subject.kind === 'collective' && unit.source === 'fallback' && ctx.units.length > 0)
      ctx.log.add(
        'SHEET_NAME_NOT_UNIT',
        {
          sheet,
          what:
            ctx.log.lang === 'vi'
              ? 'tập thể chấm điểm trong sheet không ghi tên đơn vị ở phần tiêu đề'
              : 'the collective scored on it has no unit named in the title block',
        },
        { sheet, row: 0, col: 0 },
      );
    if (selfCol < 0) ctx.log.add('SHEET_SELF_COLUMN_UNKNOWN', { sheet }, { sheet, row: r, col: appraisedCol });
    return {
      sheet,
      layout: 'criteriaRows',
      kind: subject.kind,
      unitName,
      unitKey: cand.unitKey,
      unitSource: unit.source,
      headerRow: r,
      firstDataRow: lastHeader + 1,
      candidates: [cand],
      hasAppraisal,
      ...coverage(ctx.criteria, new Set(ctx.criteria.all.filter((x) => cand.scores.has(x.code)).map((x) => x.code))),
      hasEvidenceColumn: noteCol >= 0,
    };
  }
  return null;
}
