import { Lang } from '../../../core/model';

// One formatter per language: toLocaleString builds one per call (70 ms over a province's rows).
const FORMAT = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
const n = (x: number, lang: Lang) => FORMAT[lang].format(x);

/** The findings view's words (Vietnamese first), kept here so the pane's shared table stays small. */
const VI = {
  byKind: 'Theo loại phát hiện',
  showAllKinds: (k: number) => `Xem cả ${k} loại`,
  fewerKinds: 'Thu gọn',
  filters: 'Lọc phát hiện',
  severity: 'Mức độ',
  all: 'Tất cả',
  sheet: 'Sheet',
  unit: 'Đơn vị',
  kind: 'Loại',
  search: 'Tìm (tên, ô, nội dung)',
  clear: 'Bỏ lọc',
  shown: (a: number, b: number) => `Đang hiện ${n(a, 'vi')} / ${n(b, 'vi')} phát hiện`,
  none: 'Không có phát hiện nào khớp bộ lọc.',
  list: 'Danh sách phát hiện',
  agencyWide: 'Cả cơ quan',
  goTo: 'Đến ô',
  ofSheet: 'của sheet',
  otherRow: (where: string) => `Dòng trùng kia: ${where}`,
  example: (fix: string) => `Ví dụ: ${fix}`,
};

const EN: typeof VI = {
  byKind: 'By kind',
  showAllKinds: (k) => `Show all ${k} kinds`,
  fewerKinds: 'Show fewer',
  filters: 'Filter findings',
  severity: 'Severity',
  all: 'All',
  sheet: 'Sheet',
  unit: 'Unit',
  kind: 'Kind',
  search: 'Search (name, cell, text)',
  clear: 'Clear filters',
  shown: (a, b) => `Showing ${n(a, 'en')} of ${n(b, 'en')} findings`,
  none: 'No finding matches the filters.',
  list: 'Findings',
  agencyWide: 'Whole agency',
  goTo: 'Go to cell',
  ofSheet: 'of sheet',
  otherRow: (where) => `The other row: ${where}`,
  example: (fix) => `For example: ${fix}`,
};

export type FindingsStrings = typeof VI;

export function findingsStrings(lang: Lang): FindingsStrings {
  return lang === 'vi' ? VI : EN;
}
