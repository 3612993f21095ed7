import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runEngine } from '../../../../src/core/engine/run';
import { readGrids, writeNewWorkbook } from '../../../../src/host/file/fileHost';
import { buildChaseSheet, chaseList } from '../../../../src/core/roundtrip/chase';
import { errorFileModel, marksFor } from '../../../../src/core/roundtrip/marks';
import { sheetXml } from '../../../scenarios/roundtrip/support';

const SAMPLE = join(__dirname, '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');

describe('the chase list', () => {
  test('units not sent, sent late, or with errors outstanding, with counts and a reminder', async () => {
    const book = await readGrids(readFileSync(SAMPLE), 'sample');
    const r = runEngine(book);
    const list = chaseList(r, [], { today: '2025-12-20' });
    const by = new Map(list.entries.map((e) => [e.unit.code, e] as const));
    expect(by.get('TTKĐ')!.reasons).toEqual(['missing']);
    expect(by.get('TTKĐ')!.reminder).toBe(
      'Kính gửi Trung tâm Kiểm định chất lượng xây dựng: đến ngày 20/12/2025 chưa nhận được bảng tự chấm điểm thi đua năm 2025 của đơn vị (hạn nộp 15/12/2025); đề nghị đơn vị gửi ngay.',
    );
    expect(by.get('QLXD')!.reasons).toEqual(['late', 'errors']);
    expect(by.get('QLXD')!.lateDays).toBe(4);
    // Each unit's error count is the errors on its own sheets.
    for (const e of list.entries) expect(e.errors).toBe(r.findings.filter((f) => e.sheets.includes(f.sheet) && f.severity === 'error').length);
    expect(by.has('TTr')).toBe(r.findings.some((f) => f.sheet === 'Thanh tra' && f.severity === 'error'));
    expect(list.counts.units).toBe(6);
    expect(list.counts.missing + list.counts.ok + list.entries.filter((e) => !e.reasons.includes('missing')).length).toBe(6);
    const sheet = buildChaseSheet(r, list, { today: '2025-12-20' });
    expect(sheet.id).toBe('chase');
    expect(sheet.rows[2][0]).toBe(
      `Đến ngày 20/12/2025: 6 đơn vị; ${list.counts.missing} chưa nộp, ${list.counts.late} nộp muộn, ${list.counts.withErrors} còn lỗi; ${list.counts.ok} đã nộp đúng hạn, không lỗi.`,
    );
    const back = await readGrids(await writeNewWorkbook([sheet]), 'chase.xlsx');
    expect(back.sheets[0].rows.flat()).toContain(by.get('TTKĐ')!.reminder);
  });
});

describe('the error file for a unit', () => {
  test('the unit sheet as a new workbook, its finding cells filled (error red, warning yellow) with the messages as notes', async () => {
    const book = await readGrids(readFileSync(SAMPLE), 'sample');
    const r = runEngine(book);
    const grid = book.sheets.find((s) => s.name === 'P.QLXD')!;
    const marks = marksFor(r.findings, 'P.QLXD');
    const above = r.findings.find((f) => f.sheet === 'P.QLXD' && f.code === 'SCORE_ABOVE_MAX')!;
    const m = marks.find((x) => x.cell === above.cell)!;
    expect(m).toMatchObject({ severity: 'error', fill: '#FFC7CE' });
    expect(m.note).toContain(above.message);
    const model = errorFileModel(r, grid);
    expect(model.notes!.find((n) => n.row === above.row && n.col === above.col)!.text).toBe(m.note);
    const bytes = await writeNewWorkbook([model]);
    const back = await readGrids(bytes, 'loi.xlsx');
    // The values are the unit's own.
    expect(back.sheets[0].rows[above.row!][above.col!]).toBe(grid.rows[above.row!][above.col!]);
    // The fill is in the file (a style with the error colour on that cell).
    const xml = sheetXml(bytes, 'P.QLXD');
    expect(xml).toMatch(new RegExp(`<c r="${above.cell}" s="\\d+"`));
  });
  test('the notes are in the file', async () => {
    const book = await readGrids(readFileSync(SAMPLE), 'sample');
    const r = runEngine(book);
    const bytes = await writeNewWorkbook([
      errorFileModel(
        r,
        book.sheets.find((s) => s.name === 'P.QLXD')!,
      ),
    ]);
    const files = (await import('../../../scenarios/roundtrip/support')).unzip(bytes);
    const comments = [...files.keys()].find((k) => /comments\d*\.xml$/.test(k));
    expect(comments).toBeDefined();
    expect(files.get(comments!)).toContain('vượt');
  });
});
