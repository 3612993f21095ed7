import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { MemoryBook, MemoryExcel } from '../../../src/host/memory/memoryExcel';
import { readWorkbook } from '../../../src/host/office/readBook';
import { writeGeneratedSheets } from '../../../src/host/office/writeBook';
import { runJob } from '../../../src/core/app';
import { checkOwnership, findMarker, planWrite } from '../../../src/core/ownership/marker';
import { loadWorkbook, unchangedOwnSheets, workbookToGrids } from '../../../src/host/file/readWorkbook';
import { patchCells } from '../../../src/xlsx/patchCells';
import { nodeCodec } from '../../../src/host/file/nodeCodec';
import { readFileSync } from 'node:fs';
import { LIBRARY_TEXT, cli, loadXlsx, sha256, tempDir } from './support';

const DIR = tempDir('own');
/** The sheets of closing the year the sample's ranking adds (src/core/closing). */
const CLOSING = [
  'Số quyết định',
  'QĐ Lao động tiên tiến',
  'QĐ Chiến sĩ thi đua cơ sở',
  'QĐ Tập thể lao động tiên tiến',
  'Tiền thưởng',
  'Trộn thư giấy khen',
  'In giấy khen',
  'Báo cáo tổng kết',
];
/** Of those, the ones only replaced, never read (the register is read: its typed cells are carried over). */
const CLOSING_UNREAD = CLOSING.filter((n) => n !== 'Số quyết định');
const NOW = '2026-12-01T10:00:00.000Z';
let input = '';
let first = '';

beforeAll(async () => {
  input = join(DIR, 'book.xlsx');
  writeFileSync(input, await bookBytes(sampleSpec()));
  first = join(DIR, 'first.xlsx');
  const r = await cli(['rank', input, '-o', first]);
  expect(r.code).toBe(1);
});

async function edit(from: string, to: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = await loadXlsx(from);
  change(wb);
  await wb.xlsx.writeFile(to);
}

async function grids(path: string) {
  return workbookToGrids(await loadWorkbook(await import('node:fs').then((f) => f.readFileSync(path))));
}

describe('own sheets are proved by their content, not their name (real files)', () => {
  test('the written sheets verify against their fingerprints after the file round trip, and after a re-save', async () => {
    const own = checkOwnership(await grids(first));
    expect(own.conflicts).toEqual([]);
    expect(own.verified).toEqual(['Kiểm tra', 'Xếp hạng', 'Tổng hợp', 'Đề nghị khen thưởng', 'Biên bản', ...CLOSING, 'Nhật ký']);
    // Re-saved by another program (ExcelJS here): values are what counts, not bytes.
    const resaved = join(DIR, 'resaved.xlsx');
    await edit(first, resaved, () => undefined);
    expect(checkOwnership(await grids(resaved)).verified.length).toBe(6 + CLOSING.length);
  });

  test('re-running on the copy replaces the unchanged own sheets and keeps the user sheets', async () => {
    const second = join(DIR, 'second.xlsx');
    const before = sha256(first);
    const r = await cli(['rank', first, '-o', second]);
    expect(r.code).toBe(1);
    expect(sha256(first)).toBe(before);
    const wb = await loadXlsx(second);
    const names = wb.worksheets.map((w) => w.name);
    expect(names.filter((n) => n === 'Xếp hạng')).toHaveLength(1);
    expect(names).not.toContain('Xếp hạng (2)');
    const log = wb.getWorksheet('Nhật ký')!;
    // The log keeps the earlier run's row: two runs listed.
    let runs = 0;
    log.eachRow((row) => (typeof row.getCell(4).value === 'string' && /^[0-9a-f]{64}$/.test(String(row.getCell(4).value)) ? runs++ : 0));
    expect(runs).toBe(2);
  });

  test('validate on the copy keeps the ranking sheets listed: the next rank replaces them, no "(2)"', async () => {
    const checked = join(DIR, 'checked.xlsx');
    expect((await cli(['validate', first, '-o', checked])).code).toBe(1);
    expect(checkOwnership(await grids(checked)).verified).toHaveLength(6 + CLOSING.length);
    const ranked = join(DIR, 'checked.ranked.xlsx');
    expect((await cli(['rank', checked, '-o', ranked])).code).toBe(1);
    expect((await grids(ranked)).sheets.map((s) => s.name).filter((n) => n.includes('(2)'))).toEqual([]);
  });

  test('on a result copy, the result sheets whose bytes are as written are proved by them and not read: the run is the same as with every sheet read', async () => {
    const pkg = await loadWorkbook(readFileSync(first), nodeCodec);
    const fast = workbookToGrids(pkg, undefined, { forRun: true });
    const skipped = fast.sheets.filter((g) => g.unchangedSinceWritten);
    expect(skipped.map((g) => g.name)).toEqual(['Kiểm tra', 'Xếp hạng', 'Tổng hợp', 'Biên bản', ...CLOSING_UNREAD]);
    expect(skipped.every((g) => g.rows.length === 0)).toBe(true);
    // The log is continued and the officer's notes carried over: those two are always read.
    expect(fast.sheets.find((g) => g.name === 'Nhật ký')!.rows.length).toBeGreaterThan(0);
    expect(fast.sheets.find((g) => g.name === 'Đề nghị khen thưởng')!.rows.length).toBeGreaterThan(0);
    const full = workbookToGrids(pkg);
    expect(full.sheets.some((g) => g.unchangedSinceWritten)).toBe(false);
    for (const lang of ['vi', 'en'] as const) {
      const a = runJob(fast, { action: 'rank', now: NOW, version: 't', lang });
      const b = runJob(full, { action: 'rank', now: NOW, version: 't', lang });
      expect(a.result.ownership.verified).toEqual(b.result.ownership.verified);
      expect(a.result.ownership.conflicts).toEqual([]);
      expect(a.result.fingerprint).toBe(b.result.fingerprint);
      expect(a.result.findings).toEqual(b.result.findings);
      expect(a.sheets).toEqual(b.sheets);
    }
  });

  test("one cell changed inside a result sheet's part: no longer proved by its bytes, read, and found edited", async () => {
    const pkg = await loadWorkbook(readFileSync(first), nodeCodec);
    const part = pkg.sheets.find((s) => s.name === 'Xếp hạng')!.part!;
    const bytes = patchCells(pkg, new Map([[part, [{ sheet: 'Xếp hạng', row: 5, col: 1, before: '', after: 'Sửa tay' }]]]), nodeCodec, () => undefined);
    const changed = await loadWorkbook(bytes, nodeCodec);
    expect([...unchangedOwnSheets(changed)]).toEqual(['Kiểm tra', 'Tổng hợp', 'Biên bản', ...CLOSING_UNREAD]);
    const g = workbookToGrids(changed, undefined, { forRun: true });
    expect(g.sheets.find((s) => s.name === 'Xếp hạng')!.rows[5][1]).toBe('Sửa tay');
    expect(checkOwnership(g).conflicts).toEqual([{ name: 'Xếp hạng', reason: 'edited' }]);
  });

  test('an own sheet edited by hand stops the run (exit 2, names the sheet and --force); --force replaces it', async () => {
    const edited = join(DIR, 'edited.xlsx');
    await edit(first, edited, (wb) => {
      wb.getWorksheet('Xếp hạng')!.getCell('B6').value = 'Sửa tay của cán bộ';
    });
    const out = join(DIR, 'edited.out.xlsx');
    const before = sha256(edited);
    const r = await cli(['rank', edited, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"Xếp hạng"');
    expect(r.stderr).toContain('--force');
    expect(r.stderr).toContain('Chưa ghi tệp nào');
    expect(r.stderr).not.toMatch(LIBRARY_TEXT);
    expect(existsSync(out)).toBe(false);
    expect(sha256(edited)).toBe(before);
    const en = await cli(['rank', edited, '-o', out, '--lang', 'en']);
    expect(en.stderr).toContain('edited by hand');

    const forced = await cli(['rank', edited, '-o', out, '--force']);
    expect(forced.code).toBe(1);
    const wb = await loadXlsx(out);
    expect(wb.getWorksheet('Xếp hạng')!.getCell('B6').value).not.toBe('Sửa tay của cán bộ');
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Xếp hạng (2)');
  });

  test("the officer's note in Đề nghị khen thưởng is not an edit and is carried to the next run by candidate", async () => {
    const noted = join(DIR, 'noted.xlsx');
    let who = '';
    await edit(first, noted, (wb) => {
      const ws = wb.getWorksheet('Đề nghị khen thưởng')!;
      ws.eachRow((row) => {
        if (!who && typeof row.getCell(1).value === 'number' && row.getCell(2).value) {
          who = String(row.getCell(2).value);
          row.getCell(6).value = 'Hội đồng đã họp 20/11';
        }
      });
    });
    expect(who).not.toBe('');
    const out = join(DIR, 'noted.out.xlsx');
    const r = await cli(['rank', noted, '-o', out]);
    expect(r.code).toBe(1);
    const ws = (await loadXlsx(out)).getWorksheet('Đề nghị khen thưởng')!;
    const notes: [string, unknown][] = [];
    ws.eachRow((row) => {
      if (row.getCell(6).value === 'Hội đồng đã họp 20/11') notes.push([String(row.getCell(2).value), row.getCell(6).value]);
    });
    expect(notes).toEqual([[who, 'Hội đồng đã họp 20/11']]);
  });

  test("a note is the tool's only if the tool wrote it (the marker records what it wrote): the officer's own record of a vote is kept", async () => {
    // The tool wrote "Chờ Hội đồng bỏ phiếu" on the tied rows; the officer types the vote there in
    // the tool's own wording. Told by wording alone, that note would pass for the tool's and be lost.
    const own = 'Hội đồng: 7/9 thành viên có mặt đồng ý (78%)';
    const marker = findMarker(await grids(first));
    expect(marker.entries.find((e) => e.id === 'proposal')!.toolNotes).toContain('Chờ Hội đồng bỏ phiếu');
    const noted = join(DIR, 'vote-noted.xlsx');
    let who = '';
    await edit(first, noted, (wb) => {
      wb.getWorksheet('Đề nghị khen thưởng')!.eachRow((row) => {
        if (!who && row.getCell(6).value === 'Chờ Hội đồng bỏ phiếu') {
          who = String(row.getCell(2).value);
          row.getCell(6).value = own;
        }
      });
    });
    expect(who).not.toBe('');
    const out = join(DIR, 'vote-noted.out.xlsx');
    expect((await cli(['rank', noted, '-o', out])).code).toBe(1);
    const kept: string[] = [];
    (await loadXlsx(out)).getWorksheet('Đề nghị khen thưởng')!.eachRow((row) => {
      if (row.getCell(6).value === own) kept.push(String(row.getCell(2).value));
    });
    expect(kept).toEqual([who]);
    // A note left as the tool wrote it is worded afresh (the other tied row still waits for the council).
    const again: string[] = [];
    (await loadXlsx(out)).getWorksheet('Đề nghị khen thưởng')!.eachRow((row) => {
      if (row.getCell(6).value === 'Chờ Hội đồng bỏ phiếu') again.push(String(row.getCell(2).value));
    });
    expect(again.length).toBeGreaterThan(0);
    expect(again).not.toContain(who);
  });

  test('a user sheet renamed to "Tổng hợp" after ours was deleted is kept; ours gets another name and a finding', async () => {
    const renamed = join(DIR, 'renamed.xlsx');
    await edit(first, renamed, (wb) => {
      wb.removeWorksheet(wb.getWorksheet('Tổng hợp')!.id);
      const mine = wb.getWorksheet('Ghi chú')!;
      mine.name = 'Tổng hợp';
    });
    const mineBefore = (await grids(renamed)).sheets.find((s) => s.name === 'Tổng hợp')!.rows;
    const out = join(DIR, 'renamed.out.xlsx');
    const r = await cli(['rank', renamed, '-o', out, '--json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.findings.some((f: { code: string; sheet: string }) => f.code === 'OUTPUT_NAME_TAKEN' && f.sheet === 'Tổng hợp')).toBe(true);
    const after = await grids(out);
    expect(after.sheets.find((s) => s.name === 'Tổng hợp')!.rows).toEqual(mineBefore);
    expect(after.sheets.map((s) => s.name)).toContain('Tổng hợp (2)');
  });

  test('a user sheet named _ThiDua is neither overwritten nor hidden: our marker takes _ThiDua2 and is found again by its signature', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bookBytes(sampleSpec())) as unknown as ArrayBuffer);
    const mine = wb.addWorksheet('_ThiDua');
    mine.getCell('A1').value = 'Sổ tay của tôi';
    mine.getCell('B2').value = 42;
    const own = join(DIR, 'user-thidua.xlsx');
    await wb.xlsx.writeFile(own);
    const out = join(DIR, 'user-thidua.out.xlsx');
    expect((await cli(['rank', own, '-o', out])).code).toBe(1);
    const back = await loadXlsx(out);
    const user = back.getWorksheet('_ThiDua')!;
    expect(user.state).toBe('visible');
    expect(user.getCell('A1').value).toBe('Sổ tay của tôi');
    expect(user.getCell('B2').value).toBe(42);
    expect(back.getWorksheet('_ThiDua2')!.state).toBe('veryHidden');
    expect(findMarker(await grids(out)).sheet).toBe('_ThiDua2');
    // And the next run finds it, replacing our sheets only.
    const again = join(DIR, 'user-thidua.again.xlsx');
    expect((await cli(['rank', out, '-o', again])).code).toBe(1);
    const g = await grids(again);
    expect(g.sheets.map((s) => s.name).filter((n) => n.startsWith('Xếp hạng'))).toEqual(['Xếp hạng']);
    expect(g.sheets.find((s) => s.name === '_ThiDua')!.rows[0]).toEqual(['Sổ tay của tôi']);
  });

  test("an older version's marker (names only) is not trusted blindly: its sheets are asked about; --force replaces them and signs a new marker", async () => {
    const legacy = join(DIR, 'legacy.xlsx');
    await edit(first, legacy, (wb) => {
      wb.removeWorksheet(wb.getWorksheet('_ThiDua')!.id);
      // The older version wrote five sheets (no minutes yet) and listed them by name.
      wb.removeWorksheet(wb.getWorksheet('Biên bản')!.id);
      for (const n of CLOSING) wb.removeWorksheet(wb.getWorksheet(n)!.id);
      const m = wb.addWorksheet('_ThiDua', { state: 'veryHidden' });
      m.addRow(['Sheet', 'Loại', 'Thời điểm', 'Dấu vân tay dữ liệu']);
      for (const [n, id] of [
        ['Kiểm tra', 'findings'],
        ['Xếp hạng', 'ranking'],
        ['Tổng hợp', 'summary'],
        ['Đề nghị khen thưởng', 'proposal'],
        ['Nhật ký', 'log'],
      ])
        m.addRow([n, id, NOW, 'abc']);
    });
    const out = join(DIR, 'legacy.out.xlsx');
    const r = await cli(['rank', legacy, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('phiên bản cũ');
    expect(r.stderr).toContain('--force');
    expect(existsSync(out)).toBe(false);
    expect((await cli(['rank', legacy, '-o', out, '--force'])).code).toBe(1);
    const g = await grids(out);
    expect(g.sheets.map((s) => s.name).filter((n) => /\(2\)/.test(n))).toEqual([]);
    expect(findMarker(g).sheet).toBe('_ThiDua');
    expect(checkOwnership(g).verified).toHaveLength(6 + CLOSING.length);
  });

  test('a marker whose rows were tampered with is not trusted: its sheets are user sheets', async () => {
    const g = await grids(first);
    const marker = g.sheets.find((s) => s.name === '_ThiDua')!;
    marker.rows[3] = ['Ghi chú', 'findings', ...marker.rows[3].slice(2)];
    expect(findMarker(g).sheet).toBeNull();
  });
});

describe('the same plan through Office.js (strict in-memory Excel)', () => {
  const env = (x: MemoryExcel) => ({ run: x.run, supports: (v: string) => x.isSetSupported('ExcelApi', v) });
  async function click(x: MemoryExcel, force = false) {
    const grids = await readWorkbook(env(x));
    const job = runJob(grids, { action: 'rank', now: NOW, version: 'test' });
    const report = await writeGeneratedSheets(env(x), {
      models: job.sheets,
      book: grids,
      ownership: job.result.ownership,
      force,
      stamp: { time: NOW, fingerprint: job.result.fingerprint },
    });
    return { job, report };
  }

  test('what Office.js wrote verifies when read back; a hand edit blocks the write until force', async () => {
    const grids = workbookToGrids(await loadWorkbook(await bookBytes(sampleSpec())));
    const x = new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { apiVersion: '1.13' });
    await click(x);
    const read = await readWorkbook(env(x));
    const own = checkOwnership(read);
    expect(own.conflicts).toEqual([]);
    expect(own.verified).toHaveLength(6 + CLOSING.length);

    // The second click replaces them all (no "(2)" sheets).
    const second = await click(x);
    expect(second.report.blocked).toBeFalsy();
    expect(x.book.sheets.map((s) => s.name).filter((n) => n.includes('(2)'))).toEqual([]);

    // A hand edit in "Tổng hợp": the core reports the conflict and the adapter writes nothing.
    x.book.sheet('Tổng hợp')!.cells.set('5,1', 'đã sửa');
    const syncsBefore = x.syncs.length;
    const blocked = await click(x);
    expect(blocked.job.conflicts).toEqual([{ name: 'Tổng hợp', reason: 'edited' }]);
    expect(blocked.report).toMatchObject({ blocked: true, written: [] });
    expect(x.book.sheet('Tổng hợp')!.cells.get('5,1')).toBe('đã sửa');
    // Only the read's syncs: the write sent nothing.
    expect(x.syncs.length - syncsBefore).toBeLessThanOrEqual(4);

    const forced = await click(x, true);
    expect(forced.report.blocked).toBeFalsy();
    expect(x.book.sheet('Tổng hợp')!.cells.get('5,1')).not.toBe('đã sửa');
  });

  test('text that Excel would read as a number in scientific notation (a fingerprint like "12e45…") is written as text', async () => {
    const { toExcelValue } = await import('../../../src/host/office/writeBook');
    expect(toExcelValue('12e45')).toBe("'12e45");
    expect(toExcelValue('3E-7')).toBe("'3E-7");
    expect(toExcelValue('e5')).toBe('e5');
  });

  test('planWrite alone: a user sheet holding a model name is never removed (blocked as notOurs)', () => {
    const book = { sheets: [{ name: 'Xếp hạng', rows: [['của tôi']] }] };
    const model = {
      id: 'ranking' as const,
      name: 'Xếp hạng',
      rows: [['x']],
      columnWidths: [],
      styles: [],
      merges: [],
      links: [],
      page: { orientation: 'portrait' as const, fitToWidth: false, font: 'Calibri' as const, fontSize: 11 },
    };
    const plan = planWrite(book, [model], { time: NOW, fingerprint: '' });
    expect(plan).toMatchObject({ blocked: true, remove: [], models: [], conflicts: [{ name: 'Xếp hạng', reason: 'notOurs' }] });
  });
});

describe('a result copy written by the previous version (its marker has no part hashes nor tool notes)', () => {
  // The bundled sample ranked by the version of 1/12/2026 before the part hashes (commit c18d5c2).
  const OLD = join(__dirname, '..', '..', 'fixtures', 'result-copy-previous-marker.xlsx');

  test('its sheets are verified by their values, replaced in place, and the next run proves them by bytes', async () => {
    const pkg = await loadWorkbook(readFileSync(OLD), nodeCodec);
    expect([...unchangedOwnSheets(pkg)]).toEqual([]);
    const own = checkOwnership(workbookToGrids(pkg, undefined, { forRun: true }));
    expect(own.conflicts).toEqual([]);
    expect(own.verified).toEqual(['Kiểm tra', 'Xếp hạng', 'Tổng hợp', 'Đề nghị khen thưởng', 'Biên bản', 'Nhật ký']);
    const out = join(DIR, 'previous.rerun.xlsx');
    expect((await cli(['rank', OLD, '-o', out])).code).toBe(1);
    const again = await loadWorkbook(readFileSync(out), nodeCodec);
    expect(again.sheets.map((s) => s.name).filter((n) => /\(2\)/.test(n))).toEqual([]);
    // The closing sheets too, but the register (its typed cells are carried over, so it is read).
    expect([...unchangedOwnSheets(again)]).toEqual(['Kiểm tra', 'Xếp hạng', 'Tổng hợp', 'Biên bản', ...CLOSING_UNREAD]);
  });
});
