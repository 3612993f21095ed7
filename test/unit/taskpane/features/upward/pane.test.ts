/**
 * The pane's upward feature without the DOM: Gửi cấp trên on the strict in-memory Excel (a new
 * workbook through Excel.createWorkbook, within a sync budget) and on a file (a download), and
 * the receiving level's roll-up of three files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MemoryBook, MemoryExcel } from '../../../../../src/host/memory/memoryExcel';
import { excelHost } from '../../../../../src/host/office/excelHost';
import { browserFileHost } from '../../../../../src/host/file/browserFileHost';
import { runXlsxJob } from '../../../../../src/host/file/xlsxJobs';
import { rollupFiles, sendUpward } from '../../../../../src/taskpane/features/upward/state';
import { readGrids } from '../../../../../src/host/file/fileHost';
import { readUpwardFile } from '../../../../../src/core/upward/read';
import { UPWARD_SHEETS } from '../../../../../src/core/upward/format';
import { agencySpec, upwardFile } from '../../../../scenarios/upward/support';

const SAMPLE = path.join(__dirname, '..', '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');
const deps = { xlsx: runXlsxJob, lang: 'vi' as const, now: () => '2025-12-10T08:00:00.000Z', version: '0.2.0' };

/** Reads the whole book, then one request to open the new workbook. */
const SYNC_BUDGET = 8;

async function memoryExcel(apiVersion = '1.13'): Promise<MemoryExcel> {
  const g = await readGrids(fs.readFileSync(SAMPLE), 'so-xay-dung-2025.xlsx');
  return new MemoryExcel(MemoryBook.fromGrids(g.sheets), { apiVersion });
}

describe('Gửi cấp trên', () => {
  test('in Excel: a new workbook opened with Excel.createWorkbook, the open book untouched, syncs within budget', async () => {
    const x = await memoryExcel();
    const before = x.book.sheets.map((s) => s.name);
    const host = excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so-xay-dung-2025.xlsx', x.createWorkbook);
    const r = await sendUpward(host, deps);
    expect(r.outcome.download).toBeUndefined();
    expect(r.fileName).toBe('so-xay-dung-2025.gui-cap-tren.xlsx');
    expect(x.createdWorkbooks).toHaveLength(1);
    expect(x.book.sheets.map((s) => s.name)).toEqual(before);
    expect(x.stats.syncs).toBeLessThanOrEqual(SYNC_BUDGET);
    expect(x.stats.failedSyncs).toBe(0);
    // What Excel was given is the upward workbook, and it verifies.
    const bytes = Buffer.from(x.createdWorkbooks[0].base64, 'base64');
    const g = await readGrids(bytes, r.fileName);
    const back = readUpwardFile(g, r.fileName, 'vi');
    expect(back.ok).toBe(true);
    expect(back.ok && back.meta.checkCode).toBe(r.meta.checkCode);
    expect(r.proposals).toBe(7);
  });

  test('in Excel older than ExcelApi 1.8: offered as a download instead, and said so', async () => {
    const x = await memoryExcel('1.7');
    const host = excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so.xlsx', x.createWorkbook);
    const r = await sendUpward(host, deps);
    expect(x.createdWorkbooks).toHaveLength(0);
    expect(r.outcome.skipped).toEqual(['createWorkbook']);
    expect(r.outcome.download?.fileName).toBe('so.gui-cap-tren.xlsx');
  });

  test('a workbook too large for one request to Excel on the web is offered as a download instead', async () => {
    const g = await readGrids(fs.readFileSync(SAMPLE), 'so.xlsx');
    const x = new MemoryExcel(MemoryBook.fromGrids(g.sheets), { payloadLimit: 10_000 });
    const host = excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so.xlsx', x.createWorkbook);
    // Reading the sample needs bigger requests than 10 KB: give the grids already read.
    const r = await sendUpward(host, deps, g);
    expect(x.createdWorkbooks).toHaveLength(0);
    expect(x.stats.failedSyncs).toBe(1);
    expect(r.outcome.download?.fileName).toBe('so.gui-cap-tren.xlsx');
  });

  test('outside Excel: the upward workbook is a download, the file opened is not changed', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const copy = Buffer.from(bytes);
    const host = browserFileHost('so-xay-dung-2025.xlsx', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, runXlsxJob);
    const r = await sendUpward(host, deps);
    const d = r.outcome.download!;
    expect(d.fileName).toBe('so-xay-dung-2025.gui-cap-tren.xlsx');
    const g = await readGrids(d.bytes, d.fileName);
    expect(g.sheets[0].name).toBe(UPWARD_SHEETS.cover);
    expect(readUpwardFile(g, d.fileName, 'vi').ok).toBe(true);
    expect(Buffer.compare(bytes, copy)).toBe(0);
  });
});

describe('roll-up mode', () => {
  test('three files picked at once (one not an xlsx): each checked, the shared person found, the roll-up and a reply per file', async () => {
    const a = await upwardFile(agencySpec('Sở Xây dựng'), 'a.xlsx');
    const b = await upwardFile(agencySpec('Sở Công Thương'), 'b.xlsx');
    const ab = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
    const out = await rollupFiles(
      [
        { name: 'so-xay-dung.gui-cap-tren.xlsx', bytes: ab(a.bytes) },
        { name: 'so-cong-thuong.gui-cap-tren.xlsx', bytes: ab(b.bytes) },
        { name: 'anh-chup.xlsx', bytes: new TextEncoder().encode('not a workbook').buffer as ArrayBuffer },
      ],
      deps,
    );
    expect(out.files.map((f) => f.ok)).toEqual([true, true, false]);
    expect(out.files[2].findings[0].message).toContain('anh-chup.xlsx');
    expect(out.cross.filter((f) => f.code === 'UPWARD_DUPLICATE_PERSON').map((f) => f.candidate)).toEqual(['Lê Minh Tuấn', 'Lê Minh Tuấn']);
    expect(out.proposals).toBe(14);
    expect(out.downloads.map((d) => d.fileName)).toEqual([
      'tong-hop.gui-cap-tren.xlsx',
      'tra-loi-01-so-xay-dung.gui-cap-tren.xlsx',
      'tra-loi-02-so-cong-thuong.gui-cap-tren.xlsx',
      'tra-loi-03-anh-chup.xlsx',
    ]);
    const g = await readGrids(out.downloads[0].bytes, 'tong-hop.xlsx');
    expect(readUpwardFile(g, 'tong-hop.xlsx', 'vi').ok).toBe(true);
  });
});
