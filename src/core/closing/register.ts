import { CLOSING_SHEETS } from '../config/sheetNames';
import { CellValue, SheetGrid, cellText } from '../../sheet/grid';
import type { Lang } from '../model';
import { defineWords, t } from '../i18n/words';
import { fold } from '../text/normalize';
import { isoToVi, parseDate, parseNumber } from '../text/numbers';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { ROUNDING, RoundingMode } from './law';

/**
 * `Số quyết định`: the officer's cells of closing the year. The add-in writes the sheet on every
 * `Xếp hạng` and keeps what the officer typed in its two user columns (as it keeps the notes of
 * `Đề nghị khen thưởng`: left out of the sheet's fingerprint, carried by title or setting): each
 * decision's number and date, who signs, the place, the rounding of the money and the certificate
 * margins. They flow into the decisions, the money, the certificates and next year's history.
 */
export const REGISTER_SHEET = CLOSING_SHEETS.register;
/** The user columns: the decision number (or a setting's value) and the decision date. */
export const REGISTER_VALUE_COL = 4;
export const REGISTER_DATE_COL = 5;

export const W = /*#__PURE__*/ defineWords(
  'closing.register',
  {
    title: 'SỐ, NGÀY QUYẾT ĐỊNH VÀ THIẾT LẬP KẾT THÚC NĂM',
    hint: 'Cán bộ thi đua ghi vào hai cột tô vàng (Số quyết định, Ngày quyết định; giá trị thiết lập) rồi chạy lại Xếp hạng: số, ngày đi vào quyết định, giấy khen, tiền thưởng và sổ năm sau. Các ô này được giữ lại ở mọi lần chạy sau.',
    no: 'STT',
    form: 'Danh hiệu / hình thức',
    level: 'Cấp quyết định',
    count: 'Số được khen',
    number: 'Số quyết định',
    date: 'Ngày quyết định',
    note: 'Ghi chú',
    settings: 'THIẾT LẬP',
    value: 'Giá trị',
    agencyLevel: 'Thủ trưởng cơ quan',
    symbol: 'Ký hiệu văn bản (sau QĐ-)',
    place: 'Địa danh (ghi trên văn bản)',
    signerTitle: 'Chức vụ người ký',
    signer: 'Họ tên người ký',
    fund: 'Nguồn chi tiền thưởng',
    rounding: 'Làm tròn tiền thưởng',
    marginTop: 'Lề trên giấy khen (cm)',
    marginLeft: 'Lề trái giấy khen (cm)',
    roundingNote: 'Lên (mặc định) hoặc Gần nhất. {basis}',
    marginNote: 'Chỉnh để chữ in đúng chỗ trên phôi giấy khen in sẵn.',
    up: 'Lên',
    nearest: 'Gần nhất',
    defaultSignerTitle: 'GIÁM ĐỐC',
    defaultFund: 'Quỹ thi đua, khen thưởng của {agency}',
    none: 'Chưa có danh hiệu nào được quyết định.',
  },
  {
    title: 'DECISION NUMBERS, DATES AND YEAR-END SETTINGS',
    hint: 'The emulation officer types in the two yellow columns (decision number and date; setting values), then ranks again: they go into the decisions, certificates, money and next year’s book. These cells are kept on every later run.',
    no: 'No.',
    form: 'Title / form',
    level: 'Decided by',
    count: 'Awarded',
    number: 'Decision number',
    date: 'Decision date',
    note: 'Notes',
    settings: 'SETTINGS',
    value: 'Value',
    agencyLevel: 'Head of agency',
    symbol: 'Document symbol (after QĐ-)',
    place: 'Place (on documents)',
    signerTitle: 'Signer’s position',
    signer: 'Signer’s name',
    fund: 'Fund paying the rewards',
    rounding: 'Rounding of rewards',
    marginTop: 'Certificate top margin (cm)',
    marginLeft: 'Certificate left margin (cm)',
    roundingNote: 'Up (default) or Nearest. {basis}',
    marginNote: 'Adjust so the print lands on the pre-printed certificate blanks.',
    up: 'Up',
    nearest: 'Nearest',
    defaultSignerTitle: 'DIRECTOR',
    defaultFund: 'Emulation and commendation fund of {agency}',
    none: 'No title decided yet.',
  },
);

export type SettingId = 'symbol' | 'place' | 'signerTitle' | 'signer' | 'fund' | 'rounding' | 'marginTop' | 'marginLeft';
const SETTINGS: SettingId[] = ['symbol', 'place', 'signerTitle', 'signer', 'fund', 'rounding', 'marginTop', 'marginLeft'];

/** What the officer typed, by folded title name and by setting. */
export interface RegisterValues {
  numbers: Map<string, { number: string; dateIso: string | null; dateText: string }>;
  settings: Map<SettingId, CellValue>;
}

export function emptyRegister(): RegisterValues {
  return { numbers: new Map(), settings: new Map() };
}

/** The values typed in a previous `Số quyết định` (either language's labels). */
export function readRegister(g: SheetGrid | null): RegisterValues {
  const out = emptyRegister();
  if (!g) return out;
  const labels = new Map<string, SettingId>();
  for (const id of SETTINGS) for (const lang of ['vi', 'en'] as const) labels.set(fold(t(W, lang, id)), id);
  for (const row of g.rows) {
    if (!row) continue;
    const label = fold(cellText(row[1] ?? null));
    if (!label) continue;
    const value = row[REGISTER_VALUE_COL] ?? null;
    const setting = labels.get(label);
    if (setting) {
      if (value !== null && cellText(value).trim() !== '') out.settings.set(setting, value);
      continue;
    }
    if (typeof row[0] !== 'number') continue;
    const date = parseDate(row[REGISTER_DATE_COL] ?? null);
    const number = cellText(value).trim();
    const dateText = cellText(row[REGISTER_DATE_COL] ?? null).trim();
    if (number || dateText)
      out.numbers.set(label, { number, dateIso: date.kind === 'date' ? date.iso : null, dateText: date.kind === 'date' ? isoToVi(date.iso) : dateText });
  }
  return out;
}

/** The settings as used, the officer's or the default. */
export interface ClosingSettings {
  symbol: string;
  place: string;
  signerTitle: string;
  signer: string;
  fund: string;
  rounding: RoundingMode;
  /** Centimetres. */
  marginTop: number;
  marginLeft: number;
}

export function settingsOf(v: RegisterValues, lang: Lang, agency: string): ClosingSettings {
  const text = (id: SettingId, dflt: string) => {
    const x = v.settings.get(id);
    return x === undefined || x === null ? dflt : cellText(x).trim() || dflt;
  };
  const cm = (id: SettingId, dflt: number) => {
    const p = parseNumber(v.settings.get(id) ?? null);
    return p.kind === 'number' && p.value >= 0 && p.value < 15 ? p.value : dflt;
  };
  const r = fold(text('rounding', ''));
  return {
    symbol: text('symbol', ''),
    place: text('place', ''),
    signerTitle: text('signerTitle', t(W, lang, 'defaultSignerTitle')),
    signer: text('signer', ''),
    fund: text('fund', t(W, lang, 'defaultFund', { agency: agency || '…' })),
    rounding: r.startsWith('gan') || r.startsWith('near') ? 'nearest' : ROUNDING.default,
    marginTop: cm('marginTop', 2),
    marginLeft: cm('marginLeft', 2),
  };
}

export interface RegisterLine {
  title: string;
  level: string;
  count: number;
  number: string;
  dateText: string;
  note: string;
}

/** The sheet, the officer's values written back where they were typed. */
export function buildRegisterSheet(lang: Lang, lines: RegisterLine[], v: RegisterValues, s: ClosingSettings): SheetModel {
  const b = new SheetBuilder(7);
  b.banner(t(W, lang, 'title'), 'title');
  b.banner(t(W, lang, 'hint'), 'muted');
  b.style(1, 0, 1, 6, 'wrap');
  b.blank();
  const h = b.row(
    ['no', 'form', 'level', 'count', 'number', 'date', 'note'].map((k) => t(W, lang, k as 'no')),
    'header',
  );
  lines.forEach((l, i) => b.row([i + 1, l.title, l.level, l.count, l.number, l.dateText, l.note]));
  if (lines.length === 0) b.banner(t(W, lang, 'none'), 'muted');
  const last = b.next - 1;
  if (last > h) {
    b.style(h + 1, 0, last, 6, 'cellWrap');
    b.style(h + 1, REGISTER_VALUE_COL, last, REGISTER_DATE_COL, 'warning');
  }
  b.blank();
  const sh = b.row(['', t(W, lang, 'settings'), '', '', t(W, lang, 'value'), '', t(W, lang, 'note')], 'header');
  const typed = (id: SettingId, shown: CellValue) => v.settings.get(id) ?? shown;
  const rows: [SettingId, CellValue, string][] = [
    ['symbol', typed('symbol', ''), ''],
    ['place', typed('place', ''), ''],
    ['signerTitle', typed('signerTitle', s.signerTitle), ''],
    ['signer', typed('signer', ''), ''],
    ['fund', typed('fund', s.fund), ''],
    ['rounding', typed('rounding', s.rounding === 'up' ? t(W, lang, 'up') : t(W, lang, 'nearest')), t(W, lang, 'roundingNote', { basis: ROUNDING.basis })],
    ['marginTop', typed('marginTop', s.marginTop), t(W, lang, 'marginNote')],
    ['marginLeft', typed('marginLeft', s.marginLeft), t(W, lang, 'marginNote')],
  ];
  for (const [id, value, note] of rows) {
    const r = b.row(['', t(W, lang, id), '', '', value, '', note]);
    b.merge(r, 1, r, 3);
  }
  b.style(sh + 1, 0, b.next - 1, 6, 'cellWrap');
  b.style(sh + 1, REGISTER_VALUE_COL, b.next - 1, REGISTER_VALUE_COL, 'warning');
  return b.build({
    id: 'closingRegister',
    name: REGISTER_SHEET,
    columnWidths: [6, 30, 18, 10, 22, 16, 50],
    userColumns: [REGISTER_VALUE_COL, REGISTER_DATE_COL],
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 12 },
  });
}

/** The officer's number and date for a title, if typed. */
export function typedDecision(v: RegisterValues, title: string): { number: string; dateIso: string | null; dateText: string } | null {
  return v.numbers.get(fold(title)) ?? null;
}

export { isoToVi };
