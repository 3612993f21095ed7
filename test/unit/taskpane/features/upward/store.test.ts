/**
 * The pane's upward stores without the DOM (src/taskpane/features/upward/store.ts): Gửi cấp trên
 * and the roll-up keep what came of them as data (a kind and its figures, an error's kind or
 * Office code), worded only when shown, so a language switch words them again; the roll-up's
 * findings are re-worded from the files as read, nothing read again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MemoryBook, MemoryExcel } from '../../../../../src/host/memory/memoryExcel';
import { excelHost } from '../../../../../src/host/office/excelHost';
import { browserFileHost } from '../../../../../src/host/file/browserFileHost';
import { runXlsxJob } from '../../../../../src/host/file/xlsxJobs';
import { WorkbookHost } from '../../../../../src/host/types';
import { readGrids } from '../../../../../src/host/file/fileHost';
import {
  Store,
  SendState,
  createRollupStore,
  createSendStore,
  initialRollup,
  initialSend,
  reduceRollup,
  reduceSend,
  shownRollup,
} from '../../../../../src/taskpane/features/upward/store';
import { sendNoteView, upwardErrorText } from '../../../../../src/taskpane/features/upward/messages';
import { PickedFile } from '../../../../../src/taskpane/features/upward/state';
import { unexpectedErrorText } from '../../../../../src/taskpane/errors';
import { agencySpec, upwardFile } from '../../../../scenarios/upward/support';

const SAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx'));
const NOW = () => '2025-12-10T08:00:00.000Z';
const deps = { xlsx: runXlsxJob, now: NOW };
const ab = (u: Uint8Array) => u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;

async function memoryExcel(apiVersion = '1.13'): Promise<{ x: MemoryExcel; host: WorkbookHost }> {
  const g = await readGrids(SAMPLE, 'so-xay-dung-2025.xlsx');
  const x = new MemoryExcel(MemoryBook.fromGrids(g.sheets), { apiVersion });
  return { x, host: excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so-xay-dung-2025.xlsx', x.createWorkbook) };
}

const words = (s: SendState, lang: 'vi' | 'en') => s.notes.map((n) => sendNoteView(n, lang).text);

/** Resolves once the store's state passes `ok` (the store's steps are asynchronous). */
function until<S>(store: Store<S>, ok: (s: S) => boolean): Promise<S> {
  return new Promise((resolve) => {
    if (ok(store.getState())) return resolve(store.getState());
    const off = store.subscribe(() => {
      if (!ok(store.getState())) return;
      off();
      resolve(store.getState());
    });
  });
}

describe('Gửi cấp trên: the state', () => {
  test('a send in Excel: busy, then the note as data (file, count, check code), worded in either language', async () => {
    const { x, host } = await memoryExcel();
    const store = createSendStore(deps);
    const seen: boolean[] = [];
    store.subscribe(() => seen.push(store.getState().busy));
    await store.send(host, 'vi');
    expect(seen).toEqual([true, false]);
    const s = store.getState();
    expect(x.createdWorkbooks).toHaveLength(1);
    expect(s.download).toBeNull();
    expect(s.notes).toHaveLength(2);
    const [sent, open] = s.notes;
    expect(sent).toMatchObject({ kind: 'sent', where: 'excel', fileName: 'so-xay-dung-2025.gui-cap-tren.xlsx', proposals: 7 });
    expect(sent.kind === 'sent' && sent.checkCode).toMatch(/\S/);
    // The sample still has errors in its score sheets: said, with their count.
    expect(open).toMatchObject({ kind: 'openErrors' });
    // No sentence is kept: the same state reads in Vietnamese and in English.
    expect(JSON.stringify(s.notes)).not.toMatch(/Đã|opened|lỗi|error\(s\)/);
    const code = sent.kind === 'sent' ? sent.checkCode : '';
    expect(words(s, 'vi')[0]).toBe(`Đã mở hồ sơ gửi cấp trên trong một sổ mới (so-xay-dung-2025.gui-cap-tren.xlsx): 7 đề nghị, mã kiểm tra ${code}.`);
    expect(words(s, 'en')[0]).toBe(`The upward workbook opened as a new workbook (so-xay-dung-2025.gui-cap-tren.xlsx): 7 proposals, check code ${code}.`);
    expect(words(s, 'vi')[1]).toMatch(/^Sổ còn \d+ lỗi chưa sửa/);
    expect(words(s, 'en')[1]).toMatch(/^The book still has \d+ errors?;/);
  });

  test('Excel older than ExcelApi 1.8: the download kept as bytes, and the note saying why', async () => {
    const { host } = await memoryExcel('1.7');
    const store = createSendStore(deps);
    await store.send(host, 'en');
    const s = store.getState();
    expect(s.notes.map((n) => n.kind)).toEqual(['sent', 'oldExcelDownload', 'openErrors']);
    expect(s.notes[0]).toMatchObject({ where: 'file' });
    expect(s.download?.fileName).toBe('so-xay-dung-2025.gui-cap-tren.xlsx');
    const back = await readGrids(s.download!.bytes, s.download!.fileName);
    expect(back.sheets.length).toBeGreaterThan(1);
    expect(words(s, 'vi')[1]).toMatch(/^Excel không mở được hồ sơ thành sổ mới/);
  });

  test('errors as data: Office by its code, the book not usable, anything else; never the error’s own text', async () => {
    const { x, host } = await memoryExcel();
    const store = createSendStore(deps);
    x.blockedBy = 'AccessDenied';
    await store.send(host, 'vi');
    expect(store.getState().notes).toEqual([{ kind: 'failed', error: { kind: 'office', code: 'AccessDenied' } }]);
    expect(words(store.getState(), 'vi')[0]).toMatch(/^Sổ hoặc sheet đang được bảo vệ/);
    expect(words(store.getState(), 'en')[0]).toMatch(/^The workbook or sheet is protected/);
    x.blockedBy = null;

    const empty = new MemoryExcel(MemoryBook.fromGrids([{ name: 'Sheet1', rows: [] }]));
    await store.send(excelHost({ run: empty.run, supports: () => true }, 'trong.xlsx', empty.createWorkbook), 'vi');
    expect(store.getState().notes).toEqual([{ kind: 'failed', error: { kind: 'notUsable' } }]);
    expect(words(store.getState(), 'en')[0]).toBe('The book has no usable campaign and criteria: no upward workbook made.');

    const inner = "Cannot read properties of undefined (reading 'values')";
    await store.send({ ...host, read: async () => Promise.reject(new TypeError(inner)) }, 'vi');
    const s = store.getState();
    expect(s.notes).toEqual([{ kind: 'failed', error: { kind: 'other' } }]);
    expect(JSON.stringify(s)).not.toContain('Cannot read');
    expect(words(s, 'vi')[0]).toBe(unexpectedErrorText('vi'));
    expect(words(s, 'en')[0]).toBe(unexpectedErrorText('en'));
    // A send after a failure starts clean.
    await store.send(host, 'vi');
    expect(store.getState().notes[0].kind).toBe('sent');
  });

  test('the reducer: a new send clears the last one’s notes and download; a failure keeps nothing worded', () => {
    const withDownload: SendState = { busy: false, notes: [{ kind: 'oldExcelDownload' }], download: { fileName: 'a.xlsx', bytes: new Uint8Array([1]) } };
    expect(reduceSend(withDownload, { type: 'started' })).toEqual({ busy: true, notes: [], download: null });
    expect(reduceSend({ ...initialSend, busy: true }, { type: 'failed', error: { kind: 'office', code: 'Conflict' } })).toEqual({
      busy: false,
      notes: [{ kind: 'failed', error: { kind: 'office', code: 'Conflict' } }],
      download: null,
    });
    expect(upwardErrorText({ kind: 'office', code: 'Conflict' }, 'vi')).toMatch(/^Người khác đang sửa cùng chỗ/);
    // A code the add-in has no words for (kept only if known, but said plainly if not).
    expect(upwardErrorText({ kind: 'office', code: 'SomethingNew' }, 'en')).toBe(unexpectedErrorText('en'));
  });

  test('a send on a file: the download as bytes, the note says the file was made', async () => {
    const host = browserFileHost('so-xay-dung-2025.xlsx', ab(SAMPLE), runXlsxJob);
    const store = createSendStore(deps);
    await store.send(host, 'vi');
    const s = store.getState();
    expect(s.notes[0]).toMatchObject({ kind: 'sent', where: 'file' });
    expect(words(s, 'vi')[0]).toMatch(/^Đã lập hồ sơ gửi cấp trên so-xay-dung-2025.gui-cap-tren.xlsx: 7 đề nghị/);
    expect(s.download?.fileName).toBe('so-xay-dung-2025.gui-cap-tren.xlsx');
  });
});

describe('the roll-up: the state', () => {
  let files: PickedFile[];
  beforeAll(async () => {
    const a = await upwardFile(agencySpec('Sở Xây dựng'), 'a.xlsx');
    const b = await upwardFile(agencySpec('Sở Công Thương'), 'b.xlsx');
    files = [
      { name: 'so-xay-dung.gui-cap-tren.xlsx', bytes: ab(a.bytes) },
      { name: 'so-cong-thuong.gui-cap-tren.xlsx', bytes: ab(b.bytes) },
      { name: 'anh-chup.xlsx', bytes: new TextEncoder().encode('not a workbook').buffer as ArrayBuffer },
    ];
  });

  test('a language switch re-words the findings from the files as read: nothing read again, the files made kept', async () => {
    const reads: string[] = [];
    const store = createRollupStore('vi', { now: NOW, xlsx: async (job) => (job.op === 'read' && reads.push(job.fileName ?? ''), runXlsxJob(job)) });
    store.setOpen(true);
    await store.run(files);
    const vi = shownRollup(store.getState())!;
    expect(vi.lang).toBe('vi');
    expect(vi.files.map((f) => f.ok)).toEqual([true, true, false]);
    const refusedVi = vi.files[2].findings[0].message;
    const crossVi = vi.cross.map((f) => f.message);
    expect(crossVi.length).toBeGreaterThan(0);
    expect(reads).toHaveLength(3);

    store.setLang('en');
    // Never shown half in the other language: hidden until re-worded.
    expect(shownRollup(store.getState())).toBeNull();
    const en = shownRollup(await until(store, (s) => shownRollup(s) !== null))!;
    expect(en.lang).toBe('en');
    expect(en.files[2].findings[0].message).not.toBe(refusedVi);
    expect(en.files[2].findings[0].message).toContain('anh-chup.xlsx');
    expect(en.cross.map((f) => f.message)).not.toEqual(crossVi);
    expect(en.cross.map((f) => f.candidate)).toEqual(vi.cross.map((f) => f.candidate));
    expect(en.downloads).toBe(vi.downloads);
    expect(en.meta.checkCode).toBe(vi.meta.checkCode);
    expect(reads).toHaveLength(3);

    store.setLang('vi');
    const back = shownRollup(await until(store, (s) => shownRollup(s)?.lang === 'vi'))!;
    expect(back.files[2].findings[0].message).toBe(refusedVi);
    expect(back.cross.map((f) => f.message)).toEqual(crossVi);
    expect(store.getState().open).toBe(true);
  });

  test('an error is kept as data and worded in the language on screen', async () => {
    const store = createRollupStore('vi', {
      now: NOW,
      xlsx: async (job) => {
        if (job.op === 'template') throw Object.assign(new Error('Excel said no'), { code: 'RequestPayloadSizeLimitExceeded' });
        return runXlsxJob(job);
      },
    });
    await store.run(files);
    const s = store.getState();
    expect(s.out).toBeNull();
    expect(s.error).toEqual({ kind: 'office', code: 'RequestPayloadSizeLimitExceeded' });
    expect(upwardErrorText(s.error!, 'vi')).toMatch(/^Sổ quá lớn/);
    expect(upwardErrorText(s.error!, 'en')).toMatch(/^The workbook is too large/);
  });

  test('the reducer: a re-wording for an older roll-up or another language is dropped; rules and open wait while busy', () => {
    const out = { lang: 'en', downloads: [] } as unknown as NonNullable<ReturnType<typeof shownRollup>>;
    const s = { ...initialRollup('vi'), out: { ...out, lang: 'vi' as const } };
    expect(reduceRollup(s, { type: 'reworded', out })).toBe(s);
    const en = reduceRollup(s, { type: 'lang', lang: 'en' });
    expect(reduceRollup(en, { type: 'reworded', out: { ...out, downloads: [] } })).toBe(en);
    expect(reduceRollup(en, { type: 'reworded', out: { ...out, downloads: s.out.downloads } }).out?.lang).toBe('en');
    const busy = reduceRollup(initialRollup('vi'), { type: 'started' });
    expect(reduceRollup(busy, { type: 'open', open: true })).toBe(busy);
    expect(reduceRollup(busy, { type: 'rules', rules: { name: 'r.xlsx', bytes: new ArrayBuffer(0) } })).toBe(busy);
  });
});
