import { SheetGrid, cellAt, cellText, gridWidth } from '../grid';
import { CriteriaTree, Criterion } from '../model';
import { fold } from '../text/normalize';
import { headerKey } from '../config/table';

/** What a score-sheet column holds. */
export type ColumnRole =
  | 'stt'
  | 'name'
  | 'staffCode'
  | 'dob'
  | 'position'
  | 'unit'
  | 'rating'
  | 'initiatives'
  | 'discipline'
  | 'daysOff'
  | 'monthsWorked'
  | 'maternityDays'
  | 'total'
  | 'requested'
  | 'evidence'
  | 'note';

const ROLE_ALIASES: [ColumnRole, string[]][] = [
  ['stt', ['stt', 'tt', 'so tt', 'so thu tu']],
  ['staffCode', ['ma can bo', 'ma cb', 'ma nhan vien', 'ma nv', 'ma so can bo', 'ma cong chuc', 'ma vien chuc', 'ma dinh danh']],
  ['dob', ['ngay sinh', 'ngay thang nam sinh', 'ngay thang nam sinh']],
  ['position', ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'chuc vu don vi']],
  ['unit', ['don vi', 'phong', 'don vi cong tac', 'phong ban', 'phong don vi', 'bo phan']],
  ['rating', ['xep loai', 'xep loai chat luong', 'danh gia xep loai', 'muc xep loai', 'ket qua xep loai', 'xep loai nam', 'xep loai clcb', 'xep loai chat luong can bo']],
  ['initiatives', ['sang kien', 'so sang kien', 'sang kien de tai', 'sang kien kinh nghiem', 'de tai sang kien', 'sang kien giai phap']],
  ['discipline', ['ky luat', 'hinh thuc ky luat', 'bi ky luat']],
  ['maternityDays', ['trong do nghi thai san', 'nghi thai san', 'so ngay nghi thai san', 'thai san', 'ngay nghi thai san']],
  ['daysOff', ['so ngay nghi', 'ngay nghi', 'nghi', 'so ngay nghi lam', 'so ngay nghi viec']],
  ['monthsWorked', ['so thang cong tac', 'thoi gian cong tac', 'thoi gian cong tac thang', 'so thang lam viec', 'thang cong tac', 'so thang cong tac trong nam']],
  ['total', ['tong diem', 'tong cong', 'tong', 'tong diem tu cham', 'tong so diem', 'tong diem dat', 'cong']],
  ['requested', ['danh hieu de nghi', 'de nghi danh hieu', 'hinh thuc de nghi', 'danh hieu dang ky', 'dang ky danh hieu', 'de nghi', 'de nghi khen thuong', 'danh hieu hinh thuc de nghi']],
  ['evidence', ['minh chung', 'ghi chu minh chung', 'minh chung ghi chu', 'tai lieu minh chung']],
  ['note', ['ghi chu']],
];

const INDIVIDUAL_NAME = ['ho va ten', 'ho ten', 'ho va ten ca nhan', 'ho ten can bo', 'ho va ten can bo'];
const COLLECTIVE_NAME = ['ten tap the', 'ten don vi', 'tap the', 'ten tap the don vi', 'don vi tap the'];

export function nameHeaderKind(key: string): 'individual' | 'collective' | null {
  if (INDIVIDUAL_NAME.includes(key)) return 'individual';
  if (COLLECTIVE_NAME.includes(key)) return 'collective';
  return null;
}

export function roleOf(key: string): ColumnRole | null {
  for (const [role, aliases] of ROLE_ALIASES) if (aliases.includes(key)) return role;
  return null;
}

const SELF = /\b(tu cham|tu danh gia|tu cham diem|ca nhan tu cham|don vi tu cham|tu dg)\b/;
const APPRAISED = /\b(tham dinh|khoi cham|hoi dong|cham lai|cap tren|duyet|hd cham|hdtd|khoi danh gia|cum cham)\b/;

export function subKind(key: string): 'self' | 'appraised' | null {
  if (APPRAISED.test(key)) return 'appraised';
  if (SELF.test(key)) return 'self';
  return null;
}

/** A criterion named by a header: its code ("1.1", "TC 1.1", "Tiêu chí 1.1", "1.1. Hoàn thành…") or its text. */
export function criterionFromHeader(key: string, criteria: CriteriaTree, textIndex: Map<string, Criterion>): Criterion | null {
  if (key === '') return null;
  const stripped = key.replace(/^(tieu chi|tc|muc|diem)\s+/, '');
  const m = /^([a-z]{0,3}\d+(?:\.\d+)*|[ivxlc]+)(?:\s|$)/.exec(stripped);
  if (m) {
    const c = criteria.all.find((x) => x.key === m[1]);
    if (c) return c;
  }
  const bare = stripped.replace(SELF, '').replace(APPRAISED, '').trim();
  return textIndex.get(bare) ?? textIndex.get(key) ?? null;
}

export function criterionTextIndex(criteria: CriteriaTree): Map<string, Criterion> {
  const m = new Map<string, Criterion>();
  for (const c of criteria.all) if (c.text) m.set(headerKey(c.text), c);
  return m;
}

/**
 * Header texts with merged areas filled in: the text of a merged header belongs to every
 * column it spans, which is how "1.1" spans its "Tự chấm" and "Thẩm định" sub-columns.
 */
export function filledHeaderText(grid: SheetGrid, maxRow: number): string[][] {
  const width = gridWidth(grid);
  const out: string[][] = [];
  for (let r = 0; r <= maxRow && r < grid.rows.length; r++) {
    const row: string[] = [];
    for (let c = 0; c < width; c++) row.push(cellText(cellAt(grid, r, c)));
    out.push(row);
  }
  for (const m of grid.merges ?? []) {
    if (m.top > maxRow) continue;
    const text = cellText(cellAt(grid, m.top, m.left));
    for (let r = m.top; r <= Math.min(m.bottom, maxRow); r++) for (let c = m.left; c <= m.right && c < width; c++) if (out[r]) out[r][c] = text;
  }
  // A host that cannot read merged areas (Excel before ExcelApi 1.13) gives none: a blank header
  // cell above a "Thẩm định" / "Tự chấm" sub-header then belongs to the criterion on its left.
  if (grid.merges === undefined)
    for (let r = 0; r + 1 < out.length; r++)
      for (let c = 1; c < width; c++)
        if (out[r][c] === '' && out[r][c - 1] !== '' && subKind(headerKey(out[r + 1][c])) !== null && subKind(headerKey(out[r + 1][c - 1])) !== null) out[r][c] = out[r][c - 1];
  return out;
}

export const SIGNATURE = /^(nguoi lap( bieu)?|nguoi tong hop|thu truong|truong phong|pho truong phong|giam doc|pho giam doc|xac nhan|ky ten|ky,? ghi ro|t\/?m\.?|tm\.?|ke toan|chu tich|to truong|truong (ban|khoa|don vi)|.*ngay \.* ?thang)/;
export const TOTAL_ROW = /^(tong cong|tong so|tong|cong|total)\b/;

export function isSignatureText(text: string): boolean {
  return SIGNATURE.test(fold(text));
}
