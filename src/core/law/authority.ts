import { fold } from '../text/normalize';
import { LawEntry, Tag, inForce } from './period';

/**
 * Who decides each title or form, by date (Law 06/2022 Art. 79–80; Decree 129/2025 Art. 59 under
 * the two-tier local government: no district level from 01/07/2025). Used by `consolidate` to
 * choose what goes upward, and by closing the year for the agency's own decisions.
 */
export type Authority = 'agencyHead' | 'districtChair' | 'provincialChair' | 'minister' | 'central';

export interface AuthorityEntry extends LawEntry {
  /** Folded title-name pattern; the first entry in force whose pattern matches wins. */
  match: RegExp;
  /** The form as the rules document names it. */
  form: string;
  authority: Authority;
  /** For the provincial chairman: who reviews it first, the council's standing body or the full council. */
  review?: 'standing' | 'council';
  /** The upward channel the proposal travels by when the agency does not decide it (channels.ts). */
  channel?: 'province' | 'ministry' | 'central';
}

const LAW80 = 'Luật TĐKT 06/2022/QH15, Điều 80';
const ND129 = 'NĐ 129/2025/NĐ-CP, Điều 59 (chính quyền hai cấp, không còn cấp huyện từ 01/07/2025)';

export const AUTHORITIES: readonly AuthorityEntry[] = [
  // Central forms: the President or the Prime Minister.
  {
    match: /toan quoc|chinh phu|thu tuong|huan chuong|huy chuong|chu tich nuoc|anh hung|nha giao|thay thuoc|nghe nhan/,
    form: 'Danh hiệu, hình thức cấp Nhà nước',
    authority: 'central',
    channel: 'central',
    from: null,
    to: null,
    basis: 'Luật TĐKT 06/2022/QH15, Điều 79 (Chủ tịch nước, Thủ tướng Chính phủ quyết định)',
    tag: 'C',
  },
  // The ministry's own forms (a Sở Xây dựng proposes them to the Ministry of Construction).
  {
    match: /ky niem chuong|(cua |cap )bo\b|bo truong|bo xay dung/,
    form: 'Kỷ niệm chương, Cờ thi đua và Bằng khen của Bộ',
    authority: 'minister',
    channel: 'ministry',
    from: null,
    to: null,
    basis: `${LAW80}; TT 15/2025/TT-BXD (Kỷ niệm chương, Cờ thi đua của Bộ Xây dựng)`,
    tag: 'C',
  },
  // District forms: gone with the district level.
  {
    match: /(cap |ubnd |uy ban nhan dan |chu tich ubnd |chu tich uy ban nhan dan )(huyen|quan|thi xa)/,
    form: 'Giấy khen của Chủ tịch UBND cấp huyện',
    authority: 'districtChair',
    channel: 'province',
    from: null,
    to: '2025-06-30',
    basis: `${LAW80} (cấp huyện)`,
    tag: 'C',
  },
  // The provincial chairman, after the full council: CSTĐ cấp tỉnh, Cờ thi đua.
  {
    match: /chien si thi dua cap (tinh|nganh)|co thi dua/,
    form: 'Chiến sĩ thi đua cấp tỉnh, Cờ thi đua cấp tỉnh',
    authority: 'provincialChair',
    review: 'council',
    channel: 'province',
    from: null,
    to: null,
    basis: `${LAW80}; ${ND129}: Chủ tịch UBND tỉnh quyết định sau khi Hội đồng Thi đua – Khen thưởng tỉnh xét`,
    tag: 'C',
  },
  // The provincial chairman, after the council's standing body: TTLĐXS, Bằng khen.
  {
    match: /lao dong xuat sac|bang khen/,
    form: 'Tập thể lao động xuất sắc, Bằng khen của Chủ tịch UBND tỉnh',
    authority: 'provincialChair',
    review: 'standing',
    channel: 'province',
    from: null,
    to: null,
    basis: `${LAW80}; ${ND129}: Chủ tịch UBND tỉnh quyết định sau khi Thường trực Hội đồng xét`,
    tag: 'C',
  },
  // The agency's own: the head of a Sở, or the commune chairman at commune level.
  {
    match: /lao dong tien tien|chien si thi dua co so|giay khen|(xa|phuong|dac khu).*tieu bieu/,
    form: 'Lao động tiên tiến, Chiến sĩ thi đua cơ sở, Tập thể lao động tiên tiến, Giấy khen',
    authority: 'agencyHead',
    from: null,
    to: null,
    basis: `${LAW80}; ${ND129}: Giám đốc Sở (thủ trưởng cơ quan) hoặc Chủ tịch UBND cấp xã công nhận, tặng`,
    tag: 'C',
  },
];

const NAMES: Record<Authority, { vi: string; en: string }> = {
  agencyHead: { vi: 'Thủ trưởng cơ quan (Giám đốc Sở; Chủ tịch UBND cấp xã)', en: 'Head of the agency (department director; commune chairman)' },
  districtChair: { vi: 'Chủ tịch UBND cấp huyện', en: 'District chairman' },
  provincialChair: { vi: 'Chủ tịch UBND tỉnh', en: 'Provincial chairman' },
  minister: { vi: 'Bộ trưởng', en: 'Minister' },
  central: { vi: 'Chủ tịch nước, Thủ tướng Chính phủ', en: 'President, Prime Minister' },
};

const REVIEW: Record<'standing' | 'council', { vi: string; en: string }> = {
  standing: { vi: 'Thường trực Hội đồng xét', en: 'reviewed by the council standing body' },
  council: { vi: 'Hội đồng xét', en: 'reviewed by the full council' },
};

export interface DecidingAuthority {
  authority: Authority;
  form: string;
  review: 'standing' | 'council' | null;
  channel: 'province' | 'ministry' | 'central' | null;
  basis: string;
  tag: Tag;
  /** False when the authority no longer exists on the date (a district form after 30/06/2025). */
  exists: boolean;
  /** The last day it existed, when it no longer does. */
  ended: string | null;
}

/**
 * Who decides a title or form on a decision date (ISO yyyy-mm-dd). A form whose authority no
 * longer exists on that date is returned with `exists: false`; a form nobody listed: null.
 */
export function decidingAuthority(titleName: string, decisionDate: string): DecidingAuthority | null {
  const k = fold(titleName);
  // The first entry that names the form is its authority (the table goes from the most specific);
  // when that authority is out of force on the date, the form has nobody to decide it.
  const e = AUTHORITIES.find((a) => a.match.test(k));
  if (!e) return null;
  const exists = inForce(e, decisionDate);
  return {
    authority: e.authority,
    form: e.form,
    review: e.review ?? null,
    channel: e.channel ?? null,
    basis: e.basis,
    tag: e.tag,
    exists,
    ended: exists ? null : e.to,
  };
}

/** Whether the agency itself decides the title (the head of a Sở, a commune chairman) on that date. */
export function decidedByAgency(titleName: string, decisionDate: string): boolean {
  return decidingAuthority(titleName, decisionDate)?.authority === 'agencyHead';
}

/** "Chủ tịch UBND tỉnh (Thường trực Hội đồng xét)". */
export function authorityText(a: DecidingAuthority, lang: 'vi' | 'en'): string {
  const name = NAMES[a.authority][lang];
  return a.review ? `${name} (${REVIEW[a.review][lang]})` : name;
}
