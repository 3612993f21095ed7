import { defineWords } from '../i18n/words';
import { ColumnId, DATA_COLUMNS } from './format';

/** The parts of the findings on a returned upward file that depend on the language they are shown in. */
export const READ_WORDS = /*#__PURE__*/ defineWords(
  'upward.read',
  {
    rowHash: 'mã dòng',
    wholeSheet: '(cả sheet)',
    proposalOf: ' (đề nghị của "{name}", dòng {row} sheet "{sheet}")',
    cellOfColumn: '{cell} ({column})',
    list: '{first}, {rest}',
  },
  {
    rowHash: 'the row hash',
    wholeSheet: '(the whole sheet)',
    proposalOf: ' (proposal of "{name}", row {row} of "{sheet}")',
    cellOfColumn: '{cell} ({column})',
    list: '{first}, {rest}',
  },
);

/** The data sheet's column labels (format.ts holds them, with the columns' order and widths), as a catalogue for phrases. */
export const COLUMN_WORDS = /*#__PURE__*/ defineWords(
  'upward.columns',
  Object.fromEntries(DATA_COLUMNS.map((c) => [c.id, c.vi])) as Record<ColumnId, string>,
  Object.fromEntries(DATA_COLUMNS.map((c) => [c.id, c.en])) as Record<ColumnId, string>,
);
