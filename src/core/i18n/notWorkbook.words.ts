import { defineWords } from './words';

/** Why a file is not a readable workbook, by the reader's reason code; `other` for any reason not listed. */
export const NOT_WORKBOOK_WORDS = /*#__PURE__*/ defineWords(
  'i18n.notWorkbook',
  {
    sheetPart: 'sheet "{sheet}"',
    packagePart: 'phần "{part}" của gói',
    somePart: 'một phần của tệp',
    empty: '"{file}" là tệp rỗng (0 byte): không có dữ liệu gì. Có thể tệp chưa được lưu xong hay chép bị lỗi; mở bản gốc trong Excel, lưu lại rồi chọn lại.',
    encrypted:
      '"{file}" được đặt mật khẩu mở tệp nên không đọc được. Mở tệp trong Excel, vào Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi chạy lại.',
    legacyXls: '"{file}" là tệp Excel 97–2003 (.xls). Mở trong Excel hoặc LibreOffice, lưu lại dưới dạng .xlsx (Sổ làm việc Excel) rồi chạy lại với tệp .xlsx.',
    xlsb: '"{file}" là sổ Excel nhị phân (.xlsb). Mở trong Excel, lưu lại dưới dạng .xlsx (Sổ làm việc Excel) rồi chạy lại.',
    ods: '"{file}" là bảng tính OpenDocument (.ods). Mở trong LibreOffice hoặc Excel, lưu lại dưới dạng .xlsx rồi chạy lại.',
    notZip: '"{file}" không phải là sổ tính Excel .xlsx. Chọn đúng tệp .xlsx; nếu dữ liệu ở dạng khác (CSV, PDF…), mở trong Excel và lưu lại dưới dạng .xlsx.',
    truncated:
      '"{file}" bị hỏng hoặc không trọn vẹn (có thể tải xuống hay sao chép bị ngắt giữa chừng). Lấy lại bản gốc, hoặc mở trong Excel để sửa rồi lưu lại.',
    noWorkbook: '"{file}" là một gói nén nhưng không chứa sổ tính Excel (có thể là tệp Word, PowerPoint hay tệp nén khác). Chọn đúng tệp .xlsx.',
    badPart: '"{file}" bị hỏng: {where} không đọc được. Mở tệp trong Excel (Excel sẽ đề nghị sửa), lưu lại rồi chạy lại.',
    strict:
      '"{file}" được lưu dạng "Strict Open XML", chưa được hỗ trợ. Mở trong Excel và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)" thông thường rồi chạy lại.',
    other: '"{file}" không phải là sổ tính Excel .xlsx đọc được. Mở tệp trong Excel, lưu lại dưới dạng .xlsx rồi chạy lại.',
  },
  {
    sheetPart: 'sheet "{sheet}"',
    packagePart: 'package part "{part}"',
    somePart: 'a part of the file',
    empty:
      '"{file}" is an empty file (0 bytes): it holds nothing. It may not have finished saving or copying; open the original in Excel, save it and choose it again.',
    encrypted:
      '"{file}" is protected by a password to open. Open it in Excel, File › Info › Protect Workbook › Encrypt with Password, remove the password, save and run again.',
    legacyXls: '"{file}" is an Excel 97–2003 file (.xls). Open it in Excel or LibreOffice, save it as .xlsx (Excel Workbook) and run again on the .xlsx file.',
    xlsb: '"{file}" is an Excel binary workbook (.xlsb). Open it in Excel, save it as .xlsx (Excel Workbook) and run again.',
    ods: '"{file}" is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel, save it as .xlsx and run again.',
    notZip:
      '"{file}" is not an Excel .xlsx workbook. Choose the .xlsx file; if the data is in another form (CSV, PDF…), open it in Excel and save it as .xlsx.',
    truncated:
      '"{file}" is damaged or incomplete (perhaps an interrupted download or copy). Get the original again, or open it in Excel to repair it and save.',
    noWorkbook: '"{file}" is a zip package holding no Excel workbook (perhaps a Word or PowerPoint file or another archive). Choose the .xlsx file.',
    badPart: '"{file}" is damaged: {where} cannot be read. Open it in Excel (it will offer to repair it), save and run again.',
    strict: '"{file}" is saved as "Strict Open XML", which is not supported. Open it in Excel, save it as a regular "Excel Workbook (.xlsx)" and run again.',
    other: '"{file}" is not a readable Excel .xlsx workbook. Open it in Excel, save it as .xlsx and run again.',
  },
);
