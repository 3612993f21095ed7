import { defineWords } from '../../core/i18n/words';

/** What `thidua validate` and `thidua rank` print. */
export const CHECK_WORDS = /*#__PURE__*/ defineWords(
  'cli.check',
  {
    noFile: 'Thiếu đường dẫn sổ tính .xlsx.',
    edited:
      'Sheet {sheets} do add-in tạo đã bị sửa tay từ lần chạy trước: không ghi đè để khỏi mất phần đã sửa (ghi chú ở cột "Ghi chú" của "Đề nghị khen thưởng" luôn được giữ).',
    unverified: 'Sheet {sheets} do phiên bản cũ của add-in ghi, không có dấu vân tay để biết đã bị sửa hay chưa: không ghi đè.',
    forceHint: 'Chép phần cần giữ sang sheet khác, hoặc chạy lại với --force để ghi đè. Chưa ghi tệp nào.',
    blocked: 'Không ghi được bản sao: sheet {sheets} không phải của add-in nhưng trùng tên sheet kết quả. Đổi tên sheet đó rồi chạy lại. Chưa ghi tệp nào.',
    campaign: 'Phong trào: {campaign}',
    sheets: 'Bảng chấm điểm: {sheets} sheet, {candidates} ứng viên.',
    skipped: 'Bỏ qua (không phải bảng chấm điểm): {sheets}',
    counts: 'Kiểm tra: {errors} lỗi, {warnings} cảnh báo.',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    more: '  … và {n} mục khác (xem sheet "Kiểm tra").',
    titlesProposed: 'Đề xuất danh hiệu:',
    topOf: 'Dẫn đầu ({label}):',
    top: 'Dẫn đầu:',
    written: 'Đã ghi kết quả vào: {file}',
    unusable: 'Sổ tính chưa có phong trào/tiêu chí dùng được: không xếp hạng. Thêm các sheet "Phong trào" và "Tiêu chí" (lệnh thidua template tạo mẫu).',
  },
  {
    noFile: 'The path of the .xlsx workbook is missing.',
    edited:
      'Generated sheet(s) {sheets} were edited by hand since the last run: not replaced, so the edits are not lost (notes in the "Ghi chú" column of "Đề nghị khen thưởng" are always kept).',
    unverified: 'Sheet(s) {sheets} were written by an older version that kept no fingerprint, so edits cannot be ruled out: not replaced.',
    forceHint: 'Copy what you need to another sheet, or run again with --force to replace them. Nothing was written.',
    blocked: "The copy was not written: sheet(s) {sheets} are not the add-in's but hold a result sheet's name. Rename them and run again. Nothing was written.",
    campaign: 'Campaign: {campaign}',
    sheets: 'Score sheets: {sheets}, candidates: {candidates}.',
    skipped: 'Skipped: {sheets}',
    counts: 'Validation: {errors} error(s), {warnings} warning(s).',
    error: 'Error',
    warning: 'Warning',
    more: '  … and {n} more (see "Kiểm tra").',
    titlesProposed: 'Titles proposed:',
    topOf: 'Top ({label}):',
    top: 'Top:',
    written: 'Results written to: {file}',
    unusable: 'No usable campaign or criteria: nothing ranked. Add the "Phong trào" and "Tiêu chí" sheets (thidua template makes them).',
  },
);
