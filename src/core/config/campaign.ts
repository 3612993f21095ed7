import { SheetGrid, cellAt, cellText, isBlank } from '../../sheet/grid';
import { Campaign, Subject, TieBreakKey, CriteriaTree } from '../model';
import { FindingLog } from '../findings/log';
import { cleanText, fold } from '../text/normalize';
import { parseNumber, parseDate } from '../text/numbers';
import { headerKey } from './table';
import { CONFIG_SHEETS } from './sheetNames';

type Field = 'name' | 'year' | 'from' | 'to' | 'decisionDate' | 'organizer' | 'subject' | 'maxBonus' | 'gap' | 'tieBreak' | 'rounding';

const LABELS: Record<Field, string[]> = {
  name: ['ten phong trao', 'phong trao'],
  year: ['nam', 'nam thi dua', 'nam danh gia'],
  from: ['tu ngay'],
  to: ['den ngay'],
  decisionDate: ['ngay quyet dinh', 'ngay ra quyet dinh', 'ngay khen thuong'],
  organizer: ['don vi to chuc', 'co quan to chuc', 'co quan don vi', 'co quan'],
  subject: ['doi tuong'],
  maxBonus: ['diem thuong toi da', 'diem cong toi da'],
  gap: ['nguong chenh lech', 'chenh lech toi da', 'nguong chenh lech diem'],
  tieBreak: ['thu tu khi bang diem', 'khi bang diem', 'tieu chi phu khi bang diem', 'uu tien khi bang diem'],
  rounding: ['lam tron chi tieu', 'lam tron'],
};

export function parseSubject(text: string): Subject | null {
  const k = fold(text);
  if (k.startsWith('ca nhan')) return 'individual';
  if (k.startsWith('tap the')) return 'collective';
  return null;
}

/** `Phong trào`: label in column A, value in column B. */
export function readCampaign(grid: SheetGrid, log: FindingLog): { campaign: Campaign; tieBreakRef: { row: number; col: number } | null } {
  const sheet = grid.name;
  const found = new Map<Field, { row: number; value: string | number | boolean | null }>();
  for (let r = 0; r < grid.rows.length; r++) {
    const key = headerKey(cellText(cellAt(grid, r, 0)));
    if (!key) continue;
    for (const [field, aliases] of Object.entries(LABELS) as [Field, string[]][]) {
      if (!found.has(field) && aliases.includes(key)) {
        found.set(field, { row: r, value: cellAt(grid, r, 1) });
        break;
      }
    }
  }
  const text = (f: Field) => {
    const v = found.get(f)?.value ?? null;
    return isBlank(v) ? '' : cleanText(cellText(v));
  };
  const number = (f: Field, label: string): number | null => {
    const e = found.get(f);
    if (!e) return null;
    const p = parseNumber(e.value);
    if (p.kind === 'number') return p.value;
    if (p.kind === 'invalid') log.add('CONFIG_BAD_NUMBER', { label, value: p.text }, { sheet, row: e.row, col: 1 });
    return null;
  };

  /** A cap or threshold below zero cannot be applied: a finding on its cell, and no cap. */
  const nonNegative = (f: Field, label: string, code: 'BONUS_CAP_NEGATIVE' | 'GAP_THRESHOLD_NEGATIVE'): number | null => {
    const v = number(f, label);
    if (v === null || v >= 0) return v;
    log.add(code, { value: v }, { sheet, row: found.get(f)!.row, col: 1 });
    return null;
  };

  const name = text('name');
  if (!name) log.add('CAMPAIGN_NAME_MISSING', {}, found.has('name') ? { sheet, row: found.get('name')!.row, col: 1 } : { sheet, row: 0, col: 1 });

  const date = (f: Field): string | null => {
    const e = found.get(f);
    if (!e) return null;
    const d = parseDate(e.value);
    if (d.kind === 'date') return d.iso;
    if (d.kind === 'invalid')
      log.add(
        'CONFIG_BAD_VALUE',
        { label: f === 'from' ? 'Từ ngày' : f === 'to' ? 'Đến ngày' : 'Ngày quyết định', value: d.text, allowed: 'dd/mm/yyyy' },
        { sheet, row: e.row, col: 1 },
      );
    return null;
  };
  const from = date('from');
  const to = date('to');
  const decisionDate = date('decisionDate');
  let year = number('year', 'Năm');
  if (year === null && to) year = Number(to.slice(0, 4));
  if (year === null && from) year = Number(from.slice(0, 4));
  if (year !== null && (!Number.isInteger(year) || year < 1945 || year > 2200)) {
    const e = found.get('year');
    log.add('CONFIG_BAD_VALUE', { label: 'Năm', value: String(year), allowed: 'năm 4 chữ số, ví dụ 2025' }, { sheet, row: e?.row ?? 0, col: 1 });
    year = null;
  }
  if (year === null && !found.has('year') && !from && !to) log.add('CAMPAIGN_YEAR_MISSING', {}, { sheet, row: 0, col: 0 });

  let subject: Subject | null = null;
  if (text('subject')) {
    subject = parseSubject(text('subject'));
    if (!subject)
      log.add(
        'CONFIG_BAD_VALUE',
        { label: 'Đối tượng', value: text('subject'), allowed: 'Cá nhân, Tập thể' },
        { sheet, row: found.get('subject')!.row, col: 1 },
      );
  }

  let quotaRounding: Campaign['quotaRounding'] = 'down';
  const rounding = fold(text('rounding'));
  if (rounding) {
    if (rounding.startsWith('gan')) quotaRounding = 'nearest';
    else if (!rounding.startsWith('xuong'))
      log.add(
        'CONFIG_BAD_VALUE',
        { label: 'Làm tròn chỉ tiêu', value: text('rounding'), allowed: 'Xuống, Gần nhất' },
        { sheet, row: found.get('rounding')!.row, col: 1 },
      );
  }

  const tb = found.get('tieBreak');
  return {
    campaign: {
      name,
      year,
      from,
      to,
      decisionDate,
      organizer: text('organizer'),
      subject,
      maxBonus: nonNegative('maxBonus', 'Điểm thưởng tối đa', 'BONUS_CAP_NEGATIVE'),
      gapThreshold: nonNegative('gap', 'Ngưỡng chênh lệch', 'GAP_THRESHOLD_NEGATIVE'),
      tieBreak: [],
      tieBreakText: text('tieBreak'),
      quotaRounding,
    },
    tieBreakRef: tb ? { row: tb.row, col: 1 } : null,
  };
}

/** `Nhóm I; Điểm trừ; Tên` → the ordered keys. Read after the criteria, which it may name. */
export function parseTieBreak(
  text: string,
  criteria: CriteriaTree | null,
  log: FindingLog,
  at: { sheet: string; row: number; col: number } | null,
): TieBreakKey[] {
  const keys: TieBreakKey[] = [];
  for (const part of text
    .split(/[;\n,]+/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const k = fold(part).replace(/^\d+[.)]\s+(?=\D)/, '');
    let key: TieBreakKey | null = null;
    if (/^(it |fewer )?(diem tru|tru diem)/.test(k)) key = { kind: 'deductions' };
    else if (/^(diem thuong|diem cong)/.test(k)) key = { kind: 'bonus' };
    else if (/^xep loai/.test(k)) key = { kind: 'rating' };
    else if (/^(so )?sang kien/.test(k)) key = { kind: 'initiatives' };
    else if (/^(ten|ho ten|ho va ten|abc)$/.test(k)) key = { kind: 'name' };
    else {
      const code = k.replace(/^(diem )?(nhom|tieu chi|tc|muc|phan)\s+/, '').replace(/\.$/, '');
      const c = criteria?.all.find((x) => x.key === code);
      if (c) key = { kind: 'criterion', code: c.code };
    }
    if (key) keys.push(key);
    else if (at) log.add('TIEBREAK_UNKNOWN', { value: part }, at);
  }
  return keys;
}

export const CAMPAIGN_SHEET = CONFIG_SHEETS.campaign;
