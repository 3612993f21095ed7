import { campaign, roster, run, simpleCriteria, titles, byName } from '../../../support/grids';
import { rowsFromResult } from '../../../../src/core/upward/rows';

/**
 * What the upward dossier needs of a person beyond the scores (domain.md §7): gender, and a staff
 * or citizen ID where the unit gave one, read from the unit's own column names.
 */
describe('gender and citizen ID columns', () => {
  const head = ['STT', 'Họ và tên', 'Giới tính', 'Số CCCD', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', 'C1', 'T1'];
  const r = run([
    campaign(),
    simpleCriteria(),
    // A form decided above the agency (domain.md §7), open to all: every person goes upward.
    titles([['Bằng khen của Chủ tịch UBND tỉnh', 'Cá nhân', null, '', '', null, '', null, '', '']]),
    roster(
      'VP',
      [
        [1, 'Nguyễn Văn An', 'Nam', '001080012345', 'HTTNV', 0, '', 40, 40, 0, 0],
        [2, 'Trần Thị Bình', 'nữ', '001185054321', 'HTTNV', 0, '', 38, 40, 0, 0],
        [3, 'Lê Cường', '', '', 'HTTNV', 0, '', 30, 30, 0, 0],
      ],
      head,
    ),
  ]);
  test('read as written, Nam / Nữ normalised; blank stays unknown', () => {
    expect(byName(r, 'Nguyễn Văn An').c.gender).toBe('Nam');
    expect(byName(r, 'Trần Thị Bình').c.gender).toBe('Nữ');
    expect(byName(r, 'Lê Cường').c.gender).toBeNull();
    expect(byName(r, 'Trần Thị Bình').c.staffCode).toBe('001185054321');
  });
  test('carried to the upward data rows (never guessed from the name)', () => {
    const rows = rowsFromResult(r, { sourceFile: 'x.xlsx', agency: 'Sở' });
    const of = (name: string) => rows.find((x) => x.name === name)!;
    expect(rows).toHaveLength(3);
    expect([of('Nguyễn Văn An').gender, of('Trần Thị Bình').gender, of('Lê Cường').gender]).toEqual(['Nam', 'Nữ', '']);
    expect(of('Nguyễn Văn An').personId).toBe('001080012345');
  });
});
