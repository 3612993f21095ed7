import { Lang } from '../../../core/model';

/** The upward feature's words (Vietnamese first), kept here so the pane's shared table stays small. */
const VI = {
  send: 'Gửi cấp trên',
  sendHint: 'Lập hồ sơ gửi cấp trên: một sổ tính mới với danh sách đề nghị, sheet dữ liệu và mã kiểm tra (sổ đang mở không bị sửa)',
  sendNeedsBook: 'Chưa dùng được: cần mở một sổ thi đua đọc được trước.',
  sending: 'Đang lập hồ sơ gửi cấp trên…',
  sentExcel: (file: string, n: number, code: string) => `Đã mở hồ sơ gửi cấp trên trong một sổ mới (${file}): ${n} đề nghị, mã kiểm tra ${code}.`,
  sentFile: (file: string, n: number, code: string) => `Đã lập hồ sơ gửi cấp trên ${file}: ${n} đề nghị, mã kiểm tra ${code}.`,
  oldExcelDownload: 'Excel không mở được hồ sơ thành sổ mới (cần ExcelApi 1.8; trên Excel web tệp phải dưới 5 MB): hãy tải tệp về.',
  notUsable: 'Sổ chưa có phong trào và tiêu chí dùng được: chưa lập được hồ sơ gửi cấp trên.',
  openFindings: (n: number) => `Sổ còn ${n} lỗi chưa sửa; hồ sơ vẫn được lập, các lỗi có trong sheet Kiểm tra của hồ sơ.`,
  downloadUpward: 'Tải về hồ sơ gửi cấp trên',
  rollupMode: 'Cấp trên: tổng hợp hồ sơ các cơ quan',
  rollupHint:
    'Chọn các tệp hồ sơ gửi cấp trên của các cơ quan (chọn nhiều tệp một lần): kiểm mã từng tệp, tìm người được hai nơi đề nghị, lập hồ sơ tổng hợp và thông báo trả lời.',
  chooseFiles: 'Chọn các tệp hồ sơ…',
  chooseRules: 'Sổ quy định của cấp trên (tùy chọn)…',
  rulesChosen: (name: string) => `Quy định cấp trên: ${name}`,
  rollingUp: 'Đang kiểm tra và tổng hợp…',
  filesTable: 'Các tệp đã nhận',
  file: 'Tệp',
  agency: 'Cơ quan',
  code: 'Mã tính lại',
  storedCode: 'Mã ghi trong tệp',
  rollupResult: 'Kết quả tổng hợp',
  result: 'Kết quả',
  receivedShort: 'Nhận',
  received: (a: number, r: number, x: number) => `${a} đồng ý, ${r} xem xét, ${x} trả lại`,
  refused: 'Từ chối',
  crossFindings: 'Giữa các tệp',
  rolledUp: (n: number, files: number, code: string) => `Hồ sơ tổng hợp: ${n} đề nghị từ ${files} tệp; mã kiểm tra ${code}.`,
  downloadRollup: 'Tải về hồ sơ tổng hợp',
  downloadReply: (agency: string) => `Thông báo trả lời: ${agency}`,
  close: 'Đóng',
};

/** English counts: "1 day", "2 days" (never "day(s)"). */
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

const EN: typeof VI = {
  send: 'Send upward',
  sendHint: 'Make the upward workbook: a new workbook with the proposal list, the data sheet and the check code (the open book is not changed)',
  sendNeedsBook: 'Not available yet: open a readable emulation workbook first.',
  sending: 'Making the upward workbook…',
  sentExcel: (file, n, code) => `The upward workbook opened as a new workbook (${file}): ${plural(n, 'proposal')}, check code ${code}.`,
  sentFile: (file, n, code) => `Upward workbook ${file} made: ${plural(n, 'proposal')}, check code ${code}.`,
  oldExcelDownload: 'Excel could not open it as a new workbook (needs ExcelApi 1.8; under 5 MB on Excel on the web): download the file.',
  notUsable: 'The book has no usable campaign and criteria: no upward workbook made.',
  openFindings: (n) => `The book still has ${plural(n, 'error')}; the workbook was made, its Kiểm tra sheet lists them.`,
  downloadUpward: 'Download the upward workbook',
  rollupMode: "Upper level: roll up the agencies' files",
  rollupHint: "Pick the agencies' upward files (several at once): each is verified, people proposed twice are found, the roll-up and the replies are made.",
  chooseFiles: 'Choose the files…',
  chooseRules: 'Upper level rules book (optional)…',
  rulesChosen: (name) => `Upper rules: ${name}`,
  rollingUp: 'Verifying and rolling up…',
  filesTable: 'Files received',
  file: 'File',
  agency: 'Agency',
  code: 'Recomputed code',
  storedCode: 'Code in the file',
  rollupResult: 'Roll-up result',
  result: 'Result',
  receivedShort: 'Received',
  received: (a, r, x) => `${a} accepted, ${r} to review, ${x} returned`,
  refused: 'Refused',
  crossFindings: 'Across files',
  rolledUp: (n, files, code) => `Roll-up: ${plural(n, 'proposal')} from ${plural(files, 'file')}; check code ${code}.`,
  downloadRollup: 'Download the roll-up',
  downloadReply: (agency) => `Reply: ${agency}`,
  close: 'Close',
};

export type UpwardStrings = typeof VI;

export function upwardStrings(lang: Lang): UpwardStrings {
  return lang === 'vi' ? VI : EN;
}
