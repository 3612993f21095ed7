import { campaign, simpleCriteria, titles, units, run, grid, byName, codes } from '../support/grids';

describe('recognising real unit score sheets', () => {
  test('title block, header in row 8, merged two-row header, numbering row, total row and signature block', () => {
    const rows = [
      ['SỞ XÂY DỰNG TỈNH …', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['PHÒNG KẾ HOẠCH – TÀI CHÍNH', null, null, 'Độc lập - Tự do - Hạnh phúc'],
      [],
      ['BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025'],
      [],
      [],
      [],
      ['STT', 'Họ và tên', 'Chức vụ', 'Tiêu chí 1.1', null, 'TC 1.2', null, 'Tổng điểm'],
      [null, null, null, 'Tự chấm', 'Thẩm định', 'Tự chấm', 'Thẩm định', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      [1, 'Nguyễn Văn An', 'Trưởng phòng', 48, 45, 40, null, 88],
      [],
      [2, 'Trần Thị Bình', 'Chuyên viên', '39,5', null, 40, 38, 79.5],
      [null, 'Tổng cộng', null, 87.5, 45, 80, 38, 167.5],
      [],
      [null, 'Người lập biểu', null, null, null, 'TRƯỞNG PHÒNG'],
      [null, 'Lê Văn Lập', null, null, null, 'Phạm Văn Trưởng'],
    ];
    const merges = [
      { top: 7, left: 0, bottom: 8, right: 0 },
      { top: 7, left: 1, bottom: 8, right: 1 },
      { top: 7, left: 3, bottom: 7, right: 4 },
      { top: 7, left: 5, bottom: 7, right: 6 },
    ];
    const r = run([campaign(), simpleCriteria(), titles([]), units([['KHTC', 'Phòng Kế hoạch - Tài chính']]), grid('Sheet1', rows, merges)]);
    expect(r.candidates.map((c) => c.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    const an = byName(r, 'Nguyễn Văn An');
    expect(an.c.unitName).toBe('Phòng Kế hoạch - Tài chính');
    expect(an.c.scores.get('1.1')).toMatchObject({ self: 48, appraised: 45 });
    expect(an.score.total).toBe(85);
    const binh = byName(r, 'Trần Thị Bình');
    expect(binh.score.total).toBe(77.5);
    expect(r.sheets[0].headerRow).toBe(7);
    expect(codes(r)).not.toContain('UNITS_SHEET_MISSING');
    expect(codes(r)).not.toContain('TOTAL_MISMATCH');
  });

  test('headers without diacritics, in NFD, criteria named by their text', () => {
    const head = ['STT', 'Ho va ten', 'Xep loai', 'Kế hoạch'.normalize('NFD'), 'CHAT LUONG', 'Tong diem'];
    const r = run([campaign(), simpleCriteria(), titles([]), grid('A', [head, [1, 'Nguyễn An', 'htxsnv', 30, 20, 50]])]);
    const an = byName(r, 'Nguyễn An');
    expect(an.c.rating).toBe('HTXSNV');
    expect(an.score.total).toBe(50);
  });

  test('the unit from a column, else the title block, else the sheet name', () => {
    const u = units([
      ['VP', 'Văn phòng'],
      ['TTr', 'Thanh tra Sở'],
    ]);
    const head = ['STT', 'Họ và tên', 'Đơn vị', '1.1', '1.2'];
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      u,
      grid('Sheet A', [head, [1, 'An', 'Văn phòng', 1, 1]]),
      grid('Sheet B', [['THANH TRA SỞ'], ['STT', 'Họ và tên', '1.1', '1.2'], [1, 'Bình', 1, 1]]),
      grid('VP', [
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'Cúc', 1, 1],
      ]),
      grid('Lạ', [
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'Dung', 1, 1],
      ]),
    ]);
    expect(byName(r, 'An').c.unitName).toBe('Văn phòng');
    expect(byName(r, 'Bình').c.unitName).toBe('Thanh tra Sở');
    expect(byName(r, 'Cúc').c.unitName).toBe('Văn phòng');
    expect(byName(r, 'Dung').c.unitName).toBe('Lạ');
    expect(r.findings.find((f) => f.code === 'SHEET_UNIT_UNKNOWN')!.sheet).toBe('Lạ');
  });

  test('section headings and spacer rows are not candidates; other sheets are skipped untouched', () => {
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      grid('A', [['STT', 'Họ và tên', '1.1', '1.2'], ['I', 'Lãnh đạo phòng'], [1, 'An', 1, 1], [], ['II', 'Chuyên viên'], [2, 'Bình', 1, 1]]),
      grid('Ghi chú', [['Họp ngày 12/12'], ['nội dung…']]),
      grid('Danh sách', [
        ['STT', 'Họ và tên', 'Quê quán'],
        [1, 'An', 'Huế'],
      ]),
    ]);
    expect(r.candidates.map((c) => c.name)).toEqual(['An', 'Bình']);
    expect(r.skipped).toEqual([
      { sheet: 'Ghi chú', reason: 'noHeader' },
      { sheet: 'Danh sách', reason: 'noCriteria' },
    ]);
    expect(r.findings.find((f) => f.code === 'SHEET_NO_CRITERIA')!.sheet).toBe('Danh sách');
  });

  test('a scored criterion with no column on the sheet is an error on the header row', () => {
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      grid('A', [
        ['STT', 'Họ và tên', '1.1'],
        [1, 'An', 10],
      ]),
    ]);
    expect(r.findings.find((f) => f.code === 'SHEET_CRITERION_COLUMN_MISSING')).toMatchObject({ sheet: 'A', cell: 'A1' });
  });

  test('a sheet that scores a group as a whole (no item columns): the group score is used, capped, and said', () => {
    const criteria = simpleCriteria([
      ['I', 'Chuyên môn', 100],
      ['1.1', 'Kế hoạch', 50, '', null, 20], // a floor the group-only sheet cannot show
      ['1.2', 'Chất lượng', 50],
      ['II', 'Đoàn thể', 20],
      ['2.1', 'Công đoàn', 20],
      ['C1', 'Thưởng', 10, 'Cộng'],
    ]);
    const sheet = grid('A', [
      ['STT', 'Họ và tên', 'Xếp loại', 'I. Chuyên môn', '2.1', 'C1'],
      [1, 'An', 'HTTNV', 92, 18, 5],
      [2, 'Bình', 'HTTNV', 104, 20, null], // above the group's 100
    ]);
    const r = run([campaign(), criteria, titles([]), sheet]);
    expect(byName(r, 'An').score.total).toBe(92 + 18 + 5);
    expect(byName(r, 'An').score.belowFloor).toEqual([]);
    expect(byName(r, 'Bình').score.total).toBe(100 + 20);
    const above = r.findings.find((f) => f.code === 'SCORE_ABOVE_MAX')!;
    expect([above.sheet, above.cell, above.candidate]).toEqual(['A', 'D3', 'Bình']);
    const said = r.findings.find((f) => f.code === 'SHEET_GROUP_TOTALS')!;
    expect([said.sheet, said.severity, said.message]).toEqual(['A', 'warning', expect.stringContaining('theo nhóm I')]);
    expect(codes(r)).not.toContain('SHEET_CRITERION_COLUMN_MISSING');
  });

  test('a group with item columns is summed from them; its own column is only a subtotal', () => {
    const sheet = grid('A', [
      ['STT', 'Họ và tên', '1.1', '1.2', 'Nhóm I', 'C1'],
      [1, 'An', 40, 30, 999, 5],
    ]);
    const r = run([campaign(), simpleCriteria(), titles([]), sheet]);
    expect(byName(r, 'An').score.total).toBe(75);
    expect(codes(r)).not.toContain('SHEET_GROUP_TOTALS');
  });

  test('the block-scoring form with group lines only', () => {
    const rows = [
      ['SỞ TƯ PHÁP'],
      ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm khối chấm'],
      ['I', 'Chuyên môn', 100, 95, 90],
      ['C1', 'Thưởng', 10, 10, 10],
      [null, 'Tổng cộng', 110, 105, 100],
    ];
    const r = run([campaign(), simpleCriteria(), titles([]), units([['STP', 'Sở Tư pháp', 'Khối nội chính']]), grid('STP', rows)]);
    const stp = byName(r, 'Sở Tư pháp');
    expect([stp.score.total, stp.score.selfTotal]).toEqual([100, 105]);
    expect(codes(r)).toContain('SHEET_GROUP_TOTALS');
    expect(codes(r)).not.toContain('TOTAL_MISMATCH');
    expect(codes(r)).not.toContain('SHEET_CRITERION_COLUMN_MISSING');
  });

  test('the block-scoring form: criteria down the rows, one collective per sheet', () => {
    const rows = [
      ['UBND TỈNH …'],
      ['SỞ TƯ PHÁP'],
      ['BẢNG CHẤM ĐIỂM THI ĐUA KHỐI NĂM 2025'],
      ['STT', 'Nội dung tiêu chí', 'Điểm chuẩn', 'Điểm tự chấm', 'Điểm khối chấm', 'Ghi chú, minh chứng'],
      ['I', 'Chuyên môn', 100, 95, 90],
      ['1.1', 'Kế hoạch', 50, 50, 48, 'BC số 1'],
      ['1.2', 'Chất lượng', 50, 45, 42],
      ['C1', 'Thưởng', 10, 10, 10],
      [null, 'Tổng cộng', 110, 105, 100],
    ];
    const r = run([campaign(), simpleCriteria(), titles([]), units([['STP', 'Sở Tư pháp', 'Khối nội chính']]), grid('STP', rows)]);
    const stp = byName(r, 'Sở Tư pháp');
    expect(stp.c.kind).toBe('collective');
    expect(stp.score.total).toBe(100);
    expect(stp.score.selfTotal).toBe(105);
    expect(stp.c.block).toBe('Khối nội chính');
    expect(codes(r)).not.toContain('TOTAL_MISMATCH');
  });

  test('legacy TCVN3 text is flagged, not converted', () => {
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      grid('A', [
        ['STT', 'Họ và tên', '1.1', '1.2'],
        [1, 'NguyÔn V¨n An', 1, 1],
      ]),
    ]);
    expect(r.findings.find((f) => f.code === 'LEGACY_ENCODING')).toMatchObject({ cell: 'B2' });
    expect(r.candidates[0].name).toBe('NguyÔn V¨n An');
  });
});
