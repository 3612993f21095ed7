import ExcelJS from 'exceljs';

/**
 * Builds real .xlsx workbooks the way agencies' sheets look: title block, merged two-row
 * headers, text numbers, a totals row and a signature block. Used by the bundled sample, the
 * tests and the benchmark, so all three exercise the same shapes.
 */
export type Cell = string | number | boolean | Date | null | { formula: string; result?: number | string };

export interface CriterionSpec {
  code: string;
  text: string;
  max: number | null;
  kind?: '' | 'Cộng' | 'Trừ';
  weight?: number | null;
  floor?: number | null;
  evidence?: '' | 'Bắt buộc';
}

export interface TitleSpec {
  name: string;
  subject: 'Cá nhân' | 'Tập thể';
  minScore?: number | null;
  minRating?: string;
  conditions?: string;
  percent?: number | null;
  base?: string;
  maxCount?: number | null;
  scope?: string;
  /** `Tỷ lệ phiếu tối thiểu (%)` and `Phiếu tính trên`: the council's vote the title needs. */
  voteMin?: string;
  voteBase?: string;
  basis?: string;
}

export interface UnitSpec {
  code: string;
  name: string;
  block?: string;
  headcount?: number | null;
  deadline?: string;
  /** Ngày nộp: when the office received the unit's sheet. */
  received?: string;
}

export interface HistorySpec {
  name: string;
  dob: string;
  unit: string;
  year: number;
  title: string;
  decision?: string;
}

export interface PersonRow {
  stt?: Cell;
  name: string;
  code?: string;
  dob?: Cell;
  position?: string;
  unit?: string;
  rating?: Cell;
  initiatives?: Cell;
  discipline?: Cell;
  daysOff?: Cell;
  monthsWorked?: Cell;
  /** `Giới tính` (Nam / Nữ), for the women-first step of the tie-break. */
  gender?: Cell;
  /** code → self score, or [self, appraised]. */
  scores: Record<string, Cell | [Cell, Cell]>;
  /** 'auto' writes the plain sum of the self scores; a number writes it as is. */
  total?: Cell | 'auto';
  requested?: string;
  evidence?: string;
}

export interface RosterSpec {
  sheet: string;
  titleLines?: string[];
  /** How criterion headers are written. */
  headerStyle?: 'code' | 'tc' | 'text' | 'noDiacritics';
  /** Two-row header: code merged over "Tự chấm" / "Thẩm định". */
  appraisal?: boolean;
  nameHeader?: string;
  columns?: (
    | 'stt'
    | 'code'
    | 'dob'
    | 'gender'
    | 'position'
    | 'unit'
    | 'rating'
    | 'initiatives'
    | 'discipline'
    | 'daysOff'
    | 'monthsWorked'
    | 'total'
    | 'requested'
    | 'evidence'
  )[];
  criteria: string[];
  rows: (PersonRow | { section: string } | { spacer: true })[];
  totalRow?: boolean;
  signature?: boolean;
  numberingRow?: boolean;
  nfdHeaders?: boolean;
}

export interface BookSpec {
  campaign: [string, Cell][];
  criteria: CriterionSpec[];
  titles: TitleSpec[];
  units?: UnitSpec[];
  history?: HistorySpec[];
  rosters: RosterSpec[];
  extraSheets?: { name: string; rows: Cell[][] }[];
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

function table(ws: ExcelJS.Worksheet, head: string[], rows: Cell[][]) {
  const h = ws.addRow(head);
  h.font = { bold: true };
  for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
}

const FOLD: Record<string, string> = { đ: 'd', Đ: 'D' };
export function noDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (m) => FOLD[m]);
}

const COLUMN_HEAD: Record<string, string> = {
  stt: 'STT',
  code: 'Mã cán bộ',
  dob: 'Ngày sinh',
  gender: 'Giới tính',
  position: 'Chức vụ',
  unit: 'Đơn vị',
  rating: 'Xếp loại',
  initiatives: 'Sáng kiến',
  discipline: 'Kỷ luật',
  daysOff: 'Số ngày nghỉ',
  monthsWorked: 'Số tháng công tác',
  total: 'Tổng điểm',
  requested: 'Danh hiệu đề nghị',
  evidence: 'Minh chứng',
};

export function addRoster(wb: ExcelJS.Workbook, spec: RosterSpec, criteria: CriterionSpec[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.sheet);
  const cols = spec.columns ?? ['stt', 'dob', 'position', 'rating', 'initiatives', 'discipline', 'total', 'requested', 'evidence'];
  const before = cols.filter((c) => c !== 'total' && c !== 'requested' && c !== 'evidence');
  const after = cols.filter((c) => c === 'total' || c === 'requested' || c === 'evidence');
  const text = (s: string) => (spec.headerStyle === 'noDiacritics' ? noDiacritics(s) : spec.nfdHeaders ? s.normalize('NFD') : s);
  let r = 1;
  for (const line of spec.titleLines ?? []) {
    ws.getCell(r, 1).value = line;
    ws.getCell(r, 1).font = { bold: true };
    r++;
  }
  if ((spec.titleLines ?? []).length > 0) r++;
  const headerRow = r;
  const two = spec.appraisal === true;
  const heads: string[] = [];
  const sttFirst = before[0] === 'stt';
  if (sttFirst) heads.push(text('STT'));
  heads.push(text(spec.nameHeader ?? 'Họ và tên'));
  for (const c of before) if (c !== 'stt') heads.push(text(COLUMN_HEAD[c]));
  const layout: { kind: 'fixed' | 'crit'; key: string; sub?: 'self' | 'appraised' }[] = [];
  if (sttFirst) layout.push({ kind: 'fixed', key: 'stt' });
  layout.push({ kind: 'fixed', key: 'name' });
  for (const c of before) if (c !== 'stt') layout.push({ kind: 'fixed', key: c });
  for (const code of spec.criteria) {
    layout.push({ kind: 'crit', key: code, sub: 'self' });
    if (two) layout.push({ kind: 'crit', key: code, sub: 'appraised' });
  }
  for (const c of after) layout.push({ kind: 'fixed', key: c });
  const critHead = (code: string) => {
    const c = criteria.find((x) => x.code === code)!;
    if (spec.headerStyle === 'tc') return `TC ${code}`;
    if (spec.headerStyle === 'text') return text(c.text);
    if (spec.headerStyle === 'noDiacritics') return `Tieu chi ${code}`;
    return code;
  };
  layout.forEach((l, i) => {
    const cell = ws.getCell(headerRow, i + 1);
    cell.value = l.kind === 'crit' ? critHead(l.key) : text(l.key === 'name' ? (spec.nameHeader ?? 'Họ và tên') : COLUMN_HEAD[l.key]);
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
  });
  if (two) {
    layout.forEach((l, i) => {
      if (l.kind === 'crit') ws.getCell(headerRow + 1, i + 1).value = text(l.sub === 'self' ? 'Tự chấm' : 'Thẩm định');
    });
    layout.forEach((l, i) => {
      if (l.kind === 'fixed') ws.mergeCells(headerRow, i + 1, headerRow + 1, i + 1);
      else if (l.sub === 'self') ws.mergeCells(headerRow, i + 1, headerRow, i + 2);
    });
  }
  r = headerRow + (two ? 2 : 1);
  if (spec.numberingRow) {
    layout.forEach((_, i) => (ws.getCell(r, i + 1).value = `(${i + 1})`));
    r++;
  }
  const firstData = r;
  let n = 0;
  for (const row of spec.rows) {
    if ('spacer' in row) {
      r++;
      continue;
    }
    if ('section' in row) {
      ws.getCell(r, sttFirst ? 2 : 1).value = row.section;
      ws.getCell(r, sttFirst ? 2 : 1).font = { bold: true };
      r++;
      continue;
    }
    n++;
    layout.forEach((l, i) => {
      const cell = ws.getCell(r, i + 1);
      let v: Cell | undefined;
      if (l.kind === 'crit') {
        const s = row.scores[l.key];
        v = Array.isArray(s) ? (l.sub === 'self' ? s[0] : s[1]) : l.sub === 'self' ? s : null;
      } else if (l.key === 'stt') v = row.stt ?? n;
      else if (l.key === 'name') v = row.name;
      else if (l.key === 'total') {
        if (row.total === 'auto') {
          let sum = 0;
          for (const code of spec.criteria) {
            const s = row.scores[code];
            const self = Array.isArray(s) ? s[0] : s;
            const c = criteria.find((x) => x.code === code)!;
            const num = typeof self === 'number' ? self : typeof self === 'string' ? Number(self.replace(',', '.')) || 0 : 0;
            sum += c.kind === 'Trừ' ? -num : num;
          }
          v = Math.round(sum * 100) / 100;
        } else v = row.total ?? null;
      } else v = (row as unknown as Record<string, Cell>)[l.key] ?? null;
      if (v !== null && v !== undefined) cell.value = v as ExcelJS.CellValue;
    });
    r++;
  }
  if (spec.totalRow) {
    ws.getCell(r, sttFirst ? 2 : 1).value = 'Tổng cộng';
    ws.getCell(r, sttFirst ? 2 : 1).font = { bold: true };
    layout.forEach((l, i) => {
      if (l.kind === 'crit') {
        const col = ws.getColumn(i + 1).letter;
        ws.getCell(r, i + 1).value = { formula: `SUM(${col}${firstData}:${col}${r - 1})` } as ExcelJS.CellValue;
      }
    });
    r++;
  }
  if (spec.signature) {
    r++;
    ws.getCell(r, 2).value = 'Người lập biểu';
    ws.getCell(r, Math.max(6, layout.length - 2)).value = 'THỦ TRƯỞNG ĐƠN VỊ';
    ws.getCell(r + 1, Math.max(6, layout.length - 2)).value = '(Ký, ghi rõ họ tên)';
    ws.getCell(r + 4, 2).value = 'Trần Thị Lập';
    ws.getCell(r + 4, Math.max(6, layout.length - 2)).value = 'Nguyễn Văn Thủ';
  }
  ws.getColumn(sttFirst ? 2 : 1).width = 26;
  return ws;
}

export function buildBook(spec: BookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'thidua test factory';
  const camp = wb.addWorksheet('Phong trào');
  for (const [k, v] of spec.campaign) camp.addRow([k, v as ExcelJS.CellValue]);
  camp.getColumn(1).width = 28;
  camp.getColumn(2).width = 50;
  table(
    wb.addWorksheet('Tiêu chí'),
    ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại', 'Trọng số', 'Điểm sàn', 'Minh chứng'],
    spec.criteria.map((c) => [c.code, c.text, c.max, c.kind ?? '', c.weight ?? null, c.floor ?? null, c.evidence ?? '']),
  );
  // The council's vote columns only when a title says something about them (older books have none).
  const votes = spec.titles.some((t) => t.voteMin !== undefined);
  table(
    wb.addWorksheet('Danh hiệu'),
    [
      'Danh hiệu / hình thức',
      'Đối tượng',
      'Điểm tối thiểu',
      'Xếp loại tối thiểu',
      'Điều kiện',
      'Tỷ lệ tối đa (%)',
      'Tính trên',
      'Số lượng tối đa',
      'Phạm vi',
      ...(votes ? ['Tỷ lệ phiếu tối thiểu (%)', 'Phiếu tính trên'] : []),
      'Căn cứ',
    ],
    spec.titles.map((t) => [
      t.name,
      t.subject,
      t.minScore ?? null,
      t.minRating ?? '',
      t.conditions ?? '',
      t.percent ?? null,
      t.base ?? '',
      t.maxCount ?? null,
      t.scope ?? '',
      ...(votes ? [t.voteMin ?? '', t.voteBase ?? ''] : []),
      t.basis ?? '',
    ]),
  );
  if (spec.units) {
    const received = spec.units.some((u) => u.received);
    table(
      wb.addWorksheet('Đơn vị'),
      ['Mã đơn vị', 'Tên đơn vị', 'Khối thi đua', 'Số lao động', 'Hạn nộp', ...(received ? ['Ngày nộp'] : [])],
      spec.units.map((u) => [u.code, u.name, u.block ?? '', u.headcount ?? null, u.deadline ?? '', ...(received ? [u.received ?? ''] : [])]),
    );
  }
  if (spec.history)
    table(
      wb.addWorksheet('Lịch sử khen thưởng'),
      ['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Năm', 'Danh hiệu / hình thức', 'Số quyết định', 'Ngày', 'Cơ quan ban hành'],
      spec.history.map((h) => [h.name, h.dob, h.unit, h.year, h.title, h.decision ?? '', '', '']),
    );
  for (const r of spec.rosters) addRoster(wb, r, spec.criteria);
  for (const x of spec.extraSheets ?? []) {
    const ws = wb.addWorksheet(x.name);
    for (const row of x.rows) ws.addRow(row as ExcelJS.CellValue[]);
  }
  return wb;
}

export async function bookBytes(spec: BookSpec): Promise<Uint8Array> {
  return new Uint8Array((await buildBook(spec).xlsx.writeBuffer()) as ArrayBuffer);
}

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same book. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Thu', 'Hoài', 'Thị Thu', 'Văn Minh'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hiếu',
  'Hoa',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phong',
  'Phương',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Trung',
  'Tuấn',
  'Vân',
  'Yến',
  'Ánh',
  'Đạt',
  'Ổn',
  'Ý',
];

export function personName(rand: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  return `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
}

export function dob(rand: () => number): string {
  const y = 1965 + Math.floor(rand() * 35);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
}
