import { campaign, grid, simpleCriteria, titles, units } from '../../support/grids';
import { cli } from '../../support/cli';
import { folder, sha256, xlsx } from './support';

/** Disagreements with an independent reading of the contract, each on a real file. */
const HEAD = ['STT', 'Họ và tên', 'Ngày sinh', 'Xếp loại', '1.1', '1.2'];

describe('Lịch sử khen thưởng: a rating written in full words', () => {
  const book = (rating2023: string, rating2024: string) => [
    campaign(),
    simpleCriteria(),
    titles([['Bằng khen', 'Cá nhân', null, 'HTXSNV', '2 năm liên tục HTXSNV', null, '', null, '', 'Nghị định 152/2025']]),
    units([['P1', 'Phòng A', 'K1', 5, '']]),
    grid('Lịch sử khen thưởng', [
      ['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Năm', 'Danh hiệu / hình thức'],
      ['Nguyễn Văn An', '02/03/1980', 'Phòng A', 2023, rating2023],
      ['Nguyễn Văn An', '02/03/1980', 'Phòng A', 2024, rating2024],
    ]),
    grid('Phòng A', [['BẢNG CHẤM ĐIỂM PHÒNG A'], [], HEAD, [1, 'Nguyễn Văn An', '02/03/1980', 'HTXSNV', 45, 45]]),
  ];

  test('"Hoàn thành xuất sắc nhiệm vụ" counts for "2 năm liên tục HTXSNV" as "HTXSNV" does', async () => {
    const f = folder('history-full-words');
    const words = f.write('chu-day-du.xlsx', await xlsx(book('Hoàn thành xuất sắc nhiệm vụ', 'hoàn thành xuất sắc nhiệm vụ')));
    const code = f.write('viet-tat.xlsx', await xlsx(book('HTXSNV', 'HTXSNV')));
    const before = sha256(words);
    const titlesOf = async (p: string) => JSON.parse((await cli(['validate', p, '--json'])).stdout).candidates.find((c: { name: string }) => c.name === 'Nguyễn Văn An').titles;
    expect(await titlesOf(code)).toEqual(['Bằng khen']);
    expect(await titlesOf(words)).toEqual(['Bằng khen']);
    expect(sha256(words)).toBe(before);
  });
});
