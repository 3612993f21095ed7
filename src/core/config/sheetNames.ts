import { matchKey } from '../text/normalize';

/** Names of the sheets of the workbook contract, as written and as matched. */
export const CONFIG_SHEETS = {
  campaign: 'Phong trào',
  criteria: 'Tiêu chí',
  titles: 'Danh hiệu',
  units: 'Đơn vị',
  history: 'Lịch sử khen thưởng',
  /** Written by the add-in with the rows needing a vote when absent; filled by the officer; never overwritten. */
  votes: 'Biểu quyết',
} as const;

export const GENERATED_SHEETS = {
  findings: 'Kiểm tra',
  ranking: 'Xếp hạng',
  summary: 'Tổng hợp',
  proposal: 'Đề nghị khen thưởng',
  minutes: 'Biên bản',
  log: 'Nhật ký',
} as const;

/**
 * The sheets of closing the year (src/core/closing), written with the ranking: fixed names, and
 * one decision per title the agency decides, named `QĐ <title>`.
 */
export const CLOSING_SHEETS = {
  register: 'Số quyết định',
  money: 'Tiền thưởng',
  certificateData: 'Trộn thư giấy khen',
  certificatePrint: 'In giấy khen',
  report: 'Báo cáo tổng kết',
  decisionPrefix: 'QĐ ',
} as const;

/** A closing sheet's name (with a "(2)" when a user sheet held it): an own sheet of this name is output, not input. */
export function isClosingSheet(name: string): boolean {
  const base = name.replace(/\s*\(\d+\)\s*$/, '');
  const k = sheetKey(base);
  return Object.entries(CLOSING_SHEETS).some(([id, n]) => (id === 'decisionPrefix' ? base.startsWith(n) : sheetKey(n) === k));
}

/** The very hidden sheet where the add-in records which sheets are its own. */
export const MARKER_SHEET = '_ThiDua';

export type ConfigSheetId = keyof typeof CONFIG_SHEETS;
export type GeneratedSheetId = keyof typeof GENERATED_SHEETS;

export function sheetKey(name: string): string {
  return matchKey(name);
}

export function configSheetId(name: string): ConfigSheetId | null {
  const k = sheetKey(name);
  for (const [id, n] of Object.entries(CONFIG_SHEETS)) if (sheetKey(n) === k) return id as ConfigSheetId;
  if (k === 'lich su') return 'history';
  return null;
}

/** Generated sheet names, including the "(2)" variants picked when a user sheet held the name. */
export function generatedSheetId(name: string): GeneratedSheetId | null {
  const k = sheetKey(name.replace(/\s*\(\d+\)\s*$/, ''));
  for (const [id, n] of Object.entries(GENERATED_SHEETS)) if (sheetKey(n) === k) return id as GeneratedSheetId;
  return null;
}
