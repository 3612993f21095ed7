import { readFileSync } from 'node:fs';
import { runEngine } from '../../../src/core/engine/run';
import { readGrids } from '../../../src/host/file/fileHost';
import { buildUnitTemplate } from '../../../src/core/roundtrip/template';
import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { Person, fillTemplate, unitFile } from '../roundtrip/support';
import { cli } from '../../support/cli';
import { folder, sha256 } from './support';

/** Import: each file's year and campaign checked; two files of one unit never silent; an empty one named. */
const AN: Person = {
  name: 'Nguyễn Văn An',
  dob: '02/03/1980',
  rating: 'HTTNV',
  evidence: 'BC',
  scores: { '1.1': 28, '1.2': 18, '1.3': 9, '2.1': 9, '2.2': 9, '3.1': 9, '3.2': 9 },
};
const BINH: Person = {
  name: 'Trần Thị Bình',
  dob: '15/07/1988',
  rating: 'HTTNV',
  evidence: 'BC',
  scores: { '1.1': 25, '1.2': 17, '1.3': 8, '2.1': 9, '2.2': 8, '3.1': 8, '3.2': 8 },
};

async function config(year: number): Promise<Uint8Array> {
  const spec = sampleSpec();
  const campaign = spec.campaign.map(([k, v]): [string, typeof v] =>
    k === 'Năm' ? [k, year] : k === 'Tên phong trào' ? [k, `Phong trào thi đua thực hiện nhiệm vụ chính trị năm ${year}`] : [k, v],
  );
  return bookBytes({ ...spec, campaign, rosters: [], extraSheets: [] });
}

async function template(bytes: Uint8Array, code: string) {
  const r = runEngine(await readGrids(bytes, 'so.xlsx'));
  return buildUnitTemplate(
    r,
    r.units.find((u) => u.code === code)!,
    [],
    {},
  );
}

describe('thidua import checks what each file is for', () => {
  test("last year's template, filled in, is refused by file name; this year's comes in", async () => {
    const f = folder('import-year');
    const book = f.write('so-2025.xlsx', await config(2025));
    const old = f.write('KHTC-2024.xlsx', await unitFile(fillTemplate(await template(await config(2024), 'KHTC'), [AN, BINH])));
    const good = f.write('VP-2025.xlsx', await unitFile(fillTemplate(await template(readFileSync(book), 'VP'), [AN])));
    const before = [sha256(book), sha256(old), sha256(good)];
    const res = await cli(['import', book, old, good, '-o', f.path('lan1.xlsx')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain(
      '[Không nhập] Sheet "KHTC" của tệp "KHTC-2024.xlsx" ghi "BẢNG TỰ CHẤM ĐIỂM THI ĐUA NĂM 2024" (năm 2024), còn phong trào trong sổ là năm 2025: không nhập.',
    );
    expect(res.stdout).toContain('Nhập "VP-2025.xlsx" → sheet "Văn phòng" (Văn phòng, 1 người)');
    const copy = runEngine(await readGrids(readFileSync(f.path('lan1.xlsx')), 'x'));
    expect(copy.sheets.map((s) => s.unitName)).toEqual(['Văn phòng']);
    expect([sha256(book), sha256(old), sha256(good)]).toEqual(before);
    expect(f.files()).toEqual(['KHTC-2024.xlsx', 'VP-2025.xlsx', 'lan1.don-doc.xlsx', 'lan1.xlsx', 'so-2025.xlsx']);
  });

  test('two files of one unit in one call: the first named is kept, the other is said with what differs', async () => {
    const f = folder('import-twice');
    const book = f.write('so.xlsx', await config(2025));
    const tpl = await template(readFileSync(book), 'KHTC');
    const first = f.write('KHTC-sang.xlsx', await unitFile(fillTemplate(tpl, [AN, BINH])));
    const second = f.write('KHTC-chieu.xlsx', await unitFile(fillTemplate(tpl, [{ ...AN, scores: { ...AN.scores, '1.1': 26 } }])));
    const res = await cli(['import', book, first, second, '-o', f.path('lan1.xlsx')]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('Nhập "KHTC-sang.xlsx" → sheet "Phòng Kế hoạch - Tài chính" (Phòng Kế hoạch - Tài chính, 2 người)');
    expect(res.stdout).toContain(
      '[Không nhập] Tệp "KHTC-chieu.xlsx" cũng là bảng chấm của "Phòng Kế hoạch - Tài chính", như tệp "KHTC-sang.xlsx" trong lần nhập này. Giữ tệp "KHTC-sang.xlsx" (tệp ghi trước trong lệnh), không nhập tệp "KHTC-chieu.xlsx"; khác nhau: 0 người thêm, 1 người bớt, 1 ô khác.',
    );
    expect(res.stdout).toContain('"KHTC-chieu.xlsx" so với "KHTC-sang.xlsx":');
    expect(res.stdout).toContain('− bỏ Trần Thị Bình (15/07/1988)');
    expect(res.stdout).toMatch(/Nguyễn Văn An, 1\.1 \[[A-Z]+\d+\]: 28 → 26/);
    const json = JSON.parse((await cli(['import', book, first, second, '-o', f.path('lan2.xlsx'), '--json'])).stdout);
    expect(json.twice).toEqual([expect.objectContaining({ unit: 'Phòng Kế hoạch - Tài chính', kept: 'KHTC-sang.xlsx', notImported: 'KHTC-chieu.xlsx' })]);
  });

  test('a template sent back with nobody in it is said with its file name', async () => {
    const f = folder('import-empty');
    const book = f.write('so.xlsx', await config(2025));
    const empty = f.write('HTKT-trong.xlsx', await unitFile(fillTemplate(await template(readFileSync(book), 'HTKT'), [])));
    const res = await cli(['import', book, empty, '-o', f.path('lan1.xlsx')]);
    expect(res.stdout).toContain(
      '[Lưu ý] Sheet "HTKT" của tệp "HTKT-trong.xlsx" là bảng chấm của "Phòng Hạ tầng kỹ thuật" nhưng chưa ghi người nào: không nhập.',
    );
    expect(res.stdout).toContain('Không có bảng nào được nhập: không ghi bản sao.');
    expect(res.code).toBe(0);
    expect(f.files()).toEqual(['HTKT-trong.xlsx', 'lan1.don-doc.xlsx', 'so.xlsx']);
  });
});
