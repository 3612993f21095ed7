/**
 * The upward workbook's format: sheet names, the data sheet's columns (stable ids, documented in
 * docs/upward-format.md) and the format version. A reader accepts the same major version and
 * refuses another one with a clear message: it never guesses at columns it does not know.
 */

/** `thidua-cap-tren/<major>.<minor>`: a new minor only adds columns at the end. */
export const FORMAT_NAME = 'thidua-cap-tren';
export const FORMAT_MAJOR = 1;
export const FORMAT_MINOR = 0;
export const FORMAT = `${FORMAT_NAME}/${FORMAT_MAJOR}.${FORMAT_MINOR}`;

export const UPWARD_SHEETS = {
  cover: 'Thông tin',
  proposals: 'Danh sách đề nghị',
  summary: 'Tổng hợp',
  findings: 'Kiểm tra',
  data: 'Dữ liệu đề nghị',
  stats: 'Thống kê',
  export: 'Nhập hệ thống tỉnh',
  codes: 'Bảng mã',
  /** Hidden (not very hidden: anyone may look): format, agency, hashes. */
  meta: '_CapTren',
} as const;

export type ColumnId =
  | 'format'
  | 'agency'
  | 'unit'
  | 'kind'
  | 'name'
  | 'dob'
  | 'gender'
  | 'position'
  | 'personId'
  | 'objectClass'
  | 'objectNote'
  | 'awardKind'
  | 'form'
  | 'decidedBy'
  | 'total'
  | 'rankAll'
  | 'rankBlock'
  | 'rankUnit'
  | 'rating'
  | 'initiatives'
  | 'discipline'
  | 'prerequisites'
  | 'vote'
  | 'achievements'
  | 'sourceFile'
  | 'sourceSheet'
  | 'sourceCell'
  | 'chain'
  | 'status'
  | 'cellDigest'
  | 'rowHash';

export interface DataColumn {
  id: ColumnId;
  vi: string;
  en: string;
  width: number;
  /** Numbers are written as numbers; everything else as text. */
  numeric?: boolean;
}

/** The data sheet, in this order. The last two are the tamper evidence, not hashed themselves. */
export const DATA_COLUMNS: readonly DataColumn[] = [
  { id: 'format', vi: 'Phiên bản định dạng', en: 'Format version', width: 18 },
  { id: 'agency', vi: 'Cơ quan đề nghị', en: 'Proposing agency', width: 26 },
  { id: 'unit', vi: 'Đơn vị', en: 'Unit', width: 24 },
  { id: 'kind', vi: 'Cá nhân / Tập thể / Hộ gia đình', en: 'Individual / collective / household', width: 14 },
  { id: 'name', vi: 'Họ và tên / Tên tập thể', en: 'Name', width: 26 },
  { id: 'dob', vi: 'Ngày sinh', en: 'Date of birth', width: 12 },
  { id: 'gender', vi: 'Giới tính', en: 'Gender', width: 9 },
  { id: 'position', vi: 'Chức vụ', en: 'Position', width: 20 },
  { id: 'personId', vi: 'Mã cán bộ / CCCD', en: 'Staff or citizen ID', width: 16 },
  { id: 'objectClass', vi: 'Phân loại đối tượng', en: 'Object class', width: 30 },
  { id: 'objectNote', vi: 'Ghi chú phân loại', en: 'Class note', width: 30 },
  { id: 'awardKind', vi: 'Loại khen thưởng', en: 'Award kind', width: 18 },
  { id: 'form', vi: 'Hình thức đề nghị', en: 'Form proposed', width: 30 },
  { id: 'decidedBy', vi: 'Cấp quyết định', en: 'Decided by', width: 18 },
  { id: 'total', vi: 'Tổng điểm', en: 'Total', width: 9, numeric: true },
  { id: 'rankAll', vi: 'Hạng toàn phong trào', en: 'Rank (campaign)', width: 9, numeric: true },
  { id: 'rankBlock', vi: 'Hạng trong khối', en: 'Rank (block)', width: 9, numeric: true },
  { id: 'rankUnit', vi: 'Hạng trong đơn vị', en: 'Rank (unit)', width: 9, numeric: true },
  { id: 'rating', vi: 'Xếp loại', en: 'Rating', width: 9 },
  { id: 'initiatives', vi: 'Sáng kiến', en: 'Initiatives', width: 9, numeric: true },
  { id: 'discipline', vi: 'Kỷ luật', en: 'Discipline', width: 16 },
  { id: 'prerequisites', vi: 'Danh hiệu làm căn cứ (năm: danh hiệu, số quyết định)', en: 'Prerequisite titles (year: title, decision)', width: 40 },
  { id: 'vote', vi: 'Kết quả biểu quyết của Hội đồng', en: 'Council vote', width: 14 },
  { id: 'achievements', vi: 'Tóm tắt thành tích', en: 'Achievements', width: 40 },
  { id: 'sourceFile', vi: 'Nguồn: tệp', en: 'Source file', width: 22 },
  { id: 'sourceSheet', vi: 'Nguồn: sheet', en: 'Source sheet', width: 14 },
  { id: 'sourceCell', vi: 'Nguồn: ô', en: 'Source cell', width: 8 },
  { id: 'chain', vi: 'Chuỗi nguồn (các cấp đã qua)', en: 'Provenance chain', width: 40 },
  { id: 'status', vi: 'Tình trạng tại cấp này', en: 'Status at this level', width: 24 },
  { id: 'cellDigest', vi: 'Mã kiểm tra từng ô', en: 'Per-cell check', width: 20 },
  { id: 'rowHash', vi: 'Mã dòng (SHA-256)', en: 'Row hash (SHA-256)', width: 20 },
];

/** Columns whose values the hashes cover (everything but the hashes themselves). */
export const HASHED_COLUMNS = DATA_COLUMNS.filter((c) => c.id !== 'cellDigest' && c.id !== 'rowHash');

export type RowValues = Record<ColumnId, string | number | null>;

/** The meta sheet's keys, one per row: key | value. */
export interface UpwardMeta {
  format: string;
  agency: string;
  campaign: string;
  year: number | null;
  madeAt: string;
  version: string;
  /** The file the proposals were made from (agency book), or the files rolled up. */
  source: string;
  /** 0 an agency, 1 the first roll-up (province), 2 a roll-up of roll-ups… */
  level: number;
  rows: number;
  contentHash: string;
  checkCode: string;
  lang: 'vi' | 'en';
  /**
   * The titles the agency decided itself this round, not sent upward ("form|kind|count" joined by
   * "; "): the cover shows them beside the proposals, as the bases they are.
   */
  ownForms: string;
}

export const META_KEYS: readonly (keyof UpwardMeta)[] = [
  'format',
  'agency',
  'campaign',
  'year',
  'madeAt',
  'version',
  'source',
  'level',
  'rows',
  'contentHash',
  'checkCode',
  'lang',
  'ownForms',
];

export function parseFormat(text: string): { major: number; minor: number } | null {
  const m = /^thidua-cap-tren\/(\d+)\.(\d+)$/.exec(text.trim());
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : null;
}
