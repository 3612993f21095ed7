import { CellValue, SPECIAL_STRIDE, SheetGrid, SpecialKind, a1, cellAt, cellText, gridWidth, mergedDown, specialCells } from '../../sheet/grid';
import { Candidate, CellRef, CriteriaTree, Criterion, DisciplineReading, RatingCode, Subject, Unit } from '../model';
import { FindingLog } from '../findings/log';
import { cleanText, detectLegacyEncoding, fold, matchKey, nameKey, nameKeyOfFolded } from '../text/normalize';
import { formatScore, isoToVi, parseDate, parseNumber } from '../text/numbers';
import { NO_DISCIPLINE, parseDiscipline, parseRating } from '../rules/levels';
import { headerKey } from '../config/table';
import { ItemScores, ScoreLayout } from '../model';
import { classifyCode } from '../config/criteria';
import { criterionFromHeader, filledHeaderText, isSignatureText } from './headers';
import { ColumnRole, GENERIC_SCORE, INFO_WORDS, ROLE_LABELS, isFormField, isSectionHeading, isSignatureFolded, isTotalLabel, nameHeaderKind, roleOf, rowFormRole, subKind } from './vocabulary';

/** What was understood of one unit score sheet. */
export interface ScoreSheetInfo {
  sheet: string;
  layout: 'roster' | 'criteriaRows';
  kind: Subject;
  /** The sheet's unit (title block or sheet name); rows may still carry their own from a column. */
  unitName: string;
  unitKey: string;
  unitSource: 'column' | 'title' | 'sheetName' | 'fallback';
  headerRow: number;
  firstDataRow: number;
  candidates: Candidate[];
  hasAppraisal: boolean;
  missingCriteria: string[];
  /** Groups scored as a whole on this sheet (none of their items has a column): their codes. */
  groupTotals: string[];
  hasEvidenceColumn: boolean;
  /** The criteria set the sheet was read with (folded name); '' for the campaign's one or common set. */
  criteriaSet?: string;
}

/** What was seen on a sheet that was not understood: for the finding that tells the user what to rename. */
export interface SheetDiagnosis {
  /** The row that looked most like a header (0-based), null when the sheet holds no table at all. */
  headerRow: number | null;
  /** Headers understood, with what they were taken for ("B3 Họ và tên: tên"). */
  understood: string[];
  /** Headers not understood. */
  unknown: string[];
  /** What to rename, when a header not understood looks like the name or a score column. */
  renames: string[];
  /** The sheet holds no text or number at all. */
  empty: boolean;
  /** The unit the sheet belongs to, by its title block or name, if `Đơn vị` knows it. */
  unitKey: string | null;
}

export type Recognition = { kind: 'score'; info: ScoreSheetInfo } | { kind: 'notScore'; reason: 'noHeader' | 'noCriteria'; diagnosis: SheetDiagnosis };

export interface RecognizeContext {
  criteria: CriteriaTree;
  /** The one scored top-level criterion, when `Tiêu chí` has only one: what a lone "Điểm" column scores. */
  singleScored?: Criterion | null;
  /** Criterion code → slot in each candidate's scores. */
  slots: ReadonlyMap<string, number>;
  textIndex: Map<string, Criterion>;
  units: Unit[];
  defaultSubject: Subject;
  log: FindingLog;
}

const HEADER_SCAN = 15;

interface CriterionColumn {
  col: number;
  code: string;
  sub: 'self' | 'appraised';
}

interface RosterColumns {
  headerRow: number;
  lastHeaderRow: number;
  nameCol: number;
  kind: Subject | null;
  roles: Map<ColumnRole, number>;
  totalAppraisedCol: number | null;
  /** Items' columns, and the columns of groups scored as a whole (see groupsWithoutItems). */
  criteria: CriterionColumn[];
  evidenceByItem: Map<string, number>;
  /** Headed columns not understood: said when they hold numbers (perhaps scores). */
  unknown: { col: number; text: string }[];
}

function isNumberingRow(texts: string[]): boolean {
  const filled = texts.map((t) => t.trim()).filter((t) => t !== '');
  if (filled.length < 3 || !filled.every((t) => /\d/.test(t) && /^\(?[\d+=\-*/x ]+\)?$/i.test(t))) return false;
  // Column numbers go up ("1 2 3 …", "(1) (2) (3)=(1)+(2)"): a row of scores does not.
  const plain = filled.map((t) => /^\(?(\d+)\)?$/.exec(t)).filter((m) => m !== null).map((m) => Number(m![1]));
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
    const hasSub = next.some((t, c) => c !== nameCol && roleOf(headerKey(filled[r][c] ?? '')) !== 'stt' && (subKind(headerKey(t)) !== null || criterionFromHeader(headerKey(t), ctx.criteria, ctx.textIndex) !== null));
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
    if (!crit && !role && last?.kind !== 'total' && keys.some((k) => GENERIC_SCORE.test(k) || (sk !== null && /^diem\b/.test(k)))) crit = ctx.singleScored ?? null;

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
    else if (!sk && !keys.some((k) => INFO_WORDS.test(k))) unknown.push({ col: c, text: cleanText(headerRows.map((hr) => filled[hr]?.[c] ?? '').filter((t) => t !== '').join(' / ')) });
    last = null;
  }
  return { headerRow: r, lastHeaderRow: headerRows[headerRows.length - 1], nameCol, kind, roles, totalAppraisedCol, criteria: [...criteria, ...groupsWithoutItems(groups, new Set(criteria.map((c) => c.code)), ctx.criteria)], evidenceByItem, unknown };
}

/**
 * The group columns to read as scores: groups none of whose items has a column on the sheet (a
 * unit that scored "I. Chuyên môn 58" without the items). A group with item columns is summed
 * from them, its own column only a subtotal.
 */
function groupsWithoutItems<T extends { code: string }>(groups: T[], items: ReadonlySet<string>, tree: CriteriaTree): T[] {
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
function coverage(tree: CriteriaTree, read: Set<string>): { missingCriteria: string[]; groupTotals: string[] } {
  const groupTotals = tree.all.filter((x) => x.children.length > 0 && read.has(x.code)).map((x) => x.code);
  const covered = (code: string): boolean => {
    const p = tree.byCode.get(code)?.parent ?? null;
    return p !== null && (groupTotals.includes(p) || covered(p));
  };
  return { missingCriteria: tree.leaves.filter((l) => l.kind === 'scored' && !read.has(l.code) && !covered(l.code)).map((l) => l.code), groupTotals };
}

function findRoster(grid: SheetGrid, filled: string[][], ctx: RecognizeContext): { found: RosterColumns | null; sawName: boolean } {
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

/** The unit named above the table, matched against `Đơn vị`; else a line that reads like a unit. */
function unitFromTitleBlock(grid: SheetGrid, headerRow: number, units: Unit[]): { name: string; key: string } | null {
  const width = gridWidth(grid);
  const texts: string[] = [];
  for (let r = 0; r < headerRow; r++) for (let c = 0; c < width; c++) if (typeof cellAt(grid, r, c) === 'string') texts.push(cellText(cellAt(grid, r, c)));
  for (const t of texts) {
    const k = matchKey(t.replace(/^\s*(tên đơn vị|ten don vi|đơn vị|don vi|phòng|phong)\s*:\s*/i, (m) => (fold(m).startsWith('phong') ? m.replace(':', '') : '')));
    const u = units.find((x) => x.key === k || (x.codeKey !== '' && x.codeKey === k)) ?? units.find((x) => x.key.length >= 6 && (` ${k} `).includes(` ${x.key} `));
    if (u) return { name: u.name, key: u.key };
  }
  if (units.length === 0) {
    for (const t of texts) {
      const m = /^\s*(?:tên đơn vị|ten don vi|đơn vị|don vi)\s*:\s*(.+)$/i.exec(t);
      if (m && !/^[.…_\s]+$/.test(m[1])) return { name: cleanText(m[1]), key: matchKey(m[1]) };
      if (/^(phong|ban|trung tam|van phong|chi cuc|thanh tra|doan|to|khoa|xi nghiep)\b/.test(fold(t)) && !/^(phong trao)/.test(fold(t))) return { name: cleanText(t), key: matchKey(t) };
    }
  }
  return null;
}

export function matchUnit(text: string, units: Unit[]): Unit | null {
  const k = matchKey(text);
  if (k === '') return null;
  return units.find((u) => u.key === k || (u.codeKey !== '' && u.codeKey === k)) ?? null;
}

function unitFromSheetName(name: string, units: Unit[]): Unit | null {
  const k = matchKey(name);
  return matchUnit(name, units) ?? units.find((u) => (u.codeKey !== '' && (` ${k} `).includes(` ${u.codeKey} `)) || (u.key.length >= 4 && k.includes(u.key))) ?? null;
}

function sheetUnit(grid: SheetGrid, headerRow: number, ctx: RecognizeContext): { name: string; key: string; source: ScoreSheetInfo['unitSource'] } {
  const title = unitFromTitleBlock(grid, headerRow, ctx.units);
  if (title) return { name: title.name, key: title.key, source: 'title' }; // one shape for every answer: the row loop reads it
  const byName = unitFromSheetName(grid.name, ctx.units);
  if (byName) return { name: byName.name, key: byName.key, source: 'sheetName' };
  return { name: cleanText(grid.name), key: matchKey(grid.name), source: 'fallback' };
}

function countInitiatives(v: CellValue): { count: number; invalid: string | null } {
  const p = parseNumber(v);
  if (p.kind === 'blank') return { count: 0, invalid: null };
  if (p.kind === 'number') return p.value >= 0 && Number.isInteger(p.value) ? { count: p.value, invalid: null } : { count: 0, invalid: cellText(v) };
  const k = fold(p.text);
  if (/^(khong|khong co|chua co|chua|0|k)$/.test(k)) return { count: 0, invalid: null };
  if (/^(co|x)$/.test(k)) return { count: 1, invalid: null };
  // A description: one initiative per line or ";"-separated item.
  return { count: p.text.split(/[;\n]+/).filter((s) => s.trim().length > 0).length, invalid: null };
}

function readScore(grid: SheetGrid, row: number, col: number, item: string, ctx: RecognizeContext, who: { unit: string; candidate: string }): number | null {
  const v = cellAt(grid, row, col);
  if (typeof v === 'number' && Number.isFinite(v)) return v; // the common case, without the parse result object
  const p = parseNumber(v);
  if (p.kind === 'blank') return null;
  if (p.kind === 'invalid') {
    if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)/i.test(p.text)) ctx.log.add('FORMULA_ERROR', { value: p.text }, { sheet: grid.name, row, col }, who);
    else ctx.log.add('SCORE_NOT_NUMBER', { item, value: p.text }, { sheet: grid.name, row, col }, who);
    return null;
  }
  if (p.fromText) ctx.log.add('SCORE_TEXT_NUMBER', { item, value: cellText(v), number: String(p.value).replace('.', ctx.log.lang === 'vi' ? ',' : '.') }, { sheet: grid.name, row, col }, who);
  return p.value;
}

/**
 * Where a sheet's per-candidate cells are (-1: no such column), shared by all its rows: each row
 * keeps its numbers and texts, and its cell references are made when a finding asks for them.
 */
interface FieldCells {
  name: number;
  total: number;
  appraisedTotal: number;
  requested: number;
  evidence: number;
  rating: number;
  /** The row of the stated totals in the criteria-rows form; -1: the candidate's own row. */
  totalRow: number;
}

/** Shared by every row that asks for nothing (typed read-only; see NO_ONE in propose.ts on freezing). */
const NO_TITLES: readonly string[] = [];

/** A candidate read from one row (or, in the criteria-rows form, one sheet) of a score sheet. */
class SheetCandidate implements Candidate {
  readonly id: string;
  index = -1;
  criteriaSet = '';
  name = '';
  nameKey = '';
  staffCode: string | null = null;
  dob: string | null = null;
  position = '';
  unitName = '';
  unitKey = '';
  block = '';
  rating: RatingCode | null = null;
  initiatives = 0;
  /** null: the sheet has no Đề tài column (the condition's explanation says so). */
  researchTopics: number | null = null;
  gender: string | null = null;
  discipline: DisciplineReading = NO_DISCIPLINE;
  daysOff: number | null = null;
  monthsWorked: number | null = null;
  maternityDays: number | null = null;
  statedTotal: number | null = null;
  statedAppraisedTotal: number | null = null;
  requestedTitles: readonly string[] = NO_TITLES;
  evidence = '';
  evidenceByItem: Map<string, string> | null = null;
  readonly scores: ItemScores;
  note = '';

  constructor(
    readonly sheet: string,
    readonly row: number,
    readonly kind: Subject,
    private readonly cells: FieldCells,
    layout: ScoreLayout,
  ) {
    this.id = `${sheet}!${row + 1}`;
    this.scores = new ItemScores(layout, row);
  }

  get nameRef(): CellRef {
    return { sheet: this.sheet, row: this.row, col: this.cells.name };
  }

  get statedTotalRef(): CellRef | null {
    return this.totalCell(this.cells.total);
  }

  get statedAppraisedTotalRef(): CellRef | null {
    return this.totalCell(this.cells.appraisedTotal);
  }

  get requestedRef(): CellRef | null {
    return this.cells.requested < 0 ? null : { sheet: this.sheet, row: this.row, col: this.cells.requested };
  }

  get ratingRef(): CellRef | null {
    return this.cells.rating < 0 ? null : { sheet: this.sheet, row: this.row, col: this.cells.rating };
  }

  get evidenceRef(): CellRef | null {
    return this.cells.evidence < 0 ? null : { sheet: this.sheet, row: this.row, col: this.cells.evidence };
  }

  private totalCell(col: number): CellRef | null {
    return col < 0 ? null : { sheet: this.sheet, row: this.cells.totalRow >= 0 ? this.cells.totalRow : this.row, col };
  }
}

/** A row's texts, for the rare checks that look at the whole row (numbering row, signature block). */
function rowTexts(grid: SheetGrid, r: number, width: number): string[] {
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

interface ScoreColumn {
  col: number;
  code: string;
  slot: number;
  sub: 'self' | 'appraised';
  /** Where the value goes in ItemScores.v. */
  at: number;
}

const NO_CELLS: CellValue[] = [];

function rowColumns(cols: RosterColumns, kind: Subject): RowColumns {
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
function textIn(cells: CellValue[], col: number): string {
  if (col < 0) return '';
  const v = cells[col];
  return v === undefined || v === null ? '' : cleanText(cellText(v));
}

/** Bit 1: some score cell holds a number; bit 2: some score cell is not blank. */
function scoreCellsState(cells: CellValue[], scoreCols: ScoreColumn[]): number {
  let state = 0;
  for (let i = 0; i < scoreCols.length; i++) {
    const v = cells[scoreCols[i].col];
    if (typeof v === 'number') return 3;
    if (v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '')) state = 2;
  }
  return state;
}

type Who = { unit: string; candidate: string };

/** The row's own fields: staff code, date of birth, rating, initiatives, discipline, days off, totals, requests, evidence. */
function readFields(cand: SheetCandidate, cells: CellValue[], r: number, rc: RowColumns, evidenceByItem: Map<string, number>, ctx: RecognizeContext, who: Who): void {
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
    else if (p.kind !== 'blank') ctx.log.add('NUMBER_INVALID', { label: 'Nghỉ thai sản (ngày)', value: p.kind === 'invalid' ? p.text : String(p.value) }, at(rc.maternityDays), who);
  }
  if (rc.monthsWorked >= 0) {
    const p = parseNumber(cells[rc.monthsWorked] ?? null);
    if (p.kind === 'number' && p.value >= 0 && p.value <= 12) cand.monthsWorked = p.value;
    else if (p.kind !== 'blank') ctx.log.add('NUMBER_INVALID', { label: 'Số tháng công tác (0–12)', value: p.kind === 'invalid' ? p.text : String(p.value) }, at(rc.monthsWorked), who);
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
function readScores(cand: SheetCandidate, cells: CellValue[], r: number, scoreCols: ScoreColumn[], ctx: RecognizeContext, grid: SheetGrid, who: Who): boolean {
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
 * Cells the host knows are dates or formulas never calculated (specialCells). A percentage shown
 * on a score sheet changes nothing here: a score is read as its number.
 */
const SCORE_SPECIAL: readonly SpecialKind[] = ['date', 'formulaNoValue'];

function dateText(v: CellValue): string {
  const d = parseDate(v);
  return d.kind === 'date' ? isoToVi(d.iso) : cellText(v);
}

/**
 * A score cell that holds a date (a number to Excel, "45672 points" to a reader that does not
 * know) or a formula with no calculated value: said as such, and not read as a score.
 * True when some score was taken back.
 */
function readSpecialScores(cand: SheetCandidate, r: number, scoreCols: ScoreColumn[], special: Map<number, SpecialKind>, ctx: RecognizeContext, who: Who): boolean {
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

/** A row with scores whose name cell is blank, a number, a date, or the lower part of a merged name. */
function unnamedRow(grid: SheetGrid, r: number, nameCol: number, rawName: CellValue, special: Map<number, SpecialKind> | null, ctx: RecognizeContext): void {
  const at = { sheet: grid.name, row: r, col: nameCol };
  if (typeof rawName === 'number') {
    if (special?.get(r * SPECIAL_STRIDE + nameCol) === 'date') ctx.log.add('ROW_NAME_IS_DATE', { row: r + 1, value: dateText(rawName) }, at);
    else ctx.log.add('ROW_NAME_IS_NUMBER', { row: r + 1, value: cellText(rawName) }, at);
    return;
  }
  const merge = (grid.merges ?? []).find((m) => m.top < r && m.bottom >= r && m.left <= nameCol && m.right >= nameCol);
  if (merge) {
    ctx.log.add('ROW_NAME_MERGED', { row: r + 1, top: merge.top + 1, name: cleanText(cellText(cellAt(grid, merge.top, merge.left))) }, at);
    return;
  }
  ctx.log.add('ROW_NO_NAME', { row: r + 1 }, at);
}

/**
 * A total row's numbers against the rows above (since the last total row, or the whole sheet):
 * a "total" whose numbers are not a sum may be a candidate whose name reads like one.
 */
function checkTotalRow(grid: SheetGrid, r: number, label: string, scoreCols: ScoreColumn[], candidates: Candidate[], since: number, ctx: RecognizeContext): void {
  const row = grid.rows[r] ?? NO_CELLS;
  for (const cc of scoreCols) {
    const p = parseNumber(row[cc.col] ?? null);
    if (p.kind !== 'number') continue;
    const sum = (from: number) => {
      let t = 0;
      for (let i = from; i < candidates.length; i++) {
        const v = candidates[i].scores.v[cc.at];
        if (!Number.isNaN(v)) t += v;
      }
      return t;
    };
    const part = sum(since);
    if (Math.abs(part - p.value) < 0.011 || Math.abs(sum(0) - p.value) < 0.011) continue;
    ctx.log.add('ROW_TOTAL_NOT_SUM', { row: r + 1, value: label, stated: formatScore(p.value, ctx.log.lang), sum: formatScore(part, ctx.log.lang) }, { sheet: grid.name, row: r, col: cc.col });
    return;
  }
}

/** 0-based rows as the officer reads them: "6, 7, 9", the first ten and "…". */
function rowNumbers(rows: readonly number[]): string {
  return rows.slice(0, 10).map((r) => r + 1).join(', ') + (rows.length > 10 ? '…' : '');
}

/** Rows counted under the sheet's name, which matched no unit of `Đơn vị`: one finding, on the first row's unit cell. */
function sheetNameNotUnit(grid: SheetGrid, rows: number[], col: number, ctx: RecognizeContext): void {
  const shown = rowNumbers(rows);
  const what = ctx.log.lang === 'vi' ? `${rows.length} dòng để trống ô "Đơn vị" (dòng ${shown})` : `${rows.length} row(s) leave the "Đơn vị" cell blank (row ${shown})`;
  ctx.log.add('SHEET_NAME_NOT_UNIT', { sheet: grid.name, what }, { sheet: grid.name, row: rows[0], col });
}

function firstTextCol(grid: SheetGrid, r: number, width: number): number {
  for (let c = 0; c < width; c++) if (cellText(cellAt(grid, r, c)).trim() !== '') return c;
  return 0;
}

function readRoster(grid: SheetGrid, cols: RosterColumns, ctx: RecognizeContext): ScoreSheetInfo {
  const sheet = grid.name;
  const kind: Subject = cols.kind ?? ctx.defaultSubject;
  const unit = sheetUnit(grid, cols.headerRow, ctx);
  const rc = rowColumns(cols, kind);
  const width = gridWidth(grid);
  const candidates: Candidate[] = [];
  // Where the scores are is the same for every row: placed once for the sheet.
  const layout = new ScoreLayout(ctx.slots, false);
  // Built by push, as every sheet's list must be the same kind of array: a list made by map()
  // on one sheet and by push on another is two hidden classes to the JIT, which then starts over.
  const scoreCols: ScoreColumn[] = [];
  for (const cc of cols.criteria) {
    const slot = layout.slotOf(cc.code);
    const at = layout.place(slot, cc.sub, cc.col, cols.headerRow);
    scoreCols.push({ col: cc.col, code: cc.code, sub: cc.sub, slot, at });
  }
  const cells: FieldCells = {
    name: cols.nameCol,
    total: rc.total,
    appraisedTotal: rc.appraisedTotal,
    requested: rc.requested,
    evidence: rc.evidence >= 0 ? rc.evidence : rc.note,
    rating: rc.rating,
    totalRow: -1,
  };
  let legacyReported = false;
  let firstDataRow = cols.lastHeaderRow + 1;
  let hasAppraisal = false;

  const special = specialCells(grid, SCORE_SPECIAL);
  // The rows that hold one: the others skip the score columns' lookups (a total row of formulas
  // never calculated gives every sheet of a book some).
  const specialRows = special === null ? null : new Set([...special.keys()].map((k) => Math.floor(k / SPECIAL_STRIDE)));
  // A unit's name merged down its people's rows is every one of those rows' unit.
  const unitMerged = rc.unit >= 0 ? mergedDown(grid, rc.unit, cols.lastHeaderRow + 1) : null;
  // Rows whose unit cell is blank and whose sheet's name matched no unit: said once per sheet.
  const onSheetName: number[] = [];
  // Rows since the last total row, for checking a total row's sums.
  let sinceTotal = 0;
  // Unit names written on rows that match no unit of `Đơn vị`, with their rows.
  const unlisted = new Map<string, number[]>();
  let ended = -1;
  // The last row holding a score (found from the bottom: a few rows of signature at most).
  let lastScored = grid.rows.length - 1;
  while (lastScored > cols.lastHeaderRow && (scoreCellsState(grid.rows[lastScored] ?? NO_CELLS, scoreCols) & 1) === 0) lastScored--;
  if (lastScored <= cols.lastHeaderRow) lastScored = -1;
  for (let r = cols.lastHeaderRow + 1; r < grid.rows.length; r++) {
    if (r === cols.lastHeaderRow + 1 && isNumberingRow(rowTexts(grid, r, width))) {
      firstDataRow = r + 1;
      continue;
    }
    const row = grid.rows[r] ?? NO_CELLS;
    const rawName = row[cols.nameCol] ?? null;
    const name = rawName === null || typeof rawName === 'number' ? '' : cleanText(cellText(rawName));
    const state = scoreCellsState(row, scoreCols);
    const hasScores = (state & 1) !== 0;
    if (name === '') {
      if (hasScores) {
        // A row with scores and no name: said, never dropped.
        unnamedRow(grid, r, cols.nameCol, rawName, special, ctx);
        continue;
      }
      // Spacer, or the signature block starting outside the name column.
      if (rowTexts(grid, r, width).some((t) => t.trim() !== '' && isSignatureText(t))) {
        ended = r;
        break;
      }
      continue;
    }
    const folded = fold(name);
    if (!hasScores && isSignatureFolded(folded)) {
      ended = r;
      break;
    }
    if (isTotalLabel(name)) {
      if (hasScores) checkTotalRow(grid, r, name, scoreCols, candidates, sinceTotal, ctx);
      sinceTotal = candidates.length;
      continue;
    }
    if (special !== null && special.get(r * SPECIAL_STRIDE + cols.nameCol) === 'date') {
      if (hasScores) ctx.log.add('ROW_NAME_IS_DATE', { row: r + 1, value: name }, { sheet, row: r, col: cols.nameCol });
      continue;
    }
    const stt = rc.stt < 0 ? null : (row[rc.stt] ?? null);
    const sttIsNumber = (typeof stt === 'number' && Number.isFinite(stt)) || parseNumber(stt).kind === 'number';
    // After the last row with a score, a row with no score and no number ends the table, whatever
    // words it holds (a signature line with a date in the rating column is no candidate).
    if (!sttIsNumber && state === 0 && lastScored >= 0 && r > lastScored && candidates.length > 0) {
      ended = r;
      break;
    }
    // A section heading ("I. Lãnh đạo phòng", "Khối văn phòng"), a note or a line of the title
    // block: no number, no scores.
    if (!sttIsNumber && state === 0 && (textIn(row, rc.rating) === '' || (stt !== null && /^[ivxlcA-Z]+\.?$/i.test(cellText(stt).trim())) || isSectionHeading(folded, cellText(stt)))) continue;

    const cand = new SheetCandidate(sheet, r, kind, cells, layout);
    const who: Who = { unit: '', candidate: name };
    cand.name = name;
    cand.nameKey = nameKeyOfFolded(folded);
    // A legacy encoding is a property of the whole sheet: its first rows tell.
    if (!legacyReported && candidates.length < 30) {
      const enc = detectLegacyEncoding(name);
      if (enc) {
        ctx.log.add('LEGACY_ENCODING', { value: name, encoding: enc }, { sheet, row: r, col: cols.nameCol }, who);
        legacyReported = true;
      }
    }
    // Unit: the row's own column, else the sheet's.
    if (kind === 'collective') {
      const u = matchUnit(name, ctx.units);
      cand.unitName = u ? u.name : name;
      cand.unitKey = u ? u.key : matchKey(name);
    } else {
      let own = textIn(row, rc.unit);
      if (own === '' && unitMerged !== null) own = cleanText(cellText(unitMerged.get(r) ?? null));
      const u = own ? matchUnit(own, ctx.units) : null;
      cand.unitName = u ? u.name : own || unit.name;
      cand.unitKey = u ? u.key : own ? matchKey(own) : unit.key;
      if (own === '' && rc.unit >= 0 && unit.source === 'fallback') onSheetName.push(r);
      // A unit written on the row that `Đơn vị` does not have (a typo, an old name): a unit of its own, said.
      if (own !== '' && !u && ctx.units.length > 0) {
        const rows = unlisted.get(own);
        if (rows) rows.push(r);
        else unlisted.set(own, [r]);
      }
    }
    who.unit = cand.unitName;
    readFields(cand, row, r, rc, cols.evidenceByItem, ctx, who);
    let appraisedRead = readScores(cand, row, r, scoreCols, ctx, grid, who);
    if (special !== null && specialRows!.has(r) && readSpecialScores(cand, r, scoreCols, special, ctx, who)) appraisedRead = scoreCols.some((cc) => cc.sub === 'appraised' && !Number.isNaN(cand.scores.v[cc.at]));
    if (appraisedRead) hasAppraisal = true;
    candidates.push(cand);
  }
  // The sheet's name stood in for a unit `Đơn vị` does not have: these rows became a unit of their own.
  if (onSheetName.length > 0 && ctx.units.length > 0) sheetNameNotUnit(grid, onSheetName, rc.unit, ctx);
  for (const [text, rows] of unlisted) {
    ctx.log.add('ROW_UNIT_NOT_UNIT', { sheet, value: text, count: rows.length, rows: rowNumbers(rows) }, { sheet, row: rows[0], col: rc.unit });
  }
  // A column not understood that holds numbers may be scores: said once, on its header.
  for (const u of cols.unknown)
    if (candidates.some((c) => typeof (grid.rows[c.row]?.[u.col] ?? null) === 'number'))
      ctx.log.add('SHEET_COLUMN_NOT_READ', { column: a1(cols.headerRow, u.col), value: u.text }, { sheet, row: cols.headerRow, col: u.col });
  // After the signature block: a row that still holds scores is said, not read.
  if (ended >= 0)
    for (let r = ended + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r] ?? NO_CELLS;
      if ((scoreCellsState(row, scoreCols) & 1) !== 0) ctx.log.add('ROW_AFTER_TABLE', { row: r + 1, end: ended + 1, value: cleanText(cellText(cellAt(grid, ended, firstTextCol(grid, ended, width)))) }, { sheet, row: r, col: cols.nameCol });
    }
  return {
    sheet,
    layout: 'roster',
    kind,
    unitName: unit.name,
    unitKey: unit.key,
    unitSource: rc.unit >= 0 ? 'column' : unit.source,
    headerRow: cols.headerRow,
    firstDataRow,
    candidates,
    hasAppraisal,
    ...coverage(ctx.criteria, new Set(cols.criteria.map((cc) => cc.code))),
    hasEvidenceColumn: cols.roles.has('evidence') || cols.roles.has('note') || cols.evidenceByItem.size > 0,
  };
}

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
function findCriteriaRows(grid: SheetGrid, filled: string[][], ctx: RecognizeContext): ScoreSheetInfo | null {
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
        if (!crit) ctx.log.add('CRITERIA_ROW_CODE_AMBIGUOUS', { row: row + 1, code, group: group?.code ?? '', other: outside.code, otherGroup: outside.parent ?? '' }, { sheet, row, col: codeCol >= 0 ? codeCol : contentCol }, who);
        continue;
      }
      if (!crit) {
        if (holdsScore(row)) ctx.log.add('CRITERIA_ROW_UNKNOWN', { row: row + 1, code: code || content.slice(0, 60) }, { sheet, row, col: codeCol >= 0 ? codeCol : contentCol }, who);
        continue;
      }
      // A top-level line (A, B, I, II…) opens its group: the numbers below it are its own.
      if (crit.parent === null) group = crit.level === 0 ? crit : null;
      const earlier = readAt.get(crit.code);
      if (earlier !== undefined) {
        ctx.log.add('CRITERIA_ROW_DUPLICATE', { row: row + 1, code: crit.code, other: earlier + 1 }, { sheet, row, col: codeCol >= 0 ? codeCol : contentCol }, who);
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
      for (let row = ended + 1; row < grid.rows.length; row++) if (holdsScore(row)) ctx.log.add('ROW_AFTER_TABLE', { row: row + 1, end: ended + 1, value: cleanText(cellText(cellAt(grid, ended, firstTextCol(grid, ended, gridWidth(grid))))) }, { sheet, row, col: contentCol });
    // Groups scored as a whole: no line for any of their items (the outermost such group).
    const itemRows = new Set(ctx.criteria.leaves.filter((l) => cand.scores.has(l.code)).map((l) => l.code));
    for (const g of groupsWithoutItems(groupRows, itemRows, ctx.criteria)) {
      found++;
      readRow(g.crit, g.row);
    }
    if (found === 0) continue;
    // A collective named after a sheet `Đơn vị` does not know: said (a head's sheet is SHEET_UNIT_UNKNOWN).
    if (subject.kind === 'collective' && unit.source === 'fallback' && ctx.units.length > 0)
      ctx.log.add('SHEET_NAME_NOT_UNIT', { sheet, what: ctx.log.lang === 'vi' ? 'tập thể chấm điểm trong sheet không ghi tên đơn vị ở phần tiêu đề' : 'the collective scored on it has no unit named in the title block' }, { sheet, row: 0, col: 0 });
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

export function recognizeScoreSheet(grid: SheetGrid, ctx: RecognizeContext): Recognition {
  const filled = filledHeaderText(grid, HEADER_SCAN + 1);
  const roster = findRoster(grid, filled, ctx);
  if (roster.found) return { kind: 'score', info: readRoster(grid, roster.found, ctx) };
  const rows = findCriteriaRows(grid, filled, ctx);
  if (rows) return { kind: 'score', info: rows };
  return { kind: 'notScore', reason: roster.sawName ? 'noCriteria' : 'noHeader', diagnosis: diagnose(grid, filled, ctx) };
}

/** What a header cell was taken for, in the user's words; null when not understood. */
function headerMeaning(key: string, ctx: RecognizeContext, vi: boolean): string | null {
  const name = nameHeaderKind(key);
  if (name) return vi ? 'cột tên' : 'name column';
  const crit = criterionFromHeader(key, ctx.criteria, ctx.textIndex);
  if (crit) return vi ? `tiêu chí ${crit.code}` : `criterion ${crit.code}`;
  const role = roleOf(key) ?? rowFormRole(key);
  if (role) return ROLE_LABELS[role][vi ? 'vi' : 'en'];
  if (INFO_WORDS.test(key) || GENERIC_SCORE.test(key)) return vi ? 'không dùng để tính điểm' : 'not used for scoring';
  return null;
}

/**
 * A sheet not understood: the row that looked most like a header (most short text cells in the
 * top rows) and, for each of its cells, whether it was understood.
 */
function diagnose(grid: SheetGrid, filled: string[][], ctx: RecognizeContext): SheetDiagnosis {
  const vi = ctx.log.lang === 'vi';
  let best = -1;
  let bestCount = 0;
  let any = false;
  for (let r = 0; r < filled.length; r++) {
    // Distinct texts: a merged title fills every column it spans with one text.
    const texts = new Set<string>();
    for (const t of filled[r]) {
      if (t.trim() !== '') any = true;
      if (t.trim() !== '' && t.length <= 80 && !isFormField(t) && !/^[\d.,\s]+$/.test(t)) texts.add(t);
    }
    const n = texts.size;
    if (n > bestCount) {
      best = r;
      bestCount = n;
    }
  }
  if (!any) any = grid.rows.some((row) => row?.some((v) => v !== null && v !== ''));
  const understood: string[] = [];
  const unknown: string[] = [];
  const renames: string[] = [];
  if (best >= 0 && bestCount >= 2) {
    const seen = new Set<string>();
    let hasName = false;
    const nameLike: string[] = [];
    const scoreLike: string[] = [];
    filled[best].forEach((t, c) => {
      const text = cleanText(t);
      if (text === '' || seen.has(text)) return;
      seen.add(text);
      const key = headerKey(text);
      const m = headerMeaning(key, ctx, vi);
      const at = `${a1(best, c)} "${text}"`;
      if (nameHeaderKind(key)) hasName = true;
      if (m) understood.push(`${at}: ${m}`);
      else {
        unknown.push(at);
        if (/\b(ten|ho|nguoi|can bo|tap the|don vi)\b/.test(key)) nameLike.push(at);
        else if (/\b(diem|cham|ket qua)\b/.test(key)) scoreLike.push(at);
      }
    });
    // A name to rename only where there is something to score: a lookup list needs none.
    const scores = scoreLike.length > 0 || understood.some((u) => /: (tiêu chí|criterion) /.test(u));
    if (!hasName && scores && nameLike.length > 0) renames.push(vi ? `đổi tiêu đề ${nameLike[0]} thành "Họ và tên" (cá nhân) hoặc "Tên đơn vị" (tập thể)` : `rename ${nameLike[0]} to "Họ và tên" (people) or "Tên đơn vị" (collectives)`);
    for (const at of scoreLike) renames.push(vi ? `ghi mã tiêu chí (ví dụ "1.1"), "Điểm tự chấm" hoặc "Điểm thẩm định" thay cho ${at}` : `use a criterion code (e.g. "1.1"), "Điểm tự chấm" or "Điểm thẩm định" instead of ${at}`);
  }
  const t = sheetUnit(grid, Math.max(best, 0), ctx);
  return { headerRow: best >= 0 && bestCount >= 2 ? best : null, understood, unknown, renames, empty: !any, unitKey: t.source === 'fallback' ? null : t.key };
}

/** What a criteria set changes in the reading context. */
export type SetContext = Pick<RecognizeContext, 'criteria' | 'slots' | 'textIndex' | 'singleScored'> & { key: string };

/**
 * A campaign with several criteria sets: the sheet is read once quietly to learn its unit, then
 * with that unit's set. With one set, this is recognizeScoreSheet.
 */
export function recognizeInSet(grid: SheetGrid, ctx: RecognizeContext, setFor: ((unitKey: string) => SetContext | null) | null): Recognition {
  if (!setFor) return recognizeScoreSheet(grid, ctx);
  const probe = recognizeScoreSheet(grid, { ...ctx, log: new FindingLog(ctx.log.lang) });
  const unitKey = probe.kind === 'score' ? probe.info.unitKey : probe.diagnosis.unitKey;
  const set = unitKey ? setFor(unitKey) : null;
  const rec = recognizeScoreSheet(grid, set ? { ...ctx, ...set } : ctx);
  if (rec.kind === 'score' && set) {
    rec.info.criteriaSet = set.key;
    for (const c of rec.info.candidates) c.criteriaSet = set.key;
  }
  return rec;
}
