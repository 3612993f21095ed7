import { CellValue, MergeArea, SheetGrid, a1, cellText, isBlank } from '../../sheet/grid';
import { Campaign, CriteriaTree, Criterion, Lang, Unit } from '../model';
import { EngineResult } from '../engine/run';
import { FindingLog } from '../findings/log';
import { ColumnSpec, openTable } from '../config/table';
import { configSheetId } from '../config/sheetNames';
import { DISCIPLINE_LEVELS, RATING_LEVELS } from '../rules/levels';
import { cleanText, matchKey, nameKey } from '../text/normalize';
import { isoToVi, parseDate } from '../text/numbers';
import { SheetBuilder } from '../output/builder';
import { DataValidation, SheetModel } from '../../sheet/sheetModel';
import { safeSheetName } from '../output/names';
import { t } from '../i18n/words';
import { TEMPLATE_WORDS } from './template.words';

/**
 * The score sheet a unit fills in, made from the campaign: the title block with the unit's name,
 * the campaign and the deadline; the contract's roster columns with one column per criterion
 * (its maximum in the header; self and appraised sub-columns when the campaign uses appraisal);
 * the unit's people where known; Excel data validation on what the unit types; header rows
 * locked without a password; instructions; A4 print setup; the total as a formula the unit sees.
 * Excel's validation is only a help: pasting bypasses it, and the engine re-checks every cell.
 */
export interface TemplatePerson {
  name: string;
  /** dd/mm/yyyy as written. */
  dob: string;
  position: string;
}

export interface TemplateOptions {
  lang?: Lang;
  /** Self and appraised sub-columns; default: when some sheet of the book has appraised scores. */
  appraisal?: boolean;
  /** Blank rows after the people, for those the office does not know of. */
  spareRows?: number;
}

/** Where the template's columns are, for the tests and for filling it in. */
export interface TemplateLayout {
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  nameCol: number;
  dobCol: number;
  positionCol: number;
  ratingCol: number;
  initiativesCol: number;
  disciplineCol: number;
  daysOffCol: number;
  /** Per scored, bonus or deduction item: its self column and (with appraisal) its appraised one. */
  criteria: { code: string; max: number | null; self: number; appraised: number | null }[];
  totalCol: number;
  requestedCol: number;
  evidenceCol: number;
}

export interface UnitTemplate {
  unit: Unit;
  model: SheetModel;
  layout: TemplateLayout;
  /** Where the people came from. */
  peopleFrom: 'staffList' | 'previousSheet' | 'none';
  people: number;
}

/** Ratings and disciplinary measures a unit picks from (the engine reads more spellings: these are the ones offered). */
export const RATING_CHOICES = RATING_LEVELS.map((r) => r.code);
export const DISCIPLINE_CHOICES = [...DISCIPLINE_LEVELS.map((d) => d.vi), 'Đang xem xét kỷ luật'];

/** The items a unit scores: every leaf of `Tiêu chí`, in its order. */
function items(tree: CriteriaTree): Criterion[] {
  return tree.all.filter((c) => c.children.length === 0);
}

/**
 * The total exactly as the engine computes it from the self scores (score.ts): an item is
 * min(max(x, 0), max) × weight, a group min(Σ children, max) × weight; the total is Σ scored
 * roots + min(Σ bonus roots, Điểm thưởng tối đa) − Σ deduction roots.
 */
export function totalFormula(tree: CriteriaTree, campaign: Campaign | null, cellOf: (code: string) => string): string {
  const node = (c: Criterion): string => {
    const inner = c.children.length === 0 ? `MAX(${cellOf(c.code)},0)` : c.children.map((k) => node(tree.byCode.get(k)!)).join('+');
    const capped = c.max !== null ? `MIN(${inner},${c.max})` : c.children.length === 0 ? inner : `(${inner})`;
    return c.weight !== 1 ? `${capped}*${c.weight}` : capped;
  };
  const part = (kind: Criterion['kind']) => tree.roots.filter((r) => r.kind === kind).map(node);
  const scored = part('scored');
  const bonus = part('bonus');
  const deductions = part('deduction');
  let f = scored.length ? scored.join('+') : '0';
  if (bonus.length)
    f += `+${campaign?.maxBonus !== null && campaign?.maxBonus !== undefined ? `MIN(${bonus.join('+')},${campaign.maxBonus})` : bonus.join('+')}`;
  if (deductions.length) f += `-(${deductions.join('+')})`;
  return f;
}

/** Builds one unit's template. */
export function buildUnitTemplate(
  r: EngineResult,
  unit: Unit,
  people: TemplatePerson[],
  o: TemplateOptions & { peopleFrom?: UnitTemplate['peopleFrom'] } = {},
): UnitTemplate {
  const L = o.lang ?? r.lang;
  const tree = r.criteria!;
  const appraisal = o.appraisal ?? r.sheets.some((s) => s.hasAppraisal);
  const crit = items(tree);
  const fixed = ['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', 'Số ngày nghỉ'];
  const layoutCrit: TemplateLayout['criteria'] = [];
  let col = fixed.length;
  for (const c of crit) {
    layoutCrit.push({ code: c.code, max: c.max, self: col, appraised: appraisal ? col + 1 : null });
    col += appraisal ? 2 : 1;
  }
  const totalCol = col;
  const requestedCol = col + 1;
  const evidenceCol = col + 2;
  const width = evidenceCol + 1;
  const b = new SheetBuilder(width);
  const split = Math.min(3, width - 2);

  // Title block: the agency and the unit on the left, the national motto on the right (NĐ 30/2020).
  const organizer = (r.campaign?.organizer || t(TEMPLATE_WORDS, L, 'agency')).toUpperCase();
  for (const [left, right] of [
    [organizer, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [unit.name.toUpperCase(), 'Độc lập - Tự do - Hạnh phúc'],
  ]) {
    const row = b.row([left]);
    b.rows[row][split + 1] = right;
    b.merge(row, 0, row, split);
    b.merge(row, split + 1, row, width - 1);
    b.style(row, 0, row, split, 'agency');
    b.style(row, split + 1, row, width - 1, 'motto');
  }
  b.blank();
  const year = r.campaign?.year;
  b.banner(year ? `BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM ${year}` : 'BẢNG TỰ CHẤM ĐIỂM THI ĐUA', 'title');
  if (r.campaign?.name) b.banner(r.campaign.name, 'subtitle');
  b.banner(unit.deadline ? t(TEMPLATE_WORDS, L, 'due', { deadline: unit.deadline }) : t(TEMPLATE_WORDS, L, 'dueAsInstructed'), 'italic');
  b.banner(
    t(TEMPLATE_WORDS, L, 'help'),
    'wrap',
    0,
    // Over the first columns only, so that it wraps into a few lines a reader can follow.
    Math.min(width - 1, 13),
  );
  b.blank();

  const headerRow = b.next;
  const head: CellValue[] = [...fixed];
  for (const lc of layoutCrit) {
    const c = tree.byCode.get(lc.code)!;
    const kind = c.kind === 'bonus' ? t(TEMPLATE_WORDS, L, 'bonus') : c.kind === 'deduction' ? t(TEMPLATE_WORDS, L, 'deduction') : '';
    head[lc.self] = `${c.code} (${kind ? kind + ', ' : ''}${t(TEMPLATE_WORDS, L, 'max')} ${c.max ?? '—'})`;
  }
  head[totalCol] = 'Tổng điểm';
  head[requestedCol] = 'Danh hiệu đề nghị';
  head[evidenceCol] = 'Minh chứng';
  b.row(head, 'header');
  let firstDataRow = headerRow + 1;
  if (appraisal) {
    const sub: CellValue[] = [];
    for (const lc of layoutCrit) {
      sub[lc.self] = 'Tự chấm';
      sub[lc.appraised!] = 'Thẩm định';
    }
    const sr = b.row(sub, 'header');
    // Fixed columns and the last three span both header rows; each criterion spans its pair.
    for (let c = 0; c < fixed.length; c++) b.merge(headerRow, c, sr, c);
    for (const c of [totalCol, requestedCol, evidenceCol]) b.merge(headerRow, c, sr, c);
    for (const lc of layoutCrit) b.merge(headerRow, lc.self, headerRow, lc.appraised!);
    firstDataRow = sr + 1;
  }
  const count = people.length + (o.spareRows ?? Math.max(5, 20 - people.length));
  const formulas: NonNullable<SheetModel['formulas']> = [];
  const selfCol = new Map(layoutCrit.map((lc) => [lc.code, lc.self] as const));
  for (let i = 0; i < count; i++) {
    const p = people[i];
    const values: CellValue[] = [];
    values[0] = i + 1;
    if (p) {
      values[1] = p.name;
      values[2] = p.dob || null;
      values[3] = p.position || null;
    }
    const rr = b.row(values);
    formulas.push({ row: rr, col: totalCol, formula: totalFormula(tree, r.campaign, (code) => a1(rr, selfCol.get(code)!)) });
  }
  const lastDataRow = b.next - 1;
  b.style(headerRow, 0, lastDataRow, width - 1, 'cell');
  b.style(firstDataRow, totalCol, lastDataRow, totalCol, 'total');
  if (appraisal) for (const lc of layoutCrit) b.style(firstDataRow, lc.appraised!, lastDataRow, lc.appraised!, 'muted');

  // Signature block: the reader stops here.
  b.blank();
  const sig = b.row([]);
  b.rows[sig][1] = t(TEMPLATE_WORDS, L, 'preparedBy');
  b.rows[sig][Math.max(4, totalCol - 2)] = t(TEMPLATE_WORDS, L, 'headOfUnit');
  b.style(sig, 0, sig, width - 1, 'signature');
  const sig2 = b.row([]);
  b.rows[sig2][1] = t(TEMPLATE_WORDS, L, 'signHint');
  b.rows[sig2][Math.max(4, totalCol - 2)] = t(TEMPLATE_WORDS, L, 'signSealHint');
  b.style(sig2, 0, sig2, width - 1, 'italic');
  // What each criterion is, under the signature where it is not read as data.
  b.blank();
  b.banner(t(TEMPLATE_WORDS, L, 'criteria'), 'group');
  for (const c of tree.all)
    b.banner(
      `${c.code}. ${c.text}${c.max !== null ? ` (${t(TEMPLATE_WORDS, L, 'max')} ${c.max})` : ''}${c.kind === 'bonus' ? t(TEMPLATE_WORDS, L, 'bonusNote') : c.kind === 'deduction' ? t(TEMPLATE_WORDS, L, 'deductionNote') : ''}`,
      c.children.length ? 'total' : 'muted',
    );

  const rows = (col: number): MergeArea => ({ top: firstDataRow, bottom: lastDataRow, left: col, right: col });
  const validations: DataValidation[] = [
    {
      ...rows(4),
      kind: 'list',
      list: RATING_CHOICES,
      allowBlank: true,
      prompt: t(TEMPLATE_WORDS, L, 'ratingPrompt'),
      error: t(TEMPLATE_WORDS, L, 'pickOneOf', { choices: RATING_CHOICES.join(', ') }),
    },
    {
      ...rows(5),
      kind: 'whole',
      min: 0,
      max: 50,
      allowBlank: true,
      prompt: t(TEMPLATE_WORDS, L, 'initiativesPrompt'),
      error: t(TEMPLATE_WORDS, L, 'wholeFrom0'),
    },
    {
      ...rows(6),
      kind: 'list',
      list: DISCIPLINE_CHOICES,
      allowBlank: true,
      prompt: t(TEMPLATE_WORDS, L, 'disciplinePrompt'),
      error: t(TEMPLATE_WORDS, L, 'disciplineError'),
    },
    {
      ...rows(7),
      kind: 'whole',
      min: 0,
      max: 366,
      allowBlank: true,
      prompt: t(TEMPLATE_WORDS, L, 'daysOffPrompt'),
      error: t(TEMPLATE_WORDS, L, 'daysOffError'),
    },
  ];
  for (const lc of layoutCrit) {
    const c = tree.byCode.get(lc.code)!;
    const max = c.max ?? 1000;
    for (const at of [lc.self, lc.appraised]) {
      if (at === null) continue;
      validations.push({
        ...rows(at),
        kind: 'decimal',
        min: 0,
        max,
        allowBlank: true,
        prompt: `${c.code}. ${c.text}`.slice(0, 250),
        error: t(TEMPLATE_WORDS, L, 'scoreError', { max }),
      });
    }
  }
  // What the unit types stays unlocked; header rows, the total and the appraisal stay locked.
  const unlocked: MergeArea[] = [{ top: firstDataRow, bottom: lastDataRow, left: 0, right: fixed.length - 1 }];
  for (const lc of layoutCrit) unlocked.push(rows(lc.self));
  unlocked.push({ top: firstDataRow, bottom: lastDataRow, left: requestedCol, right: evidenceCol });

  const model = b.build({
    id: 'unitTemplate',
    name: safeSheetName(unit.code || unit.name, () => false),
    columnWidths: [5, 24, 11, 16, 9, 8, 12, 8, ...layoutCrit.flatMap(() => (appraisal ? [8, 10] : [9])), 9, 16, 20],
    freeze: { rows: firstDataRow, cols: 2 },
    page: { orientation: 'landscape', fitToWidth: true, printTitleRows: [headerRow, firstDataRow - 1], font: 'Times New Roman', fontSize: 12 },
    formulas,
    validations,
    protection: { unlocked },
  });
  return {
    unit,
    model,
    layout: {
      headerRow,
      firstDataRow,
      lastDataRow,
      nameCol: 1,
      dobCol: 2,
      positionCol: 3,
      ratingCol: 4,
      initiativesCol: 5,
      disciplineCol: 6,
      daysOffCol: 7,
      criteria: layoutCrit,
      totalCol,
      requestedCol,
      evidenceCol,
    },
    peopleFrom: people.length ? (o.peopleFrom ?? 'previousSheet') : 'none',
    people: people.length,
  };
}

const STAFF_SPECS: ColumnSpec[] = [
  { id: 'name', label: 'Họ và tên', aliases: ['ho va ten', 'ho ten', 'ho va ten can bo', 'ho ten can bo'] },
  { id: 'dob', label: 'Ngày sinh', aliases: ['ngay sinh', 'ngay thang nam sinh'] },
  { id: 'position', label: 'Chức vụ', aliases: ['chuc vu', 'chuc danh', 'chuc vu chuc danh'] },
  { id: 'unit', label: 'Đơn vị', aliases: ['don vi', 'phong', 'phong ban', 'don vi cong tac', 'ten don vi', 'bo phan', 'ma don vi'] },
];

/**
 * People per unit from a staff list (any sheet with Họ và tên and Đơn vị columns): unit key →
 * people. Rows whose unit is not in `Đơn vị` are counted apart so the caller can say so.
 */
export function peopleFromStaffList(
  sheets: SheetGrid[],
  units: Unit[],
  lang: Lang,
): { byUnit: Map<string, TemplatePerson[]>; unmatched: number; sheet: string | null } {
  const byUnit = new Map<string, TemplatePerson[]>();
  let unmatched = 0;
  for (const g of sheets) {
    // The award history has the same columns: it lists awards, not the staff.
    if (g.visibility === 'veryHidden' || configSheetId(g.name) !== null) continue;
    // A unit's name merged down its people (staff lists are grouped so) is every one's unit.
    const table = openTable(g, STAFF_SPECS, ['name', 'unit'], new FindingLog(lang), ['unit']);
    if (!table) continue;
    for (let r = table.headerRow + 1; r < g.rows.length; r++) {
      const name = cleanText(cellText(table.get(r, 'name')));
      if (!name || /^tong/.test(matchKey(name))) continue;
      const unitText = matchKey(cellText(table.get(r, 'unit')));
      const u = units.find((x) => x.key === unitText || (x.codeKey !== '' && x.codeKey === unitText));
      if (!u) {
        unmatched++;
        continue;
      }
      const list = byUnit.get(u.key) ?? [];
      list.push({ name, dob: dateText(table.get(r, 'dob')), position: cleanText(cellText(table.get(r, 'position'))) });
      byUnit.set(u.key, list);
    }
    return { byUnit, unmatched, sheet: g.name };
  }
  return { byUnit, unmatched, sheet: null };
}

function dateText(v: CellValue): string {
  if (isBlank(v)) return '';
  const d = parseDate(v);
  return d.kind === 'date' ? isoToVi(d.iso) : cellText(v);
}

/** The unit's people as its sheet in the book lists them (last year's book, or this year's earlier sheet). */
export function peopleFromBook(r: EngineResult, unit: Unit): TemplatePerson[] {
  const seen = new Set<string>();
  const out: TemplatePerson[] = [];
  for (const c of r.candidates) {
    if (c.kind !== 'individual' || c.unitKey !== unit.key) continue;
    const k = `${nameKey(c.name)}|${c.dob ?? ''}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ name: c.name, dob: c.dob ? isoToVi(c.dob) : '', position: c.position });
  }
  return out;
}

/** Every unit's template: people from the staff list where it names the unit, else from the book. */
export function buildUnitTemplates(
  r: EngineResult,
  o: TemplateOptions & { staff?: Map<string, TemplatePerson[]>; previous?: EngineResult | null } = {},
): UnitTemplate[] {
  return r.units.map((u) => {
    const staff = o.staff?.get(u.key);
    if (staff && staff.length) return buildUnitTemplate(r, u, staff, { ...o, peopleFrom: 'staffList' });
    const fromBook = peopleFromBook(o.previous ?? r, u);
    return buildUnitTemplate(r, u, fromBook, { ...o, peopleFrom: 'previousSheet' });
  });
}
