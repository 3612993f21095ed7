/**
 * The Office.js adapter against the strict in-memory Excel: same grids as the file host, same
 * engine results, generated sheets written as the models say, user sheets untouched, and the
 * sync and payload budgets of a one-click run on the province book.
 */
import fs from 'fs';
import path from 'path';
import { loadWorkbook, workbookToGrids } from '../../../../src/host/file/readWorkbook';
import { workbookToGrids as exceljsToGrids } from '../../../support/exceljsGrids';
import { MemoryBook, MemoryExcel } from '../../../../src/host/memory/memoryExcel';
import { OfficeEnv, officeEnvFromGlobals } from '../../../../src/host/office/officeEnv';
import { parseAreas, readWorkbook, splitRows } from '../../../../src/host/office/readBook';
import { selectCell, toExcelValue, writeGeneratedSheets, writeUserSheets } from '../../../../src/host/office/writeBook';
import { runJob, toJsonReport } from '../../../../src/core/app';
import { CellValue, SheetGrid, WorkbookGrids } from '../../../../src/sheet/grid';
import { MARKER_SHEET } from '../../../../src/core/config/sheetNames';
import { buildTemplateSheets } from '../../../../src/core/template/defaults';
import { buildBook } from '../../../../scripts/lib/bookFactory';
import { bookSpecFor } from '../../../../scripts/lib/provinceSpec';
import { PAYLOAD_LIMIT } from '../../../../src/host/office/payload';

const SAMPLE = path.join(__dirname, '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');
const NOW = '2026-11-23T08:00:00.000Z';

async function sampleGrids(): Promise<WorkbookGrids> {
  return workbookToGrids(await loadWorkbook(fs.readFileSync(SAMPLE)), 'so-xay-dung-2025.xlsx');
}

function envOf(x: MemoryExcel): OfficeEnv {
  return { run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) };
}

/** Values only, trailing empties dropped: how two hosts' grids are compared. */
function values(g: SheetGrid): CellValue[][] {
  const rows = g.rows.map((r) => {
    const out = (r ?? []).map((v) => (v === '' ? null : v));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

async function oneClick(x: MemoryExcel, action: 'validate' | 'rank' = 'rank') {
  const env = envOf(x);
  const grids = await readWorkbook(env);
  const job = runJob(grids, { action, now: NOW, version: 'test' });
  const report = await writeGeneratedSheets(env, {
    models: job.sheets,
    book: grids,
    ownership: job.result.ownership,
    stamp: { time: NOW, fingerprint: job.result.fingerprint },
  });
  return { grids, job, report };
}

describe('strict in-memory Excel', () => {
  const book = () => MemoryBook.fromGrids([{ name: 'A', rows: [[1, 'x']] }]);

  it('throws when a property is read before load, or before the sync that loads it', async () => {
    const x = new MemoryExcel(book());
    await x.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('A1:B1');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      r.load('values');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([[1, 'x']]);
      expect(() => r.rowCount).toThrow(/PropertyNotLoaded/);
    });
  });

  it('runs nothing until sync, counts syncs and bytes, and refuses requests over the payload limit', async () => {
    const x = new MemoryExcel(book(), { payloadLimit: 1000 });
    await expect(
      x.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').getRange('A1:A200').values = Array.from({ length: 200 }, () => ['chuỗi khá dài']);
        expect(x.book.sheet('A')!.cells.size).toBe(2); // queued, not applied
        await ctx.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
    expect(x.book.sheet('A')!.cells.size).toBe(2);
    expect(x.stats.failedSyncs).toBe(1);
    expect(x.stats.maxRequestBytes).toBeGreaterThan(1000);
  });

  it('types text like Excel does: numbers, formulas and the apostrophe', async () => {
    const x = new MemoryExcel(book());
    await x.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A2:E2').values = [['1.1', '=SUM(A1)', "'1.1", 'TRUE', 'Tổ 1']];
      await ctx.sync();
    });
    expect(x.book.toGrid('A').rows[1]).toEqual([1.1, '#NAME?', '1.1', true, 'Tổ 1']);
  });

  it('refuses calls of a newer requirement set than configured', async () => {
    const x = new MemoryExcel(book(), { apiVersion: '1.7' });
    await expect(x.run(async (ctx) => void ctx.workbook.worksheets.getItem('A').getRange('A1').getMergedAreasOrNullObject())).rejects.toThrow(/ApiNotFound/);
    expect(x.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(x.isSetSupported('ExcelApi', '1.8')).toBe(false);
  });
});

describe('officeEnvFromGlobals', () => {
  it('is null outside Office and guards a missing Office.context.requirements', () => {
    expect(officeEnvFromGlobals({})).toBeNull();
    const env = officeEnvFromGlobals({ Excel: { run: async (b) => b({} as Excel.RequestContext) }, Office: { context: {} } })!;
    expect(env.supports('1.7')).toBe(false);
    const env2 = officeEnvFromGlobals({
      Excel: { run: async (b) => b({} as Excel.RequestContext) },
      Office: { context: { requirements: { isSetSupported: (_n, v) => v === '1.7' } } },
    })!;
    expect(env2.supports('1.7')).toBe(true);
    expect(env2.supports('1.13')).toBe(false);
  });
});

describe('reading the workbook through Office.js', () => {
  it('gives the same grids, merges and engine results as the file host on the sample', async () => {
    const fileGrids = await sampleGrids();
    const x = new MemoryExcel(MemoryBook.fromGrids(fileGrids.sheets));
    const grids = await readWorkbook(envOf(x));
    expect(grids.sheets.map((s) => s.name)).toEqual(fileGrids.sheets.map((s) => s.name));
    for (let i = 0; i < grids.sheets.length; i++) {
      expect(values(grids.sheets[i])).toEqual(values(fileGrids.sheets[i]));
      const headerMerges = (fileGrids.sheets[i].merges ?? []).filter((m) => m.bottom < 30);
      expect(grids.sheets[i].merges).toEqual(expect.arrayContaining(headerMerges));
    }
    const a = toJsonReport(runJob(fileGrids, { action: 'rank', now: NOW, version: 't' }).result, { explanations: true });
    const b = toJsonReport(runJob(grids, { action: 'rank', now: NOW, version: 't' }).result, { explanations: true });
    expect(b.candidates).toEqual(a.candidates);
    expect(b.findings).toEqual(a.findings);
    expect(b.fingerprint).toBe(a.fingerprint);
  });

  it('on ExcelApi 1.7 (no merged areas) still recognises the merged two-row headers', async () => {
    const fileGrids = await sampleGrids();
    const x = new MemoryExcel(MemoryBook.fromGrids(fileGrids.sheets), { apiVersion: '1.7' });
    const grids = await readWorkbook(envOf(x));
    expect(grids.sheets.every((s) => s.merges === undefined)).toBe(true);
    const a = toJsonReport(runJob(fileGrids, { action: 'rank', now: NOW, version: 't' }).result, { explanations: true });
    const b = toJsonReport(runJob(grids, { action: 'rank', now: NOW, version: 't' }).result, { explanations: true });
    expect(b.candidates.map((c) => [c.name, c.total, c.rank, c.titles])).toEqual(a.candidates.map((c) => [c.name, c.total, c.rank, c.titles]));
    expect(b.findings.map((f) => f.code + f.cell)).toEqual(a.findings.map((f) => f.code + f.cell));
  });

  it('splits a block refused as too large and reads it again, losing nothing', async () => {
    const fileGrids = await sampleGrids();
    // The adapter aims at 400 KB but this Excel refuses anything over 20 KB.
    const x = new MemoryExcel(MemoryBook.fromGrids(fileGrids.sheets), { payloadLimit: 20_000 });
    const grids = await readWorkbook(envOf(x), { targetBytes: 400_000 });
    expect(x.stats.failedSyncs).toBeGreaterThan(0);
    expect(x.stats.maxResponseBytes).toBeLessThanOrEqual(20_000);
    for (let i = 0; i < grids.sheets.length; i++) expect(values(grids.sheets[i])).toEqual(values(fileGrids.sheets[i]));
  });

  it('stops between syncs when cancelled', async () => {
    const fileGrids = await sampleGrids();
    const x = new MemoryExcel(MemoryBook.fromGrids(fileGrids.sheets));
    const ac = new AbortController();
    ac.abort();
    await expect(readWorkbook(envOf(x), { signal: ac.signal })).rejects.toThrow(/cancelled/);
    expect(x.stats.syncs).toBe(2);
  });

  it('parses RangeAreas addresses, quoted sheet names included', () => {
    expect(parseAreas("'Tổ 1, Phòng A'!A1:B2,'Tổ 1, Phòng A'!$D$4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(splitRows({ sheet: 0, top: 0, left: 0, rows: 10, cols: 3 }, 9).map((b) => [b.top, b.rows])).toEqual([
      [0, 3],
      [3, 3],
      [6, 3],
      [9, 1],
    ]);
  });
});

describe('writing the generated sheets through Office.js', () => {
  it('writes every model cell as the model says, keeps text as text, and never touches user sheets', async () => {
    const fileGrids = await sampleGrids();
    const x = new MemoryExcel(MemoryBook.fromGrids(fileGrids.sheets));
    const before = fileGrids.sheets.map((s) => JSON.stringify(values(x.book.toGrid(s.name))));
    const { job, report } = await oneClick(x);
    expect(report.written).toEqual(job.sheets.map((s) => s.name));
    fileGrids.sheets.forEach((s, i) => expect(JSON.stringify(values(x.book.toGrid(s.name)))).toBe(before[i]));
    for (const m of job.sheets) {
      const got = values(x.book.toGrid(m.name));
      const want = values({ name: m.name, rows: m.rows.map((r) => (r ?? []).map((v) => (v === '' ? null : v))) });
      expect(got).toEqual(want);
      expect(x.book.sheet(m.name)!.merges).toEqual(expect.arrayContaining(m.merges));
    }
    // Formats landed on ranges: the proposal header is bold, links point inside the workbook.
    const findings = job.sheets.find((m) => m.id === 'findings')!;
    const link = findings.links[0];
    expect(x.book.sheet(findings.name)!.hyperlinks.get(`${link.row},${link.col}`)?.documentReference).toMatch(/^'.+'!\w+\d+$/);
    // Every linked cell looks like a link, though the look went on whole runs of cells.
    for (const m of job.sheets)
      for (const l of m.links) expect([m.name, l.row, l.col, x.book.formatAt(m.name, l.row, l.col).color]).toEqual([m.name, l.row, l.col, '#0563C1']);
    const header = findings.styles.find((s) => s.style === 'header')!;
    expect(x.book.formatAt(findings.name, header.top, header.left).bold).toBe(true);
    // The marker sheet lists them, very hidden; the ranking sheet is active.
    const marker = x.book.sheet(MARKER_SHEET)!;
    expect(marker.visibility).toBe('VeryHidden');
    expect(
      values(x.book.toGrid(MARKER_SHEET))
        .slice(2)
        .map((r) => r[0]),
    ).toEqual(job.sheets.map((s) => s.name));
    expect(x.book.activeSheet).toBe(job.sheets.find((m) => m.id === 'ranking')!.name);
    expect(x.book.calculationSuspensions).toBeGreaterThan(0);
    expect(x.book.sheet(job.sheets.find((m) => m.id === 'summary')!.name)!.charts.length).toBe(1);
  });

  it('a second run replaces only its own sheets; a user sheet named Xếp hạng is kept', async () => {
    const fileGrids = await sampleGrids();
    const x = new MemoryExcel(MemoryBook.fromGrids([...fileGrids.sheets, { name: 'Xếp hạng', rows: [['Bảng của tôi']] }]));
    const first = await oneClick(x);
    const own = first.job.sheets.map((s) => s.name);
    expect(own).toContain('Xếp hạng (2)');
    const count = x.book.sheets.length;
    const second = await oneClick(x);
    expect(second.job.sheets.map((s) => s.name)).toEqual(own);
    expect(x.book.sheets.length).toBe(count);
    expect(values(x.book.toGrid('Xếp hạng'))).toEqual([['Bảng của tôi']]);
    // The log keeps the first run's rows.
    const log = second.job.sheets.find((m) => m.id === 'log')!;
    expect(values(x.book.toGrid(log.name)).length).toBeGreaterThan(
      values(first.grids.sheets.find((s) => s.name === log.name) ?? { name: '', rows: [] }).length,
    );
  });

  it('a generated sheet the user deleted or renamed since is not in the way of the next run', async () => {
    const fileGrids = await sampleGrids();
    const x = new MemoryExcel(MemoryBook.fromGrids(fileGrids.sheets));
    await oneClick(x);
    x.book.sheets = x.book.sheets.filter((s) => s.name !== 'Kiểm tra');
    x.book.sheet('Tổng hợp')!.name = 'Tổng hợp năm trước';
    const again = await oneClick(x);
    expect(x.stats.failedSyncs).toBe(0);
    expect(x.book.sheet('Kiểm tra')).toBeDefined();
    expect(x.book.sheet('Tổng hợp năm trước')).toBeDefined(); // the user's now: kept
    expect(again.job.sheets.map((m) => m.name)).toContain('Tổng hợp');
    expect(x.book.sheet('Tổng hợp')).toBeDefined();
  });

  it('on ExcelApi 1.7 skips the print layout and the filter and says so, without failing', async () => {
    const fileGrids = await sampleGrids();
    const x = new MemoryExcel(MemoryBook.fromGrids(fileGrids.sheets), { apiVersion: '1.7' });
    const { report, job } = await oneClick(x);
    expect(report.skipped).toEqual(expect.arrayContaining(['pageLayout']));
    expect(x.book.sheet(job.sheets[0].name)).toBeDefined();
    expect(x.book.calculationSuspensions).toBeGreaterThan(0);
    expect(x.book.screenUpdatingSuspensions).toBe(0);
  });

  it('selects the cell of a finding', async () => {
    const fileGrids = await sampleGrids();
    const x = new MemoryExcel(MemoryBook.fromGrids(fileGrids.sheets));
    const f = runJob(fileGrids, { action: 'validate', now: NOW, version: 't' }).result.findings.find((f) => f.cell)!;
    await selectCell(envOf(x), f.sheet, f.cell);
    expect(x.book.activeSheet).toBe(f.sheet);
    expect(x.book.selection).toEqual({ sheet: f.sheet, address: f.cell });
  });

  it('writes the campaign template into an empty workbook', async () => {
    const x = new MemoryExcel(MemoryBook.fromGrids([{ name: 'Sheet1', rows: [] }]));
    const models = buildTemplateSheets({ year: 2026 });
    await writeUserSheets(envOf(x), models);
    const grids = { sheets: x.book.sheets.map((s) => x.book.toGrid(s.name)) };
    const r = runJob(grids, { action: 'validate', now: NOW, version: 't' }).result;
    expect(r.campaign?.year).toBe(2026);
    expect(r.titles.length).toBeGreaterThan(3);
    expect(r.findings.filter((f) => f.severity === 'error' && /CONFIG|CRITER|TITLE/.test(f.code))).toEqual([]);
  });

  it('protects text Excel would retype', () => {
    expect(toExcelValue('1.1')).toBe("'1.1");
    expect(toExcelValue('=A1')).toBe("'=A1");
    expect(toExcelValue('- trừ 2 điểm')).toBe("'- trừ 2 điểm");
    expect(toExcelValue('12/3')).toBe("'12/3");
    expect(toExcelValue('Tổ 1')).toBe('Tổ 1');
    expect(toExcelValue(9.5)).toBe(9.5);
    expect(toExcelValue(null)).toBe('');
  });
});

describe('budgets of a one-click run on the province book (60 unit sheets, 9,000 candidates)', () => {
  it(`stays within unit sheets + generated sheets + 10 syncs and ${PAYLOAD_LIMIT} bytes per request`, async () => {
    const grids = exceljsToGrids(buildBook(bookSpecFor('province')), 'province.xlsx');
    const x = new MemoryExcel(MemoryBook.fromGrids(grids.sheets));
    const { job } = await oneClick(x);
    const unitSheets = job.result.sheets.length;
    expect(unitSheets).toBe(60);
    expect(job.result.candidates.length).toBeGreaterThanOrEqual(9000);
    const budget = unitSheets + job.sheets.length + 10;
    const s = x.stats;
    // Printed so the closing note can quote them.
    console.log(
      `province one-click: ${s.syncs} syncs (budget ${budget}), max request ${s.maxRequestBytes} B, max response ${s.maxResponseBytes} B, total up ${s.totalRequestBytes} B, down ${s.totalResponseBytes} B`,
    );
    expect(s.failedSyncs).toBe(0);
    expect(s.syncs).toBeLessThanOrEqual(budget);
    expect(s.maxRequestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(s.maxResponseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }, 120000);
});

describe('runJob without the sheet layout', () => {
  it('gives the same result and findings (a taken sheet name included) and no sheets', async () => {
    const grids = await sampleGrids();
    const book = { ...grids, sheets: [...grids.sheets, { name: 'Xếp hạng', rows: [['Bảng của tôi']] }] };
    const full = runJob(book, { action: 'rank', now: NOW, version: 't' });
    const light = runJob(book, { action: 'rank', now: NOW, version: 't', models: false });
    expect(light.sheets).toEqual([]);
    // The six result sheets and the eight of closing the year (src/core/closing).
    expect(full.sheets.length).toBe(14);
    expect(toJsonReport(light.result, { explanations: true })).toEqual(toJsonReport(full.result, { explanations: true }));
    expect(light.result.findings.some((f) => f.sheet === 'Xếp hạng')).toBe(true);
  });
});
