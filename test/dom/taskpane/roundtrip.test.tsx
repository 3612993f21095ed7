/**
 * The round trip in the pane: its actions on the strict in-memory Excel and on a file in the
 * browser, and the panel used as a person would (choose files, review, import, mark, unmark).
 */
import fs from 'fs';
import path from 'path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { RoundTripPanel } from '../../../src/taskpane/features/roundtrip/view';
import {
  applyImport,
  chase,
  errorFile,
  importView,
  markSheet,
  markTargets,
  reviewImport,
  unitTemplates,
  unmarkSheet,
} from '../../../src/taskpane/features/roundtrip/actions';
import { excelHost } from '../../../src/host/office/excelHost';
import { browserFileHost } from '../../../src/host/file/browserFileHost';
import { runXlsxJob } from '../../../src/host/file/xlsxJobs';
import { WorkbookHost } from '../../../src/host/types';
import { MemoryBook, MemoryExcel } from '../../../src/host/memory/memoryExcel';
import { readGrids } from '../../../src/host/file/fileHost';
import { runEngine } from '../../../src/core/engine/run';
import { buildUnitTemplate } from '../../../src/core/roundtrip/template';
import { configBook, fillTemplate, unitFile } from '../../scenarios/roundtrip/support';
import { OfficeEnv } from '../../../src/host/office/officeEnv';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');
const NOW = '2026-12-01T08:00:00.000Z';
const readXlsx = async (bytes: Uint8Array) => (await readGrids(bytes)).sheets;

function excelOf(x: MemoryExcel): WorkbookHost {
  const env: OfficeEnv = { run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) };
  return excelHost(env, 'so.xlsx', x.createWorkbook);
}

async function returned() {
  const book = await configBook();
  const r = runEngine(book.grids);
  const tpl = buildUnitTemplate(
    r,
    r.units.find((u) => u.code === 'KHTC')!,
    [],
    {},
  );
  const p = (name: string, s11: number) => ({
    name,
    dob: '01/01/1990',
    rating: 'HTTNV',
    evidence: 'BC',
    scores: { '1.1': s11, '1.2': 15, '1.3': 8, '2.1': 8, '2.2': 8, '3.1': 8, '3.2': 8 },
  });
  const first = await unitFile(fillTemplate(tpl, [p('Nguyễn Văn An', 25), p('Trần Thị Bình', 24)]));
  const again = await unitFile(fillTemplate(tpl, [p('Nguyễn Văn An', 27), p('Trần Thị Bình', 24)]));
  return { book, first, again };
}

describe('round trip actions', () => {
  it('in Excel: review, import, a resubmission held until confirmed, then replaced; within the sync budget', async () => {
    const { book, first, again } = await returned();
    const x = new MemoryExcel(MemoryBook.fromGrids(book.grids.sheets), { readXlsx });
    const host = excelOf(x);
    const junk = { name: 'ghi-chu.txt', bytes: new TextEncoder().encode('xin chào') };
    const rv = await reviewImport(host, [{ name: 'KHTC.xlsx', bytes: first }, junk], { lang: 'vi', now: NOW, today: '2026-12-01', accept: false });
    const v = importView(rv, 'vi');
    expect(v.items.map((i) => [i.unit, i.action, i.people])).toEqual([['Phòng Kế hoạch - Tài chính', 'add', 2]]);
    expect(v.problems.map((p) => p.message)).toEqual(['Tệp "ghi-chu.txt" không phải sổ tính Excel .xlsx: không nhập.']);
    x.resetStats();
    const done = await applyImport(host, rv, { lang: 'vi', now: NOW, today: '2026-12-01' });
    expect(done).toMatchObject({ written: ['Phòng Kế hoạch - Tài chính'], generated: ['Kiểm tra', 'Nhật ký'], via: 'file' });
    // The import (about 4), reading the workbook again (about 3), Kiểm tra and Nhật ký (about 3).
    expect(x.syncs.length).toBeLessThanOrEqual(12);
    const log = x.book.toGrid('Nhật ký');
    expect(log.rows.some((row) => row[1] === 'Nhập bảng chấm' && row[2] === 'Phòng Kế hoạch - Tài chính' && row[4] === 'KHTC.xlsx')).toBe(true);

    const rv2 = await reviewImport(host, [{ name: 'KHTC-2.xlsx', bytes: again }], { lang: 'vi', now: NOW, today: '2026-12-01', accept: false });
    const v2 = importView(rv2, 'vi');
    expect(v2.items[0].action).toBe('held');
    expect(v2.awaitingConfirmation).toBe(1);
    expect(v2.items[0].changes.join('\n')).toMatch(/Nguyễn Văn An, 1\.1 \[I\d+\]: 25 → 27/);
    expect(v2.canApply).toBe(false);
    const rv3 = await reviewImport(host, [{ name: 'KHTC-2.xlsx', bytes: again }], { lang: 'vi', now: NOW, today: '2026-12-01', accept: true });
    await applyImport(host, rv3, { lang: 'vi', now: NOW, today: '2026-12-01' });
    const g3 = await host.read({});
    const r = runEngine(g3);
    expect(r.candidates.find((c) => c.name === 'Nguyễn Văn An')!.scores.get('1.1')!.self).toBe(27);
    // Nhật ký keeps the first import and adds the resubmission with the score changed, old → new.
    const log2 = g3.sheets.find((s) => s.name === 'Nhật ký')!.rows;
    expect(log2.some((row) => row[1] === 'Nhập bảng chấm')).toBe(true);
    expect(log2.some((row) => row[1] === 'Đổi điểm' && row[5] === 'Nguyễn Văn An' && row[7] === '1.1' && row[8] === '25' && row[9] === '27')).toBe(true);
    expect(x.book.sheets.filter((s) => s.name.startsWith('Phòng Kế')).length).toBe(1);
  });

  it('outside Excel: the import is a copy to download; templates, chase list and error file are files', async () => {
    const { book, first } = await returned();
    const host = browserFileHost('so.xlsx', book.bytes.slice().buffer, runXlsxJob);
    const rv = await reviewImport(host, [{ name: 'KHTC.xlsx', bytes: first }], { lang: 'vi', now: NOW, today: '2026-12-01', accept: false });
    const done = await applyImport(host, rv, { lang: 'vi', now: NOW, today: '2026-12-01' });
    expect(done.via).toBe('copy');
    const copy = await readGrids(done.download!.bytes, done.download!.fileName);
    expect(runEngine(copy).sheets.map((s) => s.sheet)).toEqual(['Phòng Kế hoạch - Tài chính']);

    const tpl = await unitTemplates(host, 'vi');
    expect(tpl.files.map((f) => f.fileName)).toContain('KHTC - Phòng Kế hoạch - Tài chính.xlsx');
    const ch = await chase(host, 'vi', '2026-12-01', false);
    expect(ch.rows.map((r) => r.unit)).toEqual([
      'Văn phòng',
      'Phòng Kế hoạch - Tài chính',
      'Phòng Quản lý xây dựng',
      'Phòng Hạ tầng kỹ thuật',
      'Thanh tra Sở',
      'Trung tâm Kiểm định chất lượng xây dựng',
    ]);
    const sample = browserFileHost('sample.xlsx', fs.readFileSync(SAMPLE).buffer.slice(0), runXlsxJob);
    const targets = await markTargets(sample, 'vi');
    expect(targets.map((t) => t.sheet)).toEqual(expect.arrayContaining(['KHTC', 'P.QLXD']));
    const ef = await errorFile(sample, 'P.QLXD', 'vi', false);
    expect(ef.opened).toBe(false);
    expect((await readGrids(ef.file.bytes, 'x')).sheets[0].name).toBe('P.QLXD');
  });

  it('in Excel 1.8+: templates and the error file open as new workbooks', async () => {
    const grids = await readGrids(fs.readFileSync(SAMPLE), 'sample');
    const x = new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { readXlsx });
    const host = excelOf(x);
    const tpl = await unitTemplates(host, 'vi');
    expect(tpl).toMatchObject({ opened: 1, units: 6, files: [] });
    expect(x.createdWorkbooks[0].sheets!.map((s) => s.name)).toEqual(['VP', 'KHTC', 'QLXD', 'HTKT', 'TTr', 'TTKĐ']);
    await errorFile(host, 'KHTC', 'vi', true);
    expect(x.createdWorkbooks[1].sheets!.map((s) => s.name)).toEqual(['KHTC']);
    // Mark and unmark through the actions: the sheet's look as before.
    const before = JSON.stringify([...x.book.sheet('KHTC')!.formats.entries()].sort());
    const m = await markSheet(host, 'KHTC', 'vi', NOW);
    expect(m.marked).toBeGreaterThan(0);
    expect((await markTargets(host, 'vi')).find((t) => t.sheet === 'KHTC')!.marked).toBe(m.marked);
    await unmarkSheet(host, 'KHTC', NOW);
    expect(JSON.stringify([...x.book.sheet('KHTC')!.formats.entries()].sort())).toBe(before);
    expect(x.book.sheet('KHTC')!.comments.size).toBe(0);
  });
});

describe('the round trip panel', () => {
  it('choose files, review, import', async () => {
    const { book, first } = await returned();
    const x = new MemoryExcel(MemoryBook.fromGrids(book.grids.sheets), { readXlsx });
    const changed = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <RoundTripPanel host={excelOf(x)} lang="vi" now={() => NOW} onChanged={changed} />
      </FluentProvider>,
    );
    const input = screen.getByLabelText('Nhập bảng chấm…') as HTMLInputElement;
    const file = new File([first as BlobPart], 'KHTC.xlsx');
    // jsdom's File has no arrayBuffer(); browsers do.
    Object.defineProperty(file, 'arrayBuffer', { value: async () => first.slice().buffer });
    fireEvent.change(input, { target: { files: [file] } });
    const review = await screen.findByRole('list', { name: 'Xem trước khi nhập' }, { timeout: 15000 });
    expect(within(review).getByText('Phòng Kế hoạch - Tài chính')).toBeTruthy();
    expect(within(review).getByText('Nhập mới')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nhập 1 bảng' }));
    expect(await screen.findByText('Đã nhập: "Phòng Kế hoạch - Tài chính". Đã ghi: Kiểm tra, Nhật ký.', {}, { timeout: 15000 })).toBeTruthy();
    expect(changed).toHaveBeenCalled();
    expect(x.book.sheet('Phòng Kế hoạch - Tài chính')).toBeDefined();
  });

  it('mark errors on a unit sheet and remove the marks: the sheet looks as before', async () => {
    const grids = await readGrids(fs.readFileSync(SAMPLE), 'sample');
    const x = new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { readXlsx });
    const before = JSON.stringify([...x.book.sheet('P.QLXD')!.formats.entries()].sort());
    render(
      <FluentProvider theme={webLightTheme}>
        <RoundTripPanel host={excelOf(x)} lang="vi" now={() => NOW} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Đánh dấu lỗi…' }));
    const row = await screen.findByRole('listitem', { name: 'P.QLXD' }, { timeout: 15000 });
    fireEvent.click(within(row).getByRole('button', { name: 'Đánh dấu lỗi' }));
    expect(await screen.findByText(/Đã đánh dấu \d+ ô, thêm \d+ ghi chú/, {}, { timeout: 15000 })).toBeTruthy();
    expect(x.book.formatAt('P.QLXD', 5, 7).fill).toBe('#FFC7CE');
    const again = await screen.findByRole('listitem', { name: 'P.QLXD' }, { timeout: 15000 });
    fireEvent.click(await within(again).findByRole('button', { name: 'Xóa đánh dấu' }, { timeout: 15000 }));
    expect(await screen.findByText(/Đã trả lại \d+ ô như cũ/, {}, { timeout: 15000 })).toBeTruthy();
    await waitFor(() => expect(JSON.stringify([...x.book.sheet('P.QLXD')!.formats.entries()].sort())).toBe(before));
    expect(x.book.sheet('P.QLXD')!.comments.size).toBe(0);
  });
});
