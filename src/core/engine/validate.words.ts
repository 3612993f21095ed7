import { defineWords } from '../i18n/words';

/** The parts of the score sheets' findings that depend on the language they are shown in. */
export const VALIDATE_WORDS = /*#__PURE__*/ defineWords(
  'engine.validate',
  {
    plainSum: ' Tổng trên bảng là tổng cộng thẳng các ô, chưa áp dụng điểm tối đa của tiêu chí/nhóm hoặc điểm thưởng tối đa.',
    sameStaffCode: 'trùng mã cán bộ {code}',
    sameNameDob: 'trùng họ tên và ngày sinh {dob}',
    due: ' (hạn nộp {deadline})',
    forIndividuals: 'danh hiệu dành cho cá nhân',
    forCollectives: 'danh hiệu dành cho tập thể',
    ruleError: 'quy định của danh hiệu có lỗi, xem sheet "Danh hiệu"',
  },
  {
    plainSum: ' The stated total is a plain sum of the cells, without the item/group maximum or the bonus cap.',
    sameStaffCode: 'same staff code {code}',
    sameNameDob: 'same name and date of birth {dob}',
    due: ' (due {deadline})',
    forIndividuals: 'the title is for individuals',
    forCollectives: 'the title is for collectives',
    ruleError: 'the title rule has an error, see "Danh hiệu"',
  },
);
