import { defineWords } from '../i18n/words';

/** The words of a data row of the upward workbook: the subject's kind and the notes on its prerequisites. */
export const ROW_WORDS = /*#__PURE__*/ defineWords(
  'upward.rows',
  {
    individual: 'Cá nhân',
    collective: 'Tập thể',
    household: 'Hộ gia đình',
    decidedThisRound: 'cơ quan xét cùng đợt',
    thematic: ' [chuyên đề/đột xuất]',
  },
  {
    individual: 'Individual',
    collective: 'Collective',
    household: 'Household',
    decidedThisRound: 'decided by the agency this round',
    thematic: ' [thematic/one-off]',
  },
);
