// A roster row's cells: its fields (rating, dates, counts, totals, requests) and its scores.
import { CellValue, SPECIAL_STRIDE, SheetGrid, SpecialKind, cellAt, cellText } from '../../../sheet/grid';
import { CellRef, Subject } from '../../model';
import { cleanText, fold } from '../../text/normalize';
import { parseDate, parseNumber } from '../../text/numbers';
import { parseDiscipline, parseRating } from '../../rules/levels';
import { ColumnRole } from '../vocabulary';
import { RecognizeContext, RosterColumns } from './types';
import { SheetCandidate, countInitiatives, dateText, readScore } from './candidate';

/** A row's texts, for the rare checks that look at the whole row (numbering row, signature block). */
export function rowTexts(grid: SheetGrid, r: number, width: number): string[] {
  const t: string[] = [];
  for (let c = 0; c < width; c++) t.push(cellText(cellAt(grid, r, c)));
  return t;
}

/** A roster sheet's columns, looked up once for all its rows (-1: the sheet has no such column). */
interface RowColumns {
  unit: number;
  stt: number;
  staffCode: number;
  position: number;
  dob: number;
  rating: number;
  initiatives: number;
  researchTopics: number;
  gender: number;
  discipline: number;
  daysOff: number;
  monthsWorked: number;
  maternityDays: number;
  total: number;
  appraisedTotal: number;
  requested: number;
  evidence: number;
  note: number;
}

export interface ScoreColumn {
  col: number;
  code: string;
  slot: number;
  sub: 'self' | 'appraised';
  /** Where the value goes in ItemScores.v. */
  at: number;
}

export const NO_CELLS: CellValue[] = [];

export function rowColumns(cols: RosterColumns, kind: Subject): RowColumns {
  const at = (role: ColumnRole) => cols.roles.get(role) ?? -1;
  return {
    unit: kind === 'individual' ? at('unit') : -1,
    stt: at('stt'),
    staffCode: at('staffCode'),
    position: at('position'),
    dob: at('dob'),
    rating: at('rating'),
    initiatives: at('initiatives'),
    researchTopics: at('researchTopics'),
    gender: kind === 'individual' ? at('gender') : -1,
    discipline: at('discipline'),
    daysOff: at('daysOff'),
    monthsWorked: at('monthsWorked'),
    maternityDays: at('maternityDays'),
    total: at('total'),
    appraisedTotal: cols.totalAppraisedCol ?? -1,
    requested: at('requested'),
    evidence: at('evidence'),
    note: at('note'),
  };
}

/** A cell of the row as clean text ('' for no such column). */
export function textIn(cells: CellValue[], col: number): string {
  if (col < 0) return '';
  const v = cells[col];
  return v === undefined || v === null ? '' : cleanText(cellText(v));
}

/** Bit 1: some score cell holds a number; bit 2: some score cell is not blank. */
export function scoreCellsState(cells: CellValue[], scoreCols: ScoreColumn[]): number {
  let state = 0;
  for (let i = 0; i < scoreCols.length; i++) {
    const v = cells[scoreCols[i].col];
    if (typeof v === 'number') return 3;
    if (v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')) state = 2;
  }
  return state;
}

export type Who = { unit: string; candidate: string };

/** The row's own fields: staff code, date of birth, rating, initiatives, discipline, days off, totals, requests, evidence. */
export function readFields(
  cand: SheetCandidate,
  cells: CellValue[],
  r: number,
  rc: RowColumns,
  evidenceByItem: Map<string, number>,
  ctx: RecognizeContext,
  who: Who,
): void {
  const at = (col: number): CellRef => ({ sheet: cand.sheet, row: r, col });
  cand.staffCode = textIn(cells, rc.staffCode) || null;
  cand.position = textIn(cells, rc.position);
  if (rc.dob >= 0) {
    const d = parseDate(cells[rc.dob] ?? null);
    if (d.kind === 'date') cand.dob = d.iso;
    else if (d.kind === 'invalid') ctx.log.add('DATE_INVALID', { value: d.text }, at(rc.dob), who);
  }
  if (rc.rating >= 0) {
    const t = textIn(cells, rc.rating);
    if (t) {
      cand.rating = parseRating(t);
      if (!cand.rating) ctx.log.add('RATING_INVALID', { value: t }, at(rc.rating), who);
    } else if (cand.kind === 'individual') ctx.log.add('RATING_MISSING', {}, at(rc.rating), who);
  }
  if (rc.initiatives >= 0) {
    const n = countInitiatives(cells[rc.initiatives] ?? null);
    cand.initiatives = n.count;
    if (n.invalid !== null) ctx.log.add('NUMBER_INVALID', { label: 'Sáng kiến', value: n.invalid }, at(rc.initiatives), who);
  }
  if (rc.gender >= 0) {
    // Carried to the upward dossier (domain.md §7 lists Giới tính); a form's own wording is kept.
    const g = textIn(cells, rc.gender);
    const k = fold(g);
    cand.gender = !g ? null : /^(nam|male|m)$/.test(k) ? 'Nam' : /^(nu|female|f)$/.test(k) ? 'Nữ' : g;
  }
  if (rc.researchTopics >= 0) {
    // A count, or the topics described: read as initiatives are (Law 06/2022 Art. 23: an accepted research topic).
    const n = countInitiatives(cells[rc.researchTopics] ?? null);
    cand.researchTopics = n.count;
    if (n.invalid !== null) ctx.log.add('NUMBER_INVALID', { label: 'Đề tài', value: n.invalid }, at(rc.researchTopics), who);
  }
  if (rc.discipline >= 0) {
    cand.discipline = parseDiscipline(textIn(cells, rc.discipline));
    if (cand.discipline.kind === 'unknown') ctx.log.add('DISCIPLINE_UNKNOWN', { value: cand.discipline.text }, at(rc.discipline), who);
  }
  if (rc.daysOff >= 0) {
    const p = parseNumber(cells[rc.daysOff] ?? null);
    if (p.kind === 'number') cand.daysOff = p.value;
    else if (p.kind === 'invalid') ctx.log.add('NUMBER_INVALID', { label: 'Số ngày nghỉ', value: p.text }, at(rc.daysOff), who);
  }
  if (rc.maternityDays >= 0) {
    const p = parseNumber(cells[rc.maternityDays] ?? null);
    if (p.kind === 'number' && p.value >= 0) cand.maternityDays = p.value;
    else if (p.kind !== 'blank')
      ctx.log.add('NUMBER_INVALID', { label: 'Nghỉ thai sản (ngày)', value: p.kind === 'invalid' ? p.text : String(p.value) }, at(rc.maternityDays), who);
  }
  if (rc.monthsWorked >= 0) {
    const p = parseNumber(cells[rc.monthsWorked] ?? null);
    if (p.kind === 'number' && p.value >= 0 && p.value <= 12) cand.monthsWorked = p.value;
    else if (p.kind !== 'blank')
      ctx.log.add('NUMBER_INVALID', { label: 'Số tháng công tác (0–12)', value: p.kind === 'invalid' ? p.text : String(p.value) }, at(rc.monthsWorked), who);
  }
  if (rc.total >= 0) {
    const v = cells[rc.total];
    if (typeof v === 'number' && Number.isFinite(v)) cand.statedTotal = v;
    else {
      const p = parseNumber(v ?? null);
      if (p.kind === 'number') cand.statedTotal = p.value;
      else if (p.kind === 'invalid') ctx.log.add('TOTAL_NOT_NUMBER', { value: p.text }, at(rc.total), who);
    }
  }
  if (rc.appraisedTotal >= 0) {
    const p = parseNumber(cells[rc.appraisedTotal] ?? null);
    if (p.kind === 'number') cand.statedAppraisedTotal = p.value;
  }
  if (rc.requested >= 0) {
    const asked = textIn(cells, rc.requested);
    if (asked !== '')
      cand.requestedTitles = asked
        .split(/[;\n]+|,(?!\d)/)
        .map((s) => cleanText(s))
        .filter((s) => s !== '' && !/^(khong|khong de nghi|-)$/.test(fold(s)));
  }
  cand.note = textIn(cells, rc.note);
  cand.evidence = textIn(cells, rc.evidence) || cand.note;
  if (evidenceByItem.size > 0) {
    cand.evidenceByItem = new Map();
    for (const [code, c] of evidenceByItem) cand.evidenceByItem.set(code, textIn(cells, c));
  }
}

/** The row's scores into the candidate; true when some appraised score was read. */
export function readScores(
  cand: SheetCandidate,
  cells: CellValue[],
  r: number,
  scoreCols: ScoreColumn[],
  ctx: RecognizeContext,
  grid: SheetGrid,
  who: Who,
): boolean {
  let appraised = false;
  const values = cand.scores.v;
  for (let i = 0; i < scoreCols.length; i++) {
    const cc = scoreCols[i];
    const v = cells[cc.col];
    // The common case, a number, without the parse result object.
    const score = typeof v === 'number' && Number.isFinite(v) ? v : readScore(grid, r, cc.col, cc.code, ctx, who);
    values[cc.at] = score === null ? NaN : score;
    if (cc.sub === 'appraised' && score !== null) appraised = true;
  }
  return appraised;
}

/**
 * A score cell that holds a date (a number to Excel, "45672 points" to a reader that does not
 * know) or a formula with no calculated value: said as such, and not read as a score.
 * True when some score was taken back.
 */
export function readSpecialScores(
  cand: SheetCandidate,
  r: number,
  scoreCols: ScoreColumn[],
  special: Map<number, SpecialKind>,
  ctx: RecognizeContext,
  who: Who,
): boolean {
  let changed = false;
  for (const cc of scoreCols) {
    const kind = special.get(r * SPECIAL_STRIDE + cc.col);
    if (!kind) continue;
    const at = { sheet: cand.sheet, row: r, col: cc.col };
    const ctxRow = specialAt(cand, cc);
    if (kind === 'date') ctx.log.add('SCORE_IS_DATE', { item: cc.code, value: dateText(ctxRow) }, at, who);
    else ctx.log.add('FORMULA_NOT_CALCULATED', { item: cc.code }, at, who);
    cand.scores.v[cc.at] = NaN;
    changed = true;
  }
  return changed;
}

function specialAt(cand: SheetCandidate, cc: ScoreColumn): CellValue {
  const v = cand.scores.v[cc.at];
  return Number.isNaN(v) ? null : v;
}
