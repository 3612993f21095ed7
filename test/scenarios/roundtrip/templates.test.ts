import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEngine } from '../../../src/core/engine/run';
import { a1 } from '../../../src/sheet/grid';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';
import { DISCIPLINE_CHOICES, RATING_CHOICES, buildUnitTemplate, buildUnitTemplates } from '../../../src/core/roundtrip/template';
import { unitFileName } from '../../../src/core/roundtrip/names';
import { Person, configBook, evaluate, fillTemplate, sheetXml, unitFile } from './support';
import { cli } from '../../support/cli';

const OUT = join(__dirname, '..', '..', 'out', 'roundtrip-templates');

/** Three people scored within every maximum, with evidence where 1.1 asks for it. */
const GOOD: Person[] = [
  {
    name: 'Nguyễn Văn An',
    dob: '02/03/1980',
    rating: 'HTTNV',
    initiatives: 1,
    evidence: 'Báo cáo năm',
    scores: { '1.1': 30, '1.2': 19.5, '1.3': 9, '2.1': 10, '2.2': 9, '3.1': 9, '3.2': 10, C1: 5, T1: 0 },
  },
  {
    name: 'Trần Thị Bình',
    dob: '15/07/1988',
    rating: 'HTTNV',
    evidence: 'Báo cáo năm',
    scores: { '1.1': 25, '1.2': 17, '1.3': 8, '2.1': 9, '2.2': 8, '3.1': 8, '3.2': 8, C1: null, T1: 2 },
  },
  {
    name: 'Lê Văn Cường',
    dob: '20/11/1992',
    rating: 'HTTNV',
    discipline: '',
    evidence: 'Báo cáo năm',
    scores: { '1.1': 24, '1.2': 16, '1.3': 8, '2.1': 8, '2.2': 8, '3.1': 8, '3.2': 8, C1: null, T1: null },
  },
];

describe('unit templates', () => {
  test('one per unit, named after it: title block, criteria with their max, people from the book', async () => {
    const { grids } = await configBook();
    const r = runEngine(grids);
    const all = buildUnitTemplates(r);
    expect(all.map((t) => t.unit.code)).toEqual(['VP', 'KHTC', 'QLXD', 'HTKT', 'TTr', 'TTKĐ']);
    const t = all[1];
    const text = t.model.rows
      .slice(0, t.layout.headerRow)
      .flat()
      .filter((v) => typeof v === 'string');
    expect(text).toEqual(
      expect.arrayContaining([
        'PHÒNG KẾ HOẠCH - TÀI CHÍNH',
        'BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2025',
        'Phong trào thi đua thực hiện nhiệm vụ chính trị năm 2025',
        'Hạn nộp: 15/12/2025',
      ]),
    );
    const head = t.model.rows[t.layout.headerRow];
    expect(head.slice(0, 8)).toEqual(['STT', 'Họ và tên', 'Ngày sinh', 'Chức vụ', 'Xếp loại', 'Sáng kiến', 'Kỷ luật', 'Số ngày nghỉ']);
    expect(t.layout.criteria.map((c) => head[c.self])).toEqual([
      '1.1 (tối đa 30)',
      '1.2 (tối đa 20)',
      '1.3 (tối đa 10)',
      '2.1 (tối đa 10)',
      '2.2 (tối đa 10)',
      '3.1 (tối đa 10)',
      '3.2 (tối đa 10)',
      'C1 (cộng, tối đa 5)',
      'T1 (trừ, tối đa 6)',
    ]);
    // No unit sheet in the book and no staff list: nobody pre-filled.
    expect(t.peopleFrom).toBe('none');
    // With the sample's unit sheets as last year's book, the people come from there.
    const sample = await readGrids(readFileSync(join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx')), 'sample');
    const withPeople = buildUnitTemplates(r, { previous: runEngine(sample) })[1];
    expect(withPeople.peopleFrom).toBe('previousSheet');
    expect(withPeople.people).toBe(8);
    expect(withPeople.model.rows[withPeople.layout.firstDataRow].slice(0, 4)).toEqual([1, 'Đỗ Hữu Cường', '14/11/1999', 'Cán sự']);
    // The sample's sheets have appraisal columns: the template gets Tự chấm / Thẩm định.
    const appraised = buildUnitTemplates(runEngine(sample))[0];
    expect(appraised.layout.criteria[0].appraised).toBe(appraised.layout.criteria[0].self + 1);
    expect(appraised.model.rows[appraised.layout.headerRow + 1][appraised.layout.criteria[0].self]).toBe('Tự chấm');
  });

  test('safe file names, one per unit', () => {
    const taken = new Set<string>();
    expect(unitFileName({ code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính' }, taken)).toBe('KHTC - Phòng Kế hoạch - Tài chính.xlsx');
    expect(unitFileName({ code: '', name: 'Phòng A/B: "Tổng hợp"?' }, taken)).toBe('Phòng A-B- -Tổng hợp-.xlsx');
    expect(unitFileName({ code: 'KHTC', name: 'Phòng Kế hoạch - Tài chính' }, taken)).toBe('KHTC - Phòng Kế hoạch - Tài chính (2).xlsx');
    expect(unitFileName({ code: '', name: 'CON' }, taken)).toBe('don-vi-CON.xlsx');
  });

  test('validation, locked headers, the total formula and A4 on the model', async () => {
    const { grids } = await configBook();
    const r = runEngine(grids);
    const t = buildUnitTemplate(r, r.units[0], [], {});
    const L = t.layout;
    const v = t.model.validations!;
    const at = (col: number) => v.find((x) => x.left === col && x.top === L.firstDataRow && x.bottom === L.lastDataRow);
    expect(at(L.ratingCol)).toMatchObject({ kind: 'list', list: RATING_CHOICES });
    expect(at(L.disciplineCol)).toMatchObject({ kind: 'list', list: DISCIPLINE_CHOICES });
    expect(at(L.initiativesCol)).toMatchObject({ kind: 'whole', min: 0 });
    expect(at(L.daysOffCol)).toMatchObject({ kind: 'whole', min: 0, max: 366 });
    for (const c of L.criteria) expect(at(c.self)).toMatchObject({ kind: 'decimal', min: 0, max: c.max });
    // Data cells unlocked, nothing above the first data row.
    const unlocked = t.model.protection!.unlocked;
    expect(Math.min(...unlocked.map((u) => u.top))).toBe(L.firstDataRow);
    expect(unlocked.some((u) => u.left <= L.totalCol && u.right >= L.totalCol)).toBe(false);
    expect(t.model.formulas!.filter((f) => f.col === L.totalCol).map((f) => f.row)).toEqual(
      Array.from({ length: L.lastDataRow - L.firstDataRow + 1 }, (_, i) => L.firstDataRow + i),
    );
    expect(t.model.page).toMatchObject({ orientation: 'landscape', fitToWidth: true, printTitleRows: [L.headerRow, L.firstDataRow - 1] });
  });

  test("filled in correctly, written and read back: the engine finds nothing on it, and the total formula is the engine's total", async () => {
    const { grids } = await configBook();
    const r = runEngine(grids);
    const t = buildUnitTemplate(r, r.units[1], [], {});
    const bytes = await unitFile(fillTemplate(t, GOOD));
    const back = await readGrids(bytes, 'KHTC.xlsx');
    const book = { sheets: [...grids.sheets, back.sheets[0]] };
    const res = runEngine(book);
    const info = res.sheets.find((s) => s.sheet === back.sheets[0].name)!;
    expect(info).toMatchObject({ unitName: 'Phòng Kế hoạch - Tài chính', unitSource: 'title', layout: 'roster' });
    expect(info.candidates.map((c) => c.name)).toEqual(GOOD.map((p) => p.name));
    expect(res.findings.filter((f) => f.sheet === info.sheet)).toEqual([]);
    // The formula the unit sees computes the engine's total for every row (bonus cap, deductions).
    for (const c of info.candidates) {
      const f = t.model.formulas!.find((x) => x.row === c.row)!;
      expect(evaluate(f.formula, back.sheets[0])).toBe(res.scores.get(c.id)!.selfTotal);
    }
  });

  test('a value pasted past the validation is still found: the engine checks every cell', async () => {
    const { grids } = await configBook();
    const r = runEngine(grids);
    const t = buildUnitTemplate(r, r.units[1], [], {});
    const pasted: Person[] = [{ ...GOOD[0], rating: 'Tốt', scores: { ...GOOD[0].scores, '1.1': 45, '1.2': 'mười' } }, GOOD[1]];
    const back = await readGrids(await unitFile(fillTemplate(t, pasted)), 'KHTC.xlsx');
    const res = runEngine({ sheets: [...grids.sheets, back.sheets[0]] });
    const mine = res.findings.filter((f) => f.sheet === back.sheets[0].name);
    const L = t.layout;
    const row = L.firstDataRow;
    expect(mine.map((f) => `${f.code} ${f.cell}`)).toEqual(
      expect.arrayContaining([
        `SCORE_ABOVE_MAX ${a1(row, L.criteria[0].self)}`,
        `SCORE_NOT_NUMBER ${a1(row, L.criteria[1].self)}`,
        `RATING_INVALID ${a1(row, L.ratingCol)}`,
      ]),
    );
  });

  test("thidua templates writes one file per unit, each re-read as that unit's score sheet", async () => {
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const { bytes, grids } = await configBook();
    const book = join(OUT, 'so.xlsx');
    writeFileSync(book, bytes);
    const res = await cli(['templates', book, '-o', join(OUT, 'mau')]);
    expect(res.code).toBe(0);
    const files = readdirSync(join(OUT, 'mau')).sort();
    expect(files).toEqual([
      'HTKT - Phòng Hạ tầng kỹ thuật.xlsx',
      'KHTC - Phòng Kế hoạch - Tài chính.xlsx',
      'QLXD - Phòng Quản lý xây dựng.xlsx',
      'TTKĐ - Trung tâm Kiểm định chất lượng xây dựng.xlsx',
      'TTr - Thanh tra Sở.xlsx',
      'VP - Văn phòng.xlsx',
    ]);
    const tpl = await readGrids(readFileSync(join(OUT, 'mau', files[1])), files[1]);
    // Blank template re-read: recognised for its unit, nobody in it yet.
    const r = runEngine({ sheets: [...grids.sheets, ...tpl.sheets] });
    expect(r.sheets.map((s) => [s.unitName, s.candidates.length])).toEqual([['Phòng Kế hoạch - Tài chính', 0]]);
  });

  test('a staff list pre-fills the people of each unit', async () => {
    const { grids } = await configBook();
    const staff = await writeNewWorkbook([
      {
        id: 'imported',
        name: 'Danh sách',
        rows: [
          ['DANH SÁCH CÁN BỘ'],
          ['Họ và tên', 'Ngày sinh', 'Chức vụ', 'Đơn vị'],
          ['Phạm Văn Dũng', '01/01/1985', 'Chuyên viên', 'KHTC'],
          ['Hoàng Thị E', '02/02/1990', 'Kế toán', 'Phòng Kế hoạch - Tài chính'],
          ['Người Lạ', '', '', 'Phòng không có'],
        ],
        columnWidths: [],
        styles: [],
        merges: [],
        links: [],
        page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 },
      },
    ]);
    const path = join(OUT, 'can-bo.xlsx');
    const book = join(OUT, 'so2.xlsx');
    mkdirSync(OUT, { recursive: true });
    writeFileSync(path, staff);
    writeFileSync(book, (await configBook()).bytes);
    const res = await cli(['templates', book, '-o', join(OUT, 'mau2'), '--people', path]);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('1 dòng có đơn vị không có trong sheet "Đơn vị"');
    const khtc = await readGrids(readFileSync(join(OUT, 'mau2', 'KHTC - Phòng Kế hoạch - Tài chính.xlsx')), 'x');
    const r = runEngine({ sheets: [...grids.sheets, ...khtc.sheets] });
    expect(r.candidates.map((c) => [c.name, c.dob, c.position])).toEqual([
      ['Phạm Văn Dũng', '1985-01-01', 'Chuyên viên'],
      ['Hoàng Thị E', '1990-02-02', 'Kế toán'],
    ]);
  });
});

/**
 * In the file itself: data validation, sheet protection and the total formula. These wait on the
 * new package writer behind writeNewWorkbook (ExcelJS's writer of today does not write
 * SheetModel.validations/protection/formulas): marked `failing` so that they run, and fail loudly
 * as "passed" the day the new writer lands: then drop the mark.
 */
describe('unit templates in the .xlsx package ', () => {
  const written = async () => {
    const { grids } = await configBook();
    const r = runEngine(grids);
    const t = buildUnitTemplate(r, r.units[1], [], {});
    return { t, xml: sheetXml(await writeNewWorkbook([t.model]), t.model.name) };
  };
  test('data validation: decimal 0..max per criterion, lists for Xếp loại and Kỷ luật, whole numbers', async () => {
    const { t, xml } = await written();
    const L = t.layout;
    const dv = [...xml.matchAll(/<dataValidation\b([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map((m) => ({ attrs: m[1], body: m[2] }));
    const range = (col: number) => `${a1(L.firstDataRow, col)}:${a1(L.lastDataRow, col)}`;
    const find = (col: number) => dv.find((d) => new RegExp(`sqref="${range(col)}"`).test(d.attrs));
    expect(find(L.criteria[0].self)?.attrs).toMatch(/type="decimal"/);
    expect(find(L.criteria[0].self)?.body).toMatch(/<formula1>0<\/formula1>\s*<formula2>30<\/formula2>/);
    expect(find(L.ratingCol)?.attrs).toMatch(/type="list"/);
    expect(find(L.ratingCol)?.body).toContain('HTXSNV,HTTNV,HTNV,KHTNV');
    expect(find(L.disciplineCol)?.body).toContain('Khiển trách');
    expect(find(L.initiativesCol)?.attrs).toMatch(/type="whole"/);
    expect(find(L.daysOffCol)?.attrs).toMatch(/type="whole"/);
  });
  test('sheet protection without a password, data cells unlocked, the total as a formula', async () => {
    const { t, xml } = await written();
    expect(xml).toMatch(/<sheetProtection\b(?![^>]*(password|hashValue))[^>]*sheet="1"/);
    const f = t.model.formulas![0];
    expect(xml).toContain(`<c r="${a1(f.row, f.col)}"`);
    expect(xml).toMatch(new RegExp(`<c r="${a1(f.row, f.col)}"[^>]*>\\s*<f>${f.formula.replace(/[()*+.]/g, '\\$&')}</f>`));
  });
});

describe("thidua templates --people with last year's book", () => {
  test("the people of each unit come from that book's unit sheets", async () => {
    mkdirSync(OUT, { recursive: true });
    const book = join(OUT, 'so3.xlsx');
    writeFileSync(book, (await configBook()).bytes);
    const res = await cli(['templates', book, '-o', join(OUT, 'mau3'), '--people', join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx')]);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/Người của các đơn vị lấy từ sổ .*so-xay-dung-2025.xlsx/);
    expect(res.stdout).toContain('KHTC - Phòng Kế hoạch - Tài chính.xlsx: 8 người');
    const { grids } = await configBook();
    const khtc = await readGrids(readFileSync(join(OUT, 'mau3', 'KHTC - Phòng Kế hoạch - Tài chính.xlsx')), 'x');
    expect(runEngine({ sheets: [...grids.sheets, ...khtc.sheets] }).candidates[0]).toMatchObject({
      name: 'Đỗ Hữu Cường',
      dob: '1999-11-14',
      position: 'Cán sự',
    });
  });
});
