/**
 * Real-looking sheets built from what agencies send (issue 10): each test states the candidates
 * and totals a person reads off the page, and a finding for everything not read.
 */
import { CellValue, SheetGrid } from '../../../src/sheet/grid';
import { EngineResult } from '../../../src/core/engine/run';
import { summarize } from '../../../src/core/output/summary';
import { runJob, toJsonReport } from '../../../src/core/app';
import { campaign, simpleCriteria, titles, units, run, grid, byName, codes, CRITERIA_HEAD } from '../../support/grids';

const I_ONLY = simpleCriteria([
  ['I', 'Nhiệm vụ chuyên môn', 50],
  ['1.1', 'Hoàn thành kế hoạch', 30],
  ['1.2', 'Chất lượng', 20],
]);

function book(sheet: SheetGrid, opts: { criteria?: SheetGrid; units?: CellValue[][]; subject?: string } = {}): EngineResult {
  return run([
    campaign(opts.subject ? [['Đối tượng', opts.subject]] : []),
    opts.criteria ?? I_ONLY,
    titles([]),
    ...(opts.units ? [units(opts.units)] : []),
    sheet,
  ]);
}

function onSheet(r: EngineResult, sheet: string, code: string) {
  return r.findings.filter((f) => f.sheet === sheet && f.code === code);
}

describe('total rows: "Cộng" is a total, "Công" is a name', () => {
  test('collectives starting with Công, Cộng đồng are candidates; TỔNG CỘNG, Cộng (A+B), Tổng cộng: are not', () => {
    const r = book(
      grid('DS', [
        ['BẢNG CHẤM ĐIỂM TẬP THỂ'],
        ['STT', 'Tên tập thể', '1.1', '1.2', 'Tổng điểm'],
        [1, 'Công an tỉnh Quảng Bình', 29, 20, 49],
        [2, 'Công ty Điện lực Quảng Bình', 30, 20, 50],
        [3, 'Công tác tuyên truyền Đoàn', 20, 10, 30],
        [4, 'Cộng đồng dân cư thôn 3', 10, 10, 20],
        [null, 'Cộng (A+B)', 89, 60, 149],
        [null, 'TỔNG CỘNG', 89, 60, 149],
        [null, 'Tổng cộng:', 89, 60, 149],
      ]),
      { subject: 'Tập thể' },
    );
    expect(r.candidates.map((c) => [c.name, r.scores.at(c).total])).toEqual([
      ['Công an tỉnh Quảng Bình', 49],
      ['Công ty Điện lực Quảng Bình', 50],
      ['Công tác tuyên truyền Đoàn', 30],
      ['Cộng đồng dân cư thôn 3', 20],
    ]);
    expect(codes(r)).not.toContain('ROW_TOTAL_NOT_SUM');
  });

  test('typed without diacritics: "Cong an tinh" is a name, "Tong cong" and a bare "Cong" are totals', () => {
    const r = book(
      grid('DS', [
        ['STT', 'Ten don vi', '1.1', '1.2'],
        [1, 'Cong an tinh', 29, 20],
        [2, 'So Tu phap', 25, 15],
        [null, 'Cong', 54, 35],
        [null, 'Tong cong', 54, 35],
      ]),
      { subject: 'Tập thể' },
    );
    expect(r.candidates.map((c) => c.name)).toEqual(['Cong an tinh', 'So Tu phap']);
  });

  test('a "total" whose numbers are not the sum of the rows above is said, not silently skipped', () => {
    const r = book(
      grid('DS', [
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'An', 20, 10],
        [2, 'Bình', 25, 15],
        [3, 'Tổng cộng', 28, 19],
      ]),
    );
    expect(r.candidates.map((c) => c.name)).toEqual(['An', 'Bình']);
    expect(onSheet(r, 'DS', 'ROW_TOTAL_NOT_SUM')).toMatchObject([{ cell: 'C4' }]);
  });
});

describe('header words agencies write', () => {
  test.each([
    ['Tên quận - huyện', 'collective'],
    ['Tên đơn vị / tập thể', 'collective'],
    ['Họ tên cán bộ', 'individual'],
    ['Họ và tên\ncán bộ, công chức', 'individual'],
    ['TÊN TẬP THỂ', 'collective'],
  ])('"%s" is the name column (%s)', (head, kind) => {
    const r = book(
      grid('S', [
        ['STT', head, '1.1', '1.2'],
        [1, 'Quận 1', 20, 10],
      ]),
    );
    expect(r.candidates).toHaveLength(1);
    expect(r.candidates[0].kind).toBe(kind);
  });

  test.each(['Điểm phúc tra', 'Điểm đoàn kiểm tra', 'Điểm khối chấm', 'Điểm Hội đồng', 'Thẩm định'])(
    '"%s" under a criterion is the appraised score, "Điểm chấm" the self score',
    (appraised) => {
      const r = book(
        grid(
          'S',
          [
            ['STT', 'Họ và tên', '1.1', null, '1.2', null],
            [null, null, 'Điểm chấm', appraised, 'Điểm chấm', appraised],
            [1, 'An', 30, 25, 20, 18],
          ],
          [
            { top: 0, left: 2, bottom: 0, right: 3 },
            { top: 0, left: 4, bottom: 0, right: 5 },
          ],
        ),
      );
      const an = byName(r, 'An');
      expect(an.c.scores.get('1.1')).toMatchObject({ self: 30, appraised: 25 });
      expect([an.score.total, an.score.selfTotal]).toEqual([43, 50]);
    },
  );

  test('a single "Điểm (+ điểm thưởng)" column scores the one criterion of a one-criterion campaign', () => {
    const crit = simpleCriteria([
      ['I', 'Điểm sở chấm', 100],
      ['C1', 'Cờ thi đua', 10, 'Cộng'],
    ]);
    const r = book(
      grid('HCM', [
        ['STT', 'Tên quận - huyện', 'Điểm\n(+ điểm thưởng)', 'Xếp hạng'],
        [1, 'Quận 1', 95, null],
        [2, 'Quận 3', 92.5, null],
      ]),
      { criteria: crit },
    );
    expect(r.candidates.map((c) => r.scores.at(c).total)).toEqual([95, 92.5]);
    expect(codes(r)).not.toContain('SHEET_NO_CRITERIA');
  });

  test('an export from other software: line breaks and stray spaces in headers, numbers as text, a notes column', () => {
    const r = book(
      grid('Export', [
        ['STT ', ' Họ và\ntên ', 'Chức\u00a0vụ', 'TC 1.1 ', 'TC 1.2', 'Tổng\nđiểm', 'Ghi chú'],
        ['1', 'Nguyễn Văn An', 'Chuyên viên', '28,5', '19', '47,5', ''],
        ['2', 'Trần Thị Bình', 'Kế toán', '27', '18,5', '45,5', 'nghỉ phép 3 ngày'],
      ]),
    );
    expect(r.candidates.map((c) => [c.name, c.position, r.scores.at(c).total])).toEqual([
      ['Nguyễn Văn An', 'Chuyên viên', 47.5],
      ['Trần Thị Bình', 'Kế toán', 45.5],
    ]);
    expect(codes(r)).not.toContain('TOTAL_MISMATCH');
  });

  test('TCVN3 headers (.VnTime) are read through their Unicode reading; the names are flagged, not changed', () => {
    const r = book(
      grid('P.KHTC', [
        ['STT', 'Hä vµ tªn', 'Chøc vô', '1.1', '1.2', 'Tæng ®iÓm'],
        [1, 'NguyÔn V¨n An', 'Tr­ëng phßng', 28, 19, 47],
      ]),
    );
    expect(r.candidates).toHaveLength(1);
    expect(r.scores.at(r.candidates[0]).total).toBe(47);
    expect(codes(r)).toContain('LEGACY_ENCODING');
  });

  test('a sheet typed without diacritics', () => {
    const r = book(
      grid('KHTC', [
        ['STT', 'Ho va ten', 'Xep loai', '1.1', '1.2', 'Tong diem'],
        [1, 'Nguyen Van An', 'HTXSNV', 28, 19, 47],
        [null, 'Tong cong', null, 28, 19, 47],
        [null, 'Nguoi lap bieu'],
      ]),
    );
    expect(r.candidates.map((c) => [c.name, c.rating, r.scores.at(c).total])).toEqual([['Nguyen Van An', 'HTXSNV', 47]]);
  });
});

describe('a sheet that is not understood says so on that sheet', () => {
  test('which row looked like a header, which columns were understood and which not; its unit is not "chưa nộp"', () => {
    const r = book(grid('KHTC', [['PHÒNG KẾ HOẠCH - TÀI CHÍNH'], [], ['TT', 'Người được chấm', 'Điểm ĐV', 'Xếp hạng'], [1, 'An', 30, 1]]), {
      units: [['KHTC', 'Phòng Kế hoạch - Tài chính', 'Khối 1']],
    });
    const f = onSheet(r, 'KHTC', 'SHEET_NOT_UNDERSTOOD');
    expect(f).toHaveLength(1);
    expect(f[0].cell).toBe('A3');
    expect(f[0].message).toContain('dòng 3');
    expect(f[0].message).toContain('A3 "TT": số thứ tự');
    expect(f[0].message).toContain('Không nhận ra: B3 "Người được chấm"; C3 "Điểm ĐV"');
    expect(f[0].message).toContain('Phòng Kế hoạch - Tài chính');
    expect(f[0].message).toContain('Gợi ý: đổi tiêu đề B3 "Người được chấm" thành "Họ và tên"');
    expect(f[0].message).toContain('"Điểm tự chấm" hoặc "Điểm thẩm định" thay cho C3 "Điểm ĐV"');
    expect(codes(r)).not.toContain('UNIT_NO_SHEET');
    expect(r.findings.find((x) => x.code === 'BOOK_NOTHING_RECOGNISED')?.severity).toBe('error');
  });

  test('in English too', () => {
    const r = run(
      [
        campaign(),
        I_ONLY,
        titles([]),
        grid('X', [
          ['A', 'B'],
          [1, 2],
        ]),
      ],
      'en',
    );
    expect(r.findings.find((f) => f.code === 'SHEET_NOT_UNDERSTOOD')!.message).toMatch(
      /was not read as a score sheet: row 1 looks most like a header\. Not understood: A1 "A"; B1 "B"\./,
    );
  });

  test('an empty sheet holds nothing to lose: no finding; a config-only book is not "nothing recognised"', () => {
    const r = run([campaign(), I_ONLY, titles([]), grid('Trống', [])]);
    expect(codes(r)).not.toContain('SHEET_NOT_UNDERSTOOD');
    expect(codes(r)).not.toContain('BOOK_NOTHING_RECOGNISED');
  });
});

describe('criteria down the rows', () => {
  const AB = simpleCriteria([
    ['A', 'Nhóm chung', 30],
    ['1', 'Chính trị', 20],
    ['2', 'Đạo đức', 10],
    ['B', 'Nhiệm vụ', 70],
    ['B1', 'Kế hoạch', 40],
    ['B2', 'Chất lượng', 30],
    ['C', 'Điểm thưởng', 5, 'Cộng'],
  ]);

  test('items numbered anew in each group are read within their group (B: "1" is B1)', () => {
    const r = book(
      grid('VP', [
        ['VĂN PHÒNG'],
        ['STT', 'Nội dung đánh giá', 'Điểm chuẩn', 'Điểm chấm', 'Giải trình', 'Đơn vị phúc tra', 'Điểm phúc tra'],
        ['A', 'NHÓM CHUNG', 30],
        ['1', 'Chính trị', 20, 20, null, 'Chi bộ', 18],
        ['2', 'Đạo đức', 10, 10, null, 'Chi bộ', 10],
        ['B', 'NHIỆM VỤ', 70],
        ['1', 'Kế hoạch', 40, 38, null, 'KHVT', 35],
        [null, '- gạch đầu dòng, không điểm'],
        ['2', 'Chất lượng', 30, 29, null, 'KHVT', 27],
        ['C', 'ĐIỂM THƯỞNG', 5, 3, null, null, 2],
        ['TỔNG CỘNG (A+B+C)', null, 105, 100, null, null, 92],
        [null, 'TRƯỞNG ĐƠN VỊ'],
      ]),
      { criteria: AB, units: [['VP', 'Văn phòng', 'Khối 1']] },
    );
    const c = r.candidates[0];
    expect([c.name, c.kind]).toEqual(['Văn phòng', 'collective']);
    expect(c.scores.get('B1')).toMatchObject({ self: 38, appraised: 35, row: 6 });
    expect(c.scores.get('1')).toMatchObject({ self: 20, appraised: 18, row: 3 });
    const s = r.scores.at(c);
    expect([s.total, s.selfTotal, s.contribution.get('A'), s.contribution.get('B'), s.bonus]).toEqual([92, 100, 28, 62, 2]);
    expect(codes(r)).not.toContain('TOTAL_MISMATCH');
  });

  test('a code under a group that `Tiêu chí` has only in another group is not read as that one, and is said', () => {
    const crit = simpleCriteria([
      ['A', 'Nhóm chung', 30],
      ['1', 'Chính trị', 20],
      ['2', 'Đạo đức', 10],
      ['B', 'Nhiệm vụ', 70],
    ]);
    const r = book(
      grid('VP', [
        ['STT', 'Nội dung tiêu chí', 'Điểm tự chấm'],
        ['A', 'Nhóm chung', null],
        ['1', 'Chính trị', 20],
        ['B', 'Nhiệm vụ', null],
        ['1', 'Kế hoạch', 40],
      ]),
      { criteria: crit },
    );
    expect(r.candidates[0].scores.get('1')).toMatchObject({ self: 20, row: 2 });
    expect(onSheet(r, 'VP', 'CRITERIA_ROW_CODE_AMBIGUOUS')).toMatchObject([{ cell: 'A5' }]);
  });

  test('the same code twice with no group rows: the second is said, not summed in silence', () => {
    const r = book(
      grid('VP', [
        ['STT', 'Nội dung tiêu chí', 'Điểm tự chấm'],
        ['1.1', 'Kế hoạch', 20],
        ['1.2', 'Chất lượng', 10],
        ['1.1', 'Kế hoạch (lặp)', 30],
      ]),
    );
    expect(r.candidates[0].scores.get('1.1')).toMatchObject({ self: 20 });
    expect(onSheet(r, 'VP', 'CRITERIA_ROW_DUPLICATE')).toMatchObject([{ cell: 'A4' }]);
  });

  test('two-level criteria in rows (I · 1.1 · 1.2, II · 2.1), groups recomputed from their items', () => {
    const crit = simpleCriteria([
      ['I', 'Chuyên môn', 60],
      ['1.1', 'Kế hoạch', 40],
      ['1.2', 'Chất lượng', 30],
      ['II', 'Đoàn thể', 40],
      ['2.1', 'Tham gia', 40],
    ]);
    const r = book(
      grid('STP', [
        ['SỞ TƯ PHÁP'],
        ['TT', 'Nội dung chấm điểm', 'Thang điểm', 'Điểm tự chấm', 'Điểm khối chấm'],
        ['I', 'Chuyên môn', 60, 60, 59],
        ['1.1', 'Kế hoạch', 40, 38, 37],
        ['1.2', 'Chất lượng', 30, 25, 22],
        ['II', 'Đoàn thể', 40],
        ['2.1', 'Tham gia', 40, 35, 35],
      ]),
      { criteria: crit },
    );
    const s = r.scores.at(r.candidates[0]);
    expect([s.contribution.get('I'), s.contribution.get('II'), s.total, s.selfTotal]).toEqual([59, 35, 94, 95]);
  });

  test('one plain "Điểm" column beside "Điểm chuẩn" is the score', () => {
    const r = book(
      grid('VP', [
        ['STT', 'Nội dung', 'Điểm chuẩn', 'Điểm'],
        ['1.1', 'Kế hoạch', 30, 27],
        ['1.2', 'Chất lượng', 20, 18],
      ]),
    );
    expect(r.scores.at(r.candidates[0]).total).toBe(45);
  });

  test('a lone appraised column beside an unknown self column gives no false gap', () => {
    const r = book(
      grid('VP', [
        ['STT', 'Nội dung tiêu chí', 'Điểm ĐV', 'Điểm phúc tra'],
        ['1.1', 'Kế hoạch', 30, 28],
        ['1.2', 'Chất lượng', 20, 19],
      ]),
    );
    const s = r.scores.at(r.candidates[0]);
    expect(s.total).toBe(47);
    expect(codes(r)).not.toContain('SCORE_GAP');
    expect(onSheet(r, 'VP', 'SHEET_SELF_COLUMN_UNKNOWN')).toHaveLength(1);
  });

  test('the form scores the unit head when its title block names a person ("Họ và tên: …")', () => {
    const r = book(
      grid('VP', [
        ['BẢNG CHẤM ĐIỂM'],
        ['Họ và tên: Nguyễn Văn An'],
        ['Chức vụ: Chánh Văn phòng'],
        ['STT', 'Nội dung tiêu chí', 'Điểm tự chấm'],
        ['1.1', 'Kế hoạch', 30],
        ['1.2', 'Chất lượng', 20],
      ]),
      { units: [['VP', 'Văn phòng', 'Khối 1']] },
    );
    const c = r.candidates[0];
    expect([c.kind, c.name, c.position, c.unitName]).toEqual(['individual', 'Nguyễn Văn An', 'Chánh Văn phòng', 'Văn phòng']);
  });

  test('or when `Đơn vị` says so (Đối tượng chấm), whatever the title', () => {
    const sheet = grid('VP', [['BẢNG CHẤM ĐIỂM'], ['STT', 'Nội dung tiêu chí', 'Điểm tự chấm'], ['1.1', 'Kế hoạch', 30], ['1.2', 'Chất lượng', 20]]);
    const unitsSheet = grid('Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Khối thi đua', 'Đối tượng chấm'],
      ['VP', 'Văn phòng', 'Khối 1', 'Người đứng đầu'],
    ]);
    const r = run([campaign(), I_ONLY, titles([]), unitsSheet, sheet]);
    expect([r.candidates[0].kind, r.candidates[0].name]).toEqual(['individual', 'Văn phòng']);
  });
});

describe('signature and title blocks', () => {
  test.each([
    'TRƯỞNG KHỐI',
    'TM. BAN THI ĐUA',
    'KT. GIÁM ĐỐC',
    'Q. TRƯỞNG PHÒNG',
    'THƯ KÝ',
    'CHỦ TỊCH HỘI ĐỒNG',
    'Kế toán trưởng',
    'Quảng Bình, ngày 15 tháng 12 năm 2025',
  ])('"%s" ends the table: no candidate with missing scores', (sig) => {
    const r = book(
      grid('S', [
        ['Tên đơn vị: ……………………'],
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'An', 20, 10],
        [],
        [null, sig, null, 'NGƯỜI LẬP BIỂU'],
        [null, 'Phạm Văn Trưởng'],
      ]),
    );
    expect(r.candidates.map((c) => c.name)).toEqual(['An']);
    expect(r.sheets[0].headerRow).toBe(1);
    expect(codes(r)).not.toContain('SCORE_MISSING');
  });

  test('after the last scored row, a line with no score ends the table whatever it holds (a date in the rating column)', () => {
    const r = book(
      grid('S', [
        ['STT', 'Họ và tên', 'Xếp loại', '1.1', '1.2'],
        [1, 'An', 'HTXSNV', 20, 10],
        [2, 'Bình', 'HTTNV', 25, 15],
        [],
        [null, 'Nguyễn Văn Duyệt', '15/12/2025'],
        [null, 'Lê Thị Ký', 'HTTNV'],
      ]),
    );
    expect(r.candidates.map((c) => c.name)).toEqual(['An', 'Bình']);
    expect(codes(r)).not.toContain('SCORE_MISSING');
    expect(codes(r)).not.toContain('RATING_INVALID');
  });

  test('a numbered, named row not yet scored is still a candidate (missing scores said)', () => {
    const r = book(
      grid('S', [
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'An', 20, 10],
        [2, 'Bình', null, null],
        [null, 'Người lập biểu'],
      ]),
    );
    expect(r.candidates.map((c) => c.name)).toEqual(['An', 'Bình']);
    expect(r.findings.filter((f) => f.code === 'SCORE_MISSING' && f.candidate === 'Bình')).toHaveLength(2);
  });

  test('a row with scores after the signature block is said, not read', () => {
    const r = book(
      grid('S', [
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'An', 20, 10],
        [null, 'Người lập biểu'],
        [null, 'Lê Văn Lập'],
        [3, 'Bình', 25, 15],
      ]),
    );
    expect(r.candidates.map((c) => c.name)).toEqual(['An']);
    expect(onSheet(r, 'S', 'ROW_AFTER_TABLE')).toMatchObject([{ cell: 'B5' }]);
  });
});

describe('every row that holds scores is a candidate or a finding', () => {
  test('a name that is blank, a number, a date, or merged with the row above', () => {
    const sheet = grid(
      'S',
      [
        ['STT', 'Họ và tên', 'Ngày sinh', '1.1', '1.2'],
        [1, 'An', null, 20, 10],
        [2, null, null, 25, 15],
        [3, 1985, null, 25, 15],
        [4, 45123, null, 25, 15],
        [5, 'Bình', null, 22, 12],
        [6, null, null, 23, 13],
      ],
      [{ top: 5, left: 1, bottom: 6, right: 1 }],
    );
    sheet.special = [{ row: 4, col: 1, kind: 'date' }];
    const r = book(sheet);
    expect(r.candidates.map((c) => c.name)).toEqual(['An', 'Bình']);
    expect(r.findings.filter((f) => f.sheet === 'S' && f.code.startsWith('ROW_')).map((f) => [f.code, f.cell])).toEqual([
      ['ROW_NO_NAME', 'B3'],
      ['ROW_NAME_IS_NUMBER', 'B4'],
      ['ROW_NAME_IS_DATE', 'B5'],
      ['ROW_NAME_MERGED', 'B7'],
    ]);
    expect(r.findings.find((f) => f.code === 'ROW_NAME_IS_DATE')!.message).toContain('16/07/2023');
  });
});

describe('dates and formulas never calculated in score cells', () => {
  test('a date is said as a date, an uncalculated formula as such; neither is "chưa chấm" nor "45672 điểm"', () => {
    const sheet = grid('S', [
      ['STT', 'Họ và tên', '1.1', '1.2'],
      [1, 'An', 45672, null],
      [2, 'Bình', 20, 10],
    ]);
    sheet.special = [
      { row: 1, col: 2, kind: 'date' },
      { row: 1, col: 3, kind: 'formulaNoValue' },
    ];
    const r = book(sheet);
    const an = byName(r, 'An');
    expect(an.score.total).toBe(0);
    const f = r.findings.filter((x) => x.candidate === 'An').map((x) => [x.code, x.cell]);
    expect(f).toEqual([
      ['SCORE_IS_DATE', 'C2'],
      ['FORMULA_NOT_CALCULATED', 'D2'],
    ]);
    expect(r.findings.find((x) => x.code === 'SCORE_IS_DATE')!.message).toContain('15/01/2025');
  });

  test('without `special` (Office.js), 45672 is far above the maximum: SCORE_ABOVE_MAX', () => {
    const r = book(
      grid('S', [
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'An', 45672, 10],
      ]),
    );
    expect(codes(r)).toContain('SCORE_ABOVE_MAX');
  });

  test('in the criteria-rows form too', () => {
    const sheet = grid('VP', [
      ['STT', 'Nội dung tiêu chí', 'Điểm tự chấm'],
      ['1.1', 'Kế hoạch', 45672],
      ['1.2', 'Chất lượng', null],
    ]);
    sheet.special = [
      { row: 1, col: 2, kind: 'date' },
      { row: 2, col: 2, kind: 'formulaNoValue' },
    ];
    const r = book(sheet);
    expect(r.findings.filter((x) => x.sheet === 'VP').map((x) => x.code)).toEqual(['SCORE_IS_DATE', 'FORMULA_NOT_CALCULATED']);
  });
});

describe('criteria values in `Tiêu chí`', () => {
  test('negative maximum, weight ≤ 0, floor above maximum, an item with no group: each said on its cell, not applied', () => {
    const crit = grid('Tiêu chí', [
      CRITERIA_HEAD,
      ['I', 'Chuyên môn', 60],
      ['1.1', 'Kế hoạch', -30],
      ['1.2', 'Chất lượng', 30, null, 0],
      ['1.3', 'Tham mưu', 10, null, null, 15],
      ['4.1', 'Chuyển đổi số', 10],
    ]);
    const r = book(
      grid('S', [
        ['STT', 'Họ và tên', '1.1', '1.2', '1.3', '4.1'],
        [1, 'An', 25, 20, 8, 9],
      ]),
      { criteria: crit },
    );
    expect(r.findings.filter((f) => f.sheet === 'Tiêu chí').map((f) => [f.code, f.cell])).toEqual([
      ['CRITERION_MAX_NEGATIVE', 'C3'],
      ['CRITERION_NO_MAX', 'C3'],
      ['CRITERION_WEIGHT_INVALID', 'E4'],
      ['CRITERION_FLOOR_ABOVE_MAX', 'F5'],
      ['CRITERION_NO_GROUP', 'A6'],
    ]);
    const tree = r.criteria!;
    expect(tree.byCode.get('4.1')!.parent).toBeNull();
    expect(tree.byCode.get('1.2')!.weight).toBe(1);
    expect(tree.byCode.get('1.3')!.floor).toBeNull();
    // 25 (no max) + 20 + 8 = 53 in I (max 60); 4.1 on its own: 9.
    expect(byName(r, 'An').score.total).toBe(62);
  });
});

describe('criteria that differ per block: several criteria sets', () => {
  const crit = grid('Tiêu chí', [
    [...CRITERIA_HEAD, 'Bộ tiêu chí'],
    ['I', 'Chuyên môn', 60, null, null, null, null, 'Khối chuyên môn'],
    ['1.1', 'Kế hoạch', 40, null, null, null, null, 'Khối chuyên môn'],
    ['1.2', 'Chất lượng', 20, null, null, null, null, 'Khối chuyên môn'],
    ['I', 'Tham mưu', 80, null, null, null, null, 'Khối tham mưu'],
    ['1.1', 'Văn bản tham mưu', 80, null, null, null, null, 'Khối tham mưu'],
    ['II', 'Đoàn thể', 20],
    ['2.1', 'Tham gia hoạt động', 20],
    ['C1', 'Cờ thi đua', 10, 'Cộng'],
  ]);
  const form = (unit: string, rows: CellValue[][]) => grid(unit, [[unit.toUpperCase()], ['STT', 'Nội dung tiêu chí', 'Điểm tự chấm'], ...rows]);
  const unitRows = grid('Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Khối thi đua', 'Bộ tiêu chí'],
    ['STP', 'Sở Tư pháp', 'Khối chuyên môn', null],
    ['SYT', 'Sở Y tế', 'Khối chuyên môn', null],
    ['VP', 'Văn phòng UBND', 'Khối 2', 'Khối tham mưu'],
    ['SNV', 'Sở Nội vụ', 'Khối 2', 'khoi tham muu'],
    ['TTr', 'Thanh tra tỉnh', 'Khối 2', 'Khối kiểm tra'],
  ]);
  const sheetsOfSets = [
    campaign([['Đối tượng', 'Tập thể']]),
    crit,
    titles([]),
    unitRows,
    form('Sở Tư pháp', [
      ['1.1', 'Kế hoạch', 38],
      ['1.2', 'Chất lượng', 19],
      ['2.1', 'Tham gia', 18],
    ]),
    form('Sở Y tế', [
      ['1.1', 'Kế hoạch', 40],
      ['1.2', 'Chất lượng', 20],
      ['2.1', 'Tham gia', 15],
    ]),
    form('Văn phòng UBND', [
      ['1.1', 'Văn bản tham mưu', 70],
      ['2.1', 'Tham gia', 20],
      ['C1', 'Cờ', 5],
    ]),
    form('Sở Nội vụ', [
      ['1.1', 'Văn bản tham mưu', 78],
      ['2.1', 'Tham gia', 20],
    ]),
    form('Thanh tra tỉnh', [
      ['1.1', 'Kế hoạch', 30],
      ['1.2', 'Chất lượng', 20],
      ['2.1', 'Tham gia', 20],
    ]),
  ];
  const r = run(sheetsOfSets);

  test('each unit is scored on its own set, the common rows in every set', () => {
    const total = (n: string) => byName(r, n).score.total;
    expect([total('Sở Tư pháp'), total('Sở Y tế'), total('Văn phòng UBND'), total('Sở Nội vụ')]).toEqual([75, 75, 95, 98]);
    expect(byName(r, 'Văn phòng UBND').c.scores.get('1.1')).toMatchObject({ self: 70 });
    // 1.1 of the tham-mưu set has max 80: 70 and 78 are not above it.
    expect(r.findings.filter((f) => f.code === 'SCORE_ABOVE_MAX')).toEqual([]);
    expect(r.findings.filter((f) => f.code === 'SHEET_CRITERION_COLUMN_MISSING')).toEqual([]);
  });

  test('candidates are ranked within their set', () => {
    expect(byName(r, 'Sở Nội vụ').pos.all.rank).toBe(1);
    expect(byName(r, 'Văn phòng UBND').pos.all.rank).toBe(2);
    expect(byName(r, 'Sở Tư pháp').pos.all).toMatchObject({ rank: 1, tiedCount: 1 });
    expect(byName(r, 'Sở Nội vụ').pos.all.of).toBe(2);
  });

  test('a set `Tiêu chí` does not have is said on the unit row, and the unit is read with the common criteria', () => {
    expect(r.findings.find((f) => f.code === 'CRITERIA_SET_UNKNOWN')).toMatchObject({ sheet: 'Đơn vị', cell: 'D6' });
    expect(byName(r, 'Thanh tra tỉnh').c.criteriaSet ?? '').toBe('');
  });

  test("the generated ranking and proposal sheets list every set's candidates", () => {
    const job = runJob({ sheets: sheetsOfSets, source: 'test' }, { action: 'rank', now: '2025-12-01T00:00:00Z', version: 'test' });
    const ranking = job.sheets.find((m) => m.id === 'ranking')!;
    const names = ranking.rows.flat().filter((v) => typeof v === 'string');
    for (const n of ['Sở Tư pháp', 'Sở Y tế', 'Văn phòng UBND', 'Sở Nội vụ', 'Thanh tra tỉnh']) expect(names).toContain(n);
    expect(toJsonReport(job.result, { explanations: true }).candidates).toHaveLength(5);
  });

  test('one set: exactly as before (no set column, no sets)', () => {
    const one = book(
      grid('S', [
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'An', 20, 10],
      ]),
    );
    expect(one.criteria!.sets).toBeUndefined();
    expect(one.candidates[0].criteriaSet).toBe('');
  });
});

describe('columns and sheets not read are said', () => {
  test('a column of numbers whose header is not understood, in a sheet otherwise read', () => {
    const r = book(
      grid('S', [
        ['STT', 'Họ và tên', '1.1', '1.2', 'Điểm ĐV'],
        [1, 'An', 20, 10, 28],
        [2, 'Bình', 25, 15, 39],
      ]),
    );
    expect(r.candidates).toHaveLength(2);
    expect(onSheet(r, 'S', 'SHEET_COLUMN_NOT_READ')).toMatchObject([{ cell: 'E1' }]);
    expect(onSheet(r, 'S', 'SHEET_COLUMN_NOT_READ')[0].message).toContain('"Điểm ĐV"');
  });

  test('the summary does not list as missing a unit whose sheet is there but unread', () => {
    const r = book(grid('KHTC', [['PHÒNG KẾ HOẠCH - TÀI CHÍNH'], ['TT', 'Người được chấm', 'Điểm ĐV'], [1, 'An', 30]]), {
      units: [
        ['KHTC', 'Phòng Kế hoạch - Tài chính', 'Khối 1'],
        ['VP', 'Văn phòng', 'Khối 1'],
      ],
    });
    expect(summarize(r, 'validate', ['KHTC']).units.missing).toEqual(['Văn phòng']);
  });
});
