/**
 * The benchmark's books as specs: a province (60 units, 9,000 candidates, 20 criteria) and a
 * stress book (100 units, 50,000 candidates, 30 criteria). Used by the benchmark and by the
 * Office.js adapter's budget test.
 */
import { BookSpec, CriterionSpec, PersonRow, RosterSpec, dob, personName, rng } from './bookFactory';
import { DEFAULT_TITLES } from '../../src/core/template/defaults';

export const BOOKS = {
  province: { units: 60, candidates: 9000, criteria: 20 },
  stress: { units: 100, candidates: 50000, criteria: 30 },
} as const;
export type Kind = keyof typeof BOOKS;

function criteria(n: number): CriterionSpec[] {
  // Four groups of scored items, plus one bonus and one deduction item.
  const items = n - 2;
  const out: CriterionSpec[] = [];
  const per = Math.ceil(items / 4);
  let made = 0;
  for (let g = 1; g <= 4 && made < items; g++) {
    out.push({ code: ['I', 'II', 'III', 'IV'][g - 1], text: `Nhóm ${g}`, max: 25 });
    for (let i = 1; i <= per && made < items; i++, made++) out.push({ code: `${g}.${i}`, text: `Tiêu chí ${g}.${i}`, max: 5, floor: i === 1 ? 1 : null });
  }
  out.push({ code: 'C1', text: 'Điểm thưởng', max: 5, kind: 'Cộng' });
  out.push({ code: 'T1', text: 'Điểm trừ', max: 6, kind: 'Trừ' });
  return out;
}

export function bookSpecFor(kind: Kind): BookSpec {
  const spec = BOOKS[kind];
  const crit = criteria(spec.criteria);
  const codes = crit.filter((c) => !['I', 'II', 'III', 'IV'].includes(c.code)).map((c) => c.code);
  const rand = rng(2025);
  const per = Math.floor(spec.candidates / spec.units);
  const rosters: RosterSpec[] = [];
  const units = [];
  for (let u = 0; u < spec.units; u++) {
    const code = `DV${String(u + 1).padStart(3, '0')}`;
    units.push({ code, name: `Đơn vị số ${u + 1}`, block: `Khối ${(u % 6) + 1}`, headcount: per + 5 });
    const rows: PersonRow[] = [];
    for (let i = 0; i < per; i++) {
      const scores: PersonRow['scores'] = {};
      for (const c of codes) scores[c] = c === 'C1' ? (rand() < 0.1 ? 5 : null) : c === 'T1' ? (rand() < 0.1 ? 2 : null) : Math.round(rand() * 10) / 2;
      const r = rand();
      rows.push({
        name: personName(rand),
        dob: dob(rand),
        position: 'Chuyên viên',
        rating: r < 0.2 ? 'HTXSNV' : r < 0.85 ? 'HTTNV' : 'HTNV',
        initiatives: rand() < 0.2 ? 1 : null,
        scores,
        total: 'auto',
        evidence: 'BC',
      });
    }
    rosters.push({ sheet: code, titleLines: ['SỞ …', `ĐƠN VỊ SỐ ${u + 1}`, 'BẢNG TỰ CHẤM ĐIỂM'], criteria: codes, rows, totalRow: true, signature: true });
  }
  return {
    // The old CSTĐCS cap kept as the agency's option, so that quota ties and cuts are exercised at scale.
    campaign: [
      ['Tên phong trào', `Benchmark ${kind}`],
      ['Năm', 2025],
      ['Thứ tự khi bằng điểm', 'Nhóm I; Điểm trừ; Tên'],
      ['Ngày quyết định', '31/12/2025'],
      ['Giới hạn CSTĐCS 15% số LĐTT', 'Có'],
    ],
    criteria: crit,
    titles: DEFAULT_TITLES,
    units,
    rosters,
  };
}
