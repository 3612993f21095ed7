/**
 * Test harness: the task pane with the strict in-memory Excel injected as its host, holding the
 * bundled sample, and beside it a plain view of the workbook (sheet tabs, the active sheet, the
 * selected cell), so a browser test can watch what the add-in does to the workbook. Built only
 * with `--env harness`; never shipped.
 */
import { loadWorkbook, workbookToGrids } from '../host/file/readWorkbook';
import { readGrids } from '../host/file/fileHost';
import { MemoryBook, MemoryExcel } from '../host/memory/memoryExcel';
import { excelHost } from '../host/office/excelHost';
import { workerRunner } from './worker/workerRunner';
import { workerXlsx } from './worker/xlsxWorker';
import { mount } from './mount';
import { a1 } from '../sheet/grid';

declare global {
  interface Window {
    memoryExcel?: MemoryExcel;
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  // ?book=province.xlsx: another workbook in the in-memory Excel (the browser test's province book).
  const book = params.get('book') ?? 'samples/so-xay-dung-2025.xlsx';
  const name = book.split('/').pop()!;
  const bytes = await (await fetch(book)).arrayBuffer();
  const grids = workbookToGrids(await loadWorkbook(bytes), name);
  // The round trip hands Excel .xlsx files (insert sheets, new workbooks): opened with the file host's reader.
  const excel = new MemoryExcel(MemoryBook.fromGrids(grids.sheets), {
    apiVersion: params.get('api') ?? '1.13',
    readXlsx: async (b) => (await readGrids(b)).sheets,
  });
  window.memoryExcel = excel;
  // ?latency=400: every sync takes that long, like a slow connection to Excel on the web.
  excel.latencyMs = Number(params.get('latency') ?? 0);
  // Redraw the workbook view after every batch, as Excel would repaint.
  const run = excel.run;
  excel.run = async (batch) => {
    const out = await run(batch);
    drawBook(excel);
    return out;
  };
  const env = { run: excel.run, supports: (v: string) => excel.isSetSupported('ExcelApi', v) };
  drawBook(excel);
  mount(document.getElementById('root')!, {
    host: excelHost(env, name, excel.createWorkbook),
    runner: workerRunner,
    xlsx: workerXlsx,
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
  });
}

function drawBook(excel: MemoryExcel): void {
  const view = document.getElementById('book')!;
  const book = excel.book;
  const active = book.sheet(book.activeSheet);
  const tabs = book.sheets
    .filter((s) => s.visibility === 'Visible')
    .map((s) => `<span class="tab${s.name === book.activeSheet ? ' on' : ''}">${esc(s.name)}</span>`)
    .join('');
  let table = '';
  if (active) {
    const sel = book.selection?.sheet === active.name ? book.selection.address : '';
    const selRow = sel ? Number(/\d+/.exec(sel)![0]) - 1 : 0;
    const top = Math.max(0, selRow - 8);
    const rows: string[] = [];
    for (let r = top; r < top + 22; r++) {
      const cells: string[] = [`<th>${r + 1}</th>`];
      for (let c = 0; c < 10; c++) {
        const v = active.cells.get(`${r},${c}`);
        const fill = active.formats.get(`${r},${c}`)?.fill;
        const note = active.comments.get(`${r},${c}`);
        cells.push(
          `<td class="${a1(r, c) === sel ? 'sel' : ''}${note ? ' note' : ''}"${fill ? ` style="background-color:${esc(fill)}"` : ''}${note ? ` title="${esc(note.content)}"` : ''}>${v === undefined ? '' : esc(String(v))}</td>`,
        );
      }
      rows.push(`<tr>${cells.join('')}</tr>`);
    }
    table = `<table><tr><th></th>${'ABCDEFGHIJ'
      .split('')
      .map((l) => `<th>${l}</th>`)
      .join('')}</tr>${rows.join('')}</table>`;
  }
  view.innerHTML = `<div class="tabs">${tabs}</div><div class="info">Ô chọn: ${book.selection ? esc(book.selection.sheet + '!' + book.selection.address) : '—'} · syncs: ${excel.syncs.length}</div>${table}`;
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

void start();
