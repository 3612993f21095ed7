import { defineWords } from '../../core/i18n/words';

/** What `thidua convert` prints. */
export const CONVERT_WORDS = /*#__PURE__*/ defineWords(
  'cli.convert',
  {
    needs: 'Cần <sổ.xlsx> và -o <bản-sao.xlsx>.',
    nothing: 'Không có ô nào gõ bằng bảng mã cũ: không ghi bản sao.',
    sheet: 'Sheet "{sheet}" ({encoding}): {n} ô đã chuyển sang Unicode.',
    more: '  … và {n} ô khác.',
    written: 'Đã ghi bản sao: {file}. Kiểm tra lại các ô trên trước khi dùng.',
  },
  {
    needs: 'Needs <book.xlsx> and -o <copy.xlsx>.',
    nothing: 'No cell in a legacy encoding: no copy written.',
    sheet: 'Sheet "{sheet}" ({encoding}): {n} cell(s) converted to Unicode.',
    more: '  … and {n} more.',
    written: 'Copy written: {file}. Check the cells above before using it.',
  },
);
