/**
 * Gửi cấp trên and the roll-up in the pane (Testing Library, jsdom), on the strict in-memory
 * Excel and on files: what came of them is worded in the language on screen, also after a switch
 * either way, and so are their errors.
 */
import fs from 'fs';
import path from 'path';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/taskpane/features/run/view';
import { inlineRunner } from '../../../src/taskpane/worker/runner';
import { excelHost } from '../../../src/host/office/excelHost';
import { WorkbookHost } from '../../../src/host/types';
import { browserFileHost } from '../../../src/host/file/browserFileHost';
import { runXlsxJob } from '../../../src/host/file/xlsxJobs';
import { MemoryBook, MemoryExcel } from '../../../src/host/memory/memoryExcel';
import { loadWorkbook, workbookToGrids } from '../../../src/host/file/readWorkbook';
import { unexpectedErrorText } from '../../../src/taskpane/errors';
import { agencySpec, upwardFile } from '../../scenarios/upward/support';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');
const NOW = () => '2025-12-10T08:00:00.000Z';

// jsdom's File has no arrayBuffer(); its FileReader reads the same bytes.
if (!Blob.prototype.arrayBuffer)
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const r = new FileReader();
      r.onload = () => resolve(r.result as ArrayBuffer);
      r.onerror = () => reject(r.error);
      r.readAsArrayBuffer(this);
    });
  };

async function sampleExcel(): Promise<MemoryExcel> {
  const grids = workbookToGrids(await loadWorkbook(fs.readFileSync(SAMPLE)));
  return new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { apiVersion: '1.13' });
}

const hostOf = (x: MemoryExcel): WorkbookHost =>
  excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so-xay-dung-2025.xlsx', x.createWorkbook);

async function pane(host: WorkbookHost) {
  render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} runner={inlineRunner} lang="vi" now={NOW} xlsx={runXlsxJob} />
    </FluentProvider>,
  );
  await screen.findByText(/Đã nhận bảng chấm/, {}, { timeout: 10000 });
}

/** The panel of Gửi cấp trên (named by its button's words in the language on screen). */
const sendPanel = (name: string) => screen.getByRole('region', { name });
const toEnglish = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'English' })));
const toVietnamese = () => act(async () => fireEvent.click(screen.getByRole('button', { name: 'Tiếng Việt' })));

describe('Gửi cấp trên in the pane', () => {
  it('the note of a send follows the language switch, both ways', async () => {
    const x = await sampleExcel();
    await pane(hostOf(x));
    fireEvent.click(screen.getByRole('button', { name: 'Gửi cấp trên' }));
    const vi = await screen.findByText(
      /^Đã mở hồ sơ gửi cấp trên trong một sổ mới \(so-xay-dung-2025.gui-cap-tren.xlsx\): 7 đề nghị, mã kiểm tra /,
      {},
      { timeout: 15000 },
    );
    expect(x.createdWorkbooks).toHaveLength(1);
    const code = /mã kiểm tra (\S+)\.$/.exec(vi.textContent ?? '')![1];
    expect(within(sendPanel('Gửi cấp trên')).getByText(/^Sổ còn \d+ lỗi chưa sửa/)).toBeTruthy();

    await toEnglish();
    const panel = sendPanel('Send upward');
    expect(
      within(panel).getByText(`The upward workbook opened as a new workbook (so-xay-dung-2025.gui-cap-tren.xlsx): 7 proposals, check code ${code}.`),
    ).toBeTruthy();
    expect(within(panel).getByText(/^The book still has \d+ errors?;/)).toBeTruthy();
    expect(within(panel).queryByText(/Đã mở|Sổ còn/)).toBeNull();

    await toVietnamese();
    expect(
      within(sendPanel('Gửi cấp trên')).getByText(
        `Đã mở hồ sơ gửi cấp trên trong một sổ mới (so-xay-dung-2025.gui-cap-tren.xlsx): 7 đề nghị, mã kiểm tra ${code}.`,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/The upward workbook opened/)).toBeNull();
    // Nothing was sent again by the switches.
    expect(x.createdWorkbooks).toHaveLength(1);
  });

  it('an error of Excel and an unforeseen one are worded in the new language after a switch', async () => {
    const x = await sampleExcel();
    const real = hostOf(x);
    let broken = false;
    const inner = "Cannot read properties of undefined (reading 'values')";
    await pane({ ...real, read: (o) => (broken ? Promise.reject(new TypeError(inner)) : real.read(o)) });

    x.blockedBy = 'AccessDenied';
    fireEvent.click(screen.getByRole('button', { name: 'Gửi cấp trên' }));
    const alert = await screen.findByText(/^Sổ hoặc sheet đang được bảo vệ \(Protect\)/, {}, { timeout: 15000 });
    expect(alert.closest('[role="alert"]')).toBeTruthy();
    await toEnglish();
    expect(within(sendPanel('Send upward')).getByText(/^The workbook or sheet is protected/)).toBeTruthy();
    expect(screen.queryByText(/đang được bảo vệ/)).toBeNull();
    x.blockedBy = null;

    broken = true;
    fireEvent.click(screen.getByRole('button', { name: 'Send upward' }));
    expect(await within(sendPanel('Send upward')).findByText(unexpectedErrorText('en'), {}, { timeout: 15000 })).toBeTruthy();
    await toVietnamese();
    expect(within(sendPanel('Gửi cấp trên')).getByText(unexpectedErrorText('vi'))).toBeTruthy();
    expect(screen.queryByText(/Cannot read/)).toBeNull();
    expect(screen.queryByText(unexpectedErrorText('en'))).toBeNull();
  });
});

describe('the roll-up in the pane', () => {
  it('the files’ results and the roll-up error follow the language switch', async () => {
    const bytes = fs.readFileSync(SAMPLE);
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    let refuse = false;
    const xlsx: typeof runXlsxJob = async (job) => {
      if (refuse && job.op === 'template') throw Object.assign(new Error('too big'), { code: 'RequestPayloadSizeLimitExceeded' });
      return runXlsxJob(job);
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <App host={null} runner={inlineRunner} lang="vi" now={NOW} xlsx={xlsx} openFile={async () => browserFileHost('so.xlsx', ab, runXlsxJob)} />
      </FluentProvider>,
    );
    const agency = await upwardFile(agencySpec('Sở Xây dựng'), 'so-xay-dung.gui-cap-tren.xlsx');
    fireEvent.click(screen.getByRole('button', { name: 'Cấp trên: tổng hợp hồ sơ các cơ quan' }));
    const files = () => [
      new File([agency.bytes as BlobPart], 'so-xay-dung.gui-cap-tren.xlsx'),
      new File([new TextEncoder().encode('không phải sổ')], 'anh-chup.xlsx'),
    ];
    const pick = (input: HTMLElement) => act(async () => fireEvent.change(input, { target: { files: files() } }));
    await pick(screen.getByLabelText('Chọn các tệp hồ sơ…'));
    const table = await screen.findByRole('table', { name: 'Các tệp đã nhận' }, { timeout: 15000 });
    const refusedVi = within(table).getByText('Từ chối').parentElement!.textContent;
    expect(refusedVi).toContain('anh-chup.xlsx');

    await toEnglish();
    const tableEn = await screen.findByRole('table', { name: 'Files received' });
    const refusedEn = within(tableEn).getByText('Refused').parentElement!.textContent;
    expect(refusedEn).toContain('anh-chup.xlsx');
    expect(refusedEn).not.toBe(refusedVi);
    expect(screen.getByText(/^Roll-up: 7 proposals from 1 file; check code /)).toBeTruthy();
    expect(within(tableEn).getByText('5 accepted, 2 to review, 0 returned')).toBeTruthy();

    await toVietnamese();
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Các tệp đã nhận' })).getByText('Từ chối').parentElement!.textContent).toBe(refusedVi));

    refuse = true;
    await pick(screen.getByLabelText('Chọn các tệp hồ sơ…'));
    expect(await screen.findByText(/^Sổ quá lớn cho một lần gửi/, {}, { timeout: 15000 })).toBeTruthy();
    await toEnglish();
    expect(screen.getByText(/^The workbook is too large for one request/)).toBeTruthy();
    expect(screen.queryByText(/Sổ quá lớn/)).toBeNull();
  });
});
