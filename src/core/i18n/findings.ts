import { Lang, Severity } from '../model';
import { SAFETY_FINDINGS } from './findings/safety';
import { FORM_FINDINGS } from './findings/forms';
import { RULE_FINDINGS } from './findings/rules';
import { UPWARD_FINDINGS } from './findings/upward';
import { ROUNDTRIP_FINDINGS } from './findings/roundtrip';

/**
 * Every finding the engine can report, in the words emulation officers use, with how to fix it.
 * `{x}` is replaced by the finding's parameters.
 */
export interface FindingText {
  severity: Severity;
  vi: string;
  en: string;
  fixVi: string;
  fixEn: string;
}

const CORE_FINDINGS = {
  CONFIG_SHEET_MISSING: {
    severity: 'error',
    vi: 'Không tìm thấy sheet cấu hình "{sheet}".',
    en: 'Configuration sheet "{sheet}" was not found.',
    fixVi: 'Thêm sheet "{sheet}" (nút "Tạo mẫu phong trào" ghi sẵn sheet này với quy định mặc định).',
    fixEn: 'Add the "{sheet}" sheet (the "Campaign template" button writes it with the default rules).',
  },
  UNITS_SHEET_MISSING: {
    severity: 'warning',
    vi: 'Không có sheet "Đơn vị": không kiểm tra được đơn vị nào chưa nộp bảng chấm điểm.',
    en: 'No "Đơn vị" sheet: units that sent no score sheet cannot be detected.',
    fixVi: 'Thêm sheet "Đơn vị" với Mã đơn vị, Tên đơn vị, Khối thi đua, Số lao động.',
    fixEn: 'Add a "Đơn vị" sheet with unit code, name, block and headcount.',
  },
  CONFIG_HEADER_MISSING: {
    severity: 'error',
    vi: 'Sheet "{sheet}" thiếu cột "{column}" trong dòng tiêu đề.',
    en: 'Sheet "{sheet}" has no "{column}" column in its header row.',
    fixVi: 'Thêm cột "{column}" vào dòng tiêu đề của bảng.',
    fixEn: 'Add a "{column}" column to the table header.',
  },
  CAMPAIGN_NAME_MISSING: {
    severity: 'error',
    vi: 'Chưa ghi Tên phong trào.',
    en: 'The campaign name is missing.',
    fixVi: 'Ghi tên phong trào ở cột B, dòng "Tên phong trào".',
    fixEn: 'Enter the campaign name in column B of the "Tên phong trào" row.',
  },
  CAMPAIGN_YEAR_MISSING: {
    severity: 'warning',
    vi: 'Chưa ghi Năm (hoặc Từ ngày/Đến ngày) của phong trào: không xét được điều kiện "năm liên tục".',
    en: 'The campaign year is missing: consecutive-year conditions cannot be checked.',
    fixVi: 'Ghi năm, ví dụ 2025, ở dòng "Năm".',
    fixEn: 'Enter the year, e.g. 2025, in the "Năm" row.',
  },
  CONFIG_BAD_NUMBER: {
    severity: 'error',
    vi: '"{label}" phải là số, đang ghi "{value}".',
    en: '"{label}" must be a number; found "{value}".',
    fixVi: 'Ghi một số (có thể dùng dấu phẩy thập phân, ví dụ 9,5).',
    fixEn: 'Enter a number (a decimal comma is accepted, e.g. 9,5).',
  },
  CONFIG_BAD_VALUE: {
    severity: 'error',
    vi: '"{label}" không hợp lệ: "{value}". Giá trị được chấp nhận: {allowed}.',
    en: '"{label}" is not valid: "{value}". Accepted: {allowed}.',
    fixVi: 'Chọn một trong các giá trị: {allowed}.',
    fixEn: 'Use one of: {allowed}.',
  },
  TIEBREAK_UNKNOWN: {
    severity: 'error',
    vi: 'Tiêu chí phụ khi bằng điểm "{value}" không nhận ra được.',
    en: 'Tie-break key "{value}" is not recognised.',
    fixVi: 'Dùng mã nhóm/tiêu chí (ví dụ "Nhóm I", "1.1"), "Điểm trừ", "Điểm thưởng", "Xếp loại", "Sáng kiến" hoặc "Tên", cách nhau bởi dấu ";".',
    fixEn: 'Use a group or criterion code ("Nhóm I", "1.1"), "Điểm trừ", "Điểm thưởng", "Xếp loại", "Sáng kiến" or "Tên", separated by ";".',
  },
  CRITERION_BAD_CODE: {
    severity: 'error',
    vi: 'Mã tiêu chí "{value}" không đúng dạng (I, II… cho nhóm; 1, 1.1… cho tiêu chí; C1, T1… cho điểm cộng/trừ).',
    en: 'Criterion code "{value}" is not in a known form (I, II… for groups; 1, 1.1… for items; C1, T1… for bonus/deduction).',
    fixVi: 'Sửa mã tiêu chí cho đúng dạng.',
    fixEn: 'Correct the code.',
  },
  CRITERION_DUPLICATE: {
    severity: 'error',
    vi: 'Mã tiêu chí "{value}" bị trùng (đã có ở dòng {other}).',
    en: 'Criterion code "{value}" is duplicated (already on row {other}).',
    fixVi: 'Mỗi tiêu chí cần một mã riêng.',
    fixEn: 'Give each criterion its own code.',
  },
  CRITERION_NO_MAX: {
    severity: 'warning',
    vi: 'Tiêu chí "{value}" chưa có Điểm tối đa: điểm không bị giới hạn.',
    en: 'Criterion "{value}" has no maximum: its points are not capped.',
    fixVi: 'Ghi Điểm tối đa cho tiêu chí.',
    fixEn: 'Enter the maximum points.',
  },
  CRITERIA_EMPTY: {
    severity: 'error',
    vi: 'Sheet "Tiêu chí" không có tiêu chí nào.',
    en: 'The "Tiêu chí" sheet has no criteria.',
    fixVi: 'Nhập các tiêu chí với Mã, Nội dung và Điểm tối đa.',
    fixEn: 'Enter criteria with code, text and maximum.',
  },
  TITLE_BAD_CONDITION: {
    severity: 'error',
    vi: 'Không hiểu điều kiện "{value}" của danh hiệu "{title}": {reason}',
    en: 'Condition "{value}" of "{title}" cannot be read: {reason}',
    fixVi: 'Viết điều kiện theo cú pháp trong hướng dẫn, ví dụ: "không kỷ luật; sáng kiến ≥ 1; đạt Lao động tiên tiến". Danh hiệu này sẽ không được đề xuất cho ai cho đến khi sửa.',
    fixEn: 'Write the condition in the documented grammar, e.g. "không kỷ luật; sáng kiến ≥ 1; đạt Lao động tiên tiến". Nobody is proposed for this title until it is fixed.',
  },
  TITLE_BAD_BASE: {
    severity: 'error',
    vi: '"Tính trên" của danh hiệu "{title}" là "{value}": phải là một danh hiệu ở dòng phía trên, "Số lao động" hoặc "Số ứng viên".',
    en: 'Quota base of "{title}" is "{value}": it must be a title on a row above, "Số lao động" or "Số ứng viên".',
    fixVi: 'Sửa cột "Tính trên".',
    fixEn: 'Correct the "Tính trên" column.',
  },
  TITLE_DUPLICATE: {
    severity: 'error',
    vi: 'Danh hiệu "{title}" có hai dòng trong sheet "Danh hiệu"; chỉ dòng đầu được dùng.',
    en: 'Title "{title}" appears twice in "Danh hiệu"; only the first row is used.',
    fixVi: 'Xóa hoặc đổi tên dòng trùng.',
    fixEn: 'Remove or rename the duplicate row.',
  },
  TITLES_EMPTY: {
    severity: 'warning',
    vi: 'Sheet "Danh hiệu" không có danh hiệu nào: chỉ xếp hạng, không đề xuất danh hiệu.',
    en: 'The "Danh hiệu" sheet has no titles: ranking only, no proposals.',
    fixVi: 'Nhập danh hiệu hoặc dùng mẫu mặc định.',
    fixEn: 'Enter titles or use the default template.',
  },
  UNIT_DUPLICATE: {
    severity: 'warning',
    vi: 'Đơn vị "{value}" bị trùng trong sheet "Đơn vị".',
    en: 'Unit "{value}" appears twice in "Đơn vị".',
    fixVi: 'Xóa dòng trùng.',
    fixEn: 'Remove the duplicate row.',
  },
  HISTORY_BAD_ROW: {
    severity: 'warning',
    vi: 'Dòng lịch sử khen thưởng không dùng được: {reason}.',
    en: 'Award history row cannot be used: {reason}.',
    fixVi: 'Ghi đủ Họ và tên, Ngày sinh, Năm và Danh hiệu.',
    fixEn: 'Fill in name, date of birth, year and title.',
  },
  SHEET_NO_CRITERIA: {
    severity: 'warning',
    vi: 'Sheet "{sheet}" có cột họ tên nhưng không nhận ra cột tiêu chí nào: sheet bị bỏ qua.',
    en: 'Sheet "{sheet}" has a name column but no recognised criterion column: skipped.',
    fixVi: 'Ghi mã tiêu chí (ví dụ "1.1" hoặc "TC 1.1") hoặc đúng nội dung tiêu chí ở tiêu đề cột.',
    fixEn: 'Put the criterion code (e.g. "1.1" or "TC 1.1") or its text in the column headers.',
  },
  SHEET_GROUP_TOTALS: {
    severity: 'warning',
    vi: 'Sheet "{sheet}" chấm điểm theo nhóm {value}, không có điểm từng tiêu chí: điểm nhóm được dùng (không vượt điểm tối đa của nhóm), điểm sàn của từng tiêu chí trong nhóm không xét được.',
    en: 'Sheet "{sheet}" scores group(s) {value} as a whole, without the items: the group scores are used (capped at the group maximum), and the items\' floors cannot be checked.',
    fixVi: 'Nếu phong trào chấm theo từng tiêu chí, đề nghị đơn vị nộp lại bảng chấm có đủ cột tiêu chí.',
    fixEn: 'If the campaign scores item by item, ask the unit for a sheet with the item columns.',
  },
  SHEET_CRITERION_COLUMN_MISSING: {
    severity: 'error',
    vi: 'Sheet "{sheet}" thiếu cột tiêu chí {value}: điểm tiêu chí này coi như 0.',
    en: 'Sheet "{sheet}" has no column for criterion {value}: it counts as 0.',
    fixVi: 'Thêm cột tiêu chí {value} theo mẫu bảng chấm điểm.',
    fixEn: 'Add the column for criterion {value} as in the template.',
  },
  SHEET_UNIT_UNKNOWN: {
    severity: 'warning',
    vi: 'Không xác định được đơn vị của sheet "{sheet}" (không có cột Đơn vị, tiêu đề hay tên sheet khớp sheet "Đơn vị"); tạm dùng tên sheet.',
    en: 'The unit of sheet "{sheet}" could not be found (no unit column, title block or sheet name matching "Đơn vị"); the sheet name is used.',
    fixVi: 'Thêm cột "Đơn vị", ghi tên đơn vị ở phần tiêu đề, hoặc đặt tên sheet theo mã đơn vị.',
    fixEn: 'Add a unit column, put the unit name in the title block, or name the sheet after the unit code.',
  },
  SCORE_ABOVE_MAX: {
    severity: 'error',
    vi: 'Điểm tiêu chí {item} là {value}, vượt điểm tối đa {max}; tính theo {max}.',
    en: 'Criterion {item} has {value}, above its maximum {max}; {max} is used.',
    fixVi: 'Sửa điểm không vượt {max}.',
    fixEn: 'Enter at most {max}.',
  },
  SCORE_NEGATIVE: {
    severity: 'error',
    vi: 'Điểm tiêu chí {item} là {value}, nhỏ hơn 0; tính là 0.',
    en: 'Criterion {item} has {value}, below 0; 0 is used.',
    fixVi: 'Điểm chấm từ 0 đến {max}. Điểm trừ ghi ở cột tiêu chí trừ, bằng số dương.',
    fixEn: 'Scores run from 0 to {max}. Deductions go in deduction columns as positive numbers.',
  },
  SCORE_NOT_NUMBER: {
    severity: 'error',
    vi: 'Điểm tiêu chí {item} không phải là số: "{value}".',
    en: 'Criterion {item} is not a number: "{value}".',
    fixVi: 'Ghi điểm bằng số, ví dụ 9,5.',
    fixEn: 'Enter a number, e.g. 9.5.',
  },
  SCORE_TEXT_NUMBER: {
    severity: 'warning',
    vi: 'Điểm tiêu chí {item} được ghi dạng văn bản "{value}"; đã đọc là {number}.',
    en: 'Criterion {item} is stored as text "{value}"; read as {number}.',
    fixVi: 'Định dạng ô là số để Excel tự cộng đúng.',
    fixEn: 'Format the cell as a number so Excel sums it.',
  },
  SCORE_MISSING: {
    severity: 'error',
    vi: 'Chưa chấm tiêu chí {item}; tạm tính 0 điểm.',
    en: 'Criterion {item} has no score; 0 is used for now.',
    fixVi: 'Nhập điểm tự chấm cho tiêu chí {item}.',
    fixEn: 'Enter the self-score for criterion {item}.',
  },
  TOTAL_MISMATCH: {
    severity: 'error',
    vi: 'Tổng điểm ghi trên bảng là {stated}, tính lại theo tiêu chí được {computed}.{hint}',
    en: 'The stated total is {stated}; recomputed from the criteria it is {computed}.{hint}',
    fixVi: 'Kiểm tra lại công thức cộng điểm; add-in dùng tổng tính lại.',
    fixEn: 'Check the sum formula; the add-in uses the recomputed total.',
  },
  TOTAL_NOT_NUMBER: {
    severity: 'warning',
    vi: 'Tổng điểm ghi trên bảng không phải là số: "{value}".',
    en: 'The stated total is not a number: "{value}".',
    fixVi: 'Ghi tổng điểm bằng số hoặc để công thức.',
    fixEn: 'Enter a number or a formula.',
  },
  RATING_INVALID: {
    severity: 'error',
    vi: 'Xếp loại "{value}" không thuộc bốn mức HTXSNV, HTTNV, HTNV, KHTNV.',
    en: 'Rating "{value}" is not one of the four levels HTXSNV, HTTNV, HTNV, KHTNV.',
    fixVi: 'Ghi một trong bốn mức (viết tắt hoặc đầy đủ, ví dụ "Hoàn thành tốt nhiệm vụ").',
    fixEn: 'Enter one of the four levels (abbreviated or in full).',
  },
  RATING_MISSING: {
    severity: 'warning',
    vi: 'Chưa có xếp loại chất lượng: không xét được danh hiệu yêu cầu xếp loại.',
    en: 'No quality rating: titles that require one cannot be granted.',
    fixVi: 'Ghi xếp loại chất lượng năm (HTXSNV, HTTNV, HTNV, KHTNV).',
    fixEn: 'Enter the annual rating.',
  },
  NUMBER_INVALID: {
    severity: 'warning',
    vi: '"{label}" không đọc được là số: "{value}"; tính là 0.',
    en: '"{label}" is not a number: "{value}"; 0 is used.',
    fixVi: 'Ghi số.',
    fixEn: 'Enter a number.',
  },
  DATE_INVALID: {
    severity: 'warning',
    vi: 'Ngày sinh "{value}" không đọc được (cần dd/mm/yyyy).',
    en: 'Date of birth "{value}" cannot be read (dd/mm/yyyy expected).',
    fixVi: 'Ghi ngày sinh dạng dd/mm/yyyy hoặc định dạng ô là ngày.',
    fixEn: 'Enter dd/mm/yyyy or format the cell as a date.',
  },
  DISCIPLINE_UNKNOWN: {
    severity: 'warning',
    vi: 'Không nhận ra hình thức kỷ luật "{value}"; coi như có kỷ luật ở mức nặng nhất khi xét danh hiệu.',
    en: 'Disciplinary measure "{value}" is not recognised; treated as the most severe when checking titles.',
    fixVi: 'Ghi đúng tên hình thức: Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc; để trống nếu không bị kỷ luật.',
    fixEn: 'Write the measure by its legal name, or leave blank when none.',
  },
  TITLE_REQUEST_NOT_ELIGIBLE: {
    severity: 'warning',
    vi: 'Đơn vị đề nghị "{title}" nhưng chưa đủ điều kiện: {reason}.',
    en: 'The unit requests "{title}" but the candidate is not eligible: {reason}.',
    fixVi: 'Xem lại đề nghị hoặc bổ sung minh chứng; chi tiết ở sheet "Xếp hạng".',
    fixEn: 'Review the request or add evidence; details are in "Xếp hạng".',
  },
  TITLE_REQUEST_UNKNOWN: {
    severity: 'warning',
    vi: 'Danh hiệu đề nghị "{value}" không có trong sheet "Danh hiệu".',
    en: 'Requested title "{value}" is not in the "Danh hiệu" sheet.',
    fixVi: 'Ghi đúng tên danh hiệu như trong sheet "Danh hiệu".',
    fixEn: 'Use a title name exactly as in "Danh hiệu".',
  },
  DUPLICATE_PERSON: {
    severity: 'error',
    vi: '"{name}" có mặt ở hai nơi: {other} ({how}).',
    en: '"{name}" appears twice: also at {other} ({how}).',
    fixVi: 'Mỗi người chỉ được chấm ở một đơn vị; xóa dòng thừa.',
    fixEn: 'Each person is scored in one unit only; remove the extra row.',
  },
  DUPLICATE_NAME_NO_ID: {
    severity: 'warning',
    vi: 'Có người trùng họ tên "{name}" ở {other}; không có ngày sinh hoặc mã cán bộ để phân biệt.',
    en: '"{name}" also appears at {other}; no date of birth or staff code tells them apart.',
    fixVi: 'Thêm cột Ngày sinh hoặc Mã cán bộ.',
    fixEn: 'Add a date of birth or staff code column.',
  },
  RATING_SHARE_HIGH: {
    severity: 'warning',
    vi: '{count} người xếp loại HTXSNV, quá {percent}% số người xếp loại HTTNV ({good} người → tối đa {max}) ({basis}).',
    en: '{count} people rated HTXSNV, more than {percent}% of those rated HTTNV ({good} → at most {max}) ({basis}).',
    fixVi: 'Rà soát lại xếp loại HTXSNV với các đơn vị (tỷ lệ tính trong cả cơ quan, theo từng nhóm chức trách tương đồng).',
    fixEn: 'Review the HTXSNV ratings with the units (the share is per agency and per group of similar duties).',
  },
  RATING_WITH_DISCIPLINE: {
    severity: 'warning',
    vi: 'Bị kỷ luật ({discipline}) nhưng xếp loại {rating}: từ 2026, công chức bị kỷ luật trong năm xếp loại KHTNV ({basis}).',
    en: 'Disciplined ({discipline}) but rated {rating}: from 2026 a disciplined civil servant is rated KHTNV ({basis}).',
    fixVi: 'Kiểm tra lại xếp loại hoặc cột Kỷ luật của người này.',
    fixEn: 'Check this person\'s rating or the Kỷ luật column.',
  },
  UNIT_LATE: {
    severity: 'warning',
    vi: 'Đơn vị "{value}" nộp bảng chấm điểm ngày {received}, sau hạn {deadline} ({days} ngày).',
    en: 'Unit "{value}" sent its score sheet on {received}, {days} day(s) after the deadline {deadline}.',
    fixVi: 'Nếu phong trào trừ điểm nộp chậm, ghi điểm trừ cho đơn vị; nếu ngày nộp ghi nhầm, sửa ô này.',
    fixEn: 'If the campaign deducts points for late reports, record the deduction; if the date is wrong, correct this cell.',
  },
  UNIT_DATE_INVALID: {
    severity: 'warning',
    vi: 'Cột "{label}" của đơn vị "{unit}" không đọc được là ngày: "{value}".',
    en: 'Column "{label}" of unit "{unit}" is not a date: "{value}".',
    fixVi: 'Ghi ngày dạng dd/mm/yyyy (ví dụ 15/12/2025) hoặc định dạng ô là ngày.',
    fixEn: 'Write the date as dd/mm/yyyy (e.g. 15/12/2025) or format the cell as a date.',
  },
  UNIT_NO_SHEET: {
    severity: 'warning',
    vi: 'Đơn vị "{value}" chưa nộp bảng chấm điểm.',
    en: 'Unit "{value}" has not sent a score sheet.',
    fixVi: 'Đôn đốc đơn vị nộp bảng chấm điểm{deadline}.',
    fixEn: 'Remind the unit to send its score sheet{deadline}.',
  },
  SCORE_GAP: {
    severity: 'warning',
    vi: 'Điểm thẩm định ({appraised}) chênh lệch với điểm tự chấm ({self}) {gap} điểm, vượt ngưỡng {threshold}.',
    en: 'The appraised score ({appraised}) differs from the self-score ({self}) by {gap}, above the threshold {threshold}.',
    fixVi: 'Hội đồng xem xét lại, ghi lý do vào cột Ghi chú.',
    fixEn: 'The council reviews it and notes the reason.',
  },
  EVIDENCE_MISSING: {
    severity: 'warning',
    vi: 'Tiêu chí {item} bắt buộc có minh chứng nhưng chưa ghi minh chứng.',
    en: 'Criterion {item} requires evidence but none is given.',
    fixVi: 'Ghi số văn bản/tài liệu minh chứng vào cột Minh chứng hoặc Ghi chú.',
    fixEn: 'Cite the supporting document in the evidence or notes column.',
  },
  EVIDENCE_COLUMN_MISSING: {
    severity: 'warning',
    vi: 'Có tiêu chí bắt buộc minh chứng ({value}) nhưng sheet không có cột Minh chứng/Ghi chú.',
    en: 'Some criteria require evidence ({value}) but the sheet has no evidence or notes column.',
    fixVi: 'Thêm cột "Minh chứng".',
    fixEn: 'Add a "Minh chứng" column.',
  },
  LEGACY_ENCODING: {
    severity: 'warning',
    vi: 'Văn bản "{value}" có vẻ gõ bằng bảng mã cũ {encoding}, không phải Unicode: so khớp tên có thể sai.',
    en: 'Text "{value}" looks like legacy {encoding} encoding, not Unicode: name matching may fail.',
    fixVi: 'Chuyển mã sang Unicode: lệnh "thidua convert" ghi một bản sao đã chuyển (hoặc dùng Unikey, "Công cụ chuyển mã"), kiểm tra lại rồi dùng bản đó.',
    fixEn: 'Convert the text to Unicode: "thidua convert" writes a converted copy (or use Unikey\'s converter); check it, then use that copy.',
  },
  FORMULA_ERROR: {
    severity: 'error',
    vi: 'Ô có lỗi công thức {value}.',
    en: 'The cell holds a formula error {value}.',
    fixVi: 'Sửa công thức trong ô.',
    fixEn: 'Fix the formula.',
  },
  QUOTA_TIE: {
    severity: 'warning',
    vi: '{count} ứng viên đồng hạng {rank} ({scope}) tranh {slots} suất "{title}" còn lại: chưa đề xuất ai, chờ Hội đồng bỏ phiếu. Gồm: {names}.',
    en: '{count} candidates tied at rank {rank} ({scope}) for the {slots} remaining "{title}" place(s): none proposed, for the council to vote. They are: {names}.',
    fixVi: 'Hội đồng Thi đua – Khen thưởng bỏ phiếu, hoặc bổ sung tiêu chí phụ ở "Thứ tự khi bằng điểm".',
    fixEn: 'The council votes, or the campaign adds a tie-break key.',
  },
  OUTPUT_NAME_TAKEN: {
    severity: 'warning',
    vi: 'Đã có sheet "{value}" của người dùng; kết quả được ghi vào sheet "{other}" để không ghi đè.',
    en: 'A user sheet "{value}" already exists; results were written to "{other}" instead.',
    fixVi: 'Đổi tên sheet của bạn nếu muốn add-in dùng tên chuẩn.',
    fixEn: 'Rename your sheet if you want the standard name used.',
  },
} satisfies Record<string, FindingText>;

/**
 * One table of every finding. Each workflow keeps its own messages in `findings/<area>.ts`, so the
 * areas grow apart; a code is defined once (the test checks no area repeats another's code).
 */
export const FINDINGS = { ...CORE_FINDINGS, ...SAFETY_FINDINGS, ...FORM_FINDINGS, ...RULE_FINDINGS, ...UPWARD_FINDINGS, ...ROUNDTRIP_FINDINGS };

export type FindingCode = keyof typeof FINDINGS;
export type FindingParams = Record<string, string | number>;

export function fill(template: string, params: FindingParams): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? `{${k}}` : String(params[k])));
}

export function findingText(code: FindingCode, params: FindingParams, lang: Lang): { severity: Severity; message: string; fix: string } {
  const t: FindingText = FINDINGS[code];
  return {
    severity: t.severity,
    message: fill(lang === 'vi' ? t.vi : t.en, params),
    fix: fill(lang === 'vi' ? t.fixVi : t.fixEn, params),
  };
}
