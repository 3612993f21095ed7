/**
 * The findings and results views on their own (Testing Library, jsdom), on the sample workbook run
 * by the engine on the page: accessible names that hold the visible text, a finding's preview in
 * its own row, the other row of a duplicate as a link, a person's reasons asked of the runner.
 */
import fs from 'fs';
import path from 'path';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingsList } from '../../../src/taskpane/features/findings/view';
import { ResultsTable } from '../../../src/taskpane/features/results';
import { EngineResponse, inlineRunner } from '../../../src/taskpane/worker/runner';
import { strings } from '../../../src/taskpane/i18n';
import { loadWorkbook, workbookToGrids } from '../../../src/host/file/readWorkbook';
import { Finding } from '../../../src/core/model';
import { FINDINGS, FindingText } from '../../../src/core/i18n/findings';
import { WorkbookGrids } from '../../../src/sheet/grid';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'so-xay-dung-2025.xlsx');
const t = strings('vi');
let grids: WorkbookGrids;
let res: EngineResponse;

beforeAll(async () => {
  grids = workbookToGrids(await loadWorkbook(fs.readFileSync(SAMPLE)));
  res = await inlineRunner({ grids, action: 'rank', lang: 'vi', now: '2026-12-01T08:00:00.000Z', version: 'test', summaryOnly: true });
});

function Findings(p: { findings: Finding[] }) {
  const [picked, setPicked] = React.useState<Finding | null>(null);
  const preview = picked ? grids.sheets.find((g) => g.name === picked.sheet) : undefined;
  return (
    <FluentProvider theme={webLightTheme}>
      <FindingsList findings={p.findings} t={t} lang="vi" onPick={setPicked} picked={picked} preview={preview} sheetUnits={res.summary.sheetUnits} />
    </FluentProvider>
  );
}

describe('findings view', () => {
  it('a finding button is named by its visible text: cell, message, person, fix', () => {
    render(<Findings findings={res.summary.findings} />);
    const f = res.summary.findings.find((x) => x.code === 'SCORE_ABOVE_MAX' && x.candidate)!;
    const b = screen.getByRole('button', { name: new RegExp(`Đến ô ${f.cell} của sheet ${f.sheet.replace('.', '\\.')}: ${f.message.slice(0, 20)}`) });
    const name = b.textContent ?? '';
    for (const part of [f.cell, f.message, f.candidate, f.fix]) expect(name).toContain(part);
    expect(b.getAttribute('aria-label')).toBeNull();
  });

  it('names each kind by its short name, in the summary and in the kind filter', () => {
    render(<Findings findings={res.summary.findings} />);
    const kinds = screen.getByRole('region', { name: 'Theo loại phát hiện' });
    const buttons = within(kinds)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-kind'));
    expect(buttons.length).toBeGreaterThan(1);
    const table = FINDINGS as Record<string, FindingText>;
    // The button: its count, its name ("Chưa chấm điểm tiêu chí"), its fix line; not a template with blanks.
    for (const b of buttons) expect(b.textContent).toContain(table[b.getAttribute('data-kind')!].kindVi);
    const filter = screen.getByRole('combobox', { name: 'Loại' });
    const options = within(filter).getAllByRole('option').slice(1) as HTMLOptionElement[];
    // The summary shows the first few kinds; the filter lists them all.
    expect(options.map((o) => o.value)).toEqual(expect.arrayContaining(buttons.map((b) => b.getAttribute('data-kind'))));
    for (const o of options) expect([o.value, o.textContent!.replace(/ \(\d+\)$/, '')]).toEqual([o.value, table[o.value].kindVi]);
  });

  it('filtered by kind, a picked finding shows its preview in its own row of the list', () => {
    render(<Findings findings={res.summary.findings} />);
    const kinds = screen.getByRole('region', { name: 'Theo loại phát hiện' });
    const kind = within(kinds).getAllByRole('button')[0];
    const code = kind.getAttribute('data-kind')!;
    fireEvent.click(kind);
    expect(kind.getAttribute('aria-pressed')).toBe('true');
    const list = screen.getByRole('list', { name: 'Danh sách phát hiện' });
    const buttons = within(list)
      .getAllByRole('button', { pressed: false })
      .filter((x) => x.hasAttribute('data-finding'));
    expect(buttons.every((x) => x.getAttribute('data-finding') === code)).toBe(true);
    const last = buttons.filter((x) => x.getAttribute('data-cell')).at(-1)!;
    fireEvent.click(last);
    expect(last.getAttribute('aria-pressed')).toBe('true');
    const row = last.closest('[role=listitem]') as HTMLElement;
    const fig = within(row).getByRole('figure', { name: `Ô ${last.getAttribute('data-cell')}, sheet ${last.getAttribute('data-sheet')}` });
    expect(fig.querySelector(`td[data-cell="${last.getAttribute('data-cell')}"]`)).toBeTruthy();
    // Only one preview on the page, and it is in that row.
    expect(screen.getAllByRole('figure')).toHaveLength(1);
    // Numbers as the officer reads them in a Vietnamese Excel: a decimal comma, never a point.
    const shown = [...fig.querySelectorAll('td[data-cell]')].map((td) => td.textContent ?? '');
    expect(shown.filter((x) => /^\d+\.\d+$/.test(x))).toEqual([]);
  });

  it('searches without diacritics and says how many are shown', () => {
    render(<Findings findings={res.summary.findings} />);
    const f = res.summary.findings.find((x) => x.candidate && /[ễữạảăơđ]/i.test(x.candidate))!;
    const plain = f.candidate
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    fireEvent.change(screen.getByRole('searchbox', { name: /Tìm/ }), { target: { value: plain } });
    const list = screen.getByRole('list', { name: 'Danh sách phát hiện' });
    for (const b of within(list)
      .getAllByRole('button')
      .filter((x) => x.hasAttribute('data-finding')))
      expect(b.textContent).toContain(f.candidate);
    expect(screen.getByText(/^Đang hiện \d+ \/ \d+ phát hiện$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ lọc' }));
    expect(screen.getByText(new RegExp(`^Đang hiện ${res.summary.findings.length} / ${res.summary.findings.length} phát hiện$`))).toBeTruthy();
  });

  it('the other row of a duplicate is a link that goes there', () => {
    const picked: Finding[] = [];
    const dup: Finding = {
      severity: 'error',
      code: 'DUPLICATE_PERSON',
      sheet: 'P.QLXD',
      cell: 'B9',
      row: 8,
      col: 1,
      unit: 'Phòng QLXD',
      candidate: 'Lê Văn A',
      params: {},
      message: '"Lê Văn A" có mặt ở hai nơi: P.KTKH!B7.',
      fix: 'Xóa dòng thừa.',
      other: { sheet: 'P.KTKH', cell: 'B7', row: 6, col: 1 },
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <FindingsList findings={[dup]} t={t} lang="vi" onPick={(f) => picked.push(f)} picked={null} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dòng trùng kia: P.KTKH!B7' }));
    expect(picked[0]).toMatchObject({ sheet: 'P.KTKH', cell: 'B7', row: 6, col: 1 });
  });
});

describe('results view', () => {
  it("opens a person to the engine's reasons, with a link to their row and its preview there", async () => {
    function Results() {
      const [picked, setPicked] = React.useState<Finding | null>(null);
      const preview = picked ? grids.sheets.find((g) => g.name === picked.sheet) : undefined;
      return (
        <FluentProvider theme={webLightTheme}>
          <ResultsTable summary={res.summary} t={t} lang="vi" onPick={setPicked} picked={picked} preview={preview} explain={inlineRunner.explain} />
        </FluentProvider>
      );
    }
    render(<Results />);
    const p = res.summary.people!;
    const i = p.name.findIndex((n, k) => p.rank[k] > 0 && p.name.indexOf(n) === p.name.lastIndexOf(n));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Tìm người theo tên' }), {
      target: {
        value: p.name[i]
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase(),
      },
    });
    const found = within(screen.getByRole('list', { name: 'Tìm người theo tên' })).getByRole('button', { name: new RegExp(`^${p.name[i]}`) });
    fireEvent.click(found);
    expect(found.getAttribute('aria-expanded')).toBe('true');
    const why = await screen.findByRole('region', { name: `Vì sao được / không được đề xuất: ${p.name[i]}` });
    expect((await within(why).findAllByText(/^Tổng điểm/))[0].textContent).toMatch(/hạng \d+\/\d+/);
    expect(within(why).getAllByRole('listitem').length).toBeGreaterThan(0);
    fireEvent.click(within(why).getByRole('button', { name: /Đến dòng của người này/ }));
    expect(within(why).getByRole('figure')).toBeTruthy();
  });

  it('speaks English when the pane does', async () => {
    const en = await inlineRunner({ grids, action: 'rank', lang: 'en', now: '2026-12-01T08:00:00.000Z', version: 'test', summaryOnly: true });
    render(
      <FluentProvider theme={webLightTheme}>
        <ResultsTable summary={en.summary} t={strings('en')} lang="en" />
        <FindingsList findings={en.summary.findings} t={strings('en')} lang="en" onPick={() => undefined} picked={null} />
      </FluentProvider>,
    );
    expect(screen.getByRole('region', { name: 'For the council to vote' })).toBeTruthy();
    expect(screen.getByRole('searchbox', { name: 'Find a person by name' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'By kind' })).toBeTruthy();
    expect(screen.getByText(new RegExp(`^Showing ${en.summary.findings.length} of ${en.summary.findings.length} findings$`))).toBeTruthy();
    expect(screen.queryByText(/Chờ Hội đồng|Theo loại/)).toBeNull();
  });

  it('names the tied group for the council', () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <ResultsTable summary={res.summary} t={t} lang="vi" />
      </FluentProvider>,
    );
    const tie = res.summary.findings.find((f) => f.code === 'QUOTA_TIE')!;
    expect(tie).toBeDefined();
    const council = screen.getByRole('region', { name: 'Chờ Hội đồng bỏ phiếu' });
    const names = within(council)
      .getAllByRole('button')
      .map((b) => b.querySelector('span span')?.textContent ?? '');
    expect(names.length).toBeGreaterThanOrEqual(2);
    for (const n of names) expect(tie.message).toContain(n);
  });
});
