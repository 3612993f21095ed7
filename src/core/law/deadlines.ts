import { fold } from '../text/normalize';
import { LawEntry } from './period';

/**
 * Year-end dates each province sets (domain.md §4): when the dossier is due at the Sở Nội vụ and
 * the cut-off of the discipline list. Month and day, applied to the campaign's year. A province not
 * listed: no date, said so; `Phong trào` may name the province and the date itself.
 */
export interface ProvinceDeadline extends LawEntry {
  province: string;
  /** MM-DD of the campaign's year. */
  dossierDue: string;
  disciplineCutoff: string | null;
}

export const PROVINCE_DEADLINES: readonly ProvinceDeadline[] = [
  {
    province: 'Mẫu (quy định cấp tỉnh 2025 đã thấy)',
    dossierDue: '12-10',
    disciplineCutoff: null,
    from: '2025-01-01',
    to: null,
    basis: 'Một quy định cấp tỉnh năm 2025: hồ sơ cuối năm nộp Sở Nội vụ trước 10/12',
    tag: 'C',
  },
];

export function provinceDeadline(
  province: string,
  year: number,
): { dossierDueIso: string; disciplineCutoffIso: string | null; entry: ProvinceDeadline } | null {
  const k = fold(province);
  if (!k) return null;
  const e = PROVINCE_DEADLINES.find((p) => fold(p.province) === k || fold(p.province).startsWith(k));
  if (!e) return null;
  return { dossierDueIso: `${year}-${e.dossierDue}`, disciplineCutoffIso: e.disciplineCutoff ? `${year}-${e.disciplineCutoff}` : null, entry: e };
}
