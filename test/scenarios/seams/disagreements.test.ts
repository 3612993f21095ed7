import { readFileSync } from 'node:fs';
import { columnLetter } from '../../../src/sheet/grid';
import { runOnFile, writeNewWorkbook } from '../../../src/host/file/fileHost';
import { person, rankOnFile, roster, setTitleCell, templateSheets } from '../../support/book';
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
    const titlesOf = async (p: string) =>
      JSON.parse((await cli(['validate', p, '--json'])).stdout).candidates.find((c: { name: string }) => c.name === 'Nguyễn Văn An').titles;
    expect(await titlesOf(code)).toEqual(['Bằng khen']);
    expect(await titlesOf(words)).toEqual(['Bằng khen']);
    expect(sha256(words)).toBe(before);
  });
});

describe('Biểu quyết: more in favour than present', () => {
  test('10 in favour, 9 present, 11 members, counted on all members: an error on the cell, the row not voted', async () => {
    const CSTD = 'Chiến sĩ thi đua cơ sở';
    const config = templateSheets((t) => {
      setTitleCell(t, CSTD, 'Tỷ lệ tối đa (%)', 20);
      setTitleCell(t, CSTD, 'Phiếu tính trên', 'Tổng số thành viên');
    });
    const VP = roster('VP', [
      person(1, 'Xuân', '01/01/1980', 'HTXSNV', 1),
      ...['Anh', 'Bảo', 'Chi', 'Duy'].map((n, i) => person(2 + i, n, `0${i + 1}/01/1990`, 'HTTNV', 0)),
    ]);
    const first = await rankOnFile([...config, VP]);
    const votes = first.sheets.find((s) => s.id === 'votes')!;
    const rows = votes.rows.map((r) => [...(r ?? [])]);
    for (const r of rows) {
      if (r[1] === 'Tổng số thành viên Hội đồng') r[2] = 11;
      if (r[1] === 'Số thành viên có mặt') r[2] = 9;
    }
    const h = rows.findIndex((r) => r[0] === 'STT');
    const col = rows[h].indexOf('Số phiếu đồng ý');
    const at = rows.findIndex((r, i) => i > h && r[2] === 'Xuân');
    expect(at).toBeGreaterThan(h);
    rows[at][col] = 10;
    const f = folder('vote-more-than-present');
    const book = f.write('so.xlsx', await writeNewWorkbook([...config, VP, { ...votes, rows }]));
    const before = sha256(book);
    const job = await runOnFile(readFileSync(book), { source: 'so.xlsx', action: 'rank' });
    const bad = job.result.findings.filter((x) => x.code === 'VOTE_BAD_COUNT');
    expect(bad.map((x) => [x.sheet, x.cell, x.severity])).toEqual([['Biểu quyết', `${columnLetter(col)}${at + 1}`, 'error']]);
    expect(bad[0].message).toContain('10 phiếu đồng ý, nhiều hơn 9 người có mặt');
    expect(job.result.decisions.get(job.result.candidates.find((c) => c.name === 'Xuân')!.id)!.find((d) => d.title === CSTD)!.vote?.pending).toBe(true);
    expect(sha256(book)).toBe(before);
  });
});
