import { CellValue } from '../../../src/sheet/grid';
import { SheetModel } from '../../../src/sheet/sheetModel';
import { checkOf, decision, rankOnFile, sheet, templateSheets } from '../../support/book';

/** `Đăng ký thi đua`, optional: a proposal without registration is a warning, or a block when the campaign says so. */
const CSTD = 'Chiến sĩ thi đua cơ sở';
const HEAD = ['STT', 'Họ và tên', 'Ngày sinh', 'Xếp loại', 'Sáng kiến', '1.1', '1.2', '1.3', '2.1', '2.2', '3.1', '4.1', '4.2'];
const row = (i: number, name: string): CellValue[] => [i, name, `0${i}/01/1985`, 'HTXSNV', 1, 30, 20, 10, 10, 10, 10, 5, 5];
const VP = sheet('VP', [['BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025 – VP'], [], HEAD, row(1, 'An'), row(2, 'Bình')]);
const REG = sheet('Đăng ký thi đua', [
  ['ĐĂNG KÝ THI ĐUA NĂM 2025'],
  [],
  ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Danh hiệu đăng ký'],
  [1, 'An', 'Văn phòng', CSTD],
  [2, 'An', 'Văn phòng', 'Lao động tiên tiến'],
  [3, 'Bình', 'Văn phòng', 'Lao động tiên tiến'],
  [4, 'Cường', '', 'Huân chương Lao động'],
]);

function config(required?: 'Có'): SheetModel[] {
  const models = templateSheets();
  if (required) models.find((m) => m.name === 'Phong trào')!.rows.find((r) => r?.[0] === 'Bắt buộc đăng ký thi đua')![1] = required;
  return models;
}

test('not required (the default): proposed, with a warning on the name naming the basis', async () => {
  const job = await rankOnFile([...config(), VP, REG]);
  expect(decision(job, 'Bình', CSTD).status).toBe('proposed');
  const f = job.result.findings.filter((x) => x.code === 'REGISTRATION_MISSING');
  expect(f.map((x) => [x.sheet, x.cell, x.severity, x.message])).toEqual([
    [
      'VP',
      'B5',
      'warning',
      expect.stringMatching(
        /^"Bình" được đề xuất "Chiến sĩ thi đua cơ sở" nhưng không có trong sheet "Đăng ký thi đua" \(đăng ký không bắt buộc: Chưa thấy quy định quốc gia hiện hành bắt buộc đăng ký.*\[R\]\)\.$/,
      ),
    ],
  ]);
  // The sheet is read as registration, never as a score sheet; an unknown title is said on its cell.
  expect(job.result.skipped.map((s) => s.sheet)).not.toContain('Đăng ký thi đua');
  expect(job.result.findings.find((x) => x.code === 'REGISTRATION_TITLE_UNKNOWN')).toMatchObject({ sheet: 'Đăng ký thi đua', cell: 'D7' });
});

test('required by the campaign: the unregistered proposal is blocked, the explanation says why', async () => {
  const job = await rankOnFile([...config('Có'), VP, REG]);
  expect(decision(job, 'An', CSTD).status).toBe('proposed');
  const b = decision(job, 'Bình', CSTD);
  expect(b.status).toBe('notEligible');
  expect(checkOf(b, /đăng ký/)).toMatchObject({
    ok: false,
    label: 'đã đăng ký thi đua (bắt buộc theo sheet "Phong trào")',
    detail: 'không có trong sheet "Đăng ký thi đua"',
  });
  expect(job.result.findings.map((x) => x.code)).not.toContain('REGISTRATION_MISSING');
});
