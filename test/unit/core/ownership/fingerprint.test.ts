/**
 * The data fingerprint is kept in workbooks (the log, the import records, the marker): it must
 * hash exactly the bytes it always hashed. The reference below is the first implementation,
 * string by string; the one in use writes bytes into a buffer.
 */
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { CellValue, SheetGrid } from '../../../../src/sheet/grid';
import { fingerprintSheets } from '../../../../src/core/ownership/fingerprint';
import { pureJsSha256Hex } from '../../../../src/sheet/sha256';

function reference(sheets: SheetGrid[]): string {
  const h = createHash('sha256');
  for (const s of sheets) {
    h.update(`\u0001${s.name}\u0002`, 'utf8');
    const parts: string[] = [];
    for (let r = 0; r < s.rows.length; r++) {
      const row = s.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (v === null || v === undefined || v === '') continue;
        parts.push(`${r},${c}:${typeof v === 'string' ? v.normalize('NFC') : String(v)}`);
      }
      if (parts.length > 2000) {
        h.update(parts.join('\u0003'), 'utf8');
        parts.length = 0;
      }
    }
    h.update(parts.join('\u0003'), 'utf8');
  }
  return h.digest('hex');
}

const text = fc.oneof(
  fc.constantFrom('', 'Nguyễn Văn An', 'Nguyễn Văn An'.normalize('NFD'), 'HTXSNV', 'a\u0301', '\u212b', '\u0344', '😀 x', 'Đ'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const value: fc.Arbitrary<CellValue> = fc.oneof(text, fc.double({ noNaN: false }), fc.integer({ min: -1e6, max: 1e9 }), fc.boolean(), fc.constant(null));
const sheet = fc.record({ name: text, rows: fc.array(fc.array(value, { maxLength: 30 }), { maxLength: 12 }) }) as fc.Arbitrary<SheetGrid>;

describe('the data fingerprint hashes the same bytes as ever', () => {
  test('random sheets: values of every kind, text in any form', () => {
    fc.assert(
      fc.property(fc.array(sheet, { maxLength: 4 }), (sheets) => {
        expect(fingerprintSheets(sheets)).toBe(reference(sheets));
      }),
      { numRuns: 400 },
    );
  });

  test('a sheet past the old chunks (more than 2,000 values after a row), rows left out, and texts longer than the buffer', () => {
    const rows: CellValue[][] = [];
    for (let r = 0; r < 400; r++)
      rows[r] =
        r % 7 === 3
          ? (undefined as unknown as CellValue[])
          : Array.from({ length: 13 }, (_, c) => (c % 3 === 0 ? `Phòng ${r}-${c}` : c % 3 === 1 ? r * 0.25 - c : ''));
    rows.push(['x'.repeat(70000), 'ệ'.repeat(30000), 'e\u0302\u0323'.repeat(9000)]);
    // Rows of ten values: exactly 2,000 after row 200 (no cut), 2,010 after row 201 (a cut); with
    // one value first, exactly 2,001 (a cut).
    const even = Array.from({ length: 250 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const sheets: SheetGrid[] = [
      { name: 'DV001', rows },
      { name: 'Đơn vị', rows: [[1, 'a'], [], [null, true]] },
      { name: 'DV002', rows: even },
      { name: 'DV003', rows: [[0], ...even] },
    ];
    expect(fingerprintSheets(sheets)).toBe(reference(sheets));
  });

  test("the same print with the pure-JS hash (the pane) as with Node's", () => {
    const sheets: SheetGrid[] = [
      {
        name: 'Tiêu chí',
        rows: [
          ['Mã', 'Nội dung'],
          ['1.1', 'Hoàn thành tốt nhiệm vụ'.normalize('NFD')],
          [2, 3.5],
        ],
      },
    ];
    const hex = fingerprintSheets(sheets);
    expect(hex).toBe(reference(sheets));
    // The print is a plain SHA-256 of its bytes: the pure-JS digest of the same bytes is the same.
    const bytes = Buffer.from(
      `\u0001Tiêu chí\u00020,0:Mã\u00030,1:Nội dung\u00031,0:1.1\u00031,1:${'Hoàn thành tốt nhiệm vụ'}\u00032,0:2\u00032,1:3.5`,
      'utf8',
    );
    expect(pureJsSha256Hex(new Uint8Array(bytes))).toBe(hex);
  });
});
