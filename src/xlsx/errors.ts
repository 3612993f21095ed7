import { ZipHoldsText as ZipHolds, zipHoldsSentence } from '../sheet/zipHolds';

/**
 * Why a file cannot be read as a workbook, as a stable code and one sentence in each language.
 * No library's text ever reaches the user: every failure of the package reader becomes one of
 * these, with the part (and sheet) named when the damage is inside the package.
 */
export type NotAWorkbookReason =
  /** An OLE2 file with an EncryptedPackage stream: the workbook is protected by a password. */
  | 'encrypted'
  /** An OLE2 file without one: an Excel 97–2003 `.xls` workbook. */
  | 'legacyXls'
  /** An Excel binary workbook (`.xlsb`). */
  | 'xlsb'
  /** An OpenDocument spreadsheet (`.ods`). */
  | 'ods'
  /** Neither a zip nor an OLE2 file (a PDF, a CSV, an image, an empty file…). */
  | 'notZip'
  /** A zip cut short or damaged (an interrupted download or copy). */
  | 'truncated'
  /** A zip without a workbook part (a Word or PowerPoint file, or some other archive). */
  | 'noWorkbook'
  /** A part of the package is not well-formed XML (`part`, and `sheet` when it is a sheet). */
  | 'badPart'
  /** Strict Open XML (purl.oclc.org namespaces), which the reader does not support. */
  | 'strict';

export interface NotAWorkbookDetail {
  /** The package part concerned, e.g. `xl/worksheets/sheet3.xml`. */
  part?: string;
  /** The sheet's name when the part is a worksheet. */
  sheet?: string;
  /** A word on what is wrong inside the part, for the log (never shown alone). */
  detail?: string;
  /** A zip without a workbook: what it is (Word, PowerPoint, a damaged .xlsx, another archive). */
  holds?: ZipHolds;
}

function sentences(reason: NotAWorkbookReason, d: NotAWorkbookDetail): { vi: string; en: string } {
  const where = d.sheet ? `sheet "${d.sheet}" (${d.part})` : d.part ? `phần "${d.part}"` : '';
  const whereEn = d.sheet ? `sheet "${d.sheet}" (${d.part})` : d.part ? `part "${d.part}"` : '';
  switch (reason) {
    case 'encrypted':
      return {
        vi: 'Sổ tính được đặt mật khẩu mở tệp nên không đọc được. Hãy mở tệp trong Excel, vào Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu, lưu lại rồi chạy lại.',
        en: 'The workbook is protected by a password to open, so it cannot be read. Open it in Excel, go to File › Info › Protect Workbook › Encrypt with Password, remove the password, save, and run again.',
      };
    case 'legacyXls':
      return {
        vi: 'Đây là tệp Excel 97–2003 (.xls). Hãy mở trong Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx (Sổ làm việc Excel) rồi chạy lại.',
        en: 'This is an Excel 97–2003 file (.xls). Open it in Excel or LibreOffice, save it as .xlsx (Excel Workbook), and run again.',
      };
    case 'xlsb':
      return {
        vi: 'Đây là sổ làm việc nhị phân Excel (.xlsb). Hãy mở trong Excel và lưu lại dưới dạng .xlsx (Sổ làm việc Excel) rồi chạy lại.',
        en: 'This is an Excel binary workbook (.xlsb). Open it in Excel, save it as .xlsx (Excel Workbook), and run again.',
      };
    case 'ods':
      return {
        vi: 'Đây là bảng tính OpenDocument (.ods). Hãy mở trong LibreOffice hoặc Excel và lưu lại dưới dạng .xlsx rồi chạy lại.',
        en: 'This is an OpenDocument spreadsheet (.ods). Open it in LibreOffice or Excel, save it as .xlsx, and run again.',
      };
    case 'notZip':
      return {
        vi: 'Tệp không phải là sổ tính Excel (.xlsx). Hãy chọn đúng tệp .xlsx; nếu dữ liệu đang ở dạng khác (CSV, PDF…), mở trong Excel và lưu dưới dạng .xlsx.',
        en: 'The file is not an Excel workbook (.xlsx). Choose the .xlsx file; if the data is in another form (CSV, PDF…), open it in Excel and save it as .xlsx.',
      };
    case 'truncated':
      return {
        vi: 'Tệp .xlsx bị hỏng hoặc không trọn vẹn (có thể do tải xuống hay sao chép bị ngắt). Hãy lấy lại bản gốc, hoặc mở trong Excel để sửa rồi lưu lại.',
        en: 'The .xlsx file is damaged or incomplete (perhaps an interrupted download or copy). Get the original again, or open it in Excel to repair it and save.',
      };
    case 'noWorkbook':
      if (d.holds) return { vi: zipHoldsSentence(d.holds, 'Tệp', 'vi'), en: zipHoldsSentence(d.holds, 'The file', 'en') };
      return {
        vi: 'Tệp là một gói nén nhưng không chứa sổ tính Excel (có thể là tệp Word, PowerPoint hoặc tệp nén khác). Hãy chọn đúng tệp .xlsx.',
        en: 'The file is a zip package but holds no Excel workbook (perhaps a Word or PowerPoint file, or another archive). Choose the .xlsx file.',
      };
    case 'badPart':
      return {
        vi: `Tệp .xlsx bị hỏng: ${where || 'một phần của tệp'} không đọc được. Hãy mở tệp trong Excel (Excel sẽ đề nghị sửa), lưu lại rồi chạy lại.`,
        en: `The .xlsx file is damaged: ${whereEn || 'a part of it'} cannot be read. Open it in Excel (it will offer to repair it), save, and run again.`,
      };
    case 'strict':
      return {
        vi: 'Sổ tính được lưu dạng "Strict Open XML", chưa được hỗ trợ. Hãy mở trong Excel và lưu lại dưới dạng "Sổ làm việc Excel (.xlsx)" thông thường rồi chạy lại.',
        en: 'The workbook is saved as "Strict Open XML", which is not supported. Open it in Excel, save it as a regular "Excel Workbook (.xlsx)", and run again.',
      };
  }
}

/**
 * The file is not a workbook the reader can read. `reason` is stable (for the CLI's exit text and
 * the pane's message); `messageVi` / `messageEn` are full sentences for the user that say what to do;
 * `message` is the Vietnamese one. `part` / `sheet` name the damaged place when known.
 */
export class NotAWorkbookError extends Error {
  override name = 'NotAWorkbookError';
  readonly reason: NotAWorkbookReason;
  readonly messageVi: string;
  readonly messageEn: string;
  readonly part?: string;
  readonly sheet?: string;
  readonly detail?: string;
  readonly holds?: ZipHolds;
  constructor(reason: NotAWorkbookReason, d: NotAWorkbookDetail = {}) {
    const s = sentences(reason, d);
    super(s.vi);
    this.reason = reason;
    this.messageVi = s.vi;
    this.messageEn = s.en;
    this.part = d.part;
    this.sheet = d.sheet;
    this.detail = d.detail;
    this.holds = d.holds;
  }
  /** The sentence in the user's language. */
  messageIn(lang: 'vi' | 'en'): string {
    return lang === 'en' ? this.messageEn : this.messageVi;
  }
}
