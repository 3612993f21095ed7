import { headerKey } from '../../../../src/core/config/table';
import {
  ROLE_LABELS,
  ROLE_PHRASES,
  isFormField,
  isSectionHeading,
  isSignatureFolded,
  isTotalLabel,
  nameHeaderKind,
  roleOf,
  rowFormRole,
  subKind,
} from '../../../../src/core/sheets/vocabulary';
import { fold } from '../../../../src/core/text/normalize';

const k = (t: string) => headerKey(t);

describe('the header vocabulary', () => {
  test('every exact phrase of a role is read as that role (the table is the data, the matcher honours it)', () => {
    for (const [role, phrases] of ROLE_PHRASES)
      for (const p of phrases)
        if (
          !ROLE_PHRASES.some(
            ([r2, ps]) => r2 !== role && ps.includes(p) && ROLE_PHRASES.findIndex(([x]) => x === r2) < ROLE_PHRASES.findIndex(([x]) => x === role),
          )
        )
          expect([p, roleOf(p)]).toEqual([p, role]);
  });

  test('every role has a Vietnamese and an English label', () => {
    for (const [role] of ROLE_PHRASES) expect(ROLE_LABELS[role].vi.length * ROLE_LABELS[role].en.length).toBeGreaterThan(0);
  });

  test.each([
    ['Họ và tên', 'individual'],
    ['Họ tên cán bộ', 'individual'],
    ['HỌ VÀ TÊN', 'individual'],
    ['Ho va ten', 'individual'],
    ['Tên tập thể', 'collective'],
    ['Tên đơn vị / tập thể', 'collective'],
    ['Tên quận - huyện', 'collective'],
    ['Tên xã, phường, thị trấn', 'collective'],
    ['Tên tập thể/cá nhân/hộ gia đình', 'mixed'],
    ['Tên tiêu chí', null],
    ['Tên danh hiệu', null],
    ['Nội dung', null],
  ])('name column: "%s" → %s', (h, kind) => expect(nameHeaderKind(k(h))).toBe(kind));

  test.each([
    ['Tự chấm', 'self'],
    ['Điểm tự chấm', 'self'],
    ['Điểm chấm', 'self'],
    ['Đơn vị tự chấm', 'self'],
    ['Thẩm định', 'appraised'],
    ['Điểm phúc tra', 'appraised'],
    ['Điểm đoàn kiểm tra', 'appraised'],
    ['Điểm khối chấm', 'appraised'],
    ['Điểm Hội đồng', 'appraised'],
    ['Điểm chuẩn', null],
    ['Công tác kiểm tra', null],
  ])('score kind: "%s" → %s', (h, kind) => expect(subKind(k(h))).toBe(kind));

  test.each([
    ['Tổng điểm đạt được', 'total'],
    ['Xếp loại năm 2025', 'rating'],
    ['Chức vụ hiện nay', 'position'],
    ['Số sáng kiến được công nhận', 'initiatives'],
    ['Hình thức kỷ luật (nếu có)', 'discipline'],
    ['Danh hiệu đề nghị', 'requested'],
    ['Ghi chú', 'note'],
    ['Minh chứng', 'evidence'],
    ['Số ngày nghỉ trong năm', 'daysOff'],
  ])('role by its words: "%s" → %s', (h, role) => expect(roleOf(k(h))).toBe(role));

  test.each([
    ['STT', 'code'],
    ['Nội dung đánh giá', 'content'],
    ['Nội dung tiêu chí', 'content'],
    ['Điểm chuẩn', 'maxPoints'],
    ['Điểm chấm', 'self'],
    ['Điểm phúc tra', 'appraised'],
    ['Đơn vị phúc tra', 'appraiser'],
    ['Giải trình', 'evidence'],
  ])('criteria-rows form: "%s" → %s', (h, role) => expect(rowFormRole(k(h))).toBe(role));

  test('title-block fields are not headers', () => {
    expect(isFormField('Tên đơn vị: ……………………')).toBe(true);
    expect(isFormField('Họ và tên: ........')).toBe(true);
    expect(isFormField('Đơn vị: Phòng KHTC')).toBe(true);
    expect(isFormField('Tên đơn vị')).toBe(false);
  });
});

describe('total rows: never by folding alone', () => {
  test.each([
    'Tổng cộng',
    'TỔNG CỘNG',
    'Cộng',
    'Cộng:',
    'Cộng (A+B+C)',
    'TỔNG CỘNG (A+B+C)',
    'Tổng số',
    'Tổng',
    'Tong cong',
    'Cong',
    'Tổng cộng toàn đơn vị',
    'Cộng I+II+III',
  ])('"%s" is a total', (t) => expect(isTotalLabel(t)).toBe(true));
  test.each([
    'Công an tỉnh Quảng Bình',
    'Công ty Điện lực',
    'Công tác tuyên truyền',
    'Cộng đồng dân cư',
    'Cong an tinh',
    'Cong ty Dien luc',
    'Tống Văn Cộng',
    'Tông Thị Hà',
    'Tổng công ty Điện lực',
    'Sở Tư pháp',
  ])('"%s" is not', (t) => expect(isTotalLabel(t)).toBe(false));
});

describe('signature blocks and section headings', () => {
  test.each([
    'Người lập biểu',
    'TRƯỞNG KHỐI',
    'PHÓ TRƯỞNG KHỐI',
    'THƯ KÝ',
    'CHỦ TỊCH',
    'Kế toán',
    'KẾ TOÁN TRƯỞNG',
    'TM. BAN CHẤP HÀNH',
    'KT. GIÁM ĐỐC',
    'Q. TRƯỞNG PHÒNG',
    'TL. GIÁM ĐỐC',
    'Thủ trưởng đơn vị',
    'Quảng Bình, ngày 15 tháng 12 năm 2025',
    'Nơi nhận:',
  ])('"%s" opens a signature block', (t) => expect(isSignatureFolded(fold(t))).toBe(true));
  test.each(['Nguyễn Văn An', 'Trương Quang Sáng', 'Thư viện tỉnh', 'Quận 1', 'Kho bạc Nhà nước'])('"%s" does not', (t) =>
    expect(isSignatureFolded(fold(t))).toBe(false),
  );
  test('section headings', () => {
    expect(isSectionHeading(fold('I. Cụm Thi đua 1'), '')).toBe(true);
    expect(isSectionHeading(fold('Khối văn phòng'), '')).toBe(true);
    expect(isSectionHeading(fold('Lãnh đạo phòng'), 'II')).toBe(true);
    expect(isSectionHeading(fold('Nguyễn Văn An'), '')).toBe(false);
  });
});
