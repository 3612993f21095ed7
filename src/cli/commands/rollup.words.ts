import { defineWords } from '../../core/i18n/words';

/** What `thidua rollup` says. */
export const ROLLUP_CLI_WORDS = /*#__PURE__*/ defineWords(
  'cli.rollup',
  {
    usage: 'Cách dùng: thidua rollup <a.xlsx> <b.xlsx> … [--rules cap-tren.xlsx] -o <tong-hop.xlsx> [--export <nhap.xlsx>] [--json]',
    rulesBook: 'Sổ quy định cấp trên: {error}',
    rolledUp: 'Tổng hợp {count} tệp → {out}',
    fileAccepted: '  ✓ {file} ({agency}): mã {recomputedCode}; {rows} đề nghị: {accepted} đồng ý, {review} xem xét, {returned} trả lại',
    reply: '      trả lời: {file}',
    acrossFiles: 'Giữa các tệp:',
    error: 'Lỗi',
    warning: 'Cảnh báo',
    result: 'Kết quả: {count} đề nghị trong hồ sơ tổng hợp; mã kiểm tra {checkCode}.',
  },
  {
    usage: 'Usage: thidua rollup <a.xlsx> <b.xlsx> … [--rules upper.xlsx] -o <rollup.xlsx> [--export <import.xlsx>] [--json]',
    rulesBook: 'Rules book: {error}',
    rolledUp: 'Rolled up {count} file(s) → {out}',
    fileAccepted: '  ✓ {file} ({agency}): code {recomputedCode}; {rows} proposal(s): {accepted} accepted, {review} to review, {returned} returned',
    reply: '      reply: {file}',
    acrossFiles: 'Across files:',
    error: 'Error',
    warning: 'Warning',
    result: 'Result: {count} proposal(s) in the roll-up; check code {checkCode}.',
  },
);
