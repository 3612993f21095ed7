import { OwnSheetsBlockedError } from '../../../../src/host/office/roundtripRecords';
import { roundTripError } from '../../../../src/taskpane/features/roundtrip/strings';

describe("the round trip's failures as staff read them", () => {
  test('a blocked own sheet is named, in the language shown', () => {
    const e = new OwnSheetsBlockedError(['_ThiDua nhập']);
    expect(roundTripError(e, 'vi')).toMatch(/^Chưa ghi gì: sheet "_ThiDua nhập" đã bị sửa/);
    expect(roundTripError(e, 'en')).toMatch(/^Nothing was written: sheet "_ThiDua nhập" was edited/);
  });

  test("Excel's known errors are worded; anything else never shows a library's text", () => {
    expect(roundTripError({ code: 'InvalidOperationInCellEditMode', message: 'internal' }, 'vi')).toMatch(/chế độ sửa ô/);
    const odd = new TypeError("Cannot read properties of undefined (reading 'getItem')");
    for (const lang of ['vi', 'en'] as const) {
      const text = roundTripError(odd, lang);
      expect(text).not.toMatch(/getItem|undefined|TypeError/);
      expect(text.length).toBeGreaterThan(40);
    }
  });
});
