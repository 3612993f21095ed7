import { defineWords } from '../i18n/words';

/** How a number is written in each language: Vietnamese 9,5, English 9.5. */
export const NUMBER_WORDS = /*#__PURE__*/ defineWords('text.numbers', { decimalMark: ',' }, { decimalMark: '.' });
