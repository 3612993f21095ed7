import { defineWords } from '../../core/i18n/words';

/** What `thidua templates` says about the files it writes (and will not write). */
export const TEMPLATE_FILE_WORDS = defineWords(
  'cli.templates',
  {
    notFolder: '"{path}" là một tệp, không phải thư mục: mẫu của các đơn vị cần một thư mục. Cho -o một thư mục (sẽ được tạo nếu chưa có).',
    exists: 'Chưa ghi mẫu nào: {count} tệp đã có sẵn trong "{folder}" và không do lệnh này ghi ra (có thể là bảng đơn vị đã gửi về):',
    existsFix: 'Chọn thư mục khác bằng -o, hoặc chạy lại với --force để thay các tệp đó bằng mẫu trắng.',
    notRegular: '"{path}" không phải tệp thông thường (thư mục, ống dẫn hay thiết bị): không thay, kể cả với --force.',
    cut: '  Tên tệp của "{label}" dài quá 255 byte: cắt còn "{name}".',
    duplicate: '[Đơn vị] {message} Không tạo mẫu thứ hai cho dòng này: {fix}',
    failed: '  {unit}: KHÔNG ghi được mẫu. {message}',
    failedCount: '{count} đơn vị không ghi được mẫu (xem trên); các đơn vị khác đã có mẫu.',
  },
  {
    notFolder: '"{path}" is a file, not a folder: the units\' templates need a folder. Give -o a folder (it is created when missing).',
    exists: 'No template written: {count} file(s) already in "{folder}" were not written by this command (perhaps units\' replies):',
    existsFix: 'Choose another folder with -o, or run again with --force to replace them with blank templates.',
    notRegular: '"{path}" is not a regular file (a folder, a pipe or a device): not replaced, even with --force.',
    cut: '  The file name of "{label}" is longer than 255 bytes: cut to "{name}".',
    duplicate: '[Đơn vị] {message} No second template for that row: {fix}',
    failed: '  {unit}: template NOT written. {message}',
    failedCount: '{count} unit(s) got no template (see above); the others did.',
  },
);
