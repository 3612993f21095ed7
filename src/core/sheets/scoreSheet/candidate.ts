// One candidate read from a score sheet, and the reading of one score cell.
import { CellValue, SheetGrid, SpecialKind, cellAt, cellText } from '../../../sheet/grid';
import { Candidate, CellRef, DisciplineReading, ItemScores, RatingCode, ScoreLayout, Subject } from '../../model';
import { fold } from '../../text/normalize';
import { isoToVi, parseDate, parseNumber } from '../../text/numbers';
import { NO_DISCIPLINE } from '../../rules/levels';
import { RecognizeContext } from './types';

export function countInitiatives(v: CellValue): { count: number; invalid: string | null } {
  const p = parseNumber(v);
  if (p.kind === 'blank') return { count: 0, invalid: null };
  if (p.kind === 'number') return p.value >= 0 && Number.isInteger(p.value) ? { count: p.value, invalid: null } : { count: 0, invalid: cellText(v) };
  const k = fold(p.text);
  if (/^(khong|khong co|chua co|chua|0|k)$/.test(k)) return { count: 0, invalid: null };
  if (/^(co|x)$/.test(k)) return { count: 1, invalid: null };
  // A description: one initiative per line or ";"-separated item.
  return { count: p.text.split(/[;\n]+/).filter((s) => s.trim().length > 0).length, invalid: null };
}

export function readScore(
  grid: SheetGrid,
  row: number,
  col: number,
  item: string,
  ctx: RecognizeContext,
  who: { unit: string; candidate: string },
): number | null {
  const v = cellAt(grid, row, col);
  if (typeof v === 'number' && Number.isFinite(v)) return v; // the common case, without the parse result object
  const p = parseNumber(v);
  if (p.kind === 'blank') return null;
  if (p.kind === 'invalid') {
    if (/^#(N\/A|VALUE!|REF!|DIV\/0!|NUM!|NAME\?|NULL!|SPILL!|CALC!)/i.test(p.text))
      ctx.log.add('FORMULA_ERROR', { value: p.text }, { sheet: grid.name, row, col }, who);
    else ctx.log.add('SCORE_NOT_NUMBER', { item, value: p.text }, { sheet: grid.name, row, col }, who);
    return null;
  }
  if (p.fromText)
    ctx.log.add(
      'SCORE_TEXT_NUMBER',
      { item, value: cellText(v), number: String(p.value).replace('.', ctx.log.lang === 'vi' ? ',' : '.') },
      { sheet: grid.name, row, col },
      who,
    );
  return p.value;
}

/**
 * Where a sheet's per-candidate cells are (-1: no such column), shared by all its rows: each row
 * keeps its numbers and texts, and its cell references are made when a finding asks for them.
 */
export interface FieldCells {
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
export class SheetCandidate implements Candidate {
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

/**
 * Cells the host knows are dates or formulas never calculated (specialCells). A percentage shown
 * on a score sheet changes nothing here: a score is read as its number.
 */
export const SCORE_SPECIAL: readonly SpecialKind[] = ['date', 'formulaNoValue'];

export function dateText(v: CellValue): string {
  const d = parseDate(v);
  return d.kind === 'date' ? isoToVi(d.iso) : cellText(v);
}
