import { defineWords } from '../i18n/words';

/** Who decides a form, by level, and the note on a person's default statistics class. */
export const FORM_WORDS = /*#__PURE__*/ defineWords(
  'upward.forms',
  {
    agency: 'Thủ trưởng cơ quan',
    province: 'Chủ tịch UBND tỉnh',
    central: 'Trung ương',
    noPosition: 'Không ghi chức vụ: mặc định người trực tiếp công tác; kiểm tra lại',
  },
  {
    agency: 'Head of agency',
    province: 'Provincial chairman',
    central: 'Central level',
    noPosition: 'No position given: default class; check it',
  },
);
