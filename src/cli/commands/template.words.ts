import { defineWords } from '../../core/i18n/words';

/** What `thidua template` prints. */
export const TEMPLATE_WORDS = /*#__PURE__*/ defineWords(
  'cli.template',
  {
    needs: 'Cần -o <tệp.xlsx> để ghi sổ tính mẫu.',
    written: 'Đã tạo sổ tính mẫu: {file}',
  },
  {
    needs: 'Needs -o <file.xlsx> to write the template.',
    written: 'Template written: {file}',
  },
);
