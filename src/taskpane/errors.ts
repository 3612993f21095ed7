import { Lang } from '../core/model';

/**
 * Office.js errors as staff should read them: what happened in Excel and what to do. Codes are
 * Office's (`OfficeExtension.Error.code`); anything else keeps its own message.
 */
const MESSAGES: Record<string, { vi: string; en: string }> = {
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Bấm Enter hoặc Esc trong ô đang sửa rồi thử lại.',
    en: 'Excel is in cell-edit mode. Press Enter or Esc in the cell being edited, then try again.',
  },
  AccessDenied: {
    vi: 'Sổ hoặc sheet đang được bảo vệ (Protect). Bỏ bảo vệ cấu trúc sổ rồi thử lại; add-in chỉ thêm và thay các sheet của nó.',
    en: 'The workbook or sheet is protected. Unprotect the workbook structure and try again; the add-in only adds and replaces its own sheets.',
  },
  ItemAlreadyExists: {
    vi: 'Trong lúc chạy, một sheet trùng tên với sheet kết quả vừa được tạo. Bấm lại để add-in chọn tên khác.',
    en: 'A sheet with the name of a result sheet appeared during the run. Click again and the add-in will pick another name.',
  },
  ItemNotFound: {
    vi: 'Một sheet vừa bị xoá hoặc đổi tên trong lúc chạy. Bấm lại.',
    en: 'A sheet was deleted or renamed during the run. Click again.',
  },
  RequestPayloadSizeLimitExceeded: {
    vi: 'Sổ quá lớn cho một lần gửi của Excel trên web. Hãy mở sổ bằng Excel trên máy tính, hoặc dùng bản trên trình duyệt với tệp.',
    en: 'The workbook is too large for one request of Excel on the web. Open it in desktop Excel, or use the browser version with the file.',
  },
  Conflict: {
    vi: 'Người khác đang sửa cùng chỗ trong sổ (đồng chỉnh sửa). Chờ một lát rồi bấm lại.',
    en: 'Someone else is editing the same place (co-authoring). Wait a moment and click again.',
  },
  ApiNotFound: {
    vi: 'Phiên bản Excel này thiếu một chức năng cần thiết. Hãy cập nhật Office, hoặc dùng bản trên trình duyệt với tệp.',
    en: 'This Excel version lacks a needed feature. Update Office, or use the browser version with the file.',
  },
};

/** The Office error code of `e` when the table above words it, else null: what the pane keeps as data. */
export function officeErrorCode(e: unknown): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, code) ? code : null;
}

export function officeErrorMessage(e: unknown, lang: Lang): string | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const m = MESSAGES[code];
  return m ? m[lang] : null;
}

/**
 * Anything the add-in did not foresee, in one sentence: what to do, never a library's or the
 * browser's own text (which is in English, technical, and may quote the workbook).
 */
export function unexpectedErrorText(lang: Lang): string {
  return lang === 'vi'
    ? 'Việc này gặp lỗi ngoài dự kiến và đã dừng. Xem lại sổ rồi thử lại; nếu vẫn lỗi, báo cho bộ phận hỗ trợ (không cần gửi sổ có dữ liệu cá nhân).'
    : 'This step hit an unexpected error and stopped. Look over the workbook and try again; if it fails again, report it (no need to send a workbook with personal data).';
}
