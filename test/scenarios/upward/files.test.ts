import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { bookBytes } from '../../../scripts/lib/bookFactory';
import { runEngine } from '../../../src/core/engine/run';
import { cellText } from '../../../src/sheet/grid';
import { DATA_COLUMNS, UPWARD_SHEETS } from '../../../src/core/upward/format';
import { consolidate } from '../../../src/core/upward/consolidate';
import { readUpwardFile } from '../../../src/core/upward/read';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';
import { agencySpec, provinceWithHistory, sheet } from './support';
import { cli } from '../../support/cli';

const OUT = join(__dirname, '..', '..', 'out', 'upward');
mkdirSync(OUT, { recursive: true });

describe('the command line on real files', () => {
  const books: Record<string, string> = {};
  beforeAll(async () => {
    for (const [key, org] of [
      ['xd', 'Sở Xây dựng'],
      ['gt', 'Sở Giao thông vận tải'],
      ['tc', 'Sở Tài chính'],
    ] as const) {
      books[key] = join(OUT, `so-${key}.xlsx`);
      writeFileSync(books[key], await bookBytes(agencySpec(org)));
    }
  });

  test('consolidate -o … --export … --json: the workbook, the import file, the check code', async () => {
    const out = join(OUT, 'so-xd.gui-cap-tren.xlsx');
    const exp = join(OUT, 'so-xd.nhap-he-thong.xlsx');
    const r = await cli(['consolidate', books.xd, '-o', out, '--export', exp, '--json']);
    expect(r.code).toBe(1); // the sample keeps its data errors: listed in the workbook's findings
    const j = JSON.parse(r.stdout);
    expect(j.meta.checkCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(j.proposals).toHaveLength(7);
    const g = await readGrids(readFileSync(out), 'so-xd.gui-cap-tren.xlsx');
    expect(readUpwardFile(g, 'x', 'vi').ok).toBe(true);
    const imp = await readGrids(readFileSync(exp), 'nhap.xlsx');
    expect(imp.sheets.map((s) => s.name)).toEqual(['Danh sách']);
    expect(imp.sheets[0].rows).toHaveLength(8);
  });

  test('consolidate refuses to overwrite its input and names a file that is not a workbook', async () => {
    expect((await cli(['consolidate', books.xd, '-o', books.xd])).code).toBe(2);
    const junk = join(OUT, 'junk.xlsx');
    writeFileSync(junk, 'not a zip');
    const r = await cli(['consolidate', junk, '-o', join(OUT, 'junk.out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('junk.xlsx');
  });

  test('rollup of three agencies plus a stray agency book: the roll-up, one reply per file, the export edited through Bảng mã', async () => {
    const ups: string[] = [];
    for (const k of ['xd', 'gt', 'tc']) {
      const out = join(OUT, `so-${k}.gui-cap-tren.xlsx`);
      await cli(['consolidate', books[k], '-o', out]);
      ups.push(out);
    }
    const rollOut = join(OUT, 'tong-hop.xlsx');
    const exp = join(OUT, 'tong-hop.nhap.xlsx');
    const r = await cli(['rollup', ...ups, books.xd, '-o', rollOut, '--export', exp, '--org', 'UBND tỉnh A']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ so-xd.xlsx: từ chối.');
    expect(r.stdout).toContain('là sổ thi đua của cơ quan');
    expect(r.stdout).toMatch(/"Lê Minh Tuấn" được đề nghị ở hai nơi/);
    const replies = readdirSync(OUT).filter((f) => f.startsWith('tong-hop.tra-loi-'));
    expect(replies).toHaveLength(4);
    const g = await readGrids(readFileSync(rollOut), 'tong-hop.xlsx');
    const back = readUpwardFile(g, 'tong-hop.xlsx', 'vi');
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.meta.agency).toBe('UBND tỉnh A');
    expect(back.rows).toHaveLength(21);
    const summary = sheet(g, UPWARD_SHEETS.summary).rows;
    expect(summary.some((row) => row[1] === 'so-xd.xlsx' && String(row[5]).startsWith('Từ chối'))).toBe(true);

    // The user edits the code table of the roll-up, then exports: the edit is read back.
    const codes = sheet(g, UPWARD_SHEETS.codes);
    const i = codes.rows.findIndex((row) => row[0] === 'Hình thức' && row[1] === 'Cờ thi đua cấp tỉnh');
    codes.rows[i][2] = 'CTD-T';
    const j = codes.rows.findIndex((row) => row[1] === 'Thứ tự nhóm');
    codes.rows[j][2] = 'Cá nhân trước';
    const edited = join(OUT, 'tong-hop.da-sua-ma.xlsx');
    // The file as saved after the edit: same sheets, the code table changed.
    const { buildCodesSheet, readCodesGrid } = await import('../../../src/core/upward/sheets');
    const models = (await import('../../../src/core/upward/consolidate')).assembleWorkbook(
      back.meta,
      back.rows.map((x) => x.values),
      {
        summary: { ...buildCodesSheet([], 'vi'), id: 'summary', name: UPWARD_SHEETS.summary },
        findings: { ...buildCodesSheet([], 'vi'), id: 'findings', name: UPWARD_SHEETS.findings },
        codes: readCodesGrid(codes.rows),
      },
    );
    writeFileSync(edited, await writeNewWorkbook(models));
    const exp2 = join(OUT, 'tong-hop.nhap2.xlsx');
    const r2 = await cli(['rollup', edited, '-o', join(OUT, 'cap-tren-nua.xlsx'), '--export', exp2]);
    expect(r2.code).not.toBe(2);
    expect(r2.stdout).toContain('✓ tong-hop.da-sua-ma.xlsx');
    const imp = (await readGrids(readFileSync(exp2), 'n.xlsx')).sheets[0].rows;
    expect(imp[1][2]).toBe('Lê Minh Tuấn'); // individuals first now
    expect(imp.filter((row) => row[6] === 'CTD-T')).toHaveLength(6);
  });
});

describe('the province book (60 units, 9,000 candidates)', () => {
  test('consolidates into an upward workbook that reads back verified', async () => {
    const book = await readGrids(await bookBytes(provinceWithHistory()), 'tinh.xlsx');
    const r = runEngine(book);
    const up = consolidate(r, { sourceFile: 'tinh.xlsx', now: '2025-12-10T00:00:00.000Z', version: '0.2.0' });
    const upward = r.candidates.reduce(
      (n, c) => n + (r.decisions.get(c.id) ?? []).filter((d) => d.status === 'proposed' && /cấp tỉnh|Bằng khen|xuất sắc|Cờ/.test(d.title)).length,
      0,
    );
    expect(up.rows.length).toBe(upward);
    expect(up.rows.length).toBeGreaterThan(20);
    const g = await readGrids(await writeNewWorkbook(up.models), 'tinh.gui.xlsx');
    const back = readUpwardFile(g, 'tinh.gui.xlsx', 'vi');
    expect(back.ok).toBe(true);
    expect(sheet(g, UPWARD_SHEETS.data).rows[0]).toEqual(DATA_COLUMNS.map((c) => c.vi));
  }, 120000);
});

const soffice = spawnSync('soffice', ['--version']).status === 0;
(soffice ? describe : describe.skip)('LibreOffice renders the upward workbook', () => {
  test('to a PDF whose pages hold the cover with its code and the proposal list', async () => {
    const out = join(OUT, 'pdf');
    mkdirSync(out, { recursive: true });
    const book = await readGrids(await bookBytes(agencySpec('Sở Xây dựng tỉnh A')), 'so-xay-dung.xlsx');
    const up = consolidate(runEngine(book), { sourceFile: 'so-xay-dung.xlsx', now: '2025-12-10T08:00:00.000Z', version: '0.2.0' });
    // The printed part of the dossier: cover and proposal list.
    const file = join(out, 'gui-cap-tren.xlsx');
    writeFileSync(file, await writeNewWorkbook(up.models.filter((m) => m.id === 'upwardCover' || m.id === 'proposal')));
    const profile = join(out, 'lo-profile');
    const conv = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], {
      encoding: 'utf8',
      timeout: 120000,
    });
    expect(conv.status).toBe(0);
    const pdf = join(out, 'gui-cap-tren.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    if (text.status === 0) {
      expect(text.stdout).toContain(up.meta.checkCode);
      expect(text.stdout).toContain('DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG');
      expect(text.stdout).toContain('Lê Minh Tuấn');
      expect(text.stdout.split('\f').filter((p) => p.trim()).length).toBeGreaterThanOrEqual(2);
    }
    spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, 'page')]);
    expect(cellText(up.meta.checkCode)).toMatch(/-/);
  }, 180000);
});
