/**
 * The question before replacing a generated sheet edited by hand, in the pane (Testing Library,
 * jsdom, strict in-memory Excel): while it is open the progress area stays and says the run waits
 * for the answer, and its Hủy (reachable by keyboard) drops the write, as the store's Hủy does.
 */
import fs from 'fs';
import path from 'path';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/taskpane/features/run/view';
import { inlineRunner } from '../../../src/taskpane/worker/runner';
import { excelHost } from '../../../src/host/office/excelHost';
import { MemoryBook, MemoryExcel } from '../../../src/host/memory/memoryExcel';
import { loadWorkbook, workbookToGrids } from '../../../src/host/file/readWorkbook';
import { Lang } from '../../../src/core/model';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');

/** The sample ranked once, then a name in the ranking typed over by hand; the pane open on it. */
async function editedAfterRanking(lang: Lang): Promise<MemoryExcel> {
  const grids = workbookToGrids(await loadWorkbook(fs.readFileSync(SAMPLE)));
  const x = new MemoryExcel(MemoryBook.fromGrids(grids.sheets), { apiVersion: '1.13' });
  render(
    <FluentProvider theme={webLightTheme}>
      <App
        host={excelHost({ run: x.run, supports: (v) => x.isSetSupported('ExcelApi', v) }, 'so-xay-dung-2025.xlsx')}
        runner={inlineRunner}
        lang={lang}
        now={() => '2026-11-23T08:00:00.000Z'}
      />
    </FluentProvider>,
  );
  await screen.findByText(lang === 'vi' ? /Đã nhận bảng chấm/ : /Score sheets received/, {}, { timeout: 10000 });
  fireEvent.click(screen.getByRole('button', { name: lang === 'vi' ? 'Xếp hạng' : 'Rank' }));
  await screen.findByText(lang === 'vi' ? /^Đã ghi: / : /^Written: /, {}, { timeout: 10000 });
  x.book.sheet('Xếp hạng')!.cells.set('6,1', 'sửa tay');
  return x;
}

describe('the question before replacing an edited sheet', () => {
  it('the progress area stays with a label saying the run waits, and Hủy there ends the question with "cancelled"', async () => {
    const x = await editedAfterRanking('vi');
    fireEvent.click(screen.getByRole('button', { name: 'Xếp hạng' }));
    const question = await screen.findByText('Sheet "Xếp hạng" đã bị sửa từ lần chạy trước — ghi đè?', {}, { timeout: 10000 });
    // The question is still an alert with its two answers, and the focus goes to it.
    const alert = question.closest('[role="alert"]') as HTMLElement;
    expect(alert).toBeTruthy();
    expect(document.activeElement).toBe(alert);
    expect(within(alert).getByRole('button', { name: 'Ghi đè' })).toBeTruthy();
    expect(within(alert).getByRole('button', { name: 'Không, giữ nguyên' })).toBeTruthy();

    // The progress area: its bar named by the waiting label, the label shown, Hủy usable.
    const bar = screen.getByRole('progressbar', { name: 'Đang chờ bạn trả lời câu hỏi ghi đè ở trên…' });
    expect(bar.getAttribute('aria-valuetext')).toBe('Đang chờ bạn trả lời câu hỏi ghi đè ở trên…');
    expect(screen.getByText('Đang chờ bạn trả lời câu hỏi ghi đè ở trên…', { selector: 'label' })).toBeTruthy();
    const cancel = screen.getByRole('button', { name: 'Hủy' });
    expect(cancel.getAttribute('aria-disabled')).toBeNull();
    expect((cancel as HTMLButtonElement).disabled).toBe(false);
    // Reachable by keyboard: a button in the Tab order, taking focus.
    expect(cancel.tabIndex).toBe(0);
    cancel.focus();
    expect(document.activeElement).toBe(cancel);

    await act(async () => fireEvent.click(cancel));
    expect(await screen.findByText('Đã hủy. Sổ không thay đổi.')).toBeTruthy();
    // The focus moves on to the note that says so, not left on a question that is gone.
    expect(document.activeElement?.id).toBe('pane-notes');
    expect(screen.queryByText(/đã bị sửa từ lần chạy trước/)).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Hủy' })).toBeNull();
    // Nothing was written: the edit is still there, the run buttons usable again.
    expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).toBe('sửa tay');
    expect(screen.getByRole('button', { name: 'Xếp hạng' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('in English too; answering the question goes on with the run as before', async () => {
    const x = await editedAfterRanking('en');
    fireEvent.click(screen.getByRole('button', { name: 'Rank' }));
    await screen.findByText('Sheet "Xếp hạng" was edited since the last run — replace it?', {}, { timeout: 10000 });
    expect(screen.getByRole('progressbar', { name: 'Waiting for your answer to the question above about replacing the edited sheet…' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cancel' }).getAttribute('aria-disabled')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Replace' })));
    expect(await screen.findByText(/^Written: /, {}, { timeout: 10000 })).toBeTruthy();
    // Answered: the focus is back on the results heading.
    expect(document.activeElement?.tagName).toMatch(/^H\d$/);
    expect(screen.queryByText(/Waiting for your answer/)).toBeNull();
    expect(x.book.sheet('Xếp hạng')!.cells.get('6,1')).not.toBe('sửa tay');
  });
});
