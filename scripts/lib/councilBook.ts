/**
 * A book where every unit's people are tied: `units` units of `per` people with the same scores,
 * rating and initiatives, and no tie-break order, so each unit's CSTĐCS place is the council's to
 * give (one tied group per unit). The results view's council list at the scale of hundreds of
 * groups; used by its view test.
 */
import { BookSpec, PersonRow, RosterSpec, dob, personName, rng } from './bookFactory';
import { bookSpecFor } from './provinceSpec';

export function councilBook(units: number, per: number): BookSpec {
  const base = bookSpecFor('province');
  const template = base.rosters[0];
  const rand = rng(7);
  const scores: PersonRow['scores'] = {};
  for (const c of template.criteria) scores[c] = c === 'C1' || c === 'T1' ? null : 4.5;
  const rosters: RosterSpec[] = [];
  const list = [];
  for (let u = 0; u < units; u++) {
    const code = `DV${String(u + 1).padStart(3, '0')}`;
    list.push({ code, name: `Đơn vị số ${u + 1}`, block: `Khối ${(u % 6) + 1}`, headcount: per });
    const rows: PersonRow[] = [];
    for (let i = 0; i < per; i++)
      rows.push({
        name: personName(rand),
        dob: dob(rand),
        position: 'Chuyên viên',
        rating: 'HTXSNV',
        initiatives: 1,
        scores: { ...scores },
        total: 'auto',
        evidence: 'BC',
      });
    rosters.push({ ...template, sheet: code, titleLines: ['SỞ …', `ĐƠN VỊ SỐ ${u + 1}`, 'BẢNG TỰ CHẤM ĐIỂM'], rows });
  }
  return { ...base, campaign: base.campaign.filter(([k]) => k !== 'Thứ tự khi bằng điểm'), units: list, rosters };
}
