import { readFileSync } from 'node:fs';
import { CellValue } from '../../../src/sheet/grid';
import { readGrids } from '../../../src/host/file/fileHost';
import { runEngine } from '../../../src/core/engine/run';
import { CRITERIA_HEAD, campaign, grid, simpleCriteria, titles, units } from '../../support/grids';
import { cli } from '../../support/cli';
import { folder, sha256, xlsx } from './support';

/**
 * Which unit a sheet is: one reading (rows' `Đơn vị`, code, title block, sheet name) for the
 * book, the import and the criteria set it is scored on.
 */
const UNITS = units([
  ['VP', 'Văn phòng', 'Khối 1', 5, ''],
  ['TTr', 'Thanh tra Sở', 'Khối 1', 5, ''],
]);
const HEAD = ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', '1.1', '1.2'];
const person = (n: number, name: string, unit: string, a: number, b: number): CellValue[] => [n, name, unit, 'HTTNV', a, b];

describe('a unit sheet named in short whose rows name the unit in full', () => {
  test('is the same unit in the book and on import: its people come in, none lost', async () => {
    const f = folder('unit-short-name');
    const config = f.write('so.xlsx', await xlsx([campaign(), simpleCriteria(), titles([]), UNITS]));
    const thanhTra = grid('Thanh tra', [
      ['BẢNG TỰ CHẤM ĐIỂM'],
      [],
      HEAD,
      person(1, 'Lê Thị Hoa', 'Thanh tra Sở', 40, 45),
      person(2, 'Phạm Văn Nam', 'Thanh tra Sở', 35, 30),
    ]);
    const reply = f.write('thanh-tra.xlsx', await xlsx([thanhTra]));
    const before = sha256(reply);
    // Inside a book: the rows' unit.
    const inBook = runEngine(await readGrids(await xlsx([campaign(), simpleCriteria(), titles([]), UNITS, thanhTra]), 'x'));
    expect(inBook.sheets.map((s) => [s.sheet, s.unitName, s.unitSource])).toEqual([['Thanh tra', 'Thanh tra Sở', 'column']]);
    // On import: the same unit, both people.
    const res = await cli(['import', config, reply, '-o', f.path('lan1.xlsx')]);
    expect(res.stdout).not.toContain('không có trong sheet "Đơn vị"');
    expect(res.stdout).toContain('Nhập "thanh-tra.xlsx" → sheet "Thanh tra Sở" (Thanh tra Sở, 2 người)');
    expect(res.code).toBe(0);
    const copy = runEngine(await readGrids(readFileSync(f.path('lan1.xlsx')), 'lan1.xlsx'));
    expect(copy.candidates.map((c) => [c.name, c.unitName])).toEqual([
      ['Lê Thị Hoa', 'Thanh tra Sở'],
      ['Phạm Văn Nam', 'Thanh tra Sở'],
    ]);
    expect(sha256(reply)).toBe(before);
    expect(f.files()).toEqual(['lan1.don-doc.xlsx', 'lan1.xlsx', 'so.xlsx', 'thanh-tra.xlsx']);
  });
});

describe('criteria sets: a sheet whose unit comes from its Đơn vị column', () => {
  const crit = grid('Tiêu chí', [
    [...CRITERIA_HEAD, 'Bộ tiêu chí'],
    ['I', 'Tham mưu', 80, null, null, null, null, 'Khối tham mưu'],
    ['1.3', 'Văn bản tham mưu', 80, null, null, null, null, 'Khối tham mưu'],
    ['II', 'Đoàn thể', 20],
    ['2.1', 'Tham gia hoạt động', 20],
  ]);
  const unitRows = grid('Đơn vị', [
    ['Mã đơn vị', 'Tên đơn vị', 'Khối thi đua', 'Bộ tiêu chí'],
    ['VP', 'Văn phòng UBND', 'Khối 2', 'Khối tham mưu'],
    ['STP', 'Sở Tư pháp', 'Khối 1', null],
  ]);
  const sheet = (name: string, unitCell: string) =>
    grid(name, [['BẢNG CHẤM ĐIỂM'], [], ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', '1.3', '2.1'], [1, 'Hà Văn Tâm', unitCell, 'HTTNV', 70, 18]]);

  test("is scored on that unit's set: its criteria read, as when the sheet is named after the unit", async () => {
    const f = folder('unit-column-set');
    const byColumn = f.write('theo-cot.xlsx', await xlsx([campaign(), crit, titles([]), unitRows, sheet('Bảng 1', 'Văn phòng UBND')]));
    const byName = f.write('theo-ten.xlsx', await xlsx([campaign(), crit, titles([]), unitRows, sheet('Văn phòng UBND', '')]));
    const a = JSON.parse((await cli(['validate', byColumn, '--json'])).stdout);
    const b = JSON.parse((await cli(['validate', byName, '--json'])).stdout);
    const codes = (j: { findings: { code: string }[] }) => j.findings.map((x) => x.code);
    expect(codes(a)).not.toContain('SHEET_COLUMN_NOT_READ');
    const total = (j: { candidates: { name: string; total: number }[] }) => j.candidates.find((c) => c.name === 'Hà Văn Tâm')!.total;
    expect(total(a)).toBe(88);
    expect(total(a)).toBe(total(b));
  });
});

describe("criteria sets: a sheet scoring only its set's own criteria, its unit in the Đơn vị column", () => {
  test("is found as that unit's sheet and read with its set, though the common criteria name none of its columns", async () => {
    const crit = grid('Tiêu chí', [
      [...CRITERIA_HEAD, 'Bộ tiêu chí'],
      ['I', 'Tham mưu', 80, null, null, null, null, 'Khối tham mưu'],
      ['1.3', 'Văn bản tham mưu', 40, null, null, null, null, 'Khối tham mưu'],
      ['1.4', 'Tổng hợp', 40, null, null, null, null, 'Khối tham mưu'],
      ['II', 'Đoàn thể', 20],
      ['2.1', 'Tham gia hoạt động', 20],
    ]);
    const unitRows = grid('Đơn vị', [
      ['Mã đơn vị', 'Tên đơn vị', 'Khối thi đua', 'Bộ tiêu chí'],
      ['VP', 'Văn phòng UBND', 'Khối 2', 'Khối tham mưu'],
    ]);
    const sheet = grid('Bảng 2', [
      ['BẢNG CHẤM ĐIỂM'],
      [],
      ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', '1.3', '1.4'],
      [1, 'Hà Văn Tâm', 'Văn phòng UBND', 'HTTNV', 35, 30],
    ]);
    const f = folder('unit-column-set-only');
    const book = f.write('so.xlsx', await xlsx([campaign(), crit, titles([]), unitRows, sheet]));
    const j = JSON.parse((await cli(['validate', book, '--json'])).stdout);
    expect(j.candidates.map((c: { name: string; unit: string; total: number }) => [c.name, c.unit, c.total])).toEqual([['Hà Văn Tâm', 'Văn phòng UBND', 65]]);
  });
});
