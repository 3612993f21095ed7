import type { FindingText } from '../findings';

/** Findings of the Law's rules, the council's votes and the minutes. */
export const RULE_FINDINGS = {
  TITLE_BAD_QUOTA: {
    severity: 'error',
    vi: '"{label}" của danh hiệu "{title}" là {value}: {reason}. Chỉ tiêu này không được áp dụng và danh hiệu không được đề xuất cho ai cho đến khi sửa.',
    en: '"{label}" of "{title}" is {value}: {reason}. This quota is not applied and nobody is proposed for the title until it is fixed.',
    fixVi: 'Ghi {allowed}, hoặc để trống nếu không giới hạn.',
    fixEn: 'Enter {allowed}, or leave it blank for no limit.',
  },
  TITLE_BAD_VOTE_RULE: {
    severity: 'error',
    vi: '"{label}" của danh hiệu "{title}" là "{value}": {reason}. Danh hiệu không được đề xuất cho ai cho đến khi sửa.',
    en: '"{label}" of "{title}" is "{value}": {reason}. Nobody is proposed for the title until it is fixed.',
    fixVi: 'Ghi {allowed}.',
    fixEn: 'Enter {allowed}.',
  },
  VOTE_TITLE_UNKNOWN: {
    severity: 'error',
    vi: 'Dòng biểu quyết ghi danh hiệu "{value}", không có trong sheet "Danh hiệu": phiếu của dòng này không được tính.',
    en: 'The vote row names the title "{value}", which is not in "Danh hiệu": its votes are not counted.',
    fixVi: 'Ghi đúng tên danh hiệu như trong sheet "Danh hiệu".',
    fixEn: 'Write the title as it is named in "Danh hiệu".',
  },
  VOTE_CANDIDATE_UNKNOWN: {
    severity: 'error',
    vi: 'Không tìm thấy ứng viên "{name}"{unit} trong các bảng chấm điểm: phiếu của dòng này không được tính.',
    en: 'No candidate "{name}"{unit} in the score sheets: the votes of this row are not counted.',
    fixVi: 'Ghi họ tên và đơn vị như trong bảng chấm điểm, hoặc để add-in ghi lại sheet (xóa sheet "Biểu quyết" rồi chạy Xếp hạng).',
    fixEn: 'Write the name and unit as in the score sheet, or let the add-in write the sheet again (delete "Biểu quyết", then rank).',
  },
  VOTE_CANDIDATE_AMBIGUOUS: {
    severity: 'error',
    vi: 'Có {count} ứng viên tên "{name}"{unit}: không biết phiếu của dòng này là của ai, nên chưa được tính.',
    en: '{count} candidates are named "{name}"{unit}: the votes of this row cannot be placed and are not counted.',
    fixVi: 'Ghi đơn vị, hoặc ghi "Mã ứng viên" (sheet!dòng, ví dụ VP!7) như add-in ghi sẵn.',
    fixEn: 'Add the unit, or the "Mã ứng viên" reference (sheet!row, e.g. VP!7) the add-in writes.',
  },
  VOTE_BAD_NUMBER: {
    severity: 'error',
    vi: '"{label}" phải là số nguyên không âm, đang ghi "{value}": dòng này coi như chưa có phiếu.',
    en: '"{label}" must be a whole number, not negative; found "{value}": the row counts as not yet voted.',
    fixVi: 'Ghi số người (ví dụ 9).',
    fixEn: 'Enter a number of people (e.g. 9).',
  },
  VOTE_BAD_COUNT: {
    severity: 'error',
    vi: 'Số liệu biểu quyết của "{name}" ({title}) không khớp: {reason}. Dòng này coi như chưa có phiếu.',
    en: 'The vote of "{name}" ({title}) does not add up: {reason}. The row counts as not yet voted.',
    fixVi: 'Sửa Tổng số thành viên, Số có mặt hoặc Số phiếu đồng ý cho khớp biên bản kiểm phiếu.',
    fixEn: 'Correct the members, present or votes in favour to match the ballot count.',
  },
  VOTE_DUPLICATE: {
    severity: 'error',
    vi: '"{name}" có hai dòng biểu quyết cho "{title}" (dòng này và dòng {other}): chỉ dòng {other} được tính.',
    en: '"{name}" has two vote rows for "{title}" (this one and row {other}): only row {other} is counted.',
    fixVi: 'Xóa dòng thừa.',
    fixEn: 'Delete the extra row.',
  },
  VOTE_MISSING: {
    severity: 'warning',
    vi: '"{title}" cần Hội đồng biểu quyết; {count} đề nghị chưa có kết quả: {names}. Vẫn chờ Hội đồng.',
    en: '"{title}" needs the council\'s vote; {count} proposal(s) have no result yet: {names}. Still pending.',
    fixVi: 'Ghi số phiếu đồng ý vào sheet "Biểu quyết" (thêm dòng nếu thiếu), rồi chạy lại Xếp hạng.',
    fixEn: 'Enter the votes in favour in "Biểu quyết" (add the rows that are missing), then rank again.',
  },
  VOTE_TIE_STANDS: {
    severity: 'warning',
    vi: '{count} ứng viên đồng hạng tranh {slots} suất "{title}" còn lại cũng bằng phiếu ({votes}): chưa đề xuất ai trong số họ, chờ Hội đồng quyết định. Gồm: {names}.',
    en: '{count} candidates tied for the {slots} remaining "{title}" place(s) also have equal votes ({votes}): none of them proposed, for the council to decide. They are: {names}.',
    fixVi: 'Hội đồng bỏ phiếu lại giữa những người bằng phiếu và ghi kết quả mới vào sheet "Biểu quyết".',
    fixEn: 'The council votes again between those with equal votes; enter the new result in "Biểu quyết".',
  },
} satisfies Record<string, FindingText>;
