import { CLOSING_SHEETS } from '../config/sheetNames';
import { CellValue } from '../../sheet/grid';
import { Candidate } from '../model';
import { defineWords, t } from '../i18n/words';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { isoToVi } from '../text/numbers';
import { ClosingData, DecisionDraft, decisionNumberText } from './decided';
import { BASE_SALARY, DONG_FORMAT, Multiple, ROUNDING, formatDong, formatMultiple, inForce, multipleOf, rewardAmount } from './law';

/**
 * `Tiền thưởng`: per person and collective, per unit and in total, what each decided title or
 * form pays (multiple × the base salary in force on the decision date, rounded to tens of
 * thousands as the register says). Of several titles of the same period only the highest is
 * paid, and the row says which was not and why; a title plus a form are both paid (NĐ 152/2025,
 * Điều 49–50; domain.md §8). What the upper level decides is listed apart: that level pays it.
 */

const W = /*#__PURE__*/ defineWords(
  'closing.money',
  {
    title: 'BẢNG TỔNG HỢP TIỀN THƯỞNG',
    subtitle: 'Kèm theo các quyết định khen thưởng {campaign}',
    basis:
      'Mức thưởng = hệ số × lương cơ sở tại ngày quyết định, làm tròn {rounding} hàng chục nghìn đồng ({roundingBasis}). Nhiều danh hiệu cùng năm: chỉ chi danh hiệu cao nhất; danh hiệu kèm hình thức khen thưởng: chi cả hai.',
    up: 'lên',
    nearest: 'đến',
    no: 'STT',
    name: 'Họ và tên (tên tập thể)',
    unit: 'Đơn vị',
    form: 'Danh hiệu / hình thức',
    decision: 'Số quyết định, ngày',
    multiple: 'Hệ số',
    base: 'Lương cơ sở',
    amount: 'Số tiền',
    paid: 'Chi / không chi',
    pay: 'Chi',
    notPaid: 'Không chi: cùng năm được “{higher}” (chỉ chi danh hiệu cao nhất)',
    noMultiple: 'Không chi: chưa có hệ số trong bảng dữ liệu',
    noBase: 'Không chi: chưa có lương cơ sở cho ngày {date}',
    unitTotal: 'Cộng {unit}',
    total: 'TỔNG CỘNG',
    byTitle: 'THEO DANH HIỆU, HÌNH THỨC',
    count: 'Số được chi',
    upwardTitle: 'DO CẤP TRÊN QUYẾT ĐỊNH VÀ CHI (không cộng vào tổng trên)',
    upwardHint: 'Đề nghị thuộc thẩm quyền cấp trên: tiền thưởng do cấp quyết định chi; số tiền dưới đây chỉ để tham khảo, theo lương cơ sở tại {date}.',
    pendingVote: 'chờ Hội đồng biểu quyết',
    dates: 'Ngày quyết định dùng để tính: {notes}',
    legal: 'Hệ số: {basis}. Lương cơ sở: {salaries}.',
    preparer: 'NGƯỜI LẬP BIỂU',
    accountant: 'KẾ TOÁN',
    head: 'THỦ TRƯỞNG CƠ QUAN',
    none: 'Chưa có danh hiệu nào được quyết định.',
  },
  {
    title: 'REWARD MONEY',
    subtitle: 'Attached to the award decisions, {campaign}',
    basis:
      'Amount = multiple × the base salary on the decision date, rounded {rounding} to tens of thousands of đồng ({roundingBasis}). Several titles of one year: only the highest is paid; a title plus a form: both are paid.',
    up: 'up',
    nearest: 'to the nearest',
    no: 'No.',
    name: 'Name (collective)',
    unit: 'Unit',
    form: 'Title / form',
    decision: 'Decision no., date',
    multiple: 'Multiple',
    base: 'Base salary',
    amount: 'Amount',
    paid: 'Paid / not paid',
    pay: 'Paid',
    notPaid: 'Not paid: also “{higher}” this year (only the highest title is paid)',
    noMultiple: 'Not paid: no multiple in the data table',
    noBase: 'Not paid: no base salary for {date}',
    unitTotal: 'Subtotal {unit}',
    total: 'TOTAL',
    byTitle: 'BY TITLE AND FORM',
    count: 'Paid',
    upwardTitle: 'DECIDED AND PAID BY THE UPPER LEVEL (not in the total above)',
    upwardHint: 'Proposals the upper level decides: that level pays; the amounts below are for reference only, at the base salary of {date}.',
    pendingVote: 'council vote pending',
    dates: 'Decision dates used: {notes}',
    legal: 'Multiples: {basis}. Base salary: {salaries}.',
    preparer: 'PREPARED BY',
    accountant: 'ACCOUNTANT',
    head: 'HEAD OF AGENCY',
    none: 'No title decided yet.',
  },
);

export interface MoneyLine {
  candidate: Candidate;
  decision: DecisionDraft;
  multiple: Multiple | null;
  baseSalary: number | null;
  /** The rounded amount of the award (0 when it has no multiple or no base). */
  amount: number;
  paid: boolean;
  /** Why not paid ('' when paid). */
  reason: string;
}

export interface MoneyBook {
  lines: MoneyLine[];
  /** Per decision: the multiple, the amount each, the total paid and how many were not paid. */
  byDecision: Map<string, { multiple: Multiple | null; amount: number; total: number; paid: number; notPaid: number }>;
  total: number;
}

/** Every award's amount, the highest title of the period alone paid. */
export function computeMoney(data: ClosingData): MoneyBook {
  const L = data.lang;
  const lines: MoneyLine[] = [];
  for (const d of data.decisions) {
    const multiple = multipleOf(d.rule.name, d.rule.subject);
    const base = d.baseSalary?.value ?? null;
    for (const a of d.awardees) {
      const amount = multiple && base !== null ? rewardAmount(multiple.hundredths, base, data.settings.rounding) : 0;
      const reason = !multiple ? t(W, L, 'noMultiple') : base === null ? t(W, L, 'noBase', { date: isoToVi(d.dateIso) }) : '';
      lines.push({ candidate: a.candidate, decision: d, multiple, baseSalary: base, amount, paid: reason === '', reason });
    }
  }
  // Titles (not forms) of one person in this year: only the highest multiple is paid.
  const byPerson = new Map<string, MoneyLine[]>();
  for (const l of lines) {
    if (!l.paid || l.multiple?.kind !== 'title') continue;
    const list = byPerson.get(l.candidate.id);
    if (list) list.push(l);
    else byPerson.set(l.candidate.id, [l]);
  }
  for (const list of byPerson.values()) {
    if (list.length < 2) continue;
    const top = list.reduce((a, b) => (b.multiple!.hundredths > a.multiple!.hundredths ? b : a));
    for (const l of list) if (l !== top) Object.assign(l, { paid: false, reason: t(W, L, 'notPaid', { higher: top.decision.rule.name }) });
  }
  const byDecision: MoneyBook['byDecision'] = new Map();
  const perDecision = new Map<DecisionDraft, MoneyLine[]>(data.decisions.map((d) => [d, []]));
  for (const l of lines) perDecision.get(l.decision)!.push(l);
  for (const d of data.decisions) {
    const mine = perDecision.get(d)!;
    const multiple = multipleOf(d.rule.name, d.rule.subject);
    const amount = multiple && d.baseSalary ? rewardAmount(multiple.hundredths, d.baseSalary.value, data.settings.rounding) : 0;
    byDecision.set(d.rule.key, {
      multiple,
      amount,
      total: mine.filter((l) => l.paid).reduce((s, l) => s + l.amount, 0),
      paid: mine.filter((l) => l.paid).length,
      notPaid: mine.filter((l) => !l.paid && l.multiple && l.baseSalary !== null).length,
    });
  }
  return { lines, byDecision, total: lines.filter((l) => l.paid).reduce((s, l) => s + l.amount, 0) };
}

export function buildMoneySheet(data: ClosingData, money: MoneyBook, nowIso: string): SheetModel {
  const L = data.lang;
  const W9 = 9;
  const b = new SheetBuilder(W9);
  b.banner((data.agency || '').toUpperCase(), 'agency', 0, 3);
  b.banner(t(W, L, 'title'), 'title');
  b.banner(t(W, L, 'subtitle', { campaign: data.campaignName }), 'subtitle');
  const r0 = b.banner(
    t(W, L, 'basis', { rounding: data.settings.rounding === 'up' ? t(W, L, 'up') : t(W, L, 'nearest'), roundingBasis: ROUNDING.basis }),
    'muted',
  );
  b.style(r0, 0, r0, W9 - 1, 'wrap');
  b.blank();
  const h = b.row(
    ['no', 'name', 'unit', 'form', 'decision', 'multiple', 'base', 'amount', 'paid'].map((k) => t(W, L, k as 'no')),
    'header',
  );
  // By unit, in the order they first appear (the decisions list units in the book's order).
  const byUnit = new Map<string, MoneyLine[]>();
  for (const l of money.lines) {
    const list = byUnit.get(l.candidate.unitName);
    if (list) list.push(l);
    else byUnit.set(l.candidate.unitName, [l]);
  }
  let n = 0;
  for (const [u, mine] of byUnit) {
    const start = b.next;
    for (const l of mine) {
      const d = l.decision;
      const when = d.dateTyped ? `, ${isoToVi(d.dateIso)}` : '';
      const values: CellValue[] = [
        ++n,
        l.candidate.name,
        u,
        d.rule.name,
        `${decisionNumberText(d, data.settings)}${when}`,
        l.multiple ? formatMultiple(l.multiple.hundredths) : '',
        l.baseSalary,
        l.paid ? l.amount : null,
        l.paid ? t(W, L, 'pay') : l.reason,
      ];
      b.row(values);
    }
    b.style(start, 0, b.next - 1, W9 - 1, 'cellWrap');
    b.style(start, 0, b.next - 1, 0, 'cellCenter');
    const sum = mine.filter((l) => l.paid).reduce((s, l) => s + l.amount, 0);
    const tr = b.row(['', t(W, L, 'unitTotal', { unit: u }), '', '', '', '', '', sum, '']);
    b.merge(tr, 1, tr, 6);
    b.style(tr, 0, tr, W9 - 1, 'cell');
    b.style(tr, 0, tr, W9 - 1, 'total');
  }
  if (money.lines.length === 0) b.banner(t(W, L, 'none'), 'muted');
  const gt = b.row(['', t(W, L, 'total'), '', '', '', '', '', money.total, formatDong(money.total)]);
  b.merge(gt, 1, gt, 6);
  b.style(gt, 0, gt, W9 - 1, 'cell');
  b.style(gt, 0, gt, W9 - 1, 'total');
  b.blank();
  // By title and form: how many are paid, at what amount, in total.
  b.banner(t(W, L, 'byTitle'), 'section');
  const th = b.row(['', t(W, L, 'form'), '', '', t(W, L, 'count'), t(W, L, 'multiple'), '', t(W, L, 'amount'), ''], 'header');
  b.merge(th, 1, th, 3);
  for (const d of data.decisions) {
    const m = money.byDecision.get(d.rule.key)!;
    const r = b.row(['', d.rule.name, '', '', m.paid, m.multiple ? formatMultiple(m.multiple.hundredths) : '', '', m.total, '']);
    b.merge(r, 1, r, 3);
  }
  b.style(th + 1, 0, b.next - 1, W9 - 1, 'cell');
  if (data.upward.length > 0) {
    b.blank();
    b.banner(t(W, L, 'upwardTitle'), 'section');
    const ref = inForce(BASE_SALARY, data.decisions[0]?.dateIso ?? nowIso.slice(0, 10));
    const hint = b.banner(t(W, L, 'upwardHint', { date: isoToVi(data.decisions[0]?.dateIso ?? nowIso.slice(0, 10)) }), 'muted');
    b.style(hint, 0, hint, W9 - 1, 'wrap');
    const uh = b.row(
      ['no', 'name', 'unit', 'form', 'decision', 'multiple', 'base', 'amount', 'paid'].map((k) => t(W, L, k as 'no')),
      'header',
    );
    data.upward.forEach((x, i) => {
      const m = multipleOf(x.rule.name, x.rule.subject);
      const amount = m && ref ? rewardAmount(m.hundredths, ref.value, data.settings.rounding) : null;
      b.row([
        i + 1,
        x.candidate.name,
        x.candidate.unitName,
        x.rule.name,
        '',
        m ? formatMultiple(m.hundredths) : '',
        ref?.value ?? null,
        amount,
        x.pending ? t(W, L, 'pendingVote') : '',
      ]);
    });
    b.style(uh + 1, 0, b.next - 1, W9 - 1, 'cellWrap');
    b.style(uh + 1, 0, b.next - 1, W9 - 1, 'muted');
  }
  b.blank();
  const notes = [...new Set(data.decisions.map((d) => `${d.rule.name}: ${d.dateNote}`))].join('; ');
  const dr = b.banner(t(W, L, 'dates', { notes: notes || '—' }), 'muted');
  b.style(dr, 0, dr, W9 - 1, 'wrap');
  const basis = [...new Set(money.lines.filter((l) => l.multiple).map((l) => `${l.multiple!.basis} [${l.multiple!.tag}]`))].join('; ');
  const salaries = BASE_SALARY.map((s) => `${formatDong(s.value)} từ ${isoToVi(s.from)} (${s.basis}) [${s.tag}]`).join('; ');
  const lr = b.banner(t(W, L, 'legal', { basis: basis || '—', salaries }), 'muted');
  b.style(lr, 0, lr, W9 - 1, 'wrap');
  b.blank();
  const sr = b.row([t(W, L, 'preparer'), '', '', t(W, L, 'accountant'), '', '', t(W, L, 'head'), '', '']);
  b.merge(sr, 0, sr, 2);
  b.merge(sr, 3, sr, 5);
  b.merge(sr, 6, sr, 8);
  b.style(sr, 0, sr, 8, 'signature');
  return b.build({
    id: 'money',
    name: MONEY_SHEET,
    columnWidths: [5, 24, 22, 22, 18, 7, 13, 14, 30],
    numberFormats: [
      { col: 6, fromRow: h + 1, format: DONG_FORMAT },
      { col: 7, fromRow: h + 1, format: DONG_FORMAT },
    ],
    freeze: { rows: h + 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, printTitleRows: [h, h], font: 'Times New Roman', fontSize: 11 },
  });
}

export const MONEY_SHEET = CLOSING_SHEETS.money;
