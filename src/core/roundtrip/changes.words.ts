import { defineWords } from '../i18n/words';

/** The words of a resubmitted sheet's changes, as lines (CLI and the pane). */
export const CHANGES_WORDS = /*#__PURE__*/ defineWords(
  'roundtrip.changes',
  {
    added: '+ thêm {person}',
    removed: '− bỏ {person}',
    appraised: ' (thẩm định)',
    blank: '(trống)',
    noChange: '  Không có thay đổi nào về người và điểm.',
  },
  {
    added: '+ added {person}',
    removed: '− removed {person}',
    appraised: ' (appraised)',
    blank: '(blank)',
    noChange: '  No change to people or scores.',
  },
);
