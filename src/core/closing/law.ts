import type { EngineResult } from '../engine/run';
import { fold } from '../text/normalize';
import type { Lang, Subject } from '../model';
import { decidedByAgency } from '../law/authority';

/**
 * The legal data of closing the year (domain.md §2, §8), each row with its basis, certainty tag
 * and effective period: the base salary by date, the reward multiples, the rounding of the
 * amount, the decree the căn cứ lines cite. Never literals in the code that uses them.
 */

export type Tag = 'C' | 'R' | 'C-old' | 'U';

/** A row of a dated table: in force from `from` (ISO) until the next row's `from`. */
export interface Dated<T> {
  from: string;
  value: T;
  basis: string;
  tag: Tag;
}

/** Lương cơ sở (đồng a month). */
export const BASE_SALARY: readonly Dated<number>[] = [
  { from: '2024-07-01', value: 2_340_000, basis: 'Nghị định 73/2024/NĐ-CP', tag: 'C' },
  { from: '2026-07-01', value: 2_530_000, basis: 'Nghị định 161/2026/NĐ-CP', tag: 'R' },
];

/** The decree detailing the Law, as the căn cứ lines cite it. */
export const DETAILING_DECREE: readonly Dated<string>[] = [
  {
    from: '2024-01-01',
    value: 'Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    basis: 'Nghị định 98/2023/NĐ-CP',
    tag: 'C',
  },
  {
    from: '2025-07-01',
    value: 'Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    basis: 'Nghị định 152/2025/NĐ-CP',
    tag: 'C',
  },
];

export const LAW_LINE = { value: 'Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022', basis: 'Luật 06/2022/QH15', tag: 'C' as Tag };

/** The row in force on `iso` (the last whose `from` is not after it); null before the first. */
export function inForce<T>(table: readonly Dated<T>[], iso: string): Dated<T> | null {
  let out: Dated<T> | null = null;
  for (const row of table) if (row.from <= iso) out = row;
  return out;
}

/** A reward multiple (hệ số × lương cơ sở) of a title or form for one kind of subject. */
export interface Multiple {
  /** Folded-name pattern. */
  match: RegExp;
  subject: Subject | 'any';
  /** In hundredths (0,3 is 30): amounts stay whole numbers of đồng. */
  hundredths: number;
  /** Danh hiệu thi đua (only the highest of one period is paid) or hình thức khen thưởng (paid beside a title). */
  kind: 'title' | 'form';
  basis: string;
  tag: Tag;
}

const ART = 'NĐ 152/2025/NĐ-CP, Điều 49–50 (như NĐ 98/2023, Điều 54)';

/** Reward multiples, most specific first (domain.md §8). */
export const MULTIPLES: readonly Multiple[] = [
  { match: /chien si thi dua toan quoc/, subject: 'individual', hundredths: 450, kind: 'title', basis: ART, tag: 'C' },
  { match: /chien si thi dua cap (tinh|bo|nganh)/, subject: 'individual', hundredths: 300, kind: 'title', basis: ART, tag: 'C' },
  { match: /chien si thi dua co so/, subject: 'individual', hundredths: 100, kind: 'title', basis: ART, tag: 'C' },
  { match: /tap the lao dong xuat sac/, subject: 'collective', hundredths: 150, kind: 'title', basis: ART, tag: 'C' },
  { match: /tap the lao dong tien tien/, subject: 'collective', hundredths: 80, kind: 'title', basis: ART, tag: 'C' },
  { match: /lao dong tien tien/, subject: 'individual', hundredths: 30, kind: 'title', basis: ART, tag: 'C' },
  { match: /co thi dua cua chinh phu/, subject: 'collective', hundredths: 1200, kind: 'title', basis: ART, tag: 'C' },
  { match: /co thi dua/, subject: 'collective', hundredths: 800, kind: 'title', basis: ART, tag: 'C' },
  { match: /bang khen/, subject: 'collective', hundredths: 300, kind: 'form', basis: `${ART}; mức tập thể theo thực tiễn`, tag: 'R' },
  { match: /giay khen/, subject: 'collective', hundredths: 60, kind: 'form', basis: `${ART}; mức tập thể theo thực tiễn`, tag: 'R' },
  { match: /bang khen/, subject: 'individual', hundredths: 100, kind: 'form', basis: 'NĐ 91/2017/NĐ-CP (mức cá nhân cũ, cần kiểm tra)', tag: 'C-old' },
  { match: /giay khen/, subject: 'individual', hundredths: 30, kind: 'form', basis: 'NĐ 91/2017/NĐ-CP (mức cá nhân cũ, cần kiểm tra)', tag: 'C-old' },
];

export function multipleOf(title: string, subject: Subject): Multiple | null {
  const k = fold(title);
  return MULTIPLES.find((m) => (m.subject === 'any' || m.subject === subject) && m.match.test(k)) ?? null;
}

/** How the amount is rounded to tens of thousands: the text says up; published examples round to nearest [U]. */
export type RoundingMode = 'up' | 'nearest';
export const ROUNDING = {
  default: 'up' as RoundingMode,
  step: 10_000,
  basis: 'NĐ 152/2025/NĐ-CP, Điều 50: "làm tròn số lên hàng chục nghìn đồng"; ví dụ công bố làm tròn gần nhất [U]: chọn trong Số quyết định',
};

/** The amount of one award: multiple × base salary, rounded to tens of thousands of đồng. */
export function rewardAmount(hundredths: number, baseSalary: number, mode: RoundingMode): number {
  // Whole đồng: the base salary is a multiple of 100, so hundredths × base / 100 is exact.
  const raw = (hundredths * baseSalary) / 100;
  const steps = raw / ROUNDING.step;
  return (mode === 'up' ? Math.ceil(steps - 1e-9) : Math.round(steps)) * ROUNDING.step;
}

/** "1.000.000 đ": Vietnamese thousand separators, whatever the machine's locale. */
export function formatDong(amount: number): string {
  const s = String(Math.round(Math.abs(amount))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${amount < 0 ? '-' : ''}${s} đ`;
}

/**
 * A number format that shows đồng with dots between thousands in every Excel locale (a plain
 * "#,##0" shows commas on an English Windows): the number stays a number the accountant can sum.
 */
export const DONG_FORMAT = '[>=1000000]#"."###"."###" đ";[>=1000]#"."###" đ";0" đ"';

/** "0,3": a multiple as staff write it. */
export function formatMultiple(hundredths: number): string {
  return String(hundredths / 100).replace('.', ',');
}

/**
 * Which titles and forms the agency decides itself on the decision date: the law's authority table
 * (law/authority.ts: Luật TĐKT 2022 Điều 80, NĐ 129/2025/NĐ-CP), the same one `consolidate` uses to
 * choose what goes upward.
 */
export function agencyDecidesForClosing(titleName: string, decisionDate: string): boolean {
  return decidedByAgency(titleName, decisionDate);
}

/** Who decides, in the register's words. */
export function deciderText(titleName: string, lang: Lang, decisionDate: string): string {
  const agency = agencyDecidesForClosing(titleName, decisionDate);
  return lang === 'vi' ? (agency ? 'Thủ trưởng cơ quan' : 'Cấp trên') : agency ? 'Head of agency' : 'Upper level';
}

/**
 * Hình thức khen thưởng (Giấy khen, Bằng khen…), as opposed to danh hiệu thi đua: a title and a
 * form are both paid (NĐ 152/2025/NĐ-CP), as the upward module's COMMENDATION_FORMS says.
 */
export function isCommendationForm(title: string): boolean {
  return /bang khen|giay khen|huan chuong|huy chuong|ky niem chuong/.test(fold(title));
}

/** The date that picks who decides: the law's decision date (assumed when `Ngày quyết định` is empty), else the run's day. */
export function lawDate(r: Pick<EngineResult, 'law'>, nowIso: string): string {
  return r.law?.decisionDate ?? nowIso.slice(0, 10);
}
