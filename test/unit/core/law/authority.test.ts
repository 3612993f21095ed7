import { authorityText, decidedByAgency, decidingAuthority } from '../../../../src/core/law/authority';
import { channelOf } from '../../../../src/core/law/channels';
import { postingDaysFor, postingEnd } from '../../../../src/core/law/posting';

/** Who decides, by date (Law Art. 80; Decree 129/2025 Art. 59), and the channel a proposal travels by. */
describe('decidingAuthority / decidedByAgency', () => {
  test.each([
    ['Lao động tiên tiến', 'agencyHead', null],
    ['Chiến sĩ thi đua cơ sở', 'agencyHead', null],
    ['Tập thể lao động tiên tiến', 'agencyHead', null],
    ['Giấy khen của Giám đốc Sở', 'agencyHead', null],
    ['Tập thể lao động xuất sắc', 'provincialChair', 'standing'],
    ['Bằng khen của Chủ tịch UBND tỉnh', 'provincialChair', 'standing'],
    ['Chiến sĩ thi đua cấp tỉnh', 'provincialChair', 'council'],
    ['Cờ thi đua cấp tỉnh', 'provincialChair', 'council'],
    ['Kỷ niệm chương Vì sự nghiệp Xây dựng', 'minister', null],
    ['Chiến sĩ thi đua toàn quốc', 'central', null],
  ])('%s → %s', (title, who, review) => {
    const a = decidingAuthority(title, '2026-01-15')!;
    expect([a.authority, a.review, a.exists, a.tag]).toEqual([who, review, true, 'C']);
    expect(decidedByAgency(title, '2026-01-15')).toBe(who === 'agencyHead');
  });
  test('a district form: decided by the district chairman until 30/06/2025, nobody after', () => {
    expect(decidingAuthority('Giấy khen của Chủ tịch UBND huyện', '2025-06-30')).toMatchObject({ authority: 'districtChair', exists: true });
    expect(decidingAuthority('Giấy khen của Chủ tịch UBND huyện', '2025-07-01')).toMatchObject({
      authority: 'districtChair',
      exists: false,
      ended: '2025-06-30',
    });
    expect(decidedByAgency('Giấy khen của Chủ tịch UBND huyện', '2025-07-01')).toBe(false);
  });
  test('worded for people', () => {
    expect(authorityText(decidingAuthority('Bằng khen của Chủ tịch UBND tỉnh', '2026-01-15')!, 'vi')).toBe('Chủ tịch UBND tỉnh (Thường trực Hội đồng xét)');
    expect(authorityText(decidingAuthority('Cờ thi đua cấp tỉnh', '2026-01-15')!, 'en')).toBe('Provincial chairman (reviewed by the full council)');
    expect(decidingAuthority('Danh hiệu lạ', '2026-01-15')).toBeNull();
  });
});

describe('channels and posting days', () => {
  test('the ministry’s forms go by the ministry, the rest by the province', () => {
    expect(channelOf('Kỷ niệm chương Vì sự nghiệp Xây dựng', '2026-01-15')).toBe('ministry');
    expect(channelOf('Cờ thi đua của Bộ Xây dựng', '2026-01-15')).toBe('ministry');
    expect(channelOf('Bằng khen của Chủ tịch UBND tỉnh', '2026-01-15')).toBe('province');
    expect(channelOf('Huân chương Lao động hạng Ba', '2026-01-15')).toBe('province');
  });
  test('7 working days for local forms, 10 for state-level ones; the end date skips weekends', () => {
    expect(postingDaysFor('Bằng khen của Chủ tịch UBND tỉnh', '2026-01-15').days).toBe(7);
    expect(postingDaysFor('Huân chương Lao động hạng Ba', '2026-01-15').days).toBe(10);
    // Monday 05/01/2026 + 7 working days: Tuesday 13/01/2026.
    expect(postingEnd('2026-01-05', 7)).toBe('2026-01-13');
    expect(postingEnd('2026-01-03', 1)).toBe('2026-01-05');
  });
});
