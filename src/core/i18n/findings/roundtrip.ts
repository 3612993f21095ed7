import type { FindingText } from '../findings';

/** Findings of the unit round trip (templates, import, marks). Each names the file it is about. */
export const ROUNDTRIP_FINDINGS = {
  IMPORT_NOT_XLSX: {
    severity: 'error',
    vi: 'Tệp "{file}" không phải sổ tính Excel .xlsx: không nhập.',
    en: 'File "{file}" is not an Excel .xlsx workbook: not imported.',
    fixVi: 'Đề nghị đơn vị gửi lại bảng chấm dạng .xlsx (Excel 2007 trở lên), tốt nhất là điền vào mẫu đã gửi.',
    fixEn: 'Ask the unit to send its sheet again as .xlsx (Excel 2007 or later), ideally in the template it was sent.',
  },
  IMPORT_OLD_XLS: {
    severity: 'error',
    vi: 'Tệp "{file}" là sổ tính Excel cũ (.xls): không đọc được, không nhập.',
    en: 'File "{file}" is an old Excel workbook (.xls): it cannot be read and is not imported.',
    fixVi: 'Mở tệp bằng Excel, chọn File › Save As › Excel Workbook (.xlsx), rồi nhập lại tệp .xlsx.',
    fixEn: 'Open it in Excel, File › Save As › Excel Workbook (.xlsx), then import the .xlsx.',
  },
  IMPORT_ENCRYPTED: {
    severity: 'error',
    vi: 'Tệp "{file}" được đặt mật khẩu: không đọc được, không nhập.',
    en: 'File "{file}" is password-protected: it cannot be read and is not imported.',
    fixVi: 'Đề nghị đơn vị gửi lại tệp không đặt mật khẩu (File › Info › Protect Workbook › Encrypt with Password, xóa mật khẩu).',
    fixEn: 'Ask the unit to send it without a password (File › Info › Protect Workbook › Encrypt with Password, clear it).',
  },
  IMPORT_UNREADABLE: {
    severity: 'error',
    vi: 'Tệp "{file}" có dạng .xlsx nhưng không đọc được (tệp hỏng hoặc chưa tải xong): không nhập.',
    en: 'File "{file}" looks like .xlsx but cannot be read (damaged or incompletely downloaded): not imported.',
    fixVi: 'Tải lại tệp từ thư điện tử, hoặc đề nghị đơn vị gửi lại.',
    fixEn: 'Download it again, or ask the unit to send it again.',
  },
  IMPORT_NO_SCORE_SHEET: {
    severity: 'error',
    vi: 'Tệp "{file}" không có bảng chấm điểm nào nhận ra được (các sheet: {sheets}): không nhập.',
    en: 'File "{file}" has no recognisable score sheet (its sheets: {sheets}): not imported.',
    fixVi: 'Bảng chấm cần dòng tiêu đề có cột "Họ và tên" và các cột tiêu chí theo mã (1.1, 1.2…) trong 15 dòng đầu; đề nghị đơn vị dùng mẫu đã gửi.',
    fixEn: 'A score sheet needs a header row with "Họ và tên" and criterion columns by code (1.1, 1.2…) in its first 15 rows; ask the unit to use the template.',
  },
  IMPORT_UNIT_UNKNOWN: {
    severity: 'error',
    vi: 'Sheet "{sheet}" của tệp "{file}" là bảng chấm của "{unit}", không có trong sheet "Đơn vị": không nhập.',
    en: 'Sheet "{sheet}" of file "{file}" is the score sheet of "{unit}", which is not in the "Đơn vị" sheet: not imported.',
    fixVi: 'Thêm đơn vị vào sheet "Đơn vị" (hoặc sửa tên đơn vị ở đầu bảng chấm cho đúng tên trong "Đơn vị"), rồi nhập lại.',
    fixEn: 'Add the unit to "Đơn vị" (or correct the unit name at the top of the sheet), then import again.',
  },
  IMPORT_EMPTY_SHEET: {
    severity: 'warning',
    vi: 'Sheet "{sheet}" của tệp "{file}" là bảng chấm của "{unit}" nhưng chưa ghi người nào: không nhập.',
    en: 'Sheet "{sheet}" of file "{file}" is the score sheet of "{unit}" but lists nobody: not imported.',
    fixVi: 'Đề nghị đơn vị điền bảng chấm rồi gửi lại.',
    fixEn: 'Ask the unit to fill in the sheet and send it again.',
  },
  IMPORT_UNIT_TWICE: {
    severity: 'warning',
    vi: 'Tệp "{file}" cũng là bảng chấm của "{unit}", đã nhập từ tệp "{other}" trong lần này: không nhập thêm.',
    en: 'File "{file}" is also the score sheet of "{unit}", already imported from "{other}" in this import: not imported again.',
    fixVi: 'Chọn một tệp cho mỗi đơn vị (tệp mới nhất), rồi nhập lại.',
    fixEn: 'Choose one file per unit (the latest), then import again.',
  },
  IMPORT_RESUBMITTED: {
    severity: 'warning',
    vi: 'Đơn vị "{unit}" nộp lại (tệp "{file}"): bảng cũ "{sheet}" chưa được thay; xem các thay đổi rồi xác nhận để thay.',
    en: 'Unit "{unit}" sent again (file "{file}"): the earlier sheet "{sheet}" is not replaced yet; review the changes, then confirm to replace it.',
    fixVi: 'Dòng lệnh: chạy lại với --accept. Khung làm việc: bấm "Thay bảng cũ".',
    fixEn: 'Command line: run again with --accept. Task pane: click "Replace the earlier sheet".',
  },
  IMPORT_PREVIOUS_NOT_OWN: {
    severity: 'warning',
    vi: 'Đơn vị "{unit}" nộp lại (tệp "{file}") nhưng sheet "{sheet}" của đơn vị {why}: add-in không thay sheet này.',
    en: 'Unit "{unit}" sent again (file "{file}") but its sheet "{sheet}" {why}: the add-in does not replace it.',
    fixVi: 'Xem các thay đổi; nếu muốn dùng bảng mới, đổi tên hoặc xóa sheet "{sheet}" rồi nhập lại.',
    fixEn: 'Review the changes; to use the new sheet, rename or delete "{sheet}", then import again.',
  },
  IMPORT_SAME_AGAIN: {
    severity: 'warning',
    vi: 'Tệp "{file}" giống hệt bảng "{sheet}" đã nhập: không có gì thay đổi.',
    en: 'File "{file}" is identical to the sheet "{sheet}" already imported: nothing changes.',
    fixVi: 'Không cần làm gì.',
    fixEn: 'Nothing to do.',
  },
} satisfies Record<string, FindingText>;
