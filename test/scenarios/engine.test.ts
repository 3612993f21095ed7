import { campaign, simpleCriteria, titles, units, roster, run, byName, codes, grid, CRITERIA_HEAD } from '../support/grids';
import { parseConditions } from '../../src/core/rules/conditions';
import { readCriteria } from '../../src/core/config/criteria';
import { FindingLog } from '../../src/core/findings/log';
import { buildSummarySheet } from '../../src/core/output/sheets';
import { summarize } from '../../src/core/output/summary';

const LDTT = ['Lao động tiên tiến', 'Cá nhân', null, 'HTTNV', 'không kỷ luật', null, '', null, '', 'Luật 06/2022'];

describe('scoring', () => {
  test('items capped at max, groups capped, bonus capped, deductions subtracted', () => {
    const r = run([
      campaign([['Điểm thưởng tối đa', 5]]),
      simpleCriteria([
        ['I', 'Chuyên môn', 80],
        ['1.1', 'Kế hoạch', 50],
        ['1.2', 'Chất lượng', 50],
        ['C1', 'Thưởng', 10, 'Cộng'],
        ['T1', 'Trừ', 10, 'Trừ'],
      ]),
      titles([]),
      roster('A', [[1, 'Nguyễn Văn An', 'HTTNV', 0, '', 55, 45, 8, 3]]),
    ]);
    const { score } = byName(r, 'Nguyễn Văn An');
    expect(score.contribution.get('1.1')).toBe(50); // 55 capped at 50
    expect(score.contribution.get('I')).toBe(80); // 95 capped by the group
    expect(score.bonus).toBe(5); // 8 capped by Điểm thưởng tối đa
    expect(score.deductions).toBe(3);
    expect(score.total).toBe(82);
    expect(codes(r)).toContain('SCORE_ABOVE_MAX');
  });

  test('weights apply after the cap, at every level', () => {
    const r = run([
      campaign(),
      simpleCriteria([
        ['I', 'Nhóm', 100, '', 0.5],
        ['1.1', 'A', 10, '', 3],
        ['1.2', 'B', 10],
      ]),
      titles([]),
      roster('A', [[1, 'Lê Văn Bình', 'HTTNV', 0, '', 12, 4]], ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2']),
    ]);
    const { score } = byName(r, 'Lê Văn Bình');
    expect(score.contribution.get('1.1')).toBe(30);
    expect(score.contribution.get('I')).toBe(17);
    expect(score.total).toBe(17);
  });

  test('the appraised score replaces the self score item by item; a large gap is flagged', () => {
    const head = ['STT', 'Họ và tên', 'Xếp loại', '1.1', '', '1.2', '', 'Tổng điểm'];
    const sub = ['', '', '', 'Tự chấm', 'Thẩm định', 'Tự chấm', 'Thẩm định', ''];
    const sheet = grid(
      'A',
      [['BẢNG CHẤM'], head, sub, [1, 'Phạm Thị Cúc', 'HTTNV', 50, 30, 40, null, 90]],
      [
        { top: 1, left: 3, bottom: 1, right: 4 },
        { top: 1, left: 5, bottom: 1, right: 6 },
      ],
    );
    const r = run([campaign([['Ngưỡng chênh lệch', 10]]), simpleCriteria(), titles([]), sheet]);
    const { score } = byName(r, 'Phạm Thị Cúc');
    expect(score.total).toBe(70);
    expect(score.selfTotal).toBe(90);
    const gap = r.findings.find((f) => f.code === 'SCORE_GAP')!;
    expect(gap).toBeDefined();
    expect(gap.cell).toBe('H4');
    expect(codes(r)).not.toContain('TOTAL_MISMATCH'); // 90 is the self total: consistent
  });
});

describe('validation findings, each on its cell', () => {
  const sheet = () =>
    roster('Phòng A', [
      [1, 'Nguyễn Văn An', 'HTXSNV', 1, '', '9,5', 40, null, null],
      [2, 'Trần Văn Bình', 'Giỏi', 0, '', 'abc', 40, null, null],
      [3, 'Lê Thị Cúc', 'HTTNV', 0, '', null, -2, null, null],
    ]);
  const r = run([campaign(), simpleCriteria(), titles([LDTT]), sheet()]);
  const at = (code: string) => r.findings.filter((f) => f.code === code).map((f) => `${f.sheet}!${f.cell}`);
  test('text number accepted with a warning', () => {
    expect(at('SCORE_TEXT_NUMBER')).toEqual(['Phòng A!F4']);
    expect(byName(r, 'Nguyễn Văn An').score.contribution.get('1.1')).toBe(9.5);
  });
  test('non-numeric score, missing score, negative score, bad rating', () => {
    expect(at('SCORE_NOT_NUMBER')).toEqual(['Phòng A!F5']);
    expect(at('SCORE_MISSING')).toEqual(['Phòng A!F6']);
    expect(at('SCORE_NEGATIVE')).toEqual(['Phòng A!G6']);
    expect(at('RATING_INVALID')).toEqual(['Phòng A!C5']);
    const f = r.findings.find((x) => x.code === 'RATING_INVALID')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('Giỏi');
    expect(f.candidate).toBe('Trần Văn Bình');
  });
  test('messages come in English on request', () => {
    const en = run([campaign(), simpleCriteria(), titles([LDTT]), sheet()], 'en');
    expect(en.findings.find((x) => x.code === 'RATING_INVALID')!.message).toMatch(/not one of the four levels/);
  });
  test('stated total that does not add up, with the plain-sum hint', () => {
    const r2 = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      roster(
        'B',
        [[1, 'Võ Văn Dũng', 'HTTNV', 0, '', 60, 40, null, null, 100]],
        ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', 'C1', 'T1', 'Tổng điểm'],
      ),
    ]);
    const f = r2.findings.find((x) => x.code === 'TOTAL_MISMATCH')!;
    expect(f.cell).toBe('J4');
    expect(f.message).toMatch(/100.*90/);
    expect(f.message).toMatch(/chưa áp dụng điểm tối đa/);
  });
  test('same person in two sheets by name and date of birth; namesake with another date is not', () => {
    const head = ['STT', 'Họ và tên', 'Ngày sinh', 'Xếp loại', '1.1', '1.2'];
    const r3 = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      roster(
        'A',
        [
          [1, 'Nguyễn Văn An', '01/02/1980', 'HTTNV', 40, 40],
          [2, 'Lê Văn Cường', '03/03/1983', 'HTTNV', 40, 40],
        ],
        head,
      ),
      roster(
        'B',
        [
          [1, 'NGUYỄN VĂN AN'.normalize('NFD'), 29252, 'HTTNV', 40, 40],
          [2, 'Lê Văn Cường', '04/04/1984', 'HTTNV', 40, 40],
        ],
        head,
      ),
    ]);
    const dup = r3.findings.filter((f) => f.code === 'DUPLICATE_PERSON');
    expect(dup).toHaveLength(1);
    expect(dup[0].sheet).toBe('B');
    expect(dup[0].cell).toBe('B4');
    expect(dup[0].message).toContain('A!B4');
  });
  test('duplicate by staff code', () => {
    const head = ['STT', 'Mã cán bộ', 'Họ và tên', 'Xếp loại', '1.1', '1.2'];
    const r4 = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      roster('A', [[1, 'CB01', 'An', 'HTTNV', 1, 1]], head),
      roster('B', [[1, 'cb01', 'Nguyễn An', 'HTTNV', 1, 1]], head),
    ]);
    expect(codes(r4)).toContain('DUPLICATE_PERSON');
  });
  test('a unit of the Đơn vị sheet with no score sheet', () => {
    const r5 = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      units([
        ['A', 'Phòng A'],
        ['B', 'Phòng B'],
      ]),
      roster('Phòng A', [[1, 'An', 'HTTNV', 0, '', 1, 1]]),
    ]);
    const f = r5.findings.filter((x) => x.code === 'UNIT_NO_SHEET');
    expect(f.map((x) => x.unit)).toEqual(['Phòng B']);
    expect(f[0].sheet).toBe('Đơn vị');
    expect(f[0].cell).toBe('B3');
  });
  test('a unit that sent its sheet after Hạn nộp, by the Ngày nộp the office recorded', () => {
    const unitsSheet = grid('Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Hạn nộp', 'Ngày nộp'],
      ['A', 'Phòng A', '15/12/2025', '18/12/2025'], // three days late
      ['B', 'Phòng B', '15/12/2025', 46006], // 15/12/2025 as an Excel date: on time
      ['C', 'Phòng C', '15/12/2025', '20/12/2025'], // a date, but no sheet: missing, not late
      ['D', 'Phòng D', '15/12/2025', null], // no date recorded: nothing to say
    ]);
    const row = [[1, 'An', 'HTTNV', 0, '', 1, 1]];
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      unitsSheet,
      roster('A', row),
      roster('B', [[1, 'Bình', 'HTTNV', 0, '', 1, 1]]),
      roster('D', [[1, 'Dũng', 'HTTNV', 0, '', 1, 1]]),
    ]);
    const late = r.findings.filter((x) => x.code === 'UNIT_LATE');
    expect(late.map((x) => [x.unit, x.sheet, x.cell, x.severity])).toEqual([['Phòng A', 'Đơn vị', 'D2', 'warning']]);
    expect(late[0].message).toBe('Đơn vị "Phòng A" nộp bảng chấm điểm ngày 18/12/2025, sau hạn 15/12/2025 (3 ngày).');
    expect(r.findings.filter((x) => x.code === 'UNIT_NO_SHEET').map((x) => x.unit)).toEqual(['Phòng C']);
    const tongHop = buildSummarySheet(r);
    const cellOf = (unit: string) => tongHop.rows.find((cells) => cells[1] === unit)?.[3];
    expect(cellOf('Phòng A')).toBe('Đã nộp (A), muộn 3 ngày');
    expect(cellOf('Phòng B')).toBe('Đã nộp (B)');
    expect(cellOf('Phòng C')).toBe('Chưa nộp');
    expect(summarize(r, 'validate', ['Đơn vị']).units.late).toEqual([{ name: 'Phòng A', days: 3 }]);
    expect(run([campaign(), simpleCriteria(), titles([]), unitsSheet, roster('A', row)], 'en').findings.find((x) => x.code === 'UNIT_LATE')!.message).toBe(
      'Unit "Phòng A" sent its score sheet on 18/12/2025, 3 day(s) after the deadline 15/12/2025.',
    );
  });
  test('missing evidence where Minh chứng is Bắt buộc', () => {
    const r6 = run([
      campaign(),
      grid('Tiêu chí', [CRITERIA_HEAD, ['1.1', 'Kế hoạch', 50, '', null, null, 'Bắt buộc'], ['1.2', 'B', 50]]),
      titles([]),
      roster(
        'A',
        [
          [1, 'An', 'HTTNV', 50, 10, 'QĐ 1'],
          [2, 'Bình', 'HTTNV', 50, 10, ''],
        ],
        ['STT', 'Họ và tên', 'Xếp loại', '1.1', '1.2', 'Minh chứng'],
      ),
    ]);
    const f = r6.findings.filter((x) => x.code === 'EVIDENCE_MISSING');
    expect(f.map((x) => x.cell)).toEqual(['F5']);
  });
  test('a requested title the candidate is not eligible for names the failing condition', () => {
    const r7 = run([
      campaign(),
      simpleCriteria(),
      titles([LDTT]),
      roster(
        'A',
        [[1, 'Đỗ Văn Em', 'HTTNV', 0, 'Cảnh cáo', 40, 40, null, null, 'Lao động tiên tiến']],
        ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', 'C1', 'T1', 'Danh hiệu đề nghị'],
      ),
    ]);
    const f = r7.findings.find((x) => x.code === 'TITLE_REQUEST_NOT_ELIGIBLE')!;
    expect(f.cell).toBe('J4');
    expect(f.message).toMatch(/không kỷ luật.*Cảnh cáo/);
  });
});

describe('ranking', () => {
  const chain = (tb: string) =>
    run([
      campaign([['Thứ tự khi bằng điểm', tb]]),
      simpleCriteria(),
      titles([]),
      roster('A', [
        [1, 'Bùi Văn Tư', 'HTTNV', 0, '', 45, 45, null, 0],
        [2, 'Ngô Văn Ba', 'HTTNV', 0, '', 50, 40, null, 0],
        [3, 'Hồ Thị Hai', 'HTTNV', 0, '', 40, 50, null, 0],
        [4, 'Đinh Văn Một', 'HTTNV', 0, '', 50, 50, null, 0],
        [5, 'Lý Văn Năm', 'HTTNV', 0, '', 50, 45, null, 10],
      ]),
    ]);
  test('equal after the chain share a rank (1, 2, 2, 2, 5) and are listed in Vietnamese name order', () => {
    const r = chain('');
    const order = r.ranking.scopes.get('individual|all')!.ordered.map((c) => [r.ranking.positions.get(c.id)!.all.rank, c.name]);
    expect(order).toEqual([
      [1, 'Đinh Văn Một'],
      [2, 'Ngô Văn Ba'],
      [2, 'Hồ Thị Hai'],
      [2, 'Bùi Văn Tư'],
      [5, 'Lý Văn Năm'],
    ]);
  });
  test('the tie-break chain decides: a criterion first', () => {
    const r = chain('1.1; Điểm trừ; Tên');
    expect(byName(r, 'Ngô Văn Ba').pos.all.rank).toBe(2);
    expect(byName(r, 'Bùi Văn Tư').pos.all.rank).toBe(3);
    expect(byName(r, 'Hồ Thị Hai').pos.all.rank).toBe(4);
    expect(r.ranking.tieValues.get(byName(r, 'Ngô Văn Ba').c.id)).toEqual([50, 0]);
  });
  test('an unknown tie-break key is a finding on its cell', () => {
    const r = chain('Thâm niên');
    const f = r.findings.find((x) => x.code === 'TIEBREAK_UNKNOWN')!;
    expect(f.sheet).toBe('Phong trào');
    expect(f.cell).toBe('B3');
  });
  test('ranks per unit, block and campaign', () => {
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([]),
      units([
        ['A', 'Phòng A', 'K1'],
        ['B', 'Phòng B', 'K1'],
        ['C', 'Phòng C', 'K2'],
      ]),
      roster('Phòng A', [[1, 'An', 'HTTNV', 0, '', 50, 50]]),
      roster('Phòng B', [
        [1, 'Bình', 'HTTNV', 0, '', 40, 50],
        [2, 'Chi', 'HTTNV', 0, '', 30, 50],
      ]),
      roster('Phòng C', [[1, 'Dung', 'HTTNV', 0, '', 45, 50]]),
    ]);
    expect(byName(r, 'Chi').pos).toMatchObject({ unit: { rank: 2, of: 2 }, block: { rank: 3, of: 3 }, all: { rank: 4, of: 4 } });
    expect(byName(r, 'Dung').pos).toMatchObject({ unit: { rank: 1 }, block: { rank: 1, of: 1 }, all: { rank: 2 } });
  });
});

describe('titles and quotas', () => {
  const CSTD = [
    'Chiến sĩ thi đua cơ sở',
    'Cá nhân',
    80,
    'HTXSNV',
    'đạt Lao động tiên tiến; sáng kiến ≥ 1',
    40,
    'Lao động tiên tiến',
    null,
    'Đơn vị',
    'NĐ 91/2017 (cũ)',
  ];
  const people = [
    [1, 'Nguyễn Văn An', 'HTXSNV', 1, '', 50, 50],
    [2, 'Trần Văn Bình', 'HTXSNV', 2, '', 50, 45],
    [3, 'Lê Văn Cường', 'HTXSNV', 1, '', 50, 45],
    [4, 'Phạm Văn Dũng', 'HTXSNV', 1, '', 50, 40],
    [5, 'Võ Thị Em', 'HTTNV', 0, '', 45, 40],
    [6, 'Hồ Văn Phúc', 'HTNV', 0, '', 45, 40],
  ];
  test('percentage of a base title, rounded down, filled in rank order; a tie across the boundary goes to the council', () => {
    const r = run([campaign(), simpleCriteria(), titles([LDTT, CSTD]), roster('A', people)]);
    // 5 LĐTT × 40% = 2 places: An (rank 1) takes one; Bình and Cường tie at rank 2 for the last.
    expect(byName(r, 'Nguyễn Văn An').titles).toEqual(['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở']);
    expect(byName(r, 'Trần Văn Bình').decision('Chiến sĩ thi đua cơ sở').status).toBe('tiedAtQuota');
    expect(byName(r, 'Lê Văn Cường').decision('Chiến sĩ thi đua cơ sở').status).toBe('tiedAtQuota');
    const d = byName(r, 'Phạm Văn Dũng').decision('Chiến sĩ thi đua cơ sở');
    expect(d.status).toBe('cutByQuota');
    expect(d.cutBy).toEqual([byName(r, 'Nguyễn Văn An').c.id]);
    expect(d.quotaNote).toMatch(/40% × 5 Lao động tiên tiến = 2 → 2 suất/);
    expect(r.findings.filter((f) => f.code === 'QUOTA_TIE')).toHaveLength(2);
    expect(byName(r, 'Hồ Văn Phúc').decision('Lao động tiên tiến').status).toBe('notEligible');
    const q = r.quotas.find((x) => x.title === 'Chiến sĩ thi đua cơ sở')!;
    expect(q).toMatchObject({ limit: 2, proposed: 1, tied: 2, cut: 1, eligible: 4 });
  });
  test('a minimum is reached exactly: 69,99996 is not 70, and the reason shows the decimals that decide it', () => {
    // Điểm tối thiểu 70, and the same threshold as a condition; 1.2 ≥ 30 on a criterion's points.
    const rule = ['Lao động tiên tiến', 'Cá nhân', 70, null, 'tổng điểm ≥ 70; 1.2 ≥ 30', null, null, null, 'Đơn vị', 'test'];
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([rule]),
      roster('A', [
        [1, 'Nguyễn Văn An', 'HTTNV', 0, '', 40, 29.99996],
        [2, 'Trần Văn Bình', 'HTTNV', 0, '', 40, 30],
        [3, 'Lê Văn Cường', 'HTTNV', 0, '', 40.5, 30],
      ]),
    ]);
    const an = byName(r, 'Nguyễn Văn An');
    expect(an.score.total).toBe(69.99996);
    const d = an.decision('Lao động tiên tiến');
    expect(d.status).toBe('notEligible');
    expect(d.checks.filter((c) => !c.ok).map((c) => c.detail)).toEqual(['được 69,99996', 'tổng điểm 69,99996', '1.2 được 29,99996 điểm']);
    expect(byName(r, 'Trần Văn Bình').titles).toEqual(['Lao động tiên tiến']);
    // Away from the threshold, two decimals as everywhere else.
    expect(
      byName(r, 'Lê Văn Cường')
        .decision('Lao động tiên tiến')
        .checks.map((c) => c.detail),
    ).toEqual(['được 70,5', 'tổng điểm 70,5', '1.2 được 30 điểm']);
  });

  test('the tie-break chain removes the tie', () => {
    const r = run([campaign([['Thứ tự khi bằng điểm', 'Sáng kiến']]), simpleCriteria(), titles([LDTT, CSTD]), roster('A', people)]);
    expect(byName(r, 'Trần Văn Bình').titles).toContain('Chiến sĩ thi đua cơ sở');
    expect(byName(r, 'Lê Văn Cường').decision('Chiến sĩ thi đua cơ sở').status).toBe('cutByQuota');
  });
  test("rounding to nearest is the campaign's choice", () => {
    const cstd = [...CSTD];
    cstd[5] = 30; // 30% × 5 = 1.5
    const down = run([campaign(), simpleCriteria(), titles([LDTT, cstd]), roster('A', people)]);
    const near = run([campaign([['Làm tròn chỉ tiêu', 'Gần nhất']]), simpleCriteria(), titles([LDTT, cstd]), roster('A', people)]);
    expect(down.quotas.find((q) => q.title === 'Chiến sĩ thi đua cơ sở')!.limit).toBe(1);
    expect(near.quotas.find((q) => q.title === 'Chiến sĩ thi đua cơ sở')!.limit).toBe(2);
  });
  test('a maximum count per block, and "không đạt" for the next form', () => {
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([
        ['Cờ thi đua cấp tỉnh', 'Tập thể', null, '', '', null, '', 1, 'Khối', 'thực tiễn'],
        ['Bằng khen', 'Tập thể', null, '', 'không đạt Cờ thi đua cấp tỉnh', null, '', 2, 'Khối', ''],
      ]),
      units([
        ['A', 'Phòng A', 'K1'],
        ['B', 'Phòng B', 'K1'],
        ['C', 'Phòng C', 'K1'],
        ['D', 'Phòng D', 'K1'],
      ]),
      roster(
        'Khối',
        [
          [1, 'Phòng A', 50, 50],
          [2, 'Phòng B', 50, 40],
          [3, 'Phòng C', 50, 30],
          [4, 'Phòng D', 50, 20],
        ],
        ['STT', 'Tên đơn vị', '1.1', '1.2'],
      ),
    ]);
    expect(byName(r, 'Phòng A').titles).toEqual(['Cờ thi đua cấp tỉnh']);
    expect(byName(r, 'Phòng B').titles).toEqual(['Bằng khen']);
    expect(byName(r, 'Phòng C').titles).toEqual(['Bằng khen']);
    expect(byName(r, 'Phòng D').decision('Bằng khen').status).toBe('cutByQuota');
  });
  test('consecutive years from the history; namesakes and thematic awards do not count', () => {
    const hist = [
      ['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Năm', 'Danh hiệu / hình thức'],
      ['Nguyễn Văn An', '01/01/1980', 'A', 2024, 'Chiến sĩ thi đua cơ sở'],
      ['Nguyễn Văn An', '01/01/1980', 'A', 2023, 'CSTĐCS'],
      ['Trần Văn Bình', '02/02/1980', 'A', 2024, 'Chiến sĩ thi đua cơ sở'],
      ['Trần Văn Bình', '09/09/1990', 'A', 2023, 'Chiến sĩ thi đua cơ sở'],
      ['Lê Văn Cường', '03/03/1980', 'A', 2024, 'Chiến sĩ thi đua cơ sở'],
      ['Lê Văn Cường', '03/03/1980', 'A', 2023, 'Chiến sĩ thi đua cơ sở (chuyên đề)'],
    ];
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([
        ['Chiến sĩ thi đua cơ sở', 'Cá nhân', null, '', '', null, '', null, '', ''],
        ['Chiến sĩ thi đua cấp tỉnh', 'Cá nhân', null, '', 'đạt Chiến sĩ thi đua cơ sở; 2 năm liên tục Chiến sĩ thi đua cơ sở', null, '', null, '', ''],
      ]),
      grid('Lịch sử khen thưởng', hist),
      roster(
        'A',
        [
          [1, 'Nguyễn Văn An', '01/01/1980', 50, 50],
          [2, 'Trần Văn Bình', '02/02/1980', 50, 50],
          [3, 'Lê Văn Cường', '03/03/1980', 50, 50],
        ],
        ['STT', 'Họ và tên', 'Ngày sinh', '1.1', '1.2'],
      ),
    ]);
    expect(byName(r, 'Nguyễn Văn An').titles).toContain('Chiến sĩ thi đua cấp tỉnh');
    expect(
      byName(r, 'Trần Văn Bình')
        .decision('Chiến sĩ thi đua cấp tỉnh')
        .checks.find((c) => !c.ok)!.detail,
    ).toMatch(/2023/);
    expect(byName(r, 'Lê Văn Cường').titles).not.toContain('Chiến sĩ thi đua cấp tỉnh');
  });
  test('collective conditions read the members of the unit', () => {
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([
        LDTT,
        [
          'Tập thể lao động tiên tiến',
          'Tập thể',
          null,
          '',
          'tỷ lệ thành viên Lao động tiên tiến > 50%; không có thành viên kỷ luật từ cảnh cáo',
          null,
          '',
          null,
          '',
          '',
        ],
        [
          'Tập thể lao động xuất sắc',
          'Tập thể',
          null,
          '',
          'đạt Tập thể lao động tiên tiến; tỷ lệ thành viên xếp loại HTTNV trở lên ≥ 100%; có thành viên Lao động tiên tiến',
          null,
          '',
          null,
          '',
          '',
        ],
      ]),
      units([
        ['A', 'Phòng A'],
        ['B', 'Phòng B'],
      ]),
      roster('Phòng A', [
        [1, 'An', 'HTTNV', 0, '', 40, 40],
        [2, 'Bình', 'HTXSNV', 0, 'Khiển trách', 40, 40],
      ]),
      roster('Phòng B', [
        [1, 'Cúc', 'HTTNV', 0, '', 40, 40],
        [2, 'Dũng', 'HTNV', 0, '', 40, 40],
        [3, 'Em', 'HTTNV', 0, 'Cảnh cáo', 40, 40],
      ]),
      roster(
        'Tập thể',
        [
          [1, 'Phòng A', 40, 40],
          [2, 'Phòng B', 45, 45],
        ],
        ['STT', 'Tên tập thể', '1.1', '1.2'],
      ),
    ]);
    // Phòng A: 1 of 2 LĐTT = 50%, not > 50%.
    const a = byName(r, 'Phòng A').decision('Tập thể lao động tiên tiến');
    expect(a.status).toBe('notEligible');
    expect(a.checks[0].detail).toMatch(/1\/2/);
    // Phòng B: a member has Cảnh cáo.
    expect(byName(r, 'Phòng B').decision('Tập thể lao động tiên tiến').checks[1]).toMatchObject({ ok: false, detail: expect.stringMatching(/Em/) });
  });
  test('a condition the grammar cannot read is an error on its cell, and nobody gets that title', () => {
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([LDTT, ['X', 'Cá nhân', null, '', 'có bằng đại học', null, '', null, '', '']]),
      roster('A', [[1, 'An', 'HTTNV', 0, '', 40, 40]]),
    ]);
    const f = r.findings.find((x) => x.code === 'TITLE_BAD_CONDITION')!;
    expect(f).toMatchObject({ sheet: 'Danh hiệu', cell: 'E3', severity: 'error' });
    expect(byName(r, 'An').decision('X').status).toBe('ruleUnusable');
  });
});

describe('a disciplinary review, investigation or complaint still pending', () => {
  test('blocks every title meanwhile, says why with its legal basis, and is no unreadable-measure warning', () => {
    const ldtt = ['Lao động tiên tiến', 'Cá nhân', null, 'HTTNV', 'không kỷ luật từ cảnh cáo', null, '', null, '', 'Luật 06/2022'];
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([ldtt]),
      roster('A', [
        [1, 'An', 'HTTNV', 0, 'Đang xem xét kỷ luật', 1, 1],
        [2, 'Bình', 'HTTNV', 0, 'Khiển trách', 1, 1],
      ]),
    ]);
    const an = byName(r, 'An').decision('Lao động tiên tiến');
    expect(an.status).toBe('notEligible');
    expect(an.checks.find((c) => !c.ok)!.detail).toBe('Đang xem xét kỷ luật: chưa đề nghị khen thưởng khi đang xem xét (NĐ 152/2025/NĐ-CP)');
    // A reprimand is below the rule's "from cảnh cáo": no bar.
    expect(byName(r, 'Bình').decision('Lao động tiên tiến').status).toBe('proposed');
    expect(codes(r)).not.toContain('DISCIPLINE_UNKNOWN');
  });
});

describe('the ratings units sent, against the rating rules', () => {
  test('HTXSNV above 20% of those rated HTTNV is a warning on the first HTXSNV rating', () => {
    const rows = [
      [1, 'An', 'HTXSNV', 0, '', 1, 1],
      [2, 'Bình', 'HTTNV', 0, '', 1, 1],
      [3, 'Chi', 'HTTNV', 0, '', 1, 1],
      [4, 'Dũng', 'HTXSNV', 0, '', 1, 1],
    ];
    const r = run([campaign(), simpleCriteria(), titles([]), roster('A', rows)]);
    const f = r.findings.find((x) => x.code === 'RATING_SHARE_HIGH')!;
    expect([f.sheet, f.cell, f.severity]).toEqual(['A', 'C4', 'warning']);
    expect(f.message).toContain('2 người xếp loại HTXSNV, quá 20% số người xếp loại HTTNV (2 người → tối đa 0,4)');
    // Ten HTTNV allow two HTXSNV.
    const ok = [
      [1, 'An', 'HTXSNV', 0, '', 1, 1],
      [2, 'Dũng', 'HTXSNV', 0, '', 1, 1],
      ...Array.from({ length: 10 }, (_, i) => [i + 3, `Người ${i}`, 'HTTNV', 0, '', 1, 1]),
    ];
    expect(codes(run([campaign(), simpleCriteria(), titles([]), roster('A', ok)]))).not.toContain('RATING_SHARE_HIGH');
  });
  test('from 2026, a disciplined person rated above KHTNV is a warning on the rating; not before', () => {
    const rows = [
      [1, 'An', 'HTTNV', 0, 'Khiển trách', 1, 1],
      [2, 'Bình', 'KHTNV', 0, 'Cảnh cáo', 1, 1],
      [3, 'Chi', 'HTTNV', 0, '', 1, 1],
    ];
    const y2026 = run([
      grid('Phong trào', [
        ['Tên phong trào', 'Thi đua 2026'],
        ['Năm', 2026],
      ]),
      simpleCriteria(),
      titles([]),
      roster('A', rows),
    ]);
    const f = y2026.findings.filter((x) => x.code === 'RATING_WITH_DISCIPLINE');
    expect(f.map((x) => [x.cell, x.candidate])).toEqual([['C4', 'An']]);
    expect(f[0].message).toContain('NĐ 335/2025');
    expect(codes(run([campaign(), simpleCriteria(), titles([]), roster('A', rows)]))).not.toContain('RATING_WITH_DISCIPLINE');
  });
});

describe('days off with maternity leave (Trong đó nghỉ thai sản)', () => {
  test('maternity leave is not counted against "nghỉ < 40 ngày", and the explanation says so', () => {
    const ldtt = ['Lao động tiên tiến', 'Cá nhân', null, 'HTTNV', 'nghỉ < 40 ngày', null, '', null, '', 'thực tiễn [R]'];
    const head = ['STT', 'Họ và tên', 'Xếp loại', 'Số ngày nghỉ', 'Trong đó nghỉ thai sản', '1.1', '1.2'];
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([ldtt]),
      roster(
        'A',
        [
          [1, 'An', 'HTTNV', 130, 120, 1, 1],
          [2, 'Bình', 'HTTNV', 130, 80, 1, 1],
          [3, 'Chi', 'HTTNV', 45, null, 1, 1],
        ],
        head,
      ),
    ]);
    const an = byName(r, 'An').decision('Lao động tiên tiến');
    expect(an.status).toBe('proposed');
    expect(an.checks[1].detail).toBe('nghỉ 130 ngày, trong đó 120 ngày thai sản không tính: 10 ngày');
    expect(byName(r, 'Bình').decision('Lao động tiên tiến').status).toBe('notEligible'); // 50 days still count
    expect(byName(r, 'Chi').decision('Lao động tiên tiến').status).toBe('notEligible');
  });
});

describe('months worked in the year (Số tháng công tác)', () => {
  test('fewer than 10 months keeps a person from Lao động tiên tiến, with the months said; a blank counts as a full year', () => {
    const ldtt = ['Lao động tiên tiến', 'Cá nhân', null, 'HTTNV', 'không kỷ luật; công tác ≥ 10 tháng', null, '', null, '', 'thực tiễn [R]'];
    const head = ['STT', 'Họ và tên', 'Xếp loại', 'Số tháng công tác', '1.1', '1.2'];
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([ldtt]),
      roster(
        'A',
        [
          [1, 'An', 'HTTNV', 8, 1, 1],
          [2, 'Bình', 'HTTNV', null, 1, 1],
          [3, 'Cường', 'HTTNV', 12, 1, 1],
          [4, 'Dung', 'HTTNV', 14, 1, 1],
        ],
        head,
      ),
    ]);
    const an = byName(r, 'An').decision('Lao động tiên tiến');
    expect(an.status).toBe('notEligible');
    expect(an.checks.find((c) => !c.ok)).toMatchObject({ label: 'công tác ≥ 10 tháng', detail: 'công tác 8 tháng' });
    expect(byName(r, 'Bình').decision('Lao động tiên tiến').status).toBe('proposed');
    expect(
      byName(r, 'Bình')
        .decision('Lao động tiên tiến')
        .checks.find((c) => c.label === 'công tác ≥ 10 tháng')!.detail,
    ).toBe('không ghi số tháng công tác (coi là đủ năm)');
    expect(byName(r, 'Cường').decision('Lao động tiên tiến').status).toBe('proposed');
    // 14 months in a year is a typing error: said on its cell, and not taken as a number.
    const bad = r.findings.find((f) => f.code === 'NUMBER_INVALID')!;
    expect([bad.sheet, bad.cell, bad.candidate]).toEqual(['A', 'D7', 'Dung']);
  });
});

describe('the condition grammar', () => {
  const log = new FindingLog('vi');
  const tree = readCriteria(grid('Tiêu chí', [CRITERIA_HEAD, ['I', 'A', 60], ['1.1', 'B', 60]]), log)!;
  const above = [{ name: 'Lao động tiên tiến', key: 'lao dong tien tien', aliases: ['ldtt'] }] as never[];
  const ctx = { titlesAbove: above, allTitleNames: ['Lao động tiên tiến', 'Cờ thi đua'], criteria: tree };
  test.each([
    ['không kỷ luật', 'noDiscipline'],
    ['Không bị kỷ luật từ Cảnh cáo trở lên', 'noDiscipline'],
    ['khong ky luat tu canh cao', 'noDiscipline'],
    ['sáng kiến ≥ 1', 'initiatives'],
    ['sang kien >= 2', 'initiatives'],
    ['số sáng kiến từ 1 trở lên', 'initiatives'],
    ['nghỉ < 40 ngày', 'daysOff'],
    ['công tác ≥ 10 tháng', 'monthsWorked'],
    ['thoi gian cong tac >= 10 thang', 'monthsWorked'],
    ['làm việc từ 10 tháng trở lên', 'monthsWorked'],
    ['số tháng công tác ≥ 10', 'monthsWorked'],
    ['đạt Lao động tiên tiến', 'hasTitle'],
    ['không đạt LĐTT', 'hasTitle'],
    ['3 năm liên tục Chiến sĩ thi đua cơ sở', 'consecutive'],
    ['Nhóm I ≥ 50', 'criterion'],
    ['1.1 >= 20', 'criterion'],
    ['tổng điểm ≥ 90', 'totalScore'],
    ['xếp loại HTXSNV', 'rating'],
    ['tỷ lệ thành viên Lao động tiên tiến ≥ 70％', 'memberShareTitle'],
    ['tỷ lệ thành viên xếp loại HTNV trở lên ≥ 100%', 'memberShareRating'],
    ['có thành viên Lao động tiên tiến', 'hasMember'],
  ])('%s', (text, type) => {
    const r = parseConditions(text, ctx);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.conditions[0].type).toBe(type);
  });
  test('several conditions split by ";"', () => {
    const r = parseConditions('không kỷ luật; sáng kiến ≥ 1;  đạt Lao động tiên tiến', ctx);
    expect(r.ok && r.conditions.map((c) => c.type)).toEqual(['noDiscipline', 'initiatives', 'hasTitle']);
  });
  test.each([
    ['đạt Cờ thi đua', /dòng phía dưới/],
    ['đạt Huân chương Lao động', /không có danh hiệu/],
    ['9.9 ≥ 1', /không có tiêu chí/],
    ['có bằng đại học', /không khớp mẫu/],
    ['không kỷ luật từ nhắc nhở', /không nhận ra mức kỷ luật/],
  ])('%s is refused with a reason', (text, reason) => {
    const r = parseConditions(text, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.vi).toMatch(reason);
  });
});

describe('unusable input never crashes', () => {
  test('no campaign sheet: a finding, not usable', () => {
    const r = run([simpleCriteria(), roster('A', [[1, 'An', 'HTTNV', 0, '', 1, 1]])]);
    expect(r.usable).toBe(false);
    expect(r.findings[0]).toMatchObject({ code: 'CONFIG_SHEET_MISSING', sheet: 'Phong trào' });
  });
  test('broken criteria header names the missing column', () => {
    const r = run([
      campaign(),
      grid('Tiêu chí', [
        ['Mã', 'Nội dung'],
        ['1.1', 'x'],
      ]),
      titles([]),
    ]);
    expect(r.usable).toBe(false);
    expect(r.findings.find((f) => f.code === 'CONFIG_HEADER_MISSING')!.message).toContain('Điểm tối đa');
  });
  test('a bad number in the criteria is reported on its cell', () => {
    const r = run([campaign(), simpleCriteria([['1.1', 'A', 'mười']]), titles([])]);
    expect(r.findings.find((f) => f.code === 'CONFIG_BAD_NUMBER')).toMatchObject({ sheet: 'Tiêu chí', cell: 'C2' });
  });
});
