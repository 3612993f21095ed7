import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEngine } from '../../../src/core/engine/run';
import { WorkbookGrids, a1 } from '../../../src/sheet/grid';
import { readOwnSheets } from '../../../src/core/ownership/marker';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';
import { buildUnitTemplate } from '../../../src/core/roundtrip/template';
import { RECORDS_SHEET, readRecords } from '../../../src/core/roundtrip/records';
import { fileKindOf } from '../../../src/core/roundtrip/fileKind';
import { sniffFile } from '../../../src/xlsx/package';
import { planImport } from '../../../src/core/roundtrip/importPlan';
import { returnedFile } from '../../../src/cli/commands/import';
import { CHANGE_HEAD } from '../../../src/core/output/sheets';
import { Person, configBook, fillTemplate, unitFile } from './support';
import { cli } from '../../support/cli';

/** The host's sniff in the round trip's words, as the CLI and the pane call it. */
const fileKind = (b: Uint8Array) => fileKindOf(sniffFile(b));

const OUT = join(__dirname, '..', '..', 'out', 'roundtrip-import');

const KHTC: Person[] = [
  {
    name: 'Nguyễn Văn An',
    dob: '02/03/1980',
    rating: 'HTTNV',
    initiatives: 1,
    evidence: 'BC',
    scores: { '1.1': 28, '1.2': 18, '1.3': 9, '2.1': 9, '2.2': 9, '3.1': 9, '3.2': 9 },
  },
  {
    name: 'Trần Thị Bình',
    dob: '15/07/1988',
    rating: 'HTTNV',
    evidence: 'BC',
    scores: { '1.1': 25, '1.2': 17, '1.3': 8, '2.1': 9, '2.2': 8, '3.1': 8, '3.2': 8, T1: 2 },
  },
  {
    name: 'Lê Văn Cường',
    dob: '20/11/1992',
    rating: 'HTNV',
    evidence: 'BC',
    scores: { '1.1': 20, '1.2': 15, '1.3': 7, '2.1': 8, '2.2': 8, '3.1': 7, '3.2': 7 },
  },
];

let book: { bytes: Uint8Array; grids: WorkbookGrids };
const path = (n: string) => join(OUT, n);

beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  book = await configBook();
  writeFileSync(path('so.xlsx'), book.bytes);
  const r = runEngine(book.grids);
  const tpl = (code: string) =>
    buildUnitTemplate(
      r,
      r.units.find((u) => u.code === code)!,
      [],
      {},
    );
  writeFileSync(path('KHTC.xlsx'), await unitFile(fillTemplate(tpl('KHTC'), KHTC)));
  writeFileSync(path('TTKD.xlsx'), await unitFile(fillTemplate(tpl('TTKĐ'), [{ ...KHTC[0], name: 'Đỗ Văn Kiểm' }])));
  // The resubmission: An's 1.1 corrected, Cường gone, Dũng added.
  writeFileSync(
    path('KHTC-lan2.xlsx'),
    await unitFile(
      fillTemplate(tpl('KHTC'), [{ ...KHTC[0], scores: { ...KHTC[0].scores, '1.1': 26 } }, KHTC[1], { ...KHTC[2], name: 'Phạm Văn Dũng', dob: '01/01/1985' }]),
    ),
  );
  // A unit that is not in Đơn vị.
  const stranger = buildUnitTemplate(
    r,
    { ...r.units[0], name: 'Phòng Không Có Trong Danh Sách', code: 'PKC', key: 'phong khong co trong danh sach', codeKey: 'pkc' },
    [],
    {},
  );
  writeFileSync(path('la.xlsx'), await unitFile(fillTemplate(stranger, KHTC)));
  writeFileSync(
    path('ghi-chu.xlsx'),
    await writeNewWorkbook([
      {
        id: 'imported',
        name: 'Thư',
        rows: [['Kính gửi Văn phòng'], ['Đơn vị xin gửi kèm báo cáo.']],
        columnWidths: [],
        styles: [],
        merges: [],
        links: [],
        page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 },
      },
    ]),
  );
  writeFileSync(path('bao-cao.pdf.xlsx'), Buffer.from('%PDF-1.4 not a workbook'));
  writeFileSync(path('hong.xlsx'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
});

describe('returned files, one by one', () => {
  test('what a file is, from its bytes: xlsx, password-protected, anything else', async () => {
    expect(fileKind(readFileSync(path('KHTC.xlsx')))).toBe('xlsx');
    expect(fileKind(readFileSync(join(__dirname, 'fixtures', 'encrypted.xlsx')))).toBe('encrypted');
    expect(fileKind(readFileSync(path('bao-cao.pdf.xlsx')))).toBe('notXlsx');
    expect((await returnedFile('hong.xlsx', readFileSync(path('hong.xlsx')))).kind).toBe('unreadable');
  });
});

describe('thidua import', () => {
  test('good sheets come in named after their unit; each bad file is reported by name and the others still come in', async () => {
    const res = await cli([
      'import',
      path('so.xlsx'),
      path('KHTC.xlsx'),
      path('TTKD.xlsx'),
      path('la.xlsx'),
      path('ghi-chu.xlsx'),
      join(__dirname, 'fixtures', 'encrypted.xlsx'),
      path('bao-cao.pdf.xlsx'),
      path('hong.xlsx'),
      '-o',
      path('lan1.xlsx'),
    ]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('Tệp "encrypted.xlsx" được đặt mật khẩu');
    expect(res.stdout).toContain('Tệp "bao-cao.pdf.xlsx" không phải sổ tính Excel .xlsx');
    expect(res.stdout).toContain('Tệp "hong.xlsx" có dạng .xlsx nhưng không đọc được');
    expect(res.stdout).toContain('Tệp "ghi-chu.xlsx" không có bảng chấm điểm nào nhận ra được (các sheet: "Thư")');
    expect(res.stdout).toContain('Sheet "PKC" của tệp "la.xlsx" là bảng chấm của "PHÒNG KHÔNG CÓ TRONG DANH SÁCH", không có trong sheet "Đơn vị"');
    const copy = await readGrids(readFileSync(path('lan1.xlsx')), 'lan1.xlsx');
    const names = copy.sheets.map((s) => s.name);
    // The long unit name does not fit Excel's 31 characters: its code names the sheet.
    expect(names).toEqual(expect.arrayContaining(['Phòng Kế hoạch - Tài chính', 'TTKĐ', 'Kiểm tra', 'Nhật ký', RECORDS_SHEET]));
    expect(copy.sheets.find((s) => s.name === RECORDS_SHEET)!.visibility).toBe('veryHidden');
    // The engine reads them as the units' sheets.
    const r = runEngine(copy);
    expect(r.sheets.map((s) => [s.sheet, s.unitName, s.candidates.length])).toEqual([
      ['Phòng Kế hoạch - Tài chính', 'Phòng Kế hoạch - Tài chính', 3],
      ['TTKĐ', 'Trung tâm Kiểm định chất lượng xây dựng', 1],
    ]);
    // Remembered: file name, time, fingerprint of the sheet as it came in; listed as the add-in's own.
    const recs = readRecords(copy).filter((x) => x.kind === 'import');
    expect(recs.map((x) => x.kind === 'import' && [x.sheet, x.file])).toEqual([
      ['Phòng Kế hoạch - Tài chính', 'KHTC.xlsx'],
      ['TTKĐ', 'TTKD.xlsx'],
    ]);
    for (const x of recs) if (x.kind === 'import') expect(x.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(readOwnSheets(copy)).toEqual(expect.arrayContaining(['Phòng Kế hoạch - Tài chính', 'TTKĐ', RECORDS_SHEET]));
    // TTKĐ had no Ngày nộp: the report says what to enter, in which cell of Đơn vị.
    expect(res.stdout).toMatch(/Trung tâm Kiểm định chất lượng xây dựng: \d\d\/\d\d\/\d{4} \(ô F7\)/);
    // The log's change section lists what came in.
    const log = copy.sheets.find((s) => s.name === 'Nhật ký')!;
    const head = log.rows.findIndex((row) => row[0] === CHANGE_HEAD.vi[0] && row[1] === CHANGE_HEAD.vi[1]);
    expect(log.rows.slice(head + 1).map((row) => [row[1], row[2], row[4]])).toEqual([
      ['Nhập bảng chấm', 'Phòng Kế hoạch - Tài chính', 'KHTC.xlsx'],
      ['Nhập bảng chấm', 'Trung tâm Kiểm định chất lượng xây dựng', 'TTKD.xlsx'],
    ]);
    // The chase list next to the copy: those not sent yet.
    const chase = await readGrids(readFileSync(path('lan1.don-doc.xlsx')), 'x');
    expect(chase.sheets[0].rows.flat()).toEqual(expect.arrayContaining(['Văn phòng', 'Phòng Quản lý xây dựng', 'Phòng Hạ tầng kỹ thuật', 'Thanh tra Sở']));
  });

  test('a unit that sends again: the change is shown, nothing is replaced without --accept, then it is, and Nhật ký keeps both', async () => {
    await cli(['import', path('so.xlsx'), path('KHTC.xlsx'), '-o', path('a.xlsx')]);
    const held = await cli(['import', path('a.xlsx'), path('KHTC-lan2.xlsx'), '-o', path('b.xlsx')]);
    expect(held.code).toBe(1);
    expect(held.stdout).toContain('CHƯA thay sheet "Phòng Kế hoạch - Tài chính"');
    const sheetName = 'Phòng Kế hoạch - Tài chính';
    const before = await readGrids(readFileSync(path('a.xlsx')), 'a');
    const r0 = runEngine(before);
    const an = r0.candidates.find((c) => c.name === 'Nguyễn Văn An')!;
    const cell = a1(an.row, an.scores.get('1.1')!.selfCol!);
    expect(held.stdout).toContain('+ thêm Phạm Văn Dũng (01/01/1985)');
    expect(held.stdout).toContain('− bỏ Lê Văn Cường (20/11/1992)');
    expect(held.stdout).toContain(`Nguyễn Văn An, 1.1 [${cell}]: 28 → 26`);
    expect(held.stdout).toContain('Chạy lại với --accept');
    expect(held.stdout).toContain('Không có bảng nào được nhập: không ghi bản sao.');

    const accepted = await cli(['import', path('a.xlsx'), path('KHTC-lan2.xlsx'), '-o', path('b.xlsx'), '--accept']);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain(`đã thay sheet "${sheetName}"`);
    const after = await readGrids(readFileSync(path('b.xlsx')), 'b');
    expect(after.sheets.filter((s) => s.name.startsWith('Phòng Kế hoạch')).map((s) => s.name)).toEqual([sheetName]);
    expect(runEngine(after).candidates.map((c) => c.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Phạm Văn Dũng']);
    const log = after.sheets.find((s) => s.name === 'Nhật ký')!;
    const head = log.rows.findIndex((row) => row[0] === CHANGE_HEAD.vi[0] && row[1] === CHANGE_HEAD.vi[1]);
    const rows = log.rows.slice(head + 1).map((row) => [1, 5, 6, 7, 8, 9].map((i) => row[i] ?? null));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Nhập bảng chấm', null, null, null, null, expect.stringMatching(/^[0-9a-f]{64}$/)],
        ['Nộp lại: đã thay bảng cũ', null, null, null, null, expect.stringMatching(/^[0-9a-f]{64}$/)],
        ['Thêm người', 'Phạm Văn Dũng', null, null, null, '01/01/1985'],
        ['Bỏ người', 'Lê Văn Cường', null, null, '20/11/1992', null],
        ['Đổi điểm', 'Nguyễn Văn An', cell, '1.1', '28', '26'],
      ]),
    );
    // Both imports are in the records: the earlier one is not lost.
    expect(readRecords(after).filter((x) => x.kind === 'import').length).toBe(2);
    // A later rank keeps the imported sheet, the records and the change section, under its own header.
    const ranked = await cli(['rank', path('b.xlsx'), '-o', path('b-rank.xlsx')]);
    expect(ranked.stderr).toBe('');
    const rk = await readGrids(readFileSync(path('b-rank.xlsx')), 'b-rank');
    expect(rk.sheets.map((x) => x.name)).toEqual(expect.arrayContaining([sheetName, RECORDS_SHEET, 'Xếp hạng']));
    const log2 = rk.sheets.find((x) => x.name === 'Nhật ký')!;
    const h2 = log2.rows.findIndex((row) => row[0] === CHANGE_HEAD.vi[0] && row[1] === CHANGE_HEAD.vi[1]);
    expect(log2.rows.slice(h2 + 1).length).toBe(rows.length);
    const runs = log2.rows.slice(2, h2).filter((row) => row.some((v) => v !== null && v !== '') && /T\d\d:/.test(String(row[0])));
    expect(runs.map((row) => row[1])).toEqual(['Kiểm tra', 'Kiểm tra', 'Xếp hạng']);
    // The same file again: nothing to do.
    const same = await cli(['import', path('b.xlsx'), path('KHTC-lan2.xlsx'), '-o', path('c.xlsx'), '--accept']);
    expect(same.stdout).toContain('giống hệt');
  });

  test('an earlier sheet the user made, or edited after it came in, is never replaced', async () => {
    // The user typed an appraisal into the imported sheet: its fingerprint no longer matches.
    const imported = await readGrids(readFileSync(path('a.xlsx')), 'a.xlsx');
    const edited: WorkbookGrids = {
      ...imported,
      sheets: imported.sheets.map((s) =>
        s.name === 'Phòng Kế hoạch - Tài chính' ? { ...s, rows: s.rows.map((row, i) => (i === 10 ? [...row.slice(0, 8), 27] : row)) } : s,
      ),
    };
    const files = [await returnedFile('KHTC-lan2.xlsx', readFileSync(path('KHTC-lan2.xlsx')))];
    const plan = planImport(edited, files, { now: '2026-12-01T10:00:00Z', accept: true });
    expect(plan.items.map((i) => i.action)).toEqual(['blocked']);
    expect(plan.problems.map((f) => f.message)).toEqual([expect.stringContaining('đã được sửa sau khi nhập')]);
    // A sheet of the sample, typed by the office itself: not the add-in's, not replaced.
    const sample = await readGrids(readFileSync(join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx')), 'sample');
    const p2 = planImport(sample, files, { now: '2026-12-01T10:00:00Z', accept: true });
    expect(p2.items.map((i) => [i.action, i.sheet])).toEqual([['blocked', 'KHTC']]);
    expect(p2.items[0].previous!.changes.added.length).toBe(3);
  });

  test('a pasted bad value in a sheet that came back is in Kiểm tra of the copy', async () => {
    const r = runEngine(book.grids);
    const tpl = buildUnitTemplate(
      r,
      r.units.find((u) => u.code === 'KHTC')!,
      [],
      {},
    );
    writeFileSync(path('KHTC-dan.xlsx'), await unitFile(fillTemplate(tpl, [{ ...KHTC[0], scores: { ...KHTC[0].scores, '1.2': 35 } }])));
    const res = await cli(['import', path('so.xlsx'), path('KHTC-dan.xlsx'), '-o', path('d.xlsx')]);
    expect(res.stdout).toMatch(/Kiểm tra: [1-9]\d* lỗi/);
    const copy = await readGrids(readFileSync(path('d.xlsx')), 'd');
    const check = copy.sheets.find((s) => s.name === 'Kiểm tra')!;
    const cell = a1(tpl.layout.firstDataRow, tpl.layout.criteria[1].self);
    expect(check.rows.some((row) => row[2] === 'Phòng Kế hoạch - Tài chính' && row[3] === cell && /vượt|tối đa/.test(String(row[6])))).toBe(true);
  });
});
