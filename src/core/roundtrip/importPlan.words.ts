import { defineWords } from '../i18n/words';

/** The words of an import: the change log rows of `Nhật ký` and the parts of its findings shown in a language. */
export const IMPORT_PLAN_WORDS = /*#__PURE__*/ defineWords(
  'roundtrip.importPlan',
  {
    imported: 'Nhập bảng chấm',
    resubmittedReplaced: 'Nộp lại: đã thay bảng cũ',
    resubmittedAwaitingConfirmation: 'Nộp lại: chờ xác nhận, chưa thay',
    resubmittedNotReplacedUser: 'Nộp lại: không thay (sheet của người dùng)',
    resubmittedIdentical: 'Nộp lại: giống hệt',
    personAdded: 'Thêm người',
    personRemoved: 'Bỏ người',
    valueChanged: 'Đổi số liệu',
    scoreChanged: 'Đổi điểm',
    appraised: 'thẩm định',
    noDifference: 'không khác về người và điểm',
    differences: '{added} người thêm, {removed} người bớt, {cells} ô khác',
    editedAfterImport: 'đã được sửa sau khi nhập',
    notImported: 'không do add-in nhập vào',
  },
  {
    imported: 'Imported',
    resubmittedReplaced: 'Resubmitted: replaced',
    resubmittedAwaitingConfirmation: 'Resubmitted: awaiting confirmation',
    resubmittedNotReplacedUser: 'Resubmitted: not replaced (user sheet)',
    resubmittedIdentical: 'Resubmitted: identical',
    personAdded: 'Person added',
    personRemoved: 'Person removed',
    valueChanged: 'Value changed',
    scoreChanged: 'Score changed',
    appraised: 'appraised',
    noDifference: 'nothing in people or scores',
    differences: '{added} added, {removed} removed, {cells} cell(s) differ',
    editedAfterImport: 'was edited after it was imported',
    notImported: 'was not imported by the add-in',
  },
);
