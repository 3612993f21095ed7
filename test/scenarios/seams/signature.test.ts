import { campaign, grid, simpleCriteria, titles } from '../../support/grids';
import { cli } from '../../support/cli';
import { folder, sha256, xlsx } from './support';

/** A signature block is told by its shape (role words in any order or case, no scores, after the table), not by a phrase list. */
const HEAD = ['STT', 'Họ và tên', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', '1.1', '1.2', 'C1', 'T1'];

describe('a signature heading in another word order or case', () => {
  test.each([
    ['ĐƠN VỊ TRƯỞNG', 'BIỂU LẬP'],
    ['Đơn vị thủ trưởng', 'lập bảng người'],
    ['LÃNH ĐẠO ĐƠN VỊ KÝ', 'Kế toán'],
  ])('"%s" / "%s" is no candidate; the people and their totals are read', async (left, right) => {
    const f = folder(`signature-${left.length}-${right.length}`);
    const sheet = grid('Phòng A', [
      ['BẢNG CHẤM ĐIỂM PHÒNG A'],
      [],
      HEAD,
      [1, 'Nguyễn Văn An', 'HTTNV', 0, '', 40, 40],
      [2, 'Trần Thị Bình', 'HTTNV', 0, '', 30, 30],
      [],
      ['', left, 'HTTNV', '', '', '', '', '', right],
      ['', '(Ký, ghi rõ họ tên)'],
      [],
      ['', 'Lê Văn Lập', '', '', '', '', '', '', 'Phạm Thủ'],
      // A late addition below the signature, with a score: the table did not end at the signature.
      [3, 'Đỗ Thị Cúc', 'HTTNV', 0, '', 20, 20],
    ]);
    const book = f.write('so.xlsx', await xlsx([campaign(), simpleCriteria(), titles([]), sheet]));
    const before = sha256(book);
    const res = await cli(['validate', book, '--json']);
    const j = JSON.parse(res.stdout);
    const names = j.candidates.map((c: { name: string }) => c.name);
    expect(names).not.toContain(left);
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Văn An', 'Trần Thị Bình', 'Đỗ Thị Cúc']));
    expect(j.candidates.find((c: { name: string; total: number }) => c.name === 'Nguyễn Văn An').total).toBe(80);
    expect(sha256(book)).toBe(before);
  });
});
