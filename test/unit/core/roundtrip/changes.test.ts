import { campaign, roster, run, simpleCriteria } from '../../../support/grids';
import { changeLines, compareSheets } from '../../../../src/core/roundtrip/changes';

/**
 * A unit that sends its sheet again: besides scores and ratings, the other fields a title's
 * conditions read (initiatives, research topics, discipline, days off, months worked) are
 * shown old → new, since each can change a proposal as much as a score.
 */
test('a resubmission shows changed initiatives, topics, discipline, days off and months, not only scores', () => {
  const head = ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Đề tài', 'Kỷ luật', 'Số ngày nghỉ', 'Số tháng công tác', '1.1', '1.2', 'C1', 'T1'];
  const sheet = (rows: (string | number | null)[][]) => run([campaign(), simpleCriteria(), roster('VP', rows, head)]);
  const before = sheet([
    [1, 'Nguyễn Văn An', 'HTTNV', 0, 0, '', 2, 12, 40, 40, 0, 0],
    [2, 'Trần Thị Bình', 'HTTNV', 1, null, 'Khiển trách', null, null, 35, 35, 0, 0],
  ]);
  const after = sheet([
    [1, 'Nguyễn Văn An', 'HTTNV', 2, 1, '', 45, 9, 40, 40, 0, 0],
    [2, 'Trần Thị Bình', 'HTTNV', 1, null, '', null, null, 35, 36, 0, 0],
  ]);
  const c = compareSheets(before.sheets[0], after.sheets[0], before.criteria!, 'vi');
  const of = (person: string) => c.cells.filter((x) => x.person === person).map((x) => [x.item, x.before, x.after]);
  expect(of('Nguyễn Văn An')).toEqual([
    ['Sáng kiến', '0', '2'],
    ['Đề tài', '0', '1'],
    ['Số ngày nghỉ', '2', '45'],
    ['Số tháng công tác', '12', '9'],
  ]);
  expect(of('Trần Thị Bình')).toEqual([
    ['Kỷ luật', 'Khiển trách', ''],
    ['1.2', '35', '36'],
  ]);
  expect(changeLines(c, 'vi')).toEqual(expect.arrayContaining(['  Trần Thị Bình, Kỷ luật: Khiển trách → (trống)']));
});
