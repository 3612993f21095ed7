import { fold } from '../text/normalize';
import { t } from '../i18n/words';
import { FORM_WORDS as W } from './forms.words';

/**
 * What the upward workbook needs to know about titles and people, as data with its basis:
 * which level decides each form, which award kind a proposal is, which statistics class a
 * person falls in, and the council vote a title needs. Matched on folded names, first match wins.
 */

export type Level = 'agency' | 'province' | 'central';

export interface FormAuthority {
  /** Folded-name pattern. */
  match: RegExp;
  decidedBy: Level;
  basis: string;
}

/** Who decides which form (Luật Thi đua, khen thưởng 06/2022/QH15, Điều 79–80; domain.md §7). */
export const FORM_AUTHORITY: readonly FormAuthority[] = [
  {
    match: /toan quoc|chinh phu|thu tuong|huan chuong|huy chuong|chu tich nuoc|anh hung|nha giao|thay thuoc|nghe nhan/,
    decidedBy: 'central',
    basis: 'Luật TĐKT 2022, Điều 79 (Chủ tịch nước, Thủ tướng Chính phủ quyết định)',
  },
  {
    match: /cap (tinh|bo|nganh)|uy ban nhan dan tinh|ubnd tinh|chu tich ubnd|co thi dua|lao dong xuat sac|bang khen/,
    decidedBy: 'province',
    basis: 'Luật TĐKT 2022, Điều 80 (Chủ tịch UBND cấp tỉnh, Bộ trưởng quyết định)',
  },
  {
    match: /lao dong tien tien|chien si thi dua co so|giay khen/,
    decidedBy: 'agency',
    basis: 'Luật TĐKT 2022, Điều 80 (Thủ trưởng cơ quan, đơn vị quyết định)',
  },
];

/** A form nobody listed: treated as proposed upward, and said so. */
export const UNKNOWN_AUTHORITY: FormAuthority = {
  match: /$^/,
  decidedBy: 'province',
  basis: 'Không có trong bảng thẩm quyền: coi là đề nghị cấp trên, cần kiểm tra lại',
};

export function authorityOf(form: string): FormAuthority {
  const k = fold(form);
  return FORM_AUTHORITY.find((a) => a.match.test(k)) ?? UNKNOWN_AUTHORITY;
}

const LEVEL_ORDER: Record<Level, number> = { agency: 0, province: 1, central: 2 };

/** Whether a form goes beyond a level of the chain (level 0: the agency, 1: the province…). */
export function goesAbove(form: string, level: number): boolean {
  return LEVEL_ORDER[authorityOf(form).decidedBy] > Math.min(level, 2);
}

export function levelText(l: Level, lang: 'vi' | 'en'): string {
  return t(W, lang, l);
}

/** Award kinds of the national statistics (TT 02/2023/TT-BNV): the code is the data sheet's text. */
export const AWARD_KINDS = [
  { code: 'Thường xuyên (công trạng)', match: /thuong xuyen|cong trang/, en: 'Regular (merit)' },
  { code: 'Chuyên đề', match: /chuyen de/, en: 'Thematic' },
  { code: 'Đột xuất', match: /dot xuat/, en: 'One-off' },
  { code: 'Đối ngoại', match: /doi ngoai/, en: 'Foreign relations' },
  { code: 'Cống hiến', match: /cong hien/, en: 'Dedication' },
  { code: 'Niên hạn', match: /nien han/, en: 'Length of service' },
  { code: 'Kháng chiến', match: /khang chien/, en: 'Resistance' },
] as const;
export const AWARD_KIND_BASIS = 'TT 02/2023/TT-BNV (biểu 0601–0605)';

/** A campaign's award kind from its name: a yearly campaign is regular merit. */
export function awardKindOf(campaignName: string): string {
  const k = fold(campaignName);
  return (AWARD_KINDS.slice(1).find((a) => a.match.test(k)) ?? AWARD_KINDS[0]).code;
}

export interface ObjectClass {
  code: string;
  en: string;
  /** For people: position patterns (folded); collectives and households are told by kind. */
  match?: RegExp;
}

/** The national statistics' object classes (TT 02/2023/TT-BNV, biểu 0601–0605), people first. */
export const OBJECT_CLASSES = {
  provinceLeader: {
    code: 'Lãnh đạo cấp bộ, cấp tỉnh trở lên',
    en: 'Ministry or province leaders and above',
    match: /\b(bo truong|thu truong|bi thu tinh uy|chu tich (ubnd|uy ban nhan dan|hdnd) tinh|pho chu tich (ubnd|uy ban nhan dan|hdnd) tinh)\b/,
  },
  departmentLeader: {
    code: 'Lãnh đạo cấp vụ, sở, ngành',
    en: 'Department or agency leaders',
    match: /\b(vu truong|pho vu truong|cuc truong|pho cuc truong|giam doc so|pho giam doc so|tong cuc truong)\b|^(pho )?giam doc$/,
  },
  businessPerson: {
    code: 'Doanh nhân',
    en: 'Business people',
    match: /\b(doanh nhan|chu doanh nghiep|tong giam doc|giam doc cong ty|chu tich hoi dong quan tri)\b/,
  },
  otherLeader: {
    code: 'Các cấp lãnh đạo khác từ phó phòng trở lên',
    en: 'Other leaders from deputy head of division up',
    match:
      /\b(truong phong|pho truong phong|pho phong|chanh van phong|pho chanh van phong|chanh thanh tra|pho chanh thanh tra|truong ban|pho truong ban|giam doc trung tam|pho giam doc trung tam|hieu truong|pho hieu truong|truong khoa|pho truong khoa|giam doc|pho giam doc)\b/,
  },
  worker: { code: 'Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu', en: 'Staff working directly (workers, civil servants…)' },
  collective: { code: 'Tập thể', en: 'Collective' },
  business: { code: 'Tập thể (doanh nghiệp)', en: 'Collective (business)', match: /\b(cong ty|doanh nghiep|tong cong ty|hop tac xa)\b/ },
  household: { code: 'Hộ gia đình', en: 'Household', match: /^ho (gia dinh |ong |ba )?/ },
} as const satisfies Record<string, ObjectClass>;
export const OBJECT_CLASS_BASIS = 'TT 02/2023/TT-BNV, biểu 0601–0605';

export type SubjectKind = 'individual' | 'collective' | 'household';

/** The class from the position (people) or the name (collectives); a default with a note otherwise. */
export function objectClassOf(kind: SubjectKind, position: string, name: string, lang: 'vi' | 'en'): { code: string; note: string } {
  const c = OBJECT_CLASSES;
  if (kind === 'household') return { code: c.household.code, note: '' };
  if (kind === 'collective') return c.business.match.test(fold(name)) ? { code: c.business.code, note: '' } : { code: c.collective.code, note: '' };
  const p = fold(position);
  if (!p) return { code: c.worker.code, note: t(W, lang, 'noPosition') };
  for (const k of ['provinceLeader', 'departmentLeader', 'businessPerson', 'otherLeader'] as const)
    if (c[k].match.test(p)) return { code: c[k].code, note: '' };
  return { code: c.worker.code, note: '' };
}

export const PERSON_CLASSES = [
  OBJECT_CLASSES.provinceLeader,
  OBJECT_CLASSES.departmentLeader,
  OBJECT_CLASSES.businessPerson,
  OBJECT_CLASSES.otherLeader,
  OBJECT_CLASSES.worker,
];

/** A household is written "Hộ ông/bà …" on the lists. */
export function subjectKindOf(kind: 'individual' | 'collective', name: string): SubjectKind {
  if (kind === 'collective' && OBJECT_CLASSES.household.match.test(fold(name))) return 'household';
  return kind;
}

/**
 * Hình thức khen thưởng (Bằng khen, Giấy khen, Huân chương…), as opposed to danh hiệu thi đua
 * (Lao động tiên tiến, Chiến sĩ thi đua, Cờ thi đua…): "one achievement, one form" concerns them
 * (NĐ 152/2025/NĐ-CP); a collective may hold Tập thể lao động xuất sắc and Cờ thi đua the same year.
 */
export const COMMENDATION_FORMS = {
  match: /bang khen|giay khen|huan chuong|huy chuong|ky niem chuong/,
  basis: 'NĐ 152/2025/NĐ-CP: một thành tích chỉ đề nghị một hình thức khen thưởng',
};

export function isCommendation(form: string): boolean {
  return COMMENDATION_FORMS.match.test(fold(form));
}

export interface VoteRule {
  match: RegExp;
  /** Share of the council's members voting for, in percent. */
  minPercent: number;
  basis: string;
}

/**
 * The council vote a title needs when the upper level's `Danh hiệu` has no column for it. Only
 * the Chiến sĩ thi đua titles from the province up have a legal share [C-old]; for the others the
 * minutes record the share that agreed and no threshold is applied.
 */
export const DEFAULT_VOTE_RULES: readonly VoteRule[] = [
  {
    match: /chien si thi dua (cap (tinh|bo|nganh)|toan quoc)/,
    minPercent: 90,
    basis: 'NĐ 91/2017/NĐ-CP: ≥ 90% tổng số thành viên Hội đồng (bỏ phiếu kín) [C-old]',
  },
];

export function defaultVoteRule(form: string): VoteRule | null {
  const k = fold(form);
  return DEFAULT_VOTE_RULES.find((v) => v.match.test(k)) ?? null;
}

/** "12/15", "80%", "80", "12 / 15 phiếu": the share in percent, or null when it says nothing readable. */
export function parseVote(text: string): number | null {
  const s = text.replace(',', '.').trim();
  let m = /(\d+)\s*\/\s*(\d+)/.exec(s);
  if (m && Number(m[2]) > 0) return (Number(m[1]) * 100) / Number(m[2]);
  m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(s) ?? /(\d+(?:\.\d+)?)\s*%/.exec(s);
  return m ? Number(m[1]) : null;
}
