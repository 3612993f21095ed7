/**
 * The task pane with Testing Library, on the strict in-memory Excel through the real adapter,
 * with the engine on the page (the worker is a build detail).
 */
import fs from 'fs';
import path from 'path';

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/taskpane/features/run/view';
import { inlineRunner } from '../../../src/taskpane/worker/runner';
import { createTemplate } from '../../../src/taskpane/session';
import { excelHost } from '../../../src/host/office/excelHost';
import { WorkbookHost } from '../../../src/host/types';
import { browserFileHost } from '../../../src/host/file/browserFileHost';
import { runXlsxJob } from '../../../src/host/file/xlsxJobs';
import { buildTemplateSheets } from '../../../src/core/template/defaults';
import { MemoryBook, MemoryExcel } from '../../../src/host/memory/memoryExcel';
import { loadWorkbook, workbookToGrids } from '../../../src/host/file/readWorkbook';
import { Lang } from '../../../src/core/model';
import { langFromDisplayLanguage } from '../../../src/taskpane/i18n';
import { isDarkBackground } from '../../../src/taskpane/mount';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');

async function sampleExcel(apiVersion = '1.13'): Promise<MemoryExcel> {
  const grids = workbookToGrids(await loadWorkbook(fs.readFileSync(SAMPLE)));
  return new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { apiVersion });
}

function hostOf(x: MemoryExcel): WorkbookHost {
  return excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so-xay-dung-2025.xlsx');
}

function renderPane(host: WorkbookHost, lang: Lang = 'vi') {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} runner={inlineRunner} lang={lang} now={() => '2026-11-23T08:00:00.000Z'} />
    </FluentProvider>,
  );
}

describe('task pane in Excel', () => {
  it('shows the campaign status on opening: config sheets and units received / missing', async () => {
    renderPane(hostOf(await sampleExcel()));
    expect(await screen.findByText(/Đã nhận bảng chấm của 5\/6 đơn vị/, {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText(/Chưa nộp: Trung tâm Kiểm định/)).toBeTruthy();
    const config = screen.getByRole('list', { name: 'Sheet cấu hình' });
    expect(
      within(config)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Phong tràocó', 'Tiêu chícó', 'Danh hiệucó', 'Đơn vịcó', 'Lịch sử khen thưởngcó', 'Biểu quyếtcó']);
    // A campaign exists: the template button must not offer to write over it.
    // Still focusable (aria-disabled), so its hint can be read.
    expect(screen.getByRole('button', { name: /Tạo mẫu phong trào/ }).getAttribute('aria-disabled')).toBe('true');
  });

  it("the buttons' hints are mounted inside <main>, in the pane's language, not at the end of <body>", async () => {
    renderPane(hostOf(await sampleExcel()), 'en');
    await screen.findByText(/Score sheets received from 5 of 6 units/, {}, { timeout: 10000 });
    // A description hint is always in the page (hidden until shown), so its place can be checked here.
    const send = screen.getByRole('button', { name: 'Send upward' });
    const hint = document.getElementById(send.getAttribute('aria-describedby') ?? '');
    expect(hint?.getAttribute('role')).toBe('tooltip');
    expect(hint?.textContent).toMatch(/^Make the upward workbook/);
    const tips = [...document.querySelectorAll('[role="tooltip"]')];
    expect(tips.length).toBeGreaterThanOrEqual(4);
    for (const tip of tips) {
      expect(tip.closest('main')).toBe(screen.getByRole('main'));
      expect(tip.closest('[lang]')?.getAttribute('lang')).toBe('en');
    }
  });

  it('Kiểm tra lists findings by sheet and severity; clicking one selects its cell in the workbook', async () => {
    const x = await sampleExcel();
    renderPane(hostOf(x));
    await screen.findByText(/Đã nhận bảng chấm/, {}, { timeout: 10000 });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('heading', { name: /Kết quả kiểm tra/ }, { timeout: 10000 });
    expect(screen.getByText(/Đã ghi: Kiểm tra, Nhật ký/)).toBeTruthy();
    expect(x.book.sheet('Kiểm tra')).toBeDefined();
    const errors = screen.getAllByRole('region').length;
    expect(errors).toBeGreaterThan(0);
    // The list renders deferred (a province's rows in slices): found once it is there.
    const finding = await screen.findByRole('button', { name: /Đến ô H6 của sheet P.QLXD: Điểm tiêu chí 1.1 là 32/ }, { timeout: 10000 });
    fireEvent.click(finding);
    await waitFor(() => expect(x.book.selection).toEqual({ sheet: 'P.QLXD', address: 'H6' }));
    expect(x.book.activeSheet).toBe('P.QLXD');
    expect(finding.getAttribute('aria-pressed')).toBe('true');
  });

  it('a finding on a hidden sheet says how to unhide it instead of failing', async () => {
    const x = await sampleExcel();
    x.book.sheet('P.QLXD')!.visibility = 'Hidden';
    renderPane(hostOf(x));
    await screen.findByText(/Đã nhận bảng chấm/, {}, { timeout: 10000 });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    fireEvent.click(await screen.findByRole('button', { name: /Đến ô H6 của sheet P.QLXD/ }, { timeout: 10000 }));
    expect(await screen.findByText(/Sheet "P.QLXD" đang ẩn. .*Bỏ ẩn \(Unhide\) để xem ô H6/)).toBeTruthy();
    expect(x.book.selection).toBeNull();
  });

  it('Xếp hạng writes the summary sheets and shows titles proposed against quotas', async () => {
    const x = await sampleExcel();
    renderPane(hostOf(x));
    await screen.findByText(/Đã nhận bảng chấm/, {}, { timeout: 10000 });
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    const table = await screen.findByRole('table', { name: 'Kết quả xếp hạng' }, { timeout: 10000 });
    const header = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(header).toEqual(['Danh hiệu', 'Chỉ tiêu', 'Đủ ĐK', 'Đề xuất']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const cells = within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? '');
      const [limit, eligible, proposed] = [cells[1], Number(cells[2]), Number(cells[3])];
      expect(proposed).toBeLessThanOrEqual(eligible);
      if (limit !== '–') expect(proposed).toBeLessThanOrEqual(Number(limit));
    }
    expect(screen.getByText(/đề xuất khen thưởng/)).toBeTruthy();
    // The sample's tie at the quota boundary is shown, not silently cut.
    expect(within(table).getByText(/bằng điểm ở ranh giới chỉ tiêu/)).toBeTruthy();
    for (const n of ['Xếp hạng', 'Tổng hợp', 'Đề nghị khen thưởng', 'Kiểm tra', 'Nhật ký']) expect(x.book.sheet(n)).toBeDefined();
    expect(x.book.activeSheet).toBe('Xếp hạng');
  });

  it('Hủy stops a run before anything is written and says the workbook is unchanged', async () => {
    const x = await sampleExcel();
    const real = hostOf(x);
    // After the status check, reading hangs (a huge workbook) until the user cancels.
    let hang = false;
    const slow: WorkbookHost = {
      ...real,
      read: async (o) => {
        const g = await real.read(o);
        if (hang) await new Promise<void>((r) => o.signal?.addEventListener('abort', () => r()));
        return g;
      },
    };
    renderPane(slow);
    await screen.findByText(/Đã nhận bảng chấm/, {}, { timeout: 10000 });
    const sheetsBefore = x.book.sheets.map((s) => s.name);
    hang = true;
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    const cancel = await screen.findByRole('button', { name: 'Hủy' });
    expect(screen.getByRole('progressbar')).toBeTruthy();
    await act(async () => fireEvent.click(cancel));
    expect(await screen.findByText('Đã hủy. Sổ không thay đổi.')).toBeTruthy();
    expect(x.book.sheets.map((s) => s.name)).toEqual(sheetsBefore);
  });

  it('writes the campaign template into an empty workbook in one click', async () => {
    const x = new MemoryExcel(MemoryBook.fromGrids([{ name: 'Sheet1', rows: [] }]));
    renderPane(hostOf(x));
    expect(await screen.findByText('Chưa có phong trào trong sổ này', {}, { timeout: 10000 })).toBeTruthy();
    const button = screen.getByRole('button', { name: /Tạo mẫu phong trào/ }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false));
    fireEvent.click(button);
    expect(await screen.findByText(/Đã tạo: Phong trào, Tiêu chí, Danh hiệu, Đơn vị/, {}, { timeout: 10000 })).toBeTruthy();
    expect(x.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['Sheet1', 'Phong trào', 'Tiêu chí', 'Danh hiệu', 'Đơn vị']));
  });

  it('the refresh button shows the workbook as it is now, also after a run', async () => {
    const x = await sampleExcel();
    renderPane(hostOf(x));
    await screen.findByText(/Đã nhận bảng chấm của 5\/6 đơn vị/, {}, { timeout: 10000 });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByRole('heading', { name: /Kết quả kiểm tra/ }, { timeout: 10000 });
    // The unit that had not sent its sheet sends it: a copy of another unit's sheet, renamed.
    const late = x.book.sheet('P.QLXD')!;
    const copy = x.book.addSheet('KĐCL');
    for (const [k, v] of late.cells) copy.cells.set(k, typeof v === 'string' && /Phòng Quản lý/i.test(v) ? 'Trung tâm Kiểm định chất lượng xây dựng' : v);
    fireEvent.click(screen.getByRole('button', { name: 'Đọc lại tình trạng sổ' }));
    expect(await screen.findByText(/Đã nhận bảng chấm của 6\/6 đơn vị/, {}, { timeout: 10000 })).toBeTruthy();
  });

  it('the template is refused, after one sync for the sheet names, when a campaign is there', async () => {
    const x = await sampleExcel();
    const { outcome, existing } = await createTemplate(hostOf(x), 2026);
    expect(outcome).toBeNull();
    expect(existing).toEqual(['Phong trào', 'Tiêu chí', 'Danh hiệu', 'Đơn vị', 'Lịch sử khen thưởng', 'Biểu quyết']);
    expect(x.syncs.length).toBe(1);
  });

  it('on an Excel without ExcelApi 1.13 says how merged headers are read', async () => {
    renderPane(hostOf(await sampleExcel('1.7')));
    expect(await screen.findByText(/chưa đọc được ô gộp/)).toBeTruthy();
  });

  it('speaks English when Office does, and every control has an accessible name', async () => {
    renderPane(hostOf(await sampleExcel()), 'en');
    expect(await screen.findByText(/Score sheets received from 5 of 6 units/, {}, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Rank' })).toBeTruthy();
    for (const b of screen.getAllByRole('button')) expect((b.getAttribute('aria-label') ?? b.textContent ?? '').trim()).not.toBe('');
  });

  it('switching language re-words the findings already on screen without writing again', async () => {
    const x = await sampleExcel();
    renderPane(hostOf(x));
    await screen.findByText(/Đã nhận bảng chấm/, {}, { timeout: 10000 });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await screen.findByText(/Điểm tiêu chí 1.1 là 32/, {}, { timeout: 10000 });
    const syncs = x.syncs.length;
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText(/Check results/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/Điểm tiêu chí 1.1 là 32/)).toBeNull());
    expect(x.syncs.length).toBe(syncs);
  });
});

describe('when Excel refuses', () => {
  it('says in Vietnamese what to do when the user is editing a cell, and changes nothing', async () => {
    const x = await sampleExcel();
    renderPane(hostOf(x));
    await screen.findByText(/Đã nhận bảng chấm/, {}, { timeout: 10000 });
    const before = x.book.sheets.map((s) => s.name);
    x.blockedBy = 'InvalidOperationInCellEditMode';
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(await screen.findByText(/Excel đang ở chế độ sửa ô. Bấm Enter hoặc Esc/)).toBeTruthy();
    expect(x.book.sheets.map((s) => s.name)).toEqual(before);
    // Once the cell is left, the same click works.
    x.blockedBy = null;
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    expect(await screen.findByRole('table', { name: 'Kết quả xếp hạng' }, { timeout: 10000 })).toBeTruthy();
  });

  it('explains a protected workbook', async () => {
    const x = await sampleExcel();
    renderPane(hostOf(x));
    await screen.findByText(/Đã nhận bảng chấm/, {}, { timeout: 10000 });
    x.blockedBy = 'AccessDenied';
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    expect(await screen.findByText(/đang được bảo vệ \(Protect\)/)).toBeTruthy();
  });
});

describe('task pane in a browser, on a file', () => {
  it('works on the file the user opens and offers the result as a download', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const open = async () =>
      browserFileHost('so-xay-dung-2025.xlsx', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, runXlsxJob);
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={null} runner={inlineRunner} lang="vi" openFile={open} openSample={open} />
      </FluentProvider>,
    );
    // The sample is offered, never opened by itself, and marked as the sample once open.
    expect(screen.queryByText(/Đã nhận bảng chấm/)).toBeNull();
    // Gửi cấp trên is off and its description says why first; once a book is open, only what it does.
    const sendHint = () => document.getElementById(screen.getByRole('button', { name: 'Gửi cấp trên' }).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(sendHint()).toMatch(/^Chưa dùng được: cần mở một sổ thi đua đọc được trước\. Lập hồ sơ gửi cấp trên/);
    // So do Kiểm tra and Xếp hạng.
    const hintOf = (name: string) => document.getElementById(screen.getByRole('button', { name }).getAttribute('aria-describedby') ?? '')?.textContent;
    expect(hintOf('Kiểm tra')).toBe('Chưa dùng được: chọn sổ thi đua (.xlsx) trước. Kiểm tra các bảng tự chấm và ghi sheet Kiểm tra');
    expect(hintOf('Xếp hạng')).toMatch(/^Chưa dùng được: chọn sổ thi đua \(\.xlsx\) trước\. Tính điểm, xếp hạng/);
    fireEvent.click(screen.getByRole('button', { name: 'Mở dữ liệu mẫu' }));
    await screen.findByText(/Đã nhận bảng chấm của 5\/6 đơn vị/, {}, { timeout: 15000 });
    expect(screen.getByText('Dữ liệu mẫu — không phải của đơn vị bạn')).toBeTruthy();
    expect(sendHint()).toMatch(/^Lập hồ sơ gửi cấp trên/);
    expect(hintOf('Kiểm tra')).toBe('Kiểm tra các bảng tự chấm và ghi sheet Kiểm tra');
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    const link = await screen.findByRole('link', { name: /Tải về sổ kết quả \(so-xay-dung-2025.ket-qua.xlsx\)/ }, { timeout: 15000 });
    expect(link.getAttribute('download')).toBe('so-xay-dung-2025.ket-qua.xlsx');
    // Focus went to the ranking's heading, not the page body.
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Kết quả xếp hạng' }));
  });

  it('↻ asks for the file again (the officer fixed and saved it) instead of re-reading the old copy', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    let reads = 0;
    const open = async () => {
      const h = browserFileHost('so-xay-dung-2025.xlsx', bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, runXlsxJob);
      return { ...h, read: (o: Parameters<WorkbookHost['read']>[0]) => (reads++, h.read(o)) };
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={null} runner={inlineRunner} lang="vi" openFile={open} openSample={open} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mở dữ liệu mẫu' }));
    await screen.findByText(/Đã nhận bảng chấm của 5\/6 đơn vị/, {}, { timeout: 15000 });
    const picker = jest.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    const before = reads;
    fireEvent.click(screen.getByRole('button', { name: 'Chọn lại tệp (sau khi sửa và lưu)' }));
    expect(picker).toHaveBeenCalledTimes(1);
    expect(reads).toBe(before);
    picker.mockRestore();
  });

  it('offers the campaign template as a download, even before a file is opened', async () => {
    const blank = browserFileHost('mau-phong-trao.xlsx', new ArrayBuffer(0), runXlsxJob);
    render(
      <FluentProvider theme={webLightTheme}>
        <App
          host={null}
          runner={inlineRunner}
          lang="vi"
          openFile={async () => blank}
          downloadTemplate={() => blank.writeTemplate(buildTemplateSheets({ year: 2026 }))}
        />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: /Tạo mẫu phong trào/ }));
    expect(await screen.findByRole('link', { name: /Tải về sổ mẫu phong trào \(mau-phong-trao.xlsx\)/ }, { timeout: 10000 })).toBeTruthy();
    expect(screen.getByText(/Đã tạo: Phong trào, Tiêu chí, Danh hiệu, Đơn vị/)).toBeTruthy();
  });

  it('says plainly when the file is not an Excel workbook', async () => {
    const open = async () => browserFileHost('danh-sach.xlsx', new TextEncoder().encode('Họ và tên;Điểm').buffer as ArrayBuffer, runXlsxJob);
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={null} runner={inlineRunner} lang="vi" openFile={open} openSample={open} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Mở dữ liệu mẫu' }));
    expect(await screen.findByText(/"danh-sach.xlsx" không phải là sổ tính Excel .xlsx/, {}, { timeout: 10000 })).toBeTruthy();
    // Repeating it would repeat the error: the run buttons are off until another file is picked.
    expect(screen.getByRole('button', { name: 'Xếp hạng' }).getAttribute('aria-disabled')).toBe('true');
  });
});

describe('following Office', () => {
  it('takes the language from Office’s display language, Vietnamese unless it is English', () => {
    expect(langFromDisplayLanguage('vi-VN')).toBe('vi');
    expect(langFromDisplayLanguage('en-US')).toBe('en');
    expect(langFromDisplayLanguage('en-GB')).toBe('en');
    expect(langFromDisplayLanguage(undefined)).toBe('vi');
  });

  it('takes the dark theme when Office’s background is dark', () => {
    expect(isDarkBackground('#262626')).toBe(true);
    expect(isDarkBackground('#FFFFFF')).toBe(false);
    expect(isDarkBackground('#e6e6e6')).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
  });
});
