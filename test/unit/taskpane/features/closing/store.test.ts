/**
 * The pane's closing-the-year feature without the DOM (src/taskpane/features/closing): each
 * output made from the sample as a new workbook in (in-memory) Excel, or a download outside it;
 * what came of it kept as data and worded in either language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MemoryBook, MemoryExcel } from '../../../../../src/host/memory/memoryExcel';
import { excelHost } from '../../../../../src/host/office/excelHost';
import { runXlsxJob } from '../../../../../src/host/file/xlsxJobs';
import { WorkbookHost } from '../../../../../src/host/types';
import { readGrids } from '../../../../../src/host/file/fileHost';
import { createClosingStore, initialClosing, reduceClosing } from '../../../../../src/taskpane/features/closing/store';
import { closingNoteView } from '../../../../../src/taskpane/features/closing/strings';
import { CLOSING_OUTPUTS, closingFileName, outputModels } from '../../../../../src/taskpane/features/closing/state';

const SAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx'));
const NOW = () => '2025-12-26T08:00:00.000Z';
const deps = { xlsx: runXlsxJob, now: NOW };

async function memoryExcel(apiVersion = '1.13'): Promise<{ x: MemoryExcel; host: WorkbookHost }> {
  const g = await readGrids(SAMPLE, 'so-xay-dung-2025.xlsx');
  const x = new MemoryExcel(MemoryBook.fromGrids(g.sheets), { apiVersion });
  return { x, host: excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so-xay-dung-2025.xlsx', x.createWorkbook) };
}

/** A host outside Excel: every new workbook is a download. */
async function fileLikeHost(): Promise<WorkbookHost> {
  const g = await readGrids(SAMPLE, 'so-xay-dung-2025.xlsx');
  return {
    kind: 'file',
    name: () => 'so-xay-dung-2025.xlsx',
    read: async () => g,
    sheetNames: async () => g.sheets.map((s) => s.name),
    write: async () => ({ written: [], skipped: [] }),
    writeTemplate: async () => ({ written: [], skipped: [] }),
    openNewWorkbook: async (fileName, bytes) => ({ written: [], skipped: [], download: { fileName, bytes } }),
    notes: () => [],
  };
}

describe('Kết thúc năm in the pane: the state', () => {
  test('each output from the sample: the sheets it holds (next year: the config and the history)', async () => {
    const g = await readGrids(SAMPLE, 'so-xay-dung-2025.xlsx');
    const ids = (o: (typeof CLOSING_OUTPUTS)[number]) => outputModels(g, o, { lang: 'vi', now: NOW }).models.map((m) => m.id);
    expect(ids('decisions')).toEqual(['closingRegister', 'decision', 'decision', 'decision']);
    expect(ids('money')).toEqual(['money']);
    expect(ids('certificates')).toEqual(['certificateData', 'certificatePrint']);
    expect(ids('report')).toEqual(['yearReport']);
    expect(outputModels(g, 'nextYear', { lang: 'vi', now: NOW }).models.map((m) => m.name)).toEqual([
      'Phong trào',
      'Tiêu chí',
      'Danh hiệu',
      'Đơn vị',
      'Lịch sử khen thưởng',
    ]);
    expect(closingFileName('so-xay-dung-2025.xlsx', 'nextYear', 2026)).toBe('so-xay-dung-2025.nam-2026.xlsx');
  });

  test('in Excel: busy with the output, then a new workbook opened, the note as data worded in both languages', async () => {
    const { x, host } = await memoryExcel();
    const store = createClosingStore(deps);
    const seen: (string | null)[] = [];
    store.subscribe(() => seen.push(store.getState().busy));
    await store.make(host, 'money', 'vi');
    expect(seen).toEqual(['money', null]);
    expect(x.createdWorkbooks).toHaveLength(1);
    const s = store.getState();
    expect(s.download).toBeNull();
    expect(s.notes).toEqual([{ kind: 'made', output: 'money', where: 'excel', fileName: 'so-xay-dung-2025.tien-thuong.xlsx' }]);
    expect(closingNoteView(s.notes[0], 'vi').text).toBe('Đã mở Tiền thưởng trong một sổ mới (so-xay-dung-2025.tien-thuong.xlsx).');
    expect(closingNoteView(s.notes[0], 'en').text).toBe('Opened Reward money in a new workbook (so-xay-dung-2025.tien-thuong.xlsx).');
  });

  test('outside Excel: a download; next year’s book says its year and the titles added', async () => {
    const store = createClosingStore(deps);
    await store.make(await fileLikeHost(), 'nextYear', 'vi');
    const s = store.getState();
    expect(s.download?.fileName).toBe('so-xay-dung-2025.nam-2026.xlsx');
    const back = await readGrids(s.download!.bytes);
    expect(back.sheets.map((g) => g.name)).toContain('Lịch sử khen thưởng');
    expect(s.notes[0]).toMatchObject({ kind: 'made', output: 'nextYear', where: 'file', year: 2026 });
    expect(closingNoteView(s.notes[0], 'vi').text).toMatch(
      /^Đã lập Sổ năm sau: so-xay-dung-2025\.nam-2026\.xlsx\. Sổ năm 2026: Lịch sử khen thưởng thêm \d+ danh hiệu/,
    );
  });

  test('a book with no campaign: an error as data, never a library’s text; a second click while busy is ignored', async () => {
    const store = createClosingStore(deps);
    const host = await fileLikeHost();
    const empty = { ...host, read: async () => ({ sheets: [{ name: 'Sheet1', rows: [['x']] }] }) };
    await store.make(empty, 'report', 'en');
    expect(store.getState().notes).toEqual([{ kind: 'failed', output: 'report', error: { kind: 'notUsable' } }]);
    expect(closingNoteView(store.getState().notes[0], 'vi').text).toBe('Sổ chưa có phong trào và tiêu chí dùng được.');
    const busy = reduceClosing(initialClosing, { type: 'started', output: 'money' });
    expect(busy.busy).toBe('money');
    const slow = createClosingStore({ ...deps });
    const a = slow.make(host, 'report', 'vi');
    const b = slow.make(host, 'money', 'vi');
    await Promise.all([a, b]);
    expect(slow.getState().notes).toHaveLength(1);
    expect(slow.getState().notes[0]).toMatchObject({ output: 'report' });
  });
});
