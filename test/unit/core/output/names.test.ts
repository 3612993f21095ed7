import { resolveOutputNames, safeSheetName } from '../../../../src/core/output/names';

test("a taken name of 31 characters is numbered within Excel's limit (cutting the suffix off looped forever)", () => {
  const long = 'Đề nghị khen thưởng năm 2025 X'.padEnd(31, 'Y');
  expect(long).toHaveLength(31);
  const { names, findings } = resolveOutputNames([long, `${long.slice(0, 27)} (2)`], [], [long], 'vi');
  expect(names.get(long)).toBe(`${long.slice(0, 27)} (3)`);
  expect(names.get(long)).toHaveLength(31);
  expect(findings.map((f) => f.code)).toEqual(['OUTPUT_NAME_TAKEN']);
  expect(safeSheetName('a/b:c', () => false)).toBe('a-b-c');
});
