import { defineWords } from '../core/i18n/words';

/** What the command line says of options it cannot use. */
export const ARGS_WORDS = /*#__PURE__*/ defineWords(
  'cli.args',
  {
    missingValue: 'Tùy chọn "{option}" cần một giá trị theo sau.',
    yearNotDigits: '--year cần một năm viết bằng số (ví dụ 2026), không phải "{value}".',
    yearOutside: '--year {year} nằm ngoài khoảng {min}–{max}: kiểm tra lại năm của phong trào.',
    fromValue: '--from nhận tcvn3 hoặc vni, không phải "{value}".',
    unknownOption: 'Không hiểu tùy chọn "{option}".',
  },
  {
    missingValue: 'Option "{option}" needs a value after it.',
    yearNotDigits: '--year needs a year in digits (e.g. 2026), not "{value}".',
    yearOutside: "--year {year} is outside {min}–{max}: check the campaign's year.",
    fromValue: '--from takes tcvn3 or vni, not "{value}".',
    unknownOption: 'Unknown option "{option}".',
  },
);
