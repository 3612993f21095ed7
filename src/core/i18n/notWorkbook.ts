import { Lang } from '../model';
import { ZipHoldsText, zipHoldsSentence } from '../../sheet/zipHolds';

const t = (L: Lang, vi: string, en: string) => (L === 'vi' ? vi : en);

/**
 * Why a file is not a readable workbook, naming the file, keyed by the reader's stable `reason`
 * code (encrypted, legacyXls, xlsb, ods, notZip, truncated, noWorkbook, badPart, strict, and
 * `empty` for a 0-byte file): one wording for the command line and the task pane, so the reader's
 * or a library's text is never shown. Unknown reasons get the generic sentence.
 */
export function notWorkbookMessage(e: unknown, path: string, L: Lang): string {
  const x = (e ?? {}) as { reason?: string; part?: string; sheet?: string; holds?: ZipHoldsText };
  const f = `"${path}"`;
  const where = x.sheet ? t(L, `sheet "${x.sheet}"`, `sheet "${x.sheet}"`) : x.part ? t(L, `phần "${x.part}" của gói`, `package part "${x.part}"`) : t(L, 'một phần của tệp', 'a part of the file');
  switch (x.reason) {
    case 'empty':
      return t(L, `${f} là tệp rỗng (0 byte): không có dữ liệu gì. Có thể tệp chưa được lưu xong hay chép bị lỗi; mở bản gốc trong Excel, lưu lại rồi chọn lại.`, `${f} is an empty file (0 bytes): it holds nothing. It may not have finished saving or copying; open the original in Excel, save it and choose it again.`);
    case 'encrypted':
      return t(L, `${f} được đặt mật khẩu mở tệp nên không đọc được. Mở tệp trong Excel, vào Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi chạy lại.`, `${f} is protected by a password to open. Open it in Excel, File › Info › Protect Workbook › Encrypt with Password, remove the password, save and run again.`);
    case 'legacyXls':
      return t(L, `${f} là tệp Excel 97–2003 (.xls). Mở trong Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx (Sổ làm việc Excel) rồi chạy lại với tệp .xlsx.`, `${f} is an Excel 97–2003 file (.xls). Open it in Excel or LibreOffice, save it as .xlsx (Excel Workbook) and run again on the .xlsx file.`);
    case 'xlsb':
      return t(L, `${f} là sổ Excel nhị phân (.xlsb). Mở trong Excel, lưu lại dưới dạng .xlsx (Sổ làm việc Excel) rồi chạy lại.`, `${f} is an Excel binary workbook (.xlsb). Open it in Excel, save it as .xlsx (Excel Workbook) and run again.`);
    case 'ods':
      return t(L, `${f} là bảng tính OpenDocument (.ods). Mở trong LibreOffice hoặc Excel, lưu lại dưới dạng .xlsx rồi chạy lại.`, `${f} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel, save it as .xlsx and run again.`);
    case 'notZip':
      return t(L, `${f} không phải là sổ tính Excel .xlsx. Chọn đúng tệp .xlsx; nếu dữ liệu ở dạng khác (CSV, PDF…), mở trong Excel và lưu lại dưới dạng .xlsx.`, `${f} is not an Excel .xlsx workbook. Choose the .xlsx file; if the data is in another form (CSV, PDF…), open it in Excel and save it as .xlsx.`);
    case 'truncated':
      return t(L, `${f} bị hỏng hoặc không trọn vẹn (có thể tải xuống hay sao chép bị ngắt giữa chừng). Lấy lại bản gốc, hoặc mở trong Excel để sửa rồi lưu lại.`, `${f} is damaged or incomplete (perhaps an interrupted download or copy). Get the original again, or open it in Excel to repair it and save.`);
    case 'noWorkbook':
      if (x.holds) return zipHoldsSentence(x.holds, f, L);
      return t(L, `${f} là một gói nén nhưng không chứa sổ tính Excel (có thể là tệp Word, PowerPoint hay tệp nén khác). Chọn đúng tệp .xlsx.`, `${f} is a zip package holding no Excel workbook (perhaps a Word or PowerPoint file or another archive). Choose the .xlsx file.`);
    case 'badPart':
      return t(L, `${f} bị hỏng: ${where} không đọc được. Mở tệp trong Excel (Excel sẽ đề nghị sửa), lưu lại rồi chạy lại.`, `${f} is damaged: ${where} cannot be read. Open it in Excel (it will offer to repair it), save and run again.`);
    case 'strict':
      return t(L, `${f} được lưu dạng "Strict Open XML", chưa được hỗ trợ. Mở trong Excel và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)" thông thường rồi chạy lại.`, `${f} is saved as "Strict Open XML", which is not supported. Open it in Excel, save it as a regular "Excel Workbook (.xlsx)" and run again.`);
    default:
      return t(L, `${f} không phải là sổ tính Excel .xlsx đọc được. Mở tệp trong Excel, lưu lại dưới dạng .xlsx rồi chạy lại.`, `${f} is not a readable Excel .xlsx workbook. Open it in Excel, save it as .xlsx and run again.`);
  }
}
