import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { capText, finishModels } from '../../../src/sheet/capText';
import { campaign, grid, roster, run, simpleCriteria, units } from '../../support/grids';
import { cli, sha256, tempDir } from './support';
import { runJob } from '../../../src/core/app';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';

const DIR = tempDir('values');

function finding(r: ReturnType<typeof run>, code: string) {
  return r.findings.filter((f) => f.code === code).map((f) => ({ sheet: f.sheet, cell: f.cell }));
}

describe('config values that cannot be applied: a finding on their cell, and not applied', () => {
  const base = () => [simpleCriteria(), roster('A', [[1, 'An', 'HTTNV', 0, '', 40, 40, 10, 0]])];

  test('a negative bonus cap and a negative gap threshold', () => {
    const r = run([
      campaign([
        ['Điểm thưởng tối đa', -5],
        ['Ngưỡng chênh lệch', -1],
      ]),
      ...base(),
    ]);
    expect(finding(r, 'BONUS_CAP_NEGATIVE')).toEqual([{ sheet: 'Phong trào', cell: 'B3' }]);
    expect(finding(r, 'GAP_THRESHOLD_NEGATIVE')).toEqual([{ sheet: 'Phong trào', cell: 'B4' }]);
    expect(r.campaign!.maxBonus).toBeNull();
    expect(r.campaign!.gapThreshold).toBeNull();
    // Not applied: the bonus counts in full instead of being capped to a negative number.
    expect(r.scores.get(r.candidates[0].id)!.total).toBe(90);
  });

  test('duplicate unit codes and negative or fractional headcounts', () => {
    const r = run([
      campaign(),
      ...base(),
      units([
        ['A', 'Phòng A', '', 10],
        ['A', 'Phòng B', '', -3],
        ['C', 'Phòng C', '', 2.5],
        ['D', 'Phòng D', '', -1],
      ]),
    ]);
    expect(finding(r, 'UNIT_CODE_DUPLICATE')).toEqual([{ sheet: 'Đơn vị', cell: 'A3' }]);
    expect(r.units.map((u) => u.name)).toEqual(['Phòng A', 'Phòng C', 'Phòng D']);
    expect(finding(r, 'HEADCOUNT_INVALID')).toEqual([
      { sheet: 'Đơn vị', cell: 'D4' },
      { sheet: 'Đơn vị', cell: 'D5' },
    ]);
    expect(r.units.map((u) => u.headcount)).toEqual([10, null, null]);
  });

  test('award years like 99999 or 0, each on its own cell (not column A)', () => {
    const history = grid('Lịch sử khen thưởng', [
      ['Họ và tên', 'Ngày sinh', 'Năm', 'Danh hiệu'],
      ['An', '', 99999, 'Lao động tiên tiến'],
      ['An', '', 0, 'Lao động tiên tiến'],
      ['An', '', 2024, ''],
      ['An', '', 2023, 'Lao động tiên tiến'],
    ]);
    const r = run([campaign(), ...base(), history]);
    expect(finding(r, 'HISTORY_YEAR_INVALID')).toEqual([
      { sheet: 'Lịch sử khen thưởng', cell: 'C2' },
      { sheet: 'Lịch sử khen thưởng', cell: 'C3' },
    ]);
    expect(finding(r, 'HISTORY_BAD_ROW')).toEqual([{ sheet: 'Lịch sử khen thưởng', cell: 'D4' }]);
    expect(r.history.map((h) => h.year)).toEqual([2023]);
  });

  test('through a real file: each finding on its cell in --json, exit 1, the input unchanged, the copy lists them in Kiểm tra', async () => {
    const spec = sampleSpec();
    spec.campaign = spec.campaign.map(([k, v]) => [k, k === 'Điểm thưởng tối đa' ? -5 : k === 'Ngưỡng chênh lệch' ? -1 : v]);
    spec.units = spec.units!.map((u, i) => (i === 1 ? { ...u, code: 'VP' } : i === 2 ? { ...u, headcount: -10 } : u));
    spec.history = [
      ...spec.history!,
      { name: 'Trần Văn Bình', dob: '', unit: 'Văn phòng', year: 99999, title: 'Lao động tiên tiến' },
      { name: 'Trần Văn Bình', dob: '', unit: 'Văn phòng', year: 0, title: 'Lao động tiên tiến' },
    ];
    const input = join(DIR, 'config.xlsx');
    writeFileSync(input, await bookBytes(spec));
    const before = sha256(input);
    const out = join(DIR, 'config.out.xlsx');
    const r = await cli(['rank', input, '-o', out, '--json']);
    expect(r.code).toBe(1);
    expect(sha256(input)).toBe(before);
    const at = (code: string) =>
      JSON.parse(r.stdout)
        .findings.filter((f: { code: string }) => f.code === code)
        .map((f: { sheet: string; cell: string }) => `${f.sheet}!${f.cell}`);
    expect(at('BONUS_CAP_NEGATIVE')).toEqual(['Phong trào!B5']);
    expect(at('GAP_THRESHOLD_NEGATIVE')).toEqual(['Phong trào!B6']);
    expect(at('UNIT_CODE_DUPLICATE')).toEqual(['Đơn vị!A3']);
    expect(at('HEADCOUNT_INVALID')).toEqual(['Đơn vị!D4']);
    // The two rows added last: with the header on row 1, they are rows length and length + 1.
    const first = spec.history!.length;
    expect(at('HISTORY_YEAR_INVALID')).toEqual([`Lịch sử khen thưởng!D${first}`, `Lịch sử khen thưởng!D${first + 1}`]);
    const check = (await readGrids(readFileSync(out))).sheets.find((g) => g.name === 'Kiểm tra')!;
    const text = check.rows.map((row) => row.join(' ')).join('\n');
    expect(text).toContain('Điểm thưởng tối đa là số âm (-5)');
    expect(text).toContain('Năm khen thưởng "99999" không hợp lệ');
  });

  test('English messages exist for every new finding', () => {
    const r = run([campaign([['Điểm thưởng tối đa', -5]]), ...base()], 'en');
    expect(r.findings.find((f) => f.code === 'BONUS_CAP_NEGATIVE')!.message).toContain('bonus cap is negative');
  });
});

describe('generated text: capped at 32,767 characters and control characters shown, in one place', () => {
  test('capText', () => {
    expect(capText('a'.repeat(40000))).toHaveLength(32767);
    expect(capText('a'.repeat(40000)).endsWith('…')).toBe(true);
    expect(capText('Nguyễn\u0001An\u0007')).toBe('Nguyễn␁An␇');
    expect(capText('dòng 1\ndòng 2\tx')).toBe('dòng 1\ndòng 2\tx');
    // A surrogate pair is never split at the cut.
    const s = capText('a'.repeat(32765) + '😀😀');
    expect(s.endsWith('…')).toBe(true);
    expect(/[\uD800-\uDBFF]…$/.test(s)).toBe(false);
    const m = finishModels([
      {
        id: 'findings',
        name: 'X',
        rows: [['ok', 'b'.repeat(33000)]],
        columnWidths: [],
        styles: [],
        merges: [],
        links: [],
        page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 },
      },
    ]);
    expect((m[0].rows[0][1] as string).length).toBe(32767);
  });

  test('a name with control characters: a finding on its cell; the generated sheets show ␁, and a real file keeps it', async () => {
    // (ExcelJS drops control characters when it writes a test input, so the book is given as grids.)
    const book = { sheets: [campaign(), simpleCriteria(), roster('A', [[1, 'Lê Minh\u0001 Tuấn', 'HTTNV', 0, '', 40, 40, 0, 0]])], source: 'x' };
    const job = runJob(book, { action: 'rank', now: '2026-12-01T00:00:00Z', version: 't' });
    expect(job.result.findings.filter((f) => f.code === 'TEXT_CONTROL_CHARS').map((f) => [f.sheet, f.cell])).toEqual([['A', 'B4']]);
    const ranking = job.sheets.find((m) => m.id === 'ranking')!;
    expect(ranking.rows.some((r) => r.includes('Lê Minh␁ Tuấn'))).toBe(true);
    const back = await readGrids(await writeNewWorkbook(job.sheets));
    expect(back.sheets.find((s) => s.name === 'Xếp hạng')!.rows.some((r) => r.includes('Lê Minh␁ Tuấn'))).toBe(true);
  });

  test('a 40,000-character name through a real file: every generated cell within 32,767 characters, the input unchanged', async () => {
    const input = join(DIR, 'long.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bookBytes(sampleSpec())) as unknown as ArrayBuffer);
    const vp = wb.getWorksheet('VP')!;
    let nameRow = 0;
    let nameCol = 0;
    vp.eachRow((row, r) =>
      row.eachCell((c, col) => {
        if (!nameRow && c.value === 'Lê Minh Tuấn') [nameRow, nameCol] = [r, col];
      }),
    );
    expect(nameRow).toBeGreaterThan(0);
    vp.getCell(nameRow, nameCol).value = 'Lê ' + 'A'.repeat(40000);
    await wb.xlsx.writeFile(input);
    const before = sha256(input);
    const out = join(DIR, 'long.out.xlsx');
    const r = await cli(['rank', input, '-o', out]);
    expect(r.code).toBe(1);
    expect(sha256(input)).toBe(before);
    const back = await readGrids(readFileSync(out));
    let longest = 0;
    let cut = 0;
    for (const g of back.sheets) {
      if (['VP'].includes(g.name)) continue;
      for (const row of g.rows)
        for (const v of row ?? [])
          if (typeof v === 'string') {
            longest = Math.max(longest, v.length);
            if (v.length === 32767 && v.endsWith('…')) cut++;
          }
    }
    expect(longest).toBeLessThanOrEqual(32767);
    expect(cut).toBeGreaterThan(0);
  });
});
