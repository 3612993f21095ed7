import { Lang } from '../../../core/model';
import { defineWords, t } from '../../../core/i18n/words';
import type { ClosingNote } from './store';
import type { ClosingOutput } from './state';

/** The closing feature's words, Vietnamese first. */
export const CLOSING_WORDS = /*#__PURE__*/ defineWords(
  'pane.closing',
  {
    heading: 'Kết thúc năm',
    hint: 'Từ sổ đang mở (sổ kết quả có sheet Số quyết định là tốt nhất): mỗi nút lập một sổ mới, sổ đang mở không bị sửa. Các sheet này cũng có trong bản kết quả của Xếp hạng.',
    needsBook: 'Chưa dùng được: cần mở một sổ thi đua đọc được trước.',
    decisions: 'Quyết định và danh sách',
    money: 'Tiền thưởng',
    certificates: 'Giấy khen (trộn thư, in)',
    report: 'Báo cáo tổng kết',
    nextYear: 'Sổ năm sau',
    making: 'Đang lập: {what}…',
    madeExcel: 'Đã mở {what} trong một sổ mới ({file}).',
    madeFile: 'Đã lập {what}: {file}.',
    nextYearAdded: 'Sổ năm {year}: Lịch sử khen thưởng thêm {added} danh hiệu đã quyết định năm nay.',
    oldExcelDownload: 'Excel không mở được thành sổ mới (cần ExcelApi 1.8): hãy tải tệp về.',
    notUsable: 'Sổ chưa có phong trào và tiêu chí dùng được.',
    nothing: 'Chưa có gì để lập: chưa có danh hiệu nào được quyết định (hoặc không có giấy khen, giấy chứng nhận).',
    office: 'Excel báo lỗi {code}: chưa lập được {what}.',
    other: 'Chưa lập được {what}: lỗi không lường trước.',
    download: 'Tải về {file}',
  },
  {
    heading: 'Closing the year',
    hint: 'From the open book (best: the result copy with its Số quyết định sheet): each button makes a new workbook; the open book is not changed. These sheets are also in the ranking’s result copy.',
    needsBook: 'Not available yet: open a readable emulation book first.',
    decisions: 'Decisions and lists',
    money: 'Reward money',
    certificates: 'Certificates (mail merge, print)',
    report: 'Year-end report',
    nextYear: 'Next year’s book',
    making: 'Making: {what}…',
    madeExcel: 'Opened {what} in a new workbook ({file}).',
    madeFile: 'Made {what}: {file}.',
    nextYearAdded: 'Book for {year}: the award history gains {added} titles decided this year.',
    oldExcelDownload: 'Excel could not open it as a new workbook (needs ExcelApi 1.8): download it instead.',
    notUsable: 'The book has no usable campaign and criteria.',
    nothing: 'Nothing to make yet: no title decided (or no certificate).',
    office: 'Excel reported {code}: {what} not made.',
    other: '{what} not made: an unexpected error.',
    download: 'Download {file}',
  },
);

export function outputLabel(o: ClosingOutput, lang: Lang): string {
  return t(CLOSING_WORDS, lang, o);
}

/** A note as shown: its intent and its sentence, in the language on screen. */
export function closingNoteView(n: ClosingNote, lang: Lang): { intent: 'success' | 'warning' | 'error' | 'info'; text: string } {
  const W = CLOSING_WORDS;
  if (n.kind === 'oldExcelDownload') return { intent: 'warning', text: t(W, lang, 'oldExcelDownload') };
  if (n.kind === 'made') {
    const what = outputLabel(n.output, lang);
    const made = t(W, lang, n.where === 'excel' ? 'madeExcel' : 'madeFile', { what, file: n.fileName });
    return { intent: 'success', text: n.year ? `${made} ${t(W, lang, 'nextYearAdded', { year: n.year, added: n.added ?? 0 })}` : made };
  }
  const what = outputLabel(n.output, lang);
  const e = n.error;
  const text =
    e.kind === 'notUsable'
      ? t(W, lang, 'notUsable')
      : e.kind === 'nothing'
        ? t(W, lang, 'nothing')
        : e.kind === 'office'
          ? t(W, lang, 'office', { code: e.code, what })
          : t(W, lang, 'other', { what });
  return { intent: 'error', text };
}
