import fc from 'fast-check';
import { CellValue } from '../../../../src/sheet/grid';
import { explainCandidate } from '../../../../src/core/output/explain';
import { campaign, grid, roster, run, simpleCriteria, titles, units } from '../../../support/grids';

/**
 * Explanations are worded once per distinct content and shared (WordingIds). A candidate's shared
 * explanation must be exactly the one worded for that candidate alone: here every candidate is
 * also explained first in a fresh run, where nothing was worded before it.
 */
const TITLE_ROWS: CellValue[][] = [
  ['Lao động tiên tiến', 'Cá nhân', null, 'HTTNV', 'không kỷ luật từ khiển trách; nghỉ < 40 ngày; công tác ≥ 10 tháng', null, '', null, '', ''],
  [
    'Chiến sĩ thi đua cơ sở',
    'Cá nhân',
    null,
    '',
    'đạt Lao động tiên tiến; xếp loại HTXSNV hoặc sáng kiến ≥ 1 hoặc đề tài ≥ 1',
    40,
    'Lao động tiên tiến',
    null,
    'Đơn vị',
    '',
  ],
  ['Chiến sĩ thi đua cấp tỉnh', 'Cá nhân', null, '', 'đạt Chiến sĩ thi đua cơ sở; 2 năm liên tục Chiến sĩ thi đua cơ sở', null, '', null, '', ''],
  [
    'Bằng khen',
    'Cá nhân',
    60,
    '',
    '(đạt Chiến sĩ thi đua cơ sở và 1 năm liên tục Chiến sĩ thi đua cơ sở) hoặc (xếp loại HTXSNV và (sáng kiến ≥ 2 hoặc đề tài ≥ 2)); 1.1 ≥ 20; không kỷ luật',
    null,
    '',
    2,
    'Toàn bộ',
    '',
  ],
  ['Giấy khen', 'Cá nhân', null, '', 'không đạt Bằng khen; tổng điểm ≥ 50', 30, 'Số lao động', null, 'Khối', ''],
];
const HEAD = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Xếp loại',
  'Sáng kiến',
  'Đề tài',
  'Kỷ luật',
  'Số ngày nghỉ',
  'Nghỉ thai sản',
  'Số tháng công tác',
  '1.1',
  '1.2',
];
const NAMES = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hồ Văn Em', 'Vũ Thị Giang'];

const person: fc.Arbitrary<Person> = fc.record({
  name: fc.constantFrom(...NAMES),
  rating: fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', null),
  initiatives: fc.integer({ min: 0, max: 3 }),
  research: fc.constantFrom(0, 1, 2, null),
  discipline: fc.constantFrom('', 'Khiển trách', 'Cảnh cáo', 'đang xem xét kỷ luật', 'không'),
  daysOff: fc.constantFrom(null, 0, 12, 45, 60),
  maternity: fc.constantFrom(null, 0, 30),
  months: fc.constantFrom(null, 6, 12),
  s1: fc.integer({ min: 0, max: 10 }).map((x) => x * 5),
  s2: fc.integer({ min: 0, max: 10 }).map((x) => x * 5),
  unit: fc.constantFrom('Phòng A', 'Phòng B'),
  history: fc.constantFrom<number[]>([], [2024], [2023, 2024], [2023]),
});
interface Person {
  name: string;
  rating: string | null;
  initiatives: number;
  research: number | null;
  discipline: string;
  daysOff: number | null;
  maternity: number | null;
  months: number | null;
  s1: number;
  s2: number;
  unit: string;
  history: number[];
}
/** Pairs of people alike but for one fact: the ones whose wording ids must still differ. */
const FIELDS = ['rating', 'initiatives', 'research', 'discipline', 'daysOff', 'maternity', 'months', 's1', 's2', 'unit', 'history'] as const;
const twins = fc
  .array(fc.tuple(person, person, fc.constantFrom(...FIELDS)), { minLength: 1, maxLength: 5 })
  .map((list) => list.flatMap(([a, b, field]) => [a, { ...a, [field]: b[field] }]));

function book(people: Person[]) {
  const byUnit = new Map<string, CellValue[][]>();
  const hist: CellValue[][] = [['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Năm', 'Danh hiệu / hình thức']];
  people.forEach((p, i) => {
    const name = `${p.name} ${i}`;
    const dob = `0${(i % 9) + 1}/01/1980`;
    const rows = byUnit.get(p.unit) ?? [];
    rows.push([rows.length + 1, name, dob, p.rating, p.initiatives, p.research, p.discipline, p.daysOff, p.maternity, p.months, p.s1, p.s2]);
    byUnit.set(p.unit, rows);
    for (const y of p.history) hist.push([name, dob, p.unit, y, 'Chiến sĩ thi đua cơ sở']);
  });
  return [
    campaign(),
    simpleCriteria(),
    titles(TITLE_ROWS),
    units([
      ['A', 'Phòng A', 'K1', 10],
      ['B', 'Phòng B', 'K2', 8],
    ]),
    grid('Lịch sử khen thưởng', hist),
    ...[...byUnit.keys()].sort().map((u) => roster(u, byUnit.get(u)!, HEAD)),
  ];
}

describe("wording ids: shared explanations are each candidate's own", () => {
  test.each(['vi', 'en'] as const)('random campaigns, every candidate explained alone and in the batch (%s)', (lang) => {
    fc.assert(
      fc.property(twins, (people) => {
        const sheets = book(people);
        const batch = run(sheets, lang);
        const shared = batch.candidates.map((c) => explainCandidate(batch, c));
        batch.candidates.forEach((c, i) => {
          const alone = run(sheets, lang);
          expect(explainCandidate(alone, alone.candidates[i])).toBe(shared[i]);
          expect(alone.candidates[i].id).toBe(c.id);
        });
        // In reverse order too: the first worded of equal ids is never another's.
        const reverse = run(sheets, lang);
        const back = [...reverse.candidates]
          .reverse()
          .map((c) => explainCandidate(reverse, c))
          .reverse();
        expect(back).toEqual(shared);
      }),
      { numRuns: 60 },
    );
  });

  test('explanations are shared strings: distinct ones far fewer than candidates', () => {
    const people: Person[] = Array.from({ length: 60 }, (_, i) => ({
      name: NAMES[i % NAMES.length],
      rating: 'HTTNV',
      initiatives: 0,
      research: null,
      discipline: '',
      daysOff: null,
      maternity: null,
      months: null,
      s1: 20,
      s2: 20,
      unit: i % 2 ? 'Phòng A' : 'Phòng B',
      history: [],
    }));
    const r = run(book(people));
    const lines = r.candidates.map((c) => explainCandidate(r, c));
    expect(lines[0]).toMatch(/Lao động tiên tiến/);
    expect(new Set(lines).size).toBeLessThan(5);
  });
});
