import { defineWords } from '../core/i18n/words';

/** The command line's help and the words of a command it cannot run. */
export const MAIN_WORDS = /*#__PURE__*/ defineWords(
  'cli.main',
  {
    help: `thidua {version} — kiểm tra, xếp hạng và đề xuất danh hiệu thi đua từ sổ tính Excel

Cách dùng:
  thidua validate <sổ.xlsx> [--json] [-o <bản-sao.xlsx>] [--lang vi|en]
      Kiểm tra mọi bảng chấm điểm; với -o, ghi sheet "Kiểm tra" vào một bản sao.
  thidua rank <sổ.xlsx> [-o <kết-quả.xlsx>] [--json] [--lang vi|en]
      Kiểm tra, tính điểm, xếp hạng, đề xuất danh hiệu; ghi các sheet Kiểm tra, Xếp hạng,
      Tổng hợp, Đề nghị khen thưởng, Biên bản, kết thúc năm (Số quyết định, các Quyết định, Tiền
      thưởng, giấy khen, Báo cáo tổng kết), Nhật ký vào bản sao (mặc định <sổ>.ket-qua.xlsx).
      Tệp gốc không bao giờ bị sửa.
  thidua template -o <mới.xlsx> [--year N] [--org "Tên cơ quan"]
      Tạo sổ tính mẫu: Phong trào, Tiêu chí, Danh hiệu (quy định mặc định kèm căn cứ), Đơn vị.
  thidua convert <sổ.xlsx> -o <bản-sao.xlsx> [--sheet <tên>]... [--from tcvn3|vni]
      Chuyển chữ gõ bằng bảng mã cũ (TCVN3/ABC, VNI) sang Unicode trong một bản sao: các sheet
      được chọn, hoặc mọi sheet có chữ mã cũ; in các ô đã đổi để kiểm tra lại.
  thidua consolidate <sổ.xlsx> -o <gui-cap-tren.xlsx> [--export <nhap-he-thong.xlsx>] [--json]
      Lập hồ sơ gửi cấp trên (sổ tính mới): các đề nghị thuộc thẩm quyền cấp trên, danh sách theo
      mẫu hành chính, sheet dữ liệu, mã kiểm tra in trên bản giấy.
  thidua rollup <a.xlsx> <b.xlsx> … [--rules cap-tren.xlsx] -o <tong-hop.xlsx> [--export …] [--json]
      Cấp trên tổng hợp: kiểm mã từng tệp, trùng người giữa các cơ quan, quy định và chỉ tiêu của
      cấp trên; ghi hồ sơ tổng hợp (cùng định dạng) và thông báo trả lời từng cơ quan.
  thidua templates <sổ.xlsx> -o <thư-mục> [--people <danh-sách-cán-bộ.xlsx | sổ-năm-trước.xlsx>]
      Mỗi đơn vị một tệp mẫu bảng tự chấm (tên tệp theo đơn vị): tiêu chí và điểm tối đa, kiểm tra
      dữ liệu, dòng tiêu đề khóa (không mật khẩu), công thức Tổng điểm, in A4; người điền sẵn.
  thidua import <sổ.xlsx> <tệp…> -o <bản-sao.xlsx> [--accept] [--json]
      Nhập bảng chấm các đơn vị gửi về vào bản sao, mỗi bảng một sheet theo tên đơn vị; tệp không
      dùng được được báo theo tên tệp. Đơn vị nộp lại: in thay đổi, chỉ thay bảng cũ khi có --accept.
      Ghi danh sách đôn đốc cạnh bản sao (<bản-sao>.don-doc.xlsx).
  thidua next-year <sổ.xlsx> -o <sổ-năm-sau.xlsx> [--year N]
      Sổ năm sau: Phong trào (năm mới), Tiêu chí, Danh hiệu, Đơn vị mang sang; Lịch sử khen thưởng
      thêm các danh hiệu đã quyết định năm nay (số, ngày quyết định lấy từ sheet "Số quyết định").

Tùy chọn chung: --force ghi đè cả sheet kết quả đã bị sửa tay từ lần chạy trước (mặc định: dừng và báo).
Mã thoát: 0 không có lỗi, 1 dữ liệu có lỗi, 2 tệp không dùng được (không phải xlsx, không có phong trào,
không đọc/ghi được tệp, sheet kết quả đã bị sửa mà không có --force) hoặc dùng sai lệnh.
`,
    noCommand: 'Không có lệnh "{command}".',
    extraArgument: 'Thừa tham số "{argument}": lệnh {command} nhận một sổ tính.',
  },
  {
    help: `thidua {version} — checks, ranks and proposes emulation titles from an Excel workbook

Usage:
  thidua validate <book.xlsx> [--json] [-o <copy.xlsx>] [--lang vi|en]
  thidua rank <book.xlsx> [-o <results.xlsx>] [--json] [--lang vi|en] [--force]
  thidua template -o <new.xlsx> [--year N] [--org "Agency"]
  thidua convert <book.xlsx> -o <copy.xlsx> [--sheet <name>]... [--from tcvn3|vni]
  thidua next-year <book.xlsx> -o <next.xlsx> [--year N]
The input is never modified. --force replaces generated sheets edited by hand since the last run.
Exit codes: 0 no data errors, 1 data errors, 2 unusable file, a file that cannot be read or written,
an edited generated sheet without --force, or a usage error.
`,
    noCommand: 'No command "{command}".',
    extraArgument: 'Extra argument "{argument}": {command} takes one workbook.',
  },
);
