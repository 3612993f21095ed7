import { defineWords } from '../../core/i18n/words';

/** What `thidua consolidate` says. */
export const CONSOLIDATE_WORDS = /*#__PURE__*/ defineWords(
  'cli.consolidate',
  {
    usage: 'Cách dùng: thidua consolidate <sổ.xlsx> -o <gui-cap-tren.xlsx> [--export <nhap-he-thong.xlsx>] [--json]',
    extraArgument: 'Thừa tham số "{argument}"',
    noCampaign: '"{file}" chưa có sheet "Phong trào" và "Tiêu chí" dùng được: không lập được hồ sơ gửi cấp trên.',
    upwardWorkbook: 'Hồ sơ gửi cấp trên: {out}',
    heading: '  {agency} · {campaign}{year}',
    proposals: '  {count} đề nghị thuộc thẩm quyền cấp trên:',
    checkCode: '  Mã kiểm tra: {checkCode} (in trên bản giấy; cấp trên kiểm bằng "thidua rollup")',
    errorsLeft: '  Sổ còn {errors} lỗi chưa sửa (xem sheet "Kiểm tra" của hồ sơ).',
    exportFile: 'Tệp nhập hệ thống tỉnh: {export}',
    otherDossier: 'Hồ sơ gửi {channel}: {file} ({rows} đề nghị; mã kiểm tra {checkCode})',
  },
  {
    usage: 'Usage: thidua consolidate <book.xlsx> -o <upward.xlsx> [--export <import.xlsx>] [--json]',
    extraArgument: 'Unexpected argument "{argument}"',
    noCampaign: '"{file}" has no usable campaign and criteria: no upward workbook made.',
    upwardWorkbook: 'Upward workbook: {out}',
    heading: '  {agency} · {campaign}{year}',
    proposals: '  {count} proposal(s) for upper-level forms:',
    checkCode: '  Check code: {checkCode} (printed on the paper; verified by "thidua rollup")',
    errorsLeft: '  The book still has {errors} error(s) (see "Kiểm tra").',
    exportFile: 'Provincial import file: {export}',
    otherDossier: 'Dossier for {channel}: {file} ({rows} proposal(s); check code {checkCode})',
  },
);
