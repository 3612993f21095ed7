/**
 * The round trip's Office.js pieces against the strict in-memory Excel: marks on and off leaving
 * the sheet's formats and comments exactly as they were, returned sheets inserted from their file
 * (1.13) or written as values (older Excel), Ngày nộp written, legacy text converted and restored,
 * each within a few syncs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryBook, MemoryExcel } from '../../../src/host/memory/memoryExcel';
import { OfficeEnv } from '../../../src/host/office/officeEnv';
import { readWorkbook } from '../../../src/host/office/readBook';
import { clearMarks, markFindings } from '../../../src/host/office/marks';
import { importIntoExcel } from '../../../src/host/office/importSheets';
import { convertLegacyInExcel, restoreLegacyInExcel } from '../../../src/host/office/legacyConvert';
import { bytesToBase64 } from '../../../src/host/office/base64';
import { readGrids } from '../../../src/host/file/fileHost';
import { runEngine, fingerprintSheets } from '../../../src/core/engine/run';
import { WorkbookGrids } from '../../../src/sheet/grid';
import { marksFor } from '../../../src/core/roundtrip/marks';
import { RECORDS_SHEET, readRecords } from '../../../src/core/roundtrip/records';
import { importedModel, incoming, planImport } from '../../../src/core/roundtrip/importPlan';
import { planConversion } from '../../../src/core/roundtrip/legacyPlan';
import { buildUnitTemplate } from '../../../src/core/roundtrip/template';
import { readOwnSheets } from '../../../src/core/ownership/marker';
import { returnedFile } from '../../../src/cli/commands/import';
import { configBook, fillTemplate, unitFile } from './support';

const SAMPLE = join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');
const readXlsx = async (bytes: Uint8Array) => (await readGrids(bytes)).sheets;

function envOf(x: MemoryExcel): OfficeEnv {
  return { run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) };
}

/** Everything about a sheet's look that marks could touch: formats and comments, as plain data. */
function look(x: MemoryExcel, sheet: string) {
  const s = x.book.sheet(sheet)!;
  return { formats: [...s.formats.entries()].sort(), comments: [...s.comments.entries()].sort(), values: [...s.cells.entries()].sort() };
}

async function sample(api = '1.13'): Promise<{ x: MemoryExcel; grids: WorkbookGrids }> {
  const grids = await readGrids(readFileSync(SAMPLE), 'sample');
  return { x: new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { apiVersion: api, readXlsx }), grids };
}

describe('Đánh dấu lỗi and Xóa đánh dấu', () => {
  for (const api of ['1.13', '1.7']) {
    test(`marks come off leaving formats and comments exactly as before (ExcelApi ${api})`, async () => {
      const { x } = await sample(api);
      const env = envOf(x);
      const grids = await readWorkbook(env);
      const r = runEngine(grids);
      const marks = marksFor(r.findings, 'P.QLXD');
      expect(marks.length).toBeGreaterThan(2);
      // The unit's own look on some of those cells: a fill, an explicit white fill, bold, a comment.
      const s = x.book.sheet('P.QLXD')!;
      const [a, b, c] = marks;
      s.formats.set(`${a.row},${a.col}`, { fill: '#00B0F0', bold: true });
      // An explicit white fill is told from no fill by the fill pattern (ExcelApi 1.9); before
      // 1.9 Excel reports both as white, and white comes back as no fill (it looks the same).
      s.formats.set(`${b.row},${b.col}`, { fill: api === '1.13' ? '#FFFFFF' : '#FFFF00' });
      s.formats.set(`${c.row},${c.col}`, { italic: true });
      if (api === '1.13') s.comments.set(`${c.row},${c.col}`, { id: 'u1', content: 'Ghi chú của đơn vị' });
      const before = look(x, 'P.QLXD');

      x.resetStats();
      const marked = await markFindings(env, { book: grids, sheet: 'P.QLXD', marks, records: [], time: '2026-12-01T10:00:00Z' });
      const markSyncs = x.syncs.length;
      expect(markSyncs).toBeLessThanOrEqual(4);
      for (const m of marks) expect(x.book.formatAt('P.QLXD', m.row, m.col).fill).toBe(m.fill);
      if (api === '1.13') {
        expect(marked.notes).toBe(marks.length - 1);
        expect(s.comments.get(`${c.row},${c.col}`)!.content).toBe('Ghi chú của đơn vị');
        // A cell without a note of the unit's gets the finding's message as its note.
        expect(s.comments.get(`${b.row},${b.col}`)!.content).toBe(b.note);
      } else expect(marked.noComments).toBe(true);
      // The records live in the add-in's very hidden sheet, and are read back from the workbook.
      const marked1 = await readWorkbook(env);
      const records = readRecords(marked1);
      expect(records.filter((q) => q.kind === 'mark').length).toBe(marks.length);
      // Listed as the add-in's own in the marker, written by the core's plan.
      expect(readOwnSheets(marked1)).toContain(RECORDS_SHEET);
      expect(x.book.sheet(RECORDS_SHEET)!.visibility).toBe('VeryHidden');

      x.resetStats();
      const cleared = await clearMarks(env, { book: marked1, sheet: 'P.QLXD', records, time: '2026-12-01T10:05:00Z' });
      expect(x.syncs.length).toBeLessThanOrEqual(4);
      expect(cleared.restored).toBe(marks.length);
      expect(look(x, 'P.QLXD')).toEqual(before);
      expect(readRecords(await readWorkbook(env)).filter((q) => q.kind === 'mark')).toEqual([]);
    });
  }

  test("a cell the user refilled after the mark keeps the user's fill; a rewritten comment stays", async () => {
    const { x } = await sample();
    const env = envOf(x);
    const g0 = await readWorkbook(env);
    const r = runEngine(g0);
    const marks = marksFor(r.findings, 'KHTC');
    const { records } = await markFindings(env, { book: g0, sheet: 'KHTC', marks, records: [], time: 't' });
    const s = x.book.sheet('KHTC')!;
    const m = marks[0];
    s.formats.set(`${m.row},${m.col}`, { fill: '#92D050' });
    s.comments.set(`${m.row},${m.col}`, { id: 'x', content: 'Đã sửa, chờ đơn vị xác nhận' });
    const res = await clearMarks(env, { book: await readWorkbook(env), sheet: 'KHTC', records, time: 't2' });
    expect(res.leftAlone).toBe(1);
    expect(s.formats.get(`${m.row},${m.col}`)).toEqual({ fill: '#92D050' });
    expect(s.comments.get(`${m.row},${m.col}`)!.content).toBe('Đã sửa, chờ đơn vị xác nhận');
  });
});

describe('returned sheets into the open workbook', () => {
  async function setup(api: string) {
    const book = await configBook();
    const x = new MemoryExcel(MemoryBook.fromGrids(book.grids.sheets), { apiVersion: api, readXlsx });
    const r = runEngine(book.grids);
    const tpl = buildUnitTemplate(
      r,
      r.units.find((u) => u.code === 'TTKĐ')!,
      [],
      {},
    );
    const people = [
      {
        name: 'Đỗ Văn Kiểm',
        dob: '01/02/1983',
        rating: 'HTTNV',
        evidence: 'BC',
        scores: { '1.1': 28, '1.2': 18, '1.3': 9, '2.1': 9, '2.2': 9, '3.1': 9, '3.2': 9 },
      },
      {
        name: 'Vũ Thị Định',
        dob: '03/04/1990',
        rating: 'HTTNV',
        evidence: 'BC',
        scores: { '1.1': 26, '1.2': 17, '1.3': 9, '2.1': 9, '2.2': 8, '3.1': 8, '3.2': 9 },
      },
    ];
    const bytes = await unitFile(fillTemplate(tpl, people));
    return { x, env: envOf(x), bytes, tpl, people };
  }

  async function run(env: OfficeEnv, bytes: Uint8Array, accept = false) {
    const grids = await readWorkbook(env);
    const plan = planImport(grids, [await returnedFile('TTKD.xlsx', bytes)], { now: '2026-12-01T10:00:00Z', today: '2026-12-01', accept });
    const items = incoming(plan).map((it) => ({
      sheet: it.sheet,
      sourceSheet: it.sourceSheet,
      replaces: it.action === 'replace' ? it.sheet : null,
      base64: bytesToBase64(bytes),
      model: importedModel(it),
    }));
    const report = await importIntoExcel(env, {
      book: grids,
      items,
      records: plan.records,
      stamp: { time: '2026-12-01T10:00:00Z', fingerprint: plan.engine.fingerprint },
      received: plan.received.filter((d) => d.at).map((d) => ({ ...d.at!, serial: Date.parse(d.iso) / 86400000 + 25569 })),
    });
    return { plan, report };
  }

  for (const api of ['1.13', '1.7']) {
    test(`inserted ${api === '1.13' ? 'from its file' : 'as values'}, named after its unit, Ngày nộp written, recorded as the add-in's own (ExcelApi ${api})`, async () => {
      const { x, env, bytes, people } = await setup(api);
      x.resetStats();
      const { report } = await run(env, bytes);
      expect(report).toMatchObject({ written: ['TTKĐ'], via: api === '1.13' ? 'file' : 'values', received: 1 });
      expect(x.syncs.length).toBeLessThanOrEqual(12);
      const after = await readWorkbook(env);
      const r = runEngine(after);
      expect(r.sheets.map((s) => [s.sheet, s.unitName])).toEqual([['TTKĐ', 'Trung tâm Kiểm định chất lượng xây dựng']]);
      expect(r.candidates.map((c) => c.name)).toEqual(people.map((p) => p.name));
      expect(r.units.find((u) => u.code === 'TTKĐ')!.receivedIso).toBe('2026-12-01');
      expect(x.book.formatAt('Đơn vị', 6, 5).numberFormat).toBe('dd/mm/yyyy');
      // The sheet as it stands has the fingerprint recorded: the proof that it is unchanged.
      const rec = readRecords(after).find((q) => q.kind === 'import')!;
      expect(rec.kind === 'import' && rec.fingerprint).toBe(fingerprintSheets([after.sheets.find((s) => s.name === 'TTKĐ')!]));
      expect(readOwnSheets(after)).toEqual(['TTKĐ', RECORDS_SHEET]);
      // Sent again, confirmed: the earlier sheet replaced, one sheet for the unit.
      const second = await run(env, bytes, true);
      expect(second.plan.items.map((i) => i.action)).toEqual(['same']);
    });
  }

  test('a confirmed resubmission replaces the earlier sheet in Excel', async () => {
    const { x, env, bytes, tpl, people } = await setup('1.13');
    await run(env, bytes);
    const again = await unitFile(fillTemplate(tpl, [{ ...people[0], scores: { ...people[0].scores, '1.1': 30 } }, people[1]]));
    const held = await run(env, again);
    expect(held.plan.items.map((i) => i.action)).toEqual(['held']);
    expect(held.report.written).toEqual([]);
    const done = await run(env, again, true);
    expect(done.plan.items[0].previous!.changes.cells).toEqual([expect.objectContaining({ person: 'Đỗ Văn Kiểm', item: '1.1', before: '28', after: '30' })]);
    expect(done.report.written).toEqual(['TTKĐ']);
    expect(x.book.sheets.filter((s) => s.name.startsWith('TTKĐ')).map((s) => s.name)).toEqual(['TTKĐ']);
    expect(runEngine(await readWorkbook(env)).candidates[0].scores.get('1.1')!.self).toBe(30);
  });
});

describe('legacy encodings in the open workbook', () => {
  test('converted on confirmation, the original text kept, restored exactly', async () => {
    const grids = await readGrids(readFileSync(SAMPLE), 'sample');
    const legacy = {
      name: 'Cũ',
      rows: [
        ['Hä vµ tªn', 'Chøc vô'],
        ['NguyÔn V¨n An', 'Tr­ëng phßng'],
        ['TrÇn ThÞ B×nh', 'C¸n bé'],
      ],
    };
    const x = new MemoryExcel(MemoryBook.fromGrids([...grids.sheets, legacy]), { readXlsx });
    const env = envOf(x);
    const plan = planConversion(legacy)!;
    expect(plan.encoding).toBe('TCVN3');
    expect(plan.examples[0]).toMatchObject({ before: 'Hä vµ tªn', after: 'Họ và tên' });
    const before = look(x, 'Cũ');
    const done = await convertLegacyInExcel(env, { book: await readWorkbook(env), plan, records: [], time: 't' });
    expect(done.converted).toBe(6);
    expect(x.book.toGrid('Cũ').rows[1]).toEqual(['Nguyễn Văn An', 'Trưởng phòng']);
    const now = await readWorkbook(env);
    const back = await restoreLegacyInExcel(env, { book: now, sheet: 'Cũ', records: readRecords(now), time: 't2' });
    expect(back.restored).toBe(6);
    expect(look(x, 'Cũ')).toEqual(before);
  });
});
