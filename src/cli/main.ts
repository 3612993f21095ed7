import { VERSION } from '../host/file/fileHost';
import { Args, Out, parseArgs } from './args';
import { EXIT } from './exit';
import { check } from './commands/check';
import { convert } from './commands/convert';
import { template } from './commands/template';
import { templates } from './commands/templates';
import { importSheets } from './commands/import';

export { EXIT };

const HELP = `thidua ${VERSION} — kiểm tra, xếp hạng và đề xuất danh hiệu thi đua từ sổ tính Excel

Cách dùng:
  thidua validate <sổ.xlsx> [--json] [-o <bản-sao.xlsx>] [--lang vi|en]
      Kiểm tra mọi bảng chấm điểm; với -o, ghi sheet "Kiểm tra" vào một bản sao.
  thidua rank <sổ.xlsx> [-o <kết-quả.xlsx>] [--json] [--lang vi|en]
      Kiểm tra, tính điểm, xếp hạng, đề xuất danh hiệu; ghi các sheet Kiểm tra, Xếp hạng,
      Tổng hợp, Đề nghị khen thưởng, Nhật ký vào bản sao (mặc định <sổ>.ket-qua.xlsx).
      Tệp gốc không bao giờ bị sửa.
  thidua template -o <mới.xlsx> [--year N] [--org "Tên cơ quan"]
      Tạo sổ tính mẫu: Phong trào, Tiêu chí, Danh hiệu (quy định mặc định kèm căn cứ), Đơn vị.
  thidua convert <sổ.xlsx> -o <bản-sao.xlsx> [--sheet <tên>]... [--from tcvn3|vni]
      Chuyển chữ gõ bằng bảng mã cũ (TCVN3/ABC, VNI) sang Unicode trong một bản sao: các sheet
      được chọn, hoặc mọi sheet có chữ mã cũ; in các ô đã đổi để kiểm tra lại.
  thidua templates <sổ.xlsx> -o <thư-mục> [--people <danh-sách-cán-bộ.xlsx | sổ-năm-trước.xlsx>]
      Mỗi đơn vị một tệp mẫu bảng tự chấm (tên tệp theo đơn vị): tiêu chí và điểm tối đa, kiểm tra
      dữ liệu, dòng tiêu đề khóa (không mật khẩu), công thức Tổng điểm, in A4; người điền sẵn.
  thidua import <sổ.xlsx> <tệp…> -o <bản-sao.xlsx> [--accept] [--json]
      Nhập bảng chấm các đơn vị gửi về vào bản sao, mỗi bảng một sheet theo tên đơn vị; tệp không
      dùng được được báo theo tên tệp. Đơn vị nộp lại: in thay đổi, chỉ thay bảng cũ khi có --accept.
      Ghi danh sách đôn đốc cạnh bản sao (<bản-sao>.don-doc.xlsx).

Mã thoát: 0 không có lỗi, 1 dữ liệu có lỗi, 2 tệp không dùng được (không phải xlsx, không có phong trào).
`;

/** Every command: one line each, its code in commands/. */
const COMMANDS: Record<string, (a: Args, io: Out) => Promise<number>> = {
  validate: (a, io) => check({ ...a, command: 'validate' }, io),
  rank: (a, io) => check({ ...a, command: 'rank' }, io),
  template,
  convert,
  templates,
  import: importSheets,
};

export async function main(argv: string[], io: Out = { log: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(HELP);
    return EXIT.unusable;
  }
  const a = parsed;
  if (a.command === 'help' || a.command === '--help' || a.command === '-h') {
    io.log(HELP);
    return EXIT.ok;
  }
  if (a.command === '--version' || a.command === 'version') {
    io.log(VERSION);
    return EXIT.ok;
  }
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, a.command) ? COMMANDS[a.command] : undefined;
  if (!run) {
    io.err(`Không có lệnh "${a.command}".`);
    io.err(HELP);
    return EXIT.unusable;
  }
  if ((a.command === 'validate' || a.command === 'rank') && a.files.length > 1) {
    io.err(`Thừa tham số "${a.files[1]}"`);
    return EXIT.unusable;
  }
  return run(a, io);
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`Lỗi không mong đợi: ${(e as Error).stack ?? e}\n`);
      process.exit(2);
    },
  );
}
