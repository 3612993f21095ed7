import type { FindingText } from './text';

/** Findings of file safety and bad input (files, config values, own sheets). */
export const SAFETY_FINDINGS = {
  TEXT_CONTROL_CHARS: {
    severity: 'warning',
    kindVi: 'Ký tự điều khiển ẩn trong ô',
    kindEn: 'Hidden control characters',
    vi: 'Ô có ký tự điều khiển không nhìn thấy (thường do dán từ chương trình khác): "{value}". Trong các sheet kết quả, ký tự đó hiện thành ký hiệu như ␁.',
    en: 'The cell holds invisible control characters (usually pasted from another program): "{value}". In the generated sheets they show as symbols such as ␁.',
    fixVi: 'Gõ lại nội dung ô, hoặc dùng hàm CLEAN() của Excel để bỏ ký tự điều khiển.',
    fixEn: "Retype the cell, or use Excel's CLEAN() to remove the control characters.",
  },
  BONUS_CAP_NEGATIVE: {
    severity: 'error',
    kindVi: 'Điểm thưởng tối đa là số âm',
    kindEn: 'Negative bonus cap',
    vi: 'Điểm thưởng tối đa là số âm ({value}): không áp dụng, điểm thưởng không bị giới hạn.',
    en: 'The bonus cap is negative ({value}): not applied, bonus points are not capped.',
    fixVi: 'Ghi số điểm thưởng tối đa bằng số dương (ví dụ 5), hoặc để trống nếu không giới hạn.',
    fixEn: 'Write the bonus cap as a positive number (e.g. 5), or leave it blank for no cap.',
  },
  GAP_THRESHOLD_NEGATIVE: {
    severity: 'error',
    kindVi: 'Ngưỡng chênh lệch là số âm',
    kindEn: 'Negative gap threshold',
    vi: 'Ngưỡng chênh lệch là số âm ({value}): không áp dụng, không kiểm tra chênh lệch tự chấm / thẩm định.',
    en: 'The gap threshold is negative ({value}): not applied, self/appraised gaps are not checked.',
    fixVi: 'Ghi ngưỡng chênh lệch bằng số dương (ví dụ 5).',
    fixEn: 'Write the gap threshold as a positive number (e.g. 5).',
  },
  UNIT_CODE_DUPLICATE: {
    severity: 'error',
    kindVi: 'Trùng mã đơn vị',
    kindEn: 'Unit code used twice',
    vi: 'Mã đơn vị "{value}" trùng với dòng {other}: mỗi đơn vị phải có một mã riêng; dòng này không được dùng.',
    en: 'Unit code "{value}" repeats row {other}: each unit needs its own code; this row is not used.',
    fixVi: 'Sửa mã đơn vị cho khác nhau, hoặc xóa dòng trùng.',
    fixEn: 'Give each unit a different code, or delete the duplicate row.',
  },
  HEADCOUNT_INVALID: {
    severity: 'error',
    kindVi: 'Số lao động không hợp lệ',
    kindEn: 'Invalid headcount',
    vi: 'Số lao động "{value}" không hợp lệ (phải là số nguyên không âm): không dùng để tính tỷ lệ.',
    en: 'Headcount "{value}" is not valid (must be a whole number, not negative): not used for ratios.',
    fixVi: 'Ghi số lao động bằng số nguyên, ví dụ 25.',
    fixEn: 'Write the headcount as a whole number, e.g. 25.',
  },
  HISTORY_YEAR_INVALID: {
    severity: 'error',
    kindVi: 'Năm khen thưởng không hợp lệ',
    kindEn: 'Invalid award year',
    vi: 'Năm khen thưởng "{value}" không hợp lệ (phải trong khoảng {min}–{max}): dòng này không được dùng.',
    en: 'Award year "{value}" is not valid (must be within {min}–{max}): this row is not used.',
    fixVi: 'Sửa năm khen thưởng (4 chữ số, ví dụ 2024).',
    fixEn: 'Correct the award year (4 digits, e.g. 2024).',
  },
} satisfies Record<string, FindingText>;
