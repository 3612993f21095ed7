/**
 * The pane's main run without the DOM (src/taskpane/features/run): every transition of its state
 * on real files and the strict in-memory Excel: open a file, its status, a run, Hủy at each step,
 * the question before replacing an edited sheet, errors by the reader's reason, the language
 * switched mid-run, a new file picked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MemoryBook, MemoryExcel } from '../../../../../src/host/memory/memoryExcel';
import { excelHost } from '../../../../../src/host/office/excelHost';
import { browserFileHost, XlsxRunner } from '../../../../../src/host/file/browserFileHost';
import { runXlsxJob } from '../../../../../src/host/file/xlsxJobs';
import { inlineRunner } from '../../../../../src/taskpane/worker/runner';
import { WorkbookHost } from '../../../../../src/host/types';
import { readGrids } from '../../../../../src/host/file/fileHost';
import { CancelledError } from '../../../../../src/host/cancel';
import { RunStore, createRunStore } from '../../../../../src/taskpane/features/run/store';
import { BusyStep, RunState, can, initialState, progressOf, reduce, shownResult, whyNoRun } from '../../../../../src/taskpane/features/run/state';
import { noteView } from '../../../../../src/taskpane/features/run/messages';
import { strings } from '../../../../../src/taskpane/i18n';
import ExcelJS from 'exceljs';

const SAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx'));
const NOW = () => '2026-11-23T08:00:00.000Z';
const buf = (b: Uint8Array): ArrayBuffer => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

/** The worker's behaviour on the page: a job yields first, and Hủy stops it (the worker is ended). */
const xlsx: XlsxRunner = async (job, o = {}) => {
  await new Promise((r) => setTimeout(r, 0));
  if (o.signal?.aborted) throw new CancelledError();
  const r = await runXlsxJob(job, o);
  if (o.signal?.aborted) throw new CancelledError();
  return r;
};

const fileHost = (name = 'so-xay-dung-2025.xlsx', bytes: Uint8Array = SAMPLE) => browserFileHost(name, buf(bytes), xlsx);

async function memoryHost(): Promise<{ x: MemoryExcel; host: WorkbookHost }> {
  const g = await readGrids(SAMPLE, 'so-xay-dung-2025.xlsx');
  const x = new MemoryExcel(MemoryBook.fromGrids(g.sheets), { apiVersion: '1.13' });
  return { x, host: excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so-xay-dung-2025.xlsx') };
}

/** Every state the store goes through, and a hook on each. */
function watch(store: RunStore, on?: (s: RunState) => void): RunState[] {
  const seen: RunState[] = [];
  store.subscribe(() => {
    seen.push(store.getState());
    on?.(store.getState());
  });
  return seen;
}

const steps = (seen: RunState[]) => seen.map((s) => s.busy?.step ?? 'idle').filter((x, i, a) => x !== a[i - 1]);
const texts = (s: RunState) => s.notes.map((n) => noteView(n, strings(s.lang), s.lang).text);

async function openSample(store: RunStore, o: { name?: string; bytes?: Uint8Array; sample?: boolean } = {}) {
  const bytes = o.bytes ?? SAMPLE;
  await store.open(async () => fileHost(o.name, bytes), { file: { name: o.name ?? 'so-xay-dung-2025.xlsx', size: bytes.length }, sample: o.sample });
}

describe('opening a file', () => {
  test('a picked file: opening, its status read, the buttons usable', async () => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    expect(can(store.getState()).run).toBe(false);
    // The run buttons' hints say why they are off: no book yet; nothing while busy (the progress bar says).
    expect(whyNoRun(store.getState())).toBe('noBook');
    const seen = watch(store);
    await openSample(store);
    expect(steps(seen)).toEqual(['opening', 'idle', 'status', 'idle']);
    const busy = seen.filter((st) => st.busy !== null);
    expect(busy.length).toBeGreaterThan(0);
    expect(busy.every((st) => whyNoRun(st) === null)).toBe(true);
    const s = store.getState();
    expect(s.status?.units).toMatchObject({ total: 6, received: 5 });
    expect(s.sample).toBe(false);
    expect(can(s).run).toBe(true);
    expect(whyNoRun(s)).toBeNull();
  });

  test('the sample is marked as the sample', async () => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    await store.open(async () => fileHost(), { sample: true });
    expect(store.getState().sample).toBe(true);
    // A file of the user's afterwards is not.
    await openSample(store);
    expect(store.getState().sample).toBe(false);
  });

  test('Hủy while the file is opened, and while its status is read', async () => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    let release: (() => void) | null = null;
    const slow = store.open(() => new Promise<WorkbookHost>((r) => (release = () => r(fileHost()))), { file: { name: 'a.xlsx', size: 10 } });
    expect(store.getState().busy).toMatchObject({ step: 'opening', cancellable: true });
    store.cancel();
    await slow;
    expect(store.getState().busy).toBeNull();
    expect(store.getState().host).toBeNull();
    expect(texts(store.getState())).toEqual(['Đã hủy mở tệp.']);
    release!();

    const seen = watch(store, (s) => s.busy?.step === 'status' && store.cancel());
    await openSample(store);
    expect(steps(seen)).toContain('status');
    expect(store.getState().status).toBeNull();
    expect(store.getState().busy).toBeNull();
    expect(texts(store.getState())).toEqual(['Đã hủy mở tệp.']);
  });

  const broken: [string, string, Uint8Array, RegExp, RegExp][] = [
    [
      'a text file',
      'danh-sach.txt',
      new TextEncoder().encode('STT;Họ và tên\n1;An'),
      /"danh-sach.txt" không phải là sổ tính Excel .xlsx/,
      /is not an Excel .xlsx workbook/,
    ],
    [
      'an Excel 97–2003 file',
      'cu.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      /"cu.xls" là tệp Excel 97–2003 \(.xls\)/,
      /is an Excel 97–2003 file \(.xls\)/,
    ],
    ['a 0-byte file', 'rong.xlsx', new Uint8Array(0), /"rong.xlsx" là tệp rỗng \(0 byte\)/, /is an empty file \(0 bytes\)/],
    [
      'a truncated file',
      'dang-tai.xlsx',
      SAMPLE.subarray(0, Math.floor(SAMPLE.length / 2)),
      /"dang-tai.xlsx" bị hỏng hoặc không trọn vẹn/,
      /is damaged or incomplete/,
    ],
  ];
  test.each(broken)('%s gets its own message, in both languages, and the run buttons stay off until a new file', async (_, name, bytes, vi, en) => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    await openSample(store, { name, bytes });
    const s = store.getState();
    expect(texts(s)).toHaveLength(1);
    expect(texts(s)[0]).toMatch(vi);
    expect(s.unreadable).toBe(true);
    expect(can(s).run).toBe(false);
    expect(whyNoRun(s)).toBe('unreadable');
    // Clicking anyway does nothing (no second error, no read).
    await store.run('rank');
    expect(store.getState().notes).toEqual(s.notes);
    store.setLang('en');
    expect(texts(store.getState())[0]).toMatch(en);
    // A new file: usable again.
    await openSample(store);
    expect(store.getState().unreadable).toBe(false);
    expect(can(store.getState()).run).toBe(true);
    expect(store.getState().notes).toEqual([]);
  });
});

describe('a run in file mode', () => {
  test('the findings and results are shown as soon as the engine finishes, the copy written after with progress', async () => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    await openSample(store);
    const atWrite: RunState[] = [];
    const seen = watch(store, (s) => s.busy?.step === 'writing' && atWrite.push(s));
    await store.run('rank');
    expect(steps(seen)).toEqual(['reading', 'checking', 'writing', 'idle']);
    // While writing: the result is there, Hủy is offered, the bar moves from 0 to 1.
    expect(atWrite[0].result?.summary.action).toBe('rank');
    expect(atWrite[0].focus?.target).toBe('results');
    expect(atWrite.every((s) => s.busy!.cancellable)).toBe(true);
    const fractions = atWrite.map((s) => s.busy!.fraction);
    expect(fractions[0]).toBe(0);
    expect(fractions.some((f) => f !== null && f > 0 && f < 1)).toBe(true);
    expect(fractions.at(-1)).toBe(1);
    // The file as picked was read for its status: the run uses those grids (no second read).
    const reads = seen.filter((s) => s.busy?.step === 'reading').map((s) => s.busy!.fraction);
    expect(reads.every((f) => f === 0 || f === 1)).toBe(true);
    const s = store.getState();
    expect(s.download?.fileName).toBe('so-xay-dung-2025.ket-qua.xlsx');
    expect(s.download?.run).toBe(s.result?.run);
    expect(texts(s)[0]).toMatch(/^Đã ghi: /);
    const copy = await readGrids(s.download!.bytes, 'copy');
    expect(copy.sheets.map((g) => g.name)).toEqual(expect.arrayContaining(['Xếp hạng', 'Tổng hợp', 'Kiểm tra', 'Nhật ký']));
  });

  test.each<BusyStep>(['reading', 'checking'])('Hủy while %s: nothing new, the previous result and download kept', async (step) => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    await openSample(store);
    await store.run('validate');
    const before = store.getState();
    watch(store, (s) => s.busy?.step === step && store.cancel());
    await store.run('rank');
    const s = store.getState();
    expect(s.busy).toBeNull();
    expect(texts(s)).toEqual(['Đã hủy. Sổ không thay đổi.']);
    expect(s.result).toBe(before.result);
    expect(s.download).toBe(before.download);
    expect(s.focus?.target).toBe('notes');
  });

  test('Hủy while the copy is written: the new results stay, the previous download is kept and said to be older', async () => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    await openSample(store);
    await store.run('validate');
    const first = store.getState().download;
    expect(first).not.toBeNull();
    watch(store, (s) => s.busy?.step === 'writing' && store.cancel());
    await store.run('rank');
    const s = store.getState();
    expect(s.result?.summary.action).toBe('rank');
    expect(s.download).toBe(first);
    expect(s.download!.run).toBeLessThan(s.result!.run);
    expect(texts(s)[0]).toMatch(/Đã hủy ghi bản sao.*tệp tải về vẫn là của lần chạy trước/);
  });

  test('a book with nothing recognised offers no result download', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trang tính1').addRows([['ghi chú'], ['một dòng']]);
    const empty = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    await openSample(store, { name: 'trong.xlsx', bytes: empty });
    await store.run('rank');
    const s = store.getState();
    expect(s.download).toBeNull();
    expect(texts(s)).toEqual([expect.stringMatching(/không có sổ kết quả để tải về/)]);
  });

  test('in Excel, a book with nothing recognised gets no sheet added, and is told why', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const x = new MemoryExcel(MemoryBook.fromGrids([{ name: 'Trang tính1', rows: [['ghi chú'], ['một dòng']] }]), { apiVersion: '1.13' });
      const host = excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'trong.xlsx');
      const store = createRunStore({ lang, host }, { runner: inlineRunner, now: NOW });
      await store.run('rank');
      expect(x.book.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
      expect(texts(store.getState())).toEqual([expect.stringMatching(lang === 'vi' ? /không thêm sheet nào vào sổ/ : /added no sheet to it/)]);
    }
  });

  test('another file picked: nothing of the last one stays', async () => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    await openSample(store);
    await store.run('rank');
    expect(store.getState().download).not.toBeNull();
    await openSample(store, { name: 'lan-2.xlsx' });
    const s = store.getState();
    expect(s.result).toBeNull();
    expect(s.download).toBeNull();
    expect(s.picked).toBeNull();
    expect(s.host?.name()).toBe('lan-2.xlsx');
    expect(s.status).not.toBeNull();
  });
});

describe('a run in Excel', () => {
  test('the write is never cut halfway: Hủy is off while writing', async () => {
    const { x, host } = await memoryHost();
    const store = createRunStore({ lang: 'vi', host }, { runner: inlineRunner, now: NOW });
    await store.refreshStatus();
    const writing: RunState[] = [];
    watch(store, (s) => {
      if (s.busy?.step !== 'writing') return;
      writing.push(s);
      store.cancel();
    });
    await store.run('rank');
    expect(writing.every((s) => !s.busy!.cancellable)).toBe(true);
    expect(texts(store.getState())[0]).toMatch(/^Đã ghi: /);
    expect(x.book.sheet('Xếp hạng')).toBeDefined();
  });

  test('the question before replacing an edited sheet: no keeps it, yes replaces it, Hủy drops it', async () => {
    const { x, host } = await memoryHost();
    const store = createRunStore({ lang: 'vi', host }, { runner: inlineRunner, now: NOW });
    await store.run('rank');
    const edit = () => x.book.sheet('Xếp hạng')!.cells.set('6,1', 'sửa tay');
    edit();
    let reply: 'no' | 'yes' | 'cancel' = 'no';
    const asked: string[][] = [];
    watch(store, (s) => {
      if (s.busy?.step !== 'asking' || !s.asking || (asked.length && asked.at(-1) === s.asking)) return;
      asked.push(s.asking);
      queueMicrotask(() => (reply === 'cancel' ? store.cancel() : store.answer(reply === 'yes')));
    });
    await store.run('rank');
    expect(asked).toEqual([['Xếp hạng']]);
    expect(store.getState().asking).toBeNull();
    expect(texts(store.getState())[0]).toMatch(/Không ghi gì: sheet "Xếp hạng" được giữ nguyên/);
    expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).toBe('sửa tay');
    reply = 'cancel';
    await store.run('rank');
    expect(texts(store.getState())).toEqual(['Đã hủy. Sổ không thay đổi.']);
    expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).toBe('sửa tay');
    reply = 'yes';
    await store.run('rank');
    expect(texts(store.getState())[0]).toMatch(/^Đã ghi: /);
    expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).not.toBe('sửa tay');
  });

  test('while the question is open the run is busy, waiting on the answer, and Hủy is offered: it drops the write', async () => {
    const { x, host } = await memoryHost();
    const store = createRunStore({ lang: 'vi', host }, { runner: inlineRunner, now: NOW });
    await store.run('rank');
    x.book.sheet('Xếp hạng')!.cells.set('6,1', 'sửa tay');
    const asked: RunState[] = [];
    watch(store, (s) => {
      if (!s.asking || asked.length) return;
      asked.push(s);
      queueMicrotask(() => store.cancel());
    });
    await store.run('rank');
    const [s] = asked;
    expect(s.busy).toEqual({ step: 'asking', fraction: null, cancellable: true, action: 'rank' });
    // The progress area stays, says it waits on the officer, and offers Hủy.
    expect(progressOf(s)).toEqual({ step: 'asking', fraction: null, cancellable: true, waiting: true });
    expect(strings('vi').steps[progressOf(s)!.step]).toBe('Đang chờ bạn trả lời câu hỏi ghi đè ở trên…');
    expect(strings('en').steps[progressOf(s)!.step]).toBe('Waiting for your answer to the question above about replacing the edited sheet…');
    // The results are on screen meanwhile; nothing else can start.
    expect(shownResult(s)?.summary.action).toBe('rank');
    expect(can(s)).toEqual({ run: false, refresh: false, pickFile: false, template: false });
    const after = store.getState();
    expect(after.asking).toBeNull();
    expect(after.busy).toBeNull();
    expect(progressOf(after)).toBeNull();
    expect(texts(after)).toEqual(['Đã hủy. Sổ không thay đổi.']);
    expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).toBe('sửa tay');
  });

  test('the progress area: every step of a run, not the template or a re-wording (a spinner says those)', () => {
    const s = initialState('vi');
    expect(progressOf(s)).toBeNull();
    const reading = reduce(s, { type: 'runStarted', action: 'validate' });
    expect(progressOf(reading)).toEqual({ step: 'reading', fraction: 0, cancellable: true, waiting: false });
    const writing = reduce(reading, { type: 'step', step: 'writing', fraction: 0.5, cancellable: false });
    expect(progressOf(writing)).toEqual({ step: 'writing', fraction: 0.5, cancellable: false, waiting: false });
    const asking = reduce(reduce(reading, { type: 'step', step: 'checking', fraction: null, cancellable: true }), { type: 'asking', sheets: ['Xếp hạng'] });
    expect(progressOf(asking)).toMatchObject({ step: 'asking', cancellable: true, waiting: true });
    expect(progressOf(reduce(asking, { type: 'answered' }))?.waiting).toBe(false);
    expect(progressOf(reduce(s, { type: 'templateStarted' }))).toBeNull();
  });

  test('Excel refusing (cell edit mode) is said in its words; the same click works once the cell is left', async () => {
    const { x, host } = await memoryHost();
    const store = createRunStore({ lang: 'vi', host }, { runner: inlineRunner, now: NOW });
    x.blockedBy = 'InvalidOperationInCellEditMode';
    await store.run('validate');
    const s = store.getState();
    expect(texts(s)[0]).toMatch(/Excel đang ở chế độ sửa ô/);
    expect(s.unreadable).toBe(false);
    expect(can(s).run).toBe(true);
    expect(s.focus?.target).toBe('notes');
    x.blockedBy = null;
    await store.run('validate');
    expect(store.getState().result?.summary.action).toBe('validate');
  });

  test('an error nobody foresaw is one sentence in the language shown, never its own text', async () => {
    const { host } = await memoryHost();
    const inner = "Cannot read properties of undefined (reading 'values')";
    const broken: WorkbookHost = { ...host, read: async () => Promise.reject(new TypeError(inner)) };
    for (const lang of ['vi', 'en'] as const) {
      const store = createRunStore({ lang, host: broken }, { runner: inlineRunner, now: NOW });
      await store.run('validate');
      const [text] = texts(store.getState());
      expect(text).toMatch(lang === 'vi' ? /^Không thực hiện được: Việc này gặp lỗi ngoài dự kiến/ : /^Could not complete: This step hit an unexpected error/);
      expect(text).not.toContain('Cannot read');
      expect(can(store.getState()).run).toBe(true);
    }
  });

  test('picking a finding selects its cell; one on a hidden sheet says how to unhide it', async () => {
    const { x, host } = await memoryHost();
    const store = createRunStore({ lang: 'vi', host }, { runner: inlineRunner, now: NOW });
    await store.run('validate');
    const f = store.getState().result!.summary.findings.find((f) => f.cell && store.getState().grids!.sheets.some((g) => g.name === f.sheet))!;
    await store.pick(f);
    expect(store.getState().picked).toBe(f);
    expect(x.book.selection).toMatchObject({ sheet: f.sheet, address: f.cell });
    x.book.sheet(f.sheet)!.visibility = 'Hidden';
    await store.refreshStatus();
    await store.pick(f);
    expect(texts(store.getState())[0]).toMatch(/đang ẩn/);
  });
});

describe('the language', () => {
  test('switched when idle: the findings on screen are worded again, nothing read or written', async () => {
    const { x, host } = await memoryHost();
    const store = createRunStore({ lang: 'vi', host }, { runner: inlineRunner, now: NOW });
    await store.run('validate');
    const syncs = x.syncs.length;
    const vi = store.getState().result!.summary.findings[0].message;
    store.setLang('en');
    // Never mixed: until it is worded again, the result in Vietnamese is not shown.
    expect(shownResult(store.getState())).toBeNull();
    expect(store.getState().busy?.step).toBe('rewording');
    await new Promise((r) => setTimeout(r, 50));
    const s = store.getState();
    expect(shownResult(s)?.lang).toBe('en');
    expect(s.result!.summary.findings[0].message).not.toBe(vi);
    expect(s.busy).toBeNull();
    expect(x.syncs.length).toBe(syncs);
  });

  test('switched mid-run: the run goes on in its language, its result is shown only once worded in the new one', async () => {
    const store = createRunStore({ lang: 'vi' }, { runner: inlineRunner, now: NOW });
    await openSample(store);
    const shown: (string | undefined)[] = [];
    let switched = false;
    watch(store, (s) => {
      if (s.busy?.step === 'checking' && !switched) {
        switched = true;
        store.setLang('en');
      }
      const r = shownResult(s);
      if (r) shown.push(r.lang);
    });
    await store.run('rank');
    await new Promise((r) => setTimeout(r, 50));
    const s = store.getState();
    expect(s.lang).toBe('en');
    expect(shownResult(s)?.lang).toBe('en');
    expect(shown.every((l) => l === 'en')).toBe(true);
    expect(s.focus?.target).toBe('results');
    // The notes are data, worded in the language on screen.
    expect(texts(s)[0]).toMatch(/^Written: /);
  });
});

describe('the reducer', () => {
  test('a stale re-wording (of an earlier run) never replaces a newer result', () => {
    let s = initialState('vi');
    s = reduce(s, { type: 'runStarted', action: 'validate' });
    const summary = { action: 'validate', findings: [] } as never;
    s = reduce(s, { type: 'engineDone', summary, grids: { sheets: [] }, lang: 'vi' });
    s = reduce(s, { type: 'runStarted', action: 'rank' });
    s = reduce(s, { type: 'lang', lang: 'en' });
    const newer = { action: 'rank', findings: [] } as never;
    s = reduce(s, { type: 'engineDone', summary: newer, grids: { sheets: [] }, lang: 'vi' });
    s = reduce(s, { type: 'reworded', summary, lang: 'en', run: 1 });
    expect(s.result?.summary).toBe(newer);
    expect(s.result?.lang).toBe('vi');
  });
});
