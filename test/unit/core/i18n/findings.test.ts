import { campaign, simpleCriteria, titles, units, roster, run, grid, byName, CRITERIA_HEAD } from '../../../support/grids';
import { FINDINGS } from '../../../../src/core/i18n/findings';

const LDTT = ['Lao động tiên tiến', 'Cá nhân', null, 'HTTNV', 'không kỷ luật; nghỉ < 40 ngày', null, '', null, '', 'Luật 06/2022'];
const base = () => [campaign(), simpleCriteria(), titles([LDTT])];

/** Each remaining finding, produced from a small book, with the sheet and cell it must point at. */
const cases: [string, () => ReturnType<typeof run>, string, string][] = [
  [
    'CAMPAIGN_NAME_MISSING',
    () =>
      run([
        grid('Phong trào', [
          ['Tên phong trào', ''],
          ['Năm', 2025],
        ]),
        simpleCriteria(),
        titles([]),
      ]),
    'Phong trào',
    'B1',
  ],
  ['CAMPAIGN_YEAR_MISSING', () => run([grid('Phong trào', [['Tên phong trào', 'X']]), simpleCriteria(), titles([])]), 'Phong trào', 'A1'],
  ['CONFIG_BAD_VALUE', () => run([campaign([['Làm tròn chỉ tiêu', 'Lên']]), simpleCriteria(), titles([])]), 'Phong trào', 'B3'],
  ['CONFIG_BAD_NUMBER', () => run([campaign([['Điểm thưởng tối đa', 'mười']]), simpleCriteria(), titles([])]), 'Phong trào', 'B3'],
  [
    'CRITERION_BAD_CODE',
    () =>
      run([
        campaign(),
        simpleCriteria([
          ['1.1', 'A', 10],
          ['x-y', 'B', 10],
        ]),
        titles([]),
      ]),
    'Tiêu chí',
    'A3',
  ],
  [
    'CRITERION_DUPLICATE',
    () =>
      run([
        campaign(),
        simpleCriteria([
          ['1.1', 'A', 10],
          ['1.1', 'B', 10],
        ]),
        titles([]),
      ]),
    'Tiêu chí',
    'A3',
  ],
  ['CRITERION_NO_MAX', () => run([campaign(), simpleCriteria([['1.1', 'A', null]]), titles([])]), 'Tiêu chí', 'C2'],
  ['CRITERIA_EMPTY', () => run([campaign(), grid('Tiêu chí', [CRITERIA_HEAD]), titles([])]), 'Tiêu chí', 'A1'],
  ['TITLES_EMPTY', () => run([campaign(), simpleCriteria(), titles([])]), 'Danh hiệu', 'A1'],
  ['TITLE_DUPLICATE', () => run([campaign(), simpleCriteria(), titles([LDTT, LDTT])]), 'Danh hiệu', 'A3'],
  ['TITLE_BAD_BASE', () => run([campaign(), simpleCriteria(), titles([['X', 'Cá nhân', null, '', '', 10, 'Huân chương', null, '', '']])]), 'Danh hiệu', 'G2'],
  [
    'UNIT_DUPLICATE',
    () =>
      run([
        ...base(),
        units([
          ['A', 'Phòng A'],
          ['A2', 'PHÒNG A'],
        ]),
      ]),
    'Đơn vị',
    'B3',
  ],
  [
    'HISTORY_BAD_ROW',
    () =>
      run([
        ...base(),
        grid('Lịch sử khen thưởng', [
          ['Họ và tên', 'Ngày sinh', 'Năm', 'Danh hiệu'],
          ['An', '31/02/1980', 2024, 'LĐTT'],
        ]),
      ]),
    'Lịch sử khen thưởng',
    'B2',
  ], // the unreadable date of birth itself
  ['DISCIPLINE_UNKNOWN', () => run([...base(), roster('A', [[1, 'An', 'HTTNV', 0, 'nhắc nhở', 1, 1]])]), 'A', 'E4'],
  [
    'NUMBER_INVALID',
    () =>
      run([
        ...base(),
        roster('A', [[1, 'An', 'HTTNV', 0, '', 1, 1, 'nhiều']], ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', 'Số ngày nghỉ']),
      ]),
    'A',
    'H4',
  ],
  ['DATE_INVALID', () => run([...base(), roster('A', [[1, 'An', '31/02/1980', 1, 1]], ['STT', 'Họ và tên', 'Ngày sinh', '1.1', '1.2'])]), 'A', 'C4'],
  ['TOTAL_NOT_NUMBER', () => run([...base(), roster('A', [[1, 'An', 1, 1, 'hai']], ['STT', 'Họ và tên', '1.1', '1.2', 'Tổng điểm'])]), 'A', 'E4'],
  ['FORMULA_ERROR', () => run([...base(), roster('A', [[1, 'An', '#VALUE!', 1]], ['STT', 'Họ và tên', '1.1', '1.2'])]), 'A', 'C4'],
  [
    'TITLE_REQUEST_UNKNOWN',
    () => run([...base(), roster('A', [[1, 'An', 1, 1, 'Huân chương Lao động']], ['STT', 'Họ và tên', '1.1', '1.2', 'Danh hiệu đề nghị'])]),
    'A',
    'E4',
  ],
  [
    'DUPLICATE_NAME_NO_ID',
    () =>
      run([
        ...base(),
        roster('A', [[1, 'Lê Văn An', 1, 1]], ['STT', 'Họ và tên', '1.1', '1.2']),
        roster('B', [[1, 'Lê Văn An', 1, 1]], ['STT', 'Họ và tên', '1.1', '1.2']),
      ]),
    'B',
    'B4',
  ],
  [
    'EVIDENCE_COLUMN_MISSING',
    () =>
      run([
        campaign(),
        grid('Tiêu chí', [CRITERIA_HEAD, ['1.1', 'A', 10, '', null, null, 'Bắt buộc']]),
        titles([]),
        roster('A', [[1, 'An', 5]], ['STT', 'Họ và tên', '1.1']),
      ]),
    'A',
    'A3',
  ],
  ['UNITS_SHEET_MISSING', () => run(base()), 'Đơn vị', ''],
  [
    'UNIT_DATE_INVALID',
    () =>
      run([
        ...base(),
        grid('Đơn vị', [
          ['Mã đơn vị', 'Tên đơn vị', 'Hạn nộp', 'Ngày nộp'],
          ['A', 'Phòng A', 'cuối tháng 12', null],
        ]),
      ]),
    'Đơn vị',
    'C2',
  ],
];

describe('every finding points at its cell', () => {
  test.each(cases)('%s', (code, make, sheet, cell) => {
    const r = make();
    const f = r.findings.find((x) => x.code === code);
    expect(f).toBeDefined();
    expect({ sheet: f!.sheet, cell: f!.cell }).toEqual({ sheet, cell });
    expect(f!.message.length).toBeGreaterThan(10);
    expect(f!.fix.length).toBeGreaterThan(5);
  });

  test('every finding has Vietnamese and English text and a way to fix it', () => {
    for (const [code, t] of Object.entries(FINDINGS)) {
      expect([code, t.vi.length > 0, t.en.length > 0, t.fixVi.length > 0, t.fixEn.length > 0]).toEqual([code, true, true, true, true]);
      expect(t.vi).not.toEqual(t.en);
    }
  });
});

describe('conditions evaluated on real rows', () => {
  test('days off, a group subtotal and the total', () => {
    const r = run([
      campaign(),
      simpleCriteria(),
      titles([LDTT, ['Giỏi', 'Cá nhân', null, '', 'Nhóm I ≥ 90; tổng điểm ≥ 95', null, '', null, '', '']]),
      roster(
        'A',
        [
          [1, 'An', 'HTTNV', 0, '', 50, 45, 5, 0, 12],
          [2, 'Bình', 'HTTNV', 0, '', 50, 40, 0, 0, 45],
        ],
        ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', 'C1', 'T1', 'Số ngày nghỉ'],
      ),
    ]);
    expect(byName(r, 'An').titles).toEqual(['Lao động tiên tiến', 'Giỏi']);
    expect(
      byName(r, 'Bình')
        .decision('Lao động tiên tiến')
        .checks.find((c) => !c.ok)!.detail,
    ).toBe('nghỉ 45 ngày');
    expect(
      byName(r, 'Bình')
        .decision('Giỏi')
        .checks.map((c) => c.ok),
    ).toEqual([true, false]);
  });
});
