import fc from 'fast-check';
import { CellValue, MergeArea } from '../../../../src/sheet/grid';
import { isTotalLabel } from '../../../../src/core/sheets/vocabulary';
import { campaign, simpleCriteria, titles, run, grid } from '../../../support/grids';

const name: fc.Arbitrary<CellValue> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'Nguyễn Văn An',
      'Trần Thị Bình',
      'Công an tỉnh',
      'Công ty Điện lực',
      'Cộng đồng dân cư',
      'Tống Văn Cộng',
      'Cong an tinh',
      'Phòng Kế hoạch',
      'Lê Thu',
      'Đặng Minh',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(null, '', '   ') },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 50000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('Tổng cộng', 'Cộng', 'TỔNG CỘNG (A+B)', 'Người lập biểu', 'TRƯỞNG KHỐI', 'KT. GIÁM ĐỐC', 'I. Khối văn phòng', 'Ghi chú:'),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);
const score: fc.Arbitrary<CellValue> = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 60 }), fc.constantFrom('9,5', 'x', ''));
const row = fc.record({ stt: fc.oneof(fc.constant(null), fc.nat(30), fc.constantFrom('I', 'II', 'A')), name, a: score, b: score });

describe('a generated roster', () => {
  test('every row with a score is a candidate or the subject of a finding on that row', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 30 }),
        fc.array(fc.record({ top: fc.nat(30), h: fc.integer({ min: 1, max: 2 }) }), { maxLength: 3 }),
        (rows, mergeSpecs) => {
          const head = 2;
          const cells: CellValue[][] = [['BẢNG CHẤM ĐIỂM'], [], ['STT', 'Họ và tên', '1.1', '1.2'], ...rows.map((r) => [r.stt, r.name, r.a, r.b])];
          // Merged name cells over data rows, as a unit's sheet may have.
          const merges: MergeArea[] = mergeSpecs
            .map((m) => ({ top: head + 1 + m.top, left: 1, bottom: head + 1 + m.top + m.h, right: 1 }))
            .filter((m) => m.bottom < cells.length);
          for (const m of merges) for (let r = m.top + 1; r <= m.bottom; r++) cells[r][1] = null;
          const r = run([campaign(), simpleCriteria(), titles([]), grid('S', cells, merges)]);
          const candidateRows = new Set(r.candidates.map((c) => c.row));
          const findingRows = new Set(r.findings.filter((f) => f.sheet === 'S').map((f) => f.row));
          for (let i = head + 1; i < cells.length; i++) {
            const [, nm, a, b] = cells[i];
            if (typeof a !== 'number' && typeof b !== 'number') continue;
            // A total row is read as a total (its sums checked, a mismatch said).
            if (typeof nm === 'string' && isTotalLabel(nm)) continue;
            // The first data row may be the sheet's column numbering row ("1 2 3 4"), read as such.
            const nums = cells[i].filter((v) => typeof v === 'number') as number[];
            if (i === head + 1 && nums.length >= 3 && nums[0] === 1 && nums.every((n, j) => j === 0 || n > nums[j - 1])) continue;
            if (!candidateRows.has(i) && !findingRows.has(i)) throw new Error(`row ${i + 1} ${JSON.stringify(cells[i])} is neither a candidate nor a finding`);
          }
          return true;
        },
      ),
      { numRuns: 400 },
    );
  });
});
