import { defineWords } from '../i18n/words';

/** The parts of `Danh hiệu`'s findings that depend on the language they are shown in. */
export const TITLES_WORDS = /*#__PURE__*/ defineWords(
  'config.titles',
  {
    shareRange: 'tỷ lệ phải từ 0 đến 100',
    shareAllowed: 'một số từ 0 đến 100',
    placesWhole: 'số suất phải là số nguyên không âm',
    placesAllowed: 'một số nguyên từ 0 trở lên',
  },
  {
    shareRange: 'a share must be from 0 to 100',
    shareAllowed: 'a number from 0 to 100',
    placesWhole: 'a number of places must be a whole number, not negative',
    placesAllowed: 'a whole number from 0 up',
  },
);
