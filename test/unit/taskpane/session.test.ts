import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { MemoryBook, MemoryExcel } from '../../../src/host/memory/memoryExcel';
import { loadWorkbook, workbookToGrids } from '../../../src/host/file/readWorkbook';
import { excelHost } from '../../../src/host/office/excelHost';
import { inlineRunner } from '../../../src/taskpane/worker/runner';
import { runAction } from '../../../src/taskpane/session';

// The pane's decision lives in the session (plain data): it only asks "Sheet X đã bị sửa… — ghi đè?".
test('the pane asks before replacing a generated sheet edited by hand, and writes nothing on no', async () => {
  const grids = workbookToGrids(await loadWorkbook(await bookBytes(sampleSpec())));
  const x = new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { apiVersion: '1.13' });
  const host = excelHost({ run: x.run, supports: (v: string) => x.isSetSupported('ExcelApi', v) });
  const asked: string[][] = [];
  const click = (yes: boolean) => runAction(host, inlineRunner, 'rank', 'vi', { confirmOverwrite: async (s) => (asked.push(s), yes) });
  expect((await click(true)).write.written).toHaveLength(14); // the six result sheets and the eight of closing the year
  expect(asked).toEqual([]);
  x.book.sheet('Xếp hạng')!.cells.set('6,1', 'sửa tay');
  const no = await click(false);
  expect(asked).toEqual([['Xếp hạng']]);
  expect(no.write).toMatchObject({ blocked: true, written: [], conflicts: [{ name: 'Xếp hạng', reason: 'edited' }] });
  expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).toBe('sửa tay');
  const yes = await click(true);
  expect(yes.write.blocked).toBeFalsy();
  expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).not.toBe('sửa tay');
  expect(x.book.sheets.filter((s) => s.name.includes('(2)'))).toEqual([]);
});

test('Hủy while the pane asks drops the question and writes nothing', async () => {
  const grids = workbookToGrids(await loadWorkbook(await bookBytes(sampleSpec())));
  const x = new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { apiVersion: '1.13' });
  const host = excelHost({ run: x.run, supports: (v: string) => x.isSetSupported('ExcelApi', v) });
  await runAction(host, inlineRunner, 'rank', 'vi', {});
  x.book.sheet('Xếp hạng')!.cells.set('6,1', 'sửa tay');
  const abort = new AbortController();
  const run = runAction(host, inlineRunner, 'rank', 'vi', {
    signal: abort.signal,
    confirmOverwrite: () => (abort.abort(), new Promise<boolean>(() => undefined)),
  });
  await expect(run).rejects.toThrow('cancelled');
  expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).toBe('sửa tay');
});
