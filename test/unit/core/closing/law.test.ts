import {
  BASE_SALARY,
  DETAILING_DECREE,
  MULTIPLES,
  agencyDecidesForClosing,
  formatDong,
  formatMultiple,
  inForce,
  multipleOf,
  rewardAmount,
} from '../../../../src/core/closing/law';

describe('closing-the-year legal data (domain.md §8)', () => {
  test('the base salary in force on the decision date: 2,340,000 đ [C] until 30/06/2026, 2,530,000 đ [R] from 01/07/2026', () => {
    expect(inForce(BASE_SALARY, '2024-06-30')).toBeNull();
    expect(inForce(BASE_SALARY, '2025-12-26')).toMatchObject({ value: 2_340_000, tag: 'C' });
    expect(inForce(BASE_SALARY, '2026-06-30')).toMatchObject({ value: 2_340_000 });
    expect(inForce(BASE_SALARY, '2026-07-01')).toMatchObject({ value: 2_530_000, tag: 'R' });
    expect(inForce(DETAILING_DECREE, '2025-06-30')!.basis).toBe('Nghị định 98/2023/NĐ-CP');
    expect(inForce(DETAILING_DECREE, '2025-07-01')!.basis).toBe('Nghị định 152/2025/NĐ-CP');
  });

  test('rounding to tens of thousands: up (the text) and nearest (published examples, [U])', () => {
    // 0,3 × 2.340.000 = 702.000; 0,8 × 2.340.000 = 1.872.000; 1,5 × 2.530.000 = 3.795.000.
    expect(rewardAmount(30, 2_340_000, 'up')).toBe(710_000);
    expect(rewardAmount(30, 2_340_000, 'nearest')).toBe(700_000);
    expect(rewardAmount(80, 2_340_000, 'up')).toBe(1_880_000);
    expect(rewardAmount(80, 2_340_000, 'nearest')).toBe(1_870_000);
    expect(rewardAmount(150, 2_530_000, 'up')).toBe(3_800_000);
    expect(rewardAmount(150, 2_530_000, 'nearest')).toBe(3_800_000);
    // Already whole tens of thousands: unchanged either way (no float drift upward).
    expect(rewardAmount(100, 2_340_000, 'up')).toBe(2_340_000);
    expect(rewardAmount(300, 2_530_000, 'up')).toBe(7_590_000);
  });

  test('multiples by title and subject, each with its basis and tag; forms apart from titles', () => {
    expect(multipleOf('Lao động tiên tiến', 'individual')).toMatchObject({ hundredths: 30, kind: 'title', tag: 'C' });
    expect(multipleOf('Tập thể lao động tiên tiến', 'collective')).toMatchObject({ hundredths: 80, kind: 'title' });
    expect(multipleOf('Chiến sĩ thi đua cơ sở', 'individual')).toMatchObject({ hundredths: 100 });
    expect(multipleOf('Giấy khen', 'individual')).toMatchObject({ hundredths: 30, kind: 'form', tag: 'C-old' });
    expect(multipleOf('Giấy khen', 'collective')).toMatchObject({ hundredths: 60, kind: 'form', tag: 'R' });
    expect(multipleOf('Danh hiệu lạ', 'individual')).toBeNull();
    for (const m of MULTIPLES) expect(m.basis.length).toBeGreaterThan(5);
  });

  test('money and multiples as staff write them', () => {
    expect(formatDong(1_000_000)).toBe('1.000.000 đ');
    expect(formatDong(710_000)).toBe('710.000 đ');
    expect(formatDong(0)).toBe('0 đ');
    expect(formatMultiple(30)).toBe('0,3');
    expect(formatMultiple(100)).toBe('1');
  });

  test('the agency decides LĐTT, CSTĐCS, Tập thể LĐTT and Giấy khen; the others go upward (the law’s table on the decision date)', () => {
    for (const t of ['Lao động tiên tiến', 'Chiến sĩ thi đua cơ sở', 'Tập thể lao động tiên tiến', 'Giấy khen'])
      expect(agencyDecidesForClosing(t, '2025-12-26')).toBe(true);
    for (const t of ['Chiến sĩ thi đua cấp tỉnh', 'Tập thể lao động xuất sắc', 'Bằng khen của Chủ tịch UBND tỉnh', 'Cờ thi đua cấp tỉnh'])
      expect(agencyDecidesForClosing(t, '2025-12-26')).toBe(false);
  });
});
