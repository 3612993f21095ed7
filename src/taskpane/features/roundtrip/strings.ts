import { Lang } from '../../../core/model';
import { officeErrorMessage, unexpectedErrorText } from '../../errors';

/** The round trip's words in the pane, Vietnamese first. */
const VI = {
  section: 'Bảng chấm của các đơn vị',
  templates: 'Mẫu cho đơn vị',
  templatesHint: 'Mỗi đơn vị một bảng tự chấm theo phong trào: tiêu chí, điểm tối đa, kiểm tra dữ liệu, tổng điểm tự tính',
  importFiles: 'Nhập bảng chấm…',
  importHint: 'Chọn một hoặc nhiều tệp các đơn vị gửi về',
  chase: 'Đôn đốc',
  chaseHint: 'Đơn vị chưa nộp, nộp muộn hoặc còn lỗi, kèm lời nhắc',
  marks: 'Đánh dấu lỗi…',
  marksHint: 'Tô màu ô có lỗi và ghi chú nội dung; xóa được, trả lại đúng như cũ',
  legacy: 'Bảng mã cũ…',
  legacyHint: 'Chữ gõ bằng TCVN3/VNI: xem trước, chuyển sang Unicode, khôi phục được',
  close: 'Đóng',
  busy: 'Đang xử lý…',
  noCampaign: 'Sổ chưa có Phong trào, Tiêu chí và Đơn vị dùng được: chưa tạo được mẫu.',
  templatesOpened: (n: number) => `Đã mở một sổ mới có mẫu của ${n} đơn vị (mỗi đơn vị một sheet). Lưu sổ đó, rồi gửi từng sheet cho đơn vị.`,
  templatesReady: (n: number) => `${n} mẫu, mỗi đơn vị một tệp:`,
  review: 'Xem trước khi nhập',
  action: {
    add: 'Nhập mới',
    replace: 'Nộp lại: thay bảng cũ',
    held: 'Nộp lại: chờ xác nhận',
    blocked: 'Nộp lại: không thay',
    same: 'Giống hệt bảng đã nhập',
  } as Record<string, string>,
  people: (n: number) => `${n} người`,
  toSheet: (s: string) => `vào sheet "${s}"`,
  changes: 'Thay đổi so với bảng cũ',
  changeSummary: (added: number, removed: number, changed: number, filled: number) =>
    [
      added ? `${added} người mới` : '',
      removed ? `${removed} người bỏ đi` : '',
      changed ? `${changed} ô điểm đổi giá trị` : '',
      filled ? `${filled} ô điểm mới điền` : '',
    ]
      .filter(Boolean)
      .join(', '),
  emptied: (n: number) => `${n} ô điểm bỏ trống trong tệp mới`,
  byPerson: (list: string) => `Theo người: ${list}`,
  personCells: (name: string, n: number) => `${name} (${n} ô)`,
  showDetails: (n: number) => `Xem chi tiết ${n} thay đổi`,
  hideDetails: 'Ẩn chi tiết',
  noChanges: 'Không có ô điểm nào khác bảng cũ.',
  offNoBook: 'Chưa dùng được: chọn sổ thi đua (.xlsx) trước.',
  offBusy: 'Đang bận: chờ việc đang làm xong.',
  received: 'Ngày nộp sẽ ghi',
  receivedCopy: 'Ghi Ngày nộp vào sheet Đơn vị',
  receivedOn: (file: string) => `Ngày nộp của ${file}`,
  dateFrom: {
    saved: 'Mặc định: ngày tệp được lưu lần cuối. Sửa nếu đơn vị nộp ngày khác.',
    chosen: 'Ngày bạn đã chọn.',
    today: 'Tệp không ghi ngày lưu: mặc định là hôm nay. Sửa nếu đơn vị nộp ngày khác.',
  } as Record<'saved' | 'chosen' | 'today', string>,
  doImport: (n: number) => `Nhập ${n} bảng`,
  confirmReplace: (n: number) => `Thay ${n} bảng cũ bằng bảng nộp lại`,
  nothingToImport: 'Không có bảng nào nhập được.',
  imported: (list: string) => `Đã nhập: ${list}.`,
  alsoWritten: (list: string) => `Đã ghi: ${list}.`,
  importedCopy: 'Bản sao có các bảng đã nhập:',
  viaValues: 'Excel này chưa chèn được sheet từ tệp (cần ExcelApi 1.13): đã ghi giá trị và ô gộp; định dạng của đơn vị không được giữ.',
  notImported: 'Không nhập',
  chaseTitle: (missing: number, late: number, errors: number) => `${missing} chưa nộp, ${late} nộp muộn, ${errors} còn lỗi`,
  chaseNone: 'Mọi đơn vị đã nộp đúng hạn, không còn lỗi.',
  chaseOpened: 'Đã mở danh sách đôn đốc trong một sổ mới.',
  chaseDownload: 'Tải danh sách đôn đốc',
  chaseOpen: 'Mở trong sổ mới',
  unit: 'Đơn vị',
  status: 'Tình trạng',
  reminder: 'Lời nhắc',
  copy: 'Chép lời nhắc',
  marksNone: 'Không có sheet nào có lỗi để đánh dấu.',
  errorsOn: (errors: number, warnings: number) =>
    [errors ? `${errors} ô có lỗi` : '', warnings ? `${warnings} ô chỉ có cảnh báo` : ''].filter(Boolean).join(', ') || 'Không còn ô nào cần đánh dấu',
  markAll: (n: number) => `Đánh dấu cả ${n} sheet`,
  markedAll: (sheets: number, n: number, notes: number) => `Đã đánh dấu ${n} ô trên ${sheets} sheet, thêm ${notes} ghi chú.`,
  markedNow: (n: number) => `${n} ô đang được đánh dấu`,
  mark: 'Đánh dấu lỗi',
  unmark: 'Xóa đánh dấu',
  errorFile: 'Tệp báo lỗi cho đơn vị',
  markedDone: (n: number, notes: number) => `Đã đánh dấu ${n} ô, thêm ${notes} ghi chú. Bấm "Xóa đánh dấu" để trả lại như cũ.`,
  markedNoComments: 'Excel này chưa có ghi chú (cần ExcelApi 1.10): chỉ tô màu.',
  keptNotes: (n: number) => `${n} ô đã có ghi chú của đơn vị: giữ nguyên, chỉ tô màu.`,
  unmarkedDone: (n: number, left: number) => `Đã trả lại ${n} ô như cũ.${left ? ` ${left} ô đã được đổi màu sau khi đánh dấu: giữ như hiện tại.` : ''}`,
  marksOutside: 'Ngoài Excel, lỗi được đánh dấu trên một bản sao của sheet để gửi lại đơn vị.',
  errorFileOpened: 'Đã mở tệp báo lỗi trong một sổ mới.',
  legacyNone: 'Không có sheet nào gõ bằng bảng mã cũ.',
  legacyFound: (sheet: string, enc: string, n: number) => `Sheet "${sheet}": ${n} ô gõ bằng ${enc}`,
  convert: 'Chuyển sang Unicode',
  restore: 'Khôi phục chữ cũ',
  converted: (n: number, f: number) => `Đã chuyển ${n} ô sang Unicode${f ? `; ${f} ô công thức giữ nguyên` : ''}. Chữ cũ được lưu để khôi phục.`,
  restored: (n: number, left: number) => `Đã khôi phục ${n} ô.${left ? ` ${left} ô đã sửa sau khi chuyển: giữ như hiện tại.` : ''}`,
  legacyOutside: 'Ngoài Excel: dùng lệnh "thidua convert" để ghi bản sao đã chuyển mã.',
  convertedBefore: (n: number) => `${n} ô đã chuyển trước đó`,
  download: (name: string) => `Tải về ${name}`,
};

export type RoundTripStrings = typeof VI;

/** English counts: "1 cell", "2 cells" (never "cell(s)"). */
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
const cells = (n: number, tail = '') => `${plural(n, 'cell')}${tail ? ` ${tail}` : ''}`;

const EN: RoundTripStrings = {
  section: "Units' score sheets",
  templates: 'Unit templates',
  templatesHint: 'One score sheet per unit from the campaign: criteria, maxima, data validation, a total that computes itself',
  importFiles: 'Import sheets…',
  importHint: 'Choose one or more files the units sent back',
  chase: 'Reminders',
  chaseHint: 'Units that have not sent, sent late or still have errors, with a reminder',
  marks: 'Mark errors…',
  marksHint: 'Fill the cells with errors and add a note; removable, exactly as before',
  legacy: 'Legacy fonts…',
  legacyHint: 'Text typed in TCVN3/VNI: preview, convert to Unicode, restore',
  close: 'Close',
  busy: 'Working…',
  noCampaign: 'The workbook has no usable Phong trào, Tiêu chí and Đơn vị yet: no templates.',
  templatesOpened: (n) => `Opened a new workbook with the templates of ${plural(n, 'unit')} (one sheet each). Save it, then send each unit its sheet.`,
  templatesReady: (n) => `${plural(n, 'template')}, one file per unit:`,
  review: 'Review before importing',
  action: {
    add: 'New',
    replace: 'Sent again: replace',
    held: 'Sent again: to confirm',
    blocked: 'Sent again: not replaced',
    same: 'Identical to the imported sheet',
  },
  people: (n) => plural(n, 'person', 'people'),
  toSheet: (s) => `into sheet "${s}"`,
  changes: 'Changes from the earlier sheet',
  changeSummary: (added, removed, changed, filled) =>
    [
      added ? `${plural(added, 'new person', 'new people')}` : '',
      removed ? `${plural(removed, 'person', 'people')} removed` : '',
      changed ? `${cells(changed)} with another score` : '',
      filled ? `${cells(filled)} newly filled` : '',
    ]
      .filter(Boolean)
      .join(', '),
  emptied: (n) => `${cells(n)} left empty in the new file`,
  byPerson: (list) => `By person: ${list}`,
  personCells: (name, n) => `${name} (${cells(n)})`,
  showDetails: (n) => `Show the ${plural(n, 'change')}`,
  hideDetails: 'Hide details',
  noChanges: 'No score differs from the earlier sheet.',
  offNoBook: 'Not available yet: choose a workbook (.xlsx) first.',
  offBusy: 'Busy: wait until the current step is done.',
  received: 'Ngày nộp to be written',
  receivedCopy: 'Enter Ngày nộp in the Đơn vị sheet',
  receivedOn: (file) => `Ngày nộp (date received) of ${file}`,
  dateFrom: {
    saved: 'By default the date the file was last saved. Change it if the unit sent it on another day.',
    chosen: 'The date you chose.',
    today: 'The file does not say when it was saved: today by default. Change it if the unit sent it on another day.',
  },
  doImport: (n) => `Import ${plural(n, 'sheet')}`,
  confirmReplace: (n) => `Replace ${plural(n, 'earlier sheet')} with the ${n === 1 ? 'new one' : 'new ones'}`,
  nothingToImport: 'No sheet can be imported.',
  imported: (list) => `Imported: ${list}.`,
  alsoWritten: (list) => `Written: ${list}.`,
  importedCopy: 'Copy with the imported sheets:',
  viaValues: "This Excel cannot insert sheets from a file (needs ExcelApi 1.13): values and merged cells were written; the unit's formatting is not kept.",
  notImported: 'Not imported',
  chaseTitle: (m, l, e) => `${m} not sent, ${l} late, ${e} with errors`,
  chaseNone: 'Every unit sent on time, without errors.',
  chaseOpened: 'The reminder list opened in a new workbook.',
  chaseDownload: 'Download the reminder list',
  chaseOpen: 'Open in a new workbook',
  unit: 'Unit',
  status: 'Status',
  reminder: 'Reminder',
  copy: 'Copy reminder',
  marksNone: 'No sheet has errors to mark.',
  errorsOn: (errors, warnings) =>
    [errors ? cells(errors, 'with errors') : '', warnings ? cells(warnings, 'with warnings only') : ''].filter(Boolean).join(', ') || 'No cell left to mark',
  markAll: (n) => `Mark all ${plural(n, 'sheet')}`,
  markedAll: (sheets, n, notes) => `Marked ${cells(n)} on ${plural(sheets, 'sheet')}, added ${plural(notes, 'note')}.`,
  markedNow: (n) => `${cells(n)} marked now`,
  mark: 'Mark errors',
  unmark: 'Remove marks',
  errorFile: 'Error file for the unit',
  markedDone: (n, notes) => `Marked ${cells(n)}, added ${plural(notes, 'note')}. "Remove marks" puts them back as they were.`,
  markedNoComments: 'This Excel has no notes API (needs ExcelApi 1.10): fills only.',
  keptNotes: (n) => `${cells(n)} already had the unit's note: kept, filled only.`,
  unmarkedDone: (n, left) => `Restored ${cells(n)}.${left ? ` ${cells(left)} recoloured after marking: left as they are.` : ''}`,
  marksOutside: 'Outside Excel, errors are marked on a copy of the sheet to send back to the unit.',
  errorFileOpened: 'The error file opened in a new workbook.',
  legacyNone: 'No sheet is typed in a legacy encoding.',
  legacyFound: (sheet, enc, n) => `Sheet "${sheet}": ${cells(n)} in ${enc}`,
  convert: 'Convert to Unicode',
  restore: 'Restore the old text',
  converted: (n, f) => `Converted ${cells(n)} to Unicode${f ? `; ${plural(f, 'formula cell')} left` : ''}. The old text is kept for restoring.`,
  restored: (n, left) => `Restored ${cells(n)}.${left ? ` ${cells(left)} edited since: left as they are.` : ''}`,
  legacyOutside: 'Outside Excel: "thidua convert" writes a converted copy.',
  convertedBefore: (n) => `${cells(n)} converted earlier`,
  download: (name) => `Download ${name}`,
};

export function roundTripStrings(lang: Lang): RoundTripStrings {
  return lang === 'vi' ? VI : EN;
}

/**
 * A failed step of the round trip as staff should read it: the add-in's own refusals and Excel's
 * known errors in the language shown, anything else as one sentence (never a library's text).
 */
export function roundTripError(e: unknown, lang: Lang): string {
  const vi = lang === 'vi';
  const blocked = (e as { name?: unknown; sheets?: unknown } | null) ?? null;
  if (blocked?.name === 'OwnSheetsBlockedError' && Array.isArray(blocked.sheets)) {
    const list = (blocked.sheets as string[]).map((n) => `"${n}"`).join(', ');
    return vi
      ? `Chưa ghi gì: sheet ${list} đã bị sửa từ lần add-in ghi, hoặc là sheet của bạn trùng tên. Chép phần cần giữ sang sheet khác hoặc đổi tên sheet đó, rồi làm lại.`
      : (blocked.sheets as string[]).length === 1
        ? `Nothing was written: sheet ${list} was edited since the add-in wrote it, or is yours with the same name. Copy what you need elsewhere or rename that sheet, then try again.`
        : `Nothing was written: sheets ${list} were edited since the add-in wrote them, or are yours with the same names. Copy what you need elsewhere or rename those sheets, then try again.`;
  }
  return officeErrorMessage(e, lang) ?? unexpectedErrorText(lang);
}
