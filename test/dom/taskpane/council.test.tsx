/**
 * The council's list at scale (Testing Library, jsdom): a book with 200 tied groups (every unit's
 * people tied for its CSTĐCS place) puts only a window of the groups in the page; scrolling the
 * list brings every group and its people's names; moving the focus on through it, as Tab does,
 * always finds the next group in the page.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { ResultsTable } from '../../../src/taskpane/features/results';
import { EngineResponse, inlineRunner } from '../../../src/taskpane/worker/runner';
import { strings } from '../../../src/taskpane/i18n';
import { buildBook } from '../../../scripts/lib/bookFactory';
import { councilBook } from '../../../scripts/lib/councilBook';
import { workbookToGrids } from '../../support/exceljsGrids';

const GROUPS = 200;
const PER = 8;
const WALKED = 50;
const t = strings('vi');
let res: EngineResponse;

beforeAll(async () => {
  const grids = workbookToGrids(buildBook(councilBook(GROUPS, PER)), 'hoi-dong.xlsx');
  res = await inlineRunner({ grids, action: 'rank', lang: 'vi', now: '2026-12-01T08:00:00.000Z', version: 'test', summaryOnly: true });
}, 120000);

const tiedGroups = () => res.summary.quotas.filter((q) => q.tied > 0);
const nameOf = (i: number) => res.summary.people!.name[i];

function renderResults() {
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsTable summary={res.summary} t={t} lang="vi" />
    </FluentProvider>,
  );
  const council = screen.getByRole('region', { name: 'Chờ Hội đồng bỏ phiếu' });
  return { council, list: within(council).getByRole('list', { name: 'Chờ Hội đồng bỏ phiếu' }) };
}

/** The people a group names: its buttons' first line. */
const names = (g: Element) => [...g.querySelectorAll('button')].map((b) => b.querySelector('span span')?.textContent ?? '');

/** The groups in the page, by their label, and the people each names. */
function shown(list: HTMLElement): Map<string, string[]> {
  const out = new Map<string, string[]>();
  // Selectors, not role queries: those compute the whole tree's roles at each of hundreds of steps.
  for (const g of list.querySelectorAll('[role="group"]')) out.set(g.getAttribute('aria-label')!, names(g));
  return out;
}

const labelOf = (q: ReturnType<typeof tiedGroups>[number]) => `${q.title} · ${q.scope}: ${q.tied} người đồng hạng tranh ${q.limit! - q.proposed} suất còn lại`;

it('the book gives 200 tied groups, and the list shows a window of them, each naming its people', () => {
  const tied = tiedGroups();
  expect(tied).toHaveLength(GROUPS);
  expect(tied.every((q) => q.tied === PER && q.limit === 1)).toBe(true);
  const { council, list } = renderResults();
  expect(within(council).getByText(`${GROUPS} nhóm đồng hạng, ${(GROUPS * PER).toLocaleString('vi-VN')} lượt người`)).toBeTruthy();
  const items = within(list).getAllByRole('listitem');
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThan(20);
  expect(items.every((x) => x.getAttribute('aria-setsize') === String(GROUPS))).toBe(true);
  const groups = shown(list);
  expect([...groups.keys()]).toEqual(tied.slice(0, items.length).map(labelOf));
  for (const q of tied.slice(0, items.length)) expect(groups.get(labelOf(q))).toEqual(q.members!.tied.map(nameOf));
  expect([...groups.keys()]).not.toContain(labelOf(tied[GROUPS - 1]));
});

describe('with a layout (the list 480 pixels high)', () => {
  let height: PropertyDescriptor | undefined;
  beforeAll(() => {
    height = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 480 });
  });
  afterAll(() => void (height && Object.defineProperty(HTMLElement.prototype, 'clientHeight', height)));

  it('scrolling the list brings every group, and each names its people', () => {
    const tied = tiedGroups();
    const { list } = renderResults();
    const seen = new Map<string, string[]>();
    let most = 0;
    for (let top = 0; seen.size < GROUPS && top < GROUPS * 480; top += 480) {
      act(() => {
        list.scrollTop = top;
        fireEvent.scroll(list);
      });
      const now = shown(list);
      most = Math.max(most, now.size);
      for (const [k, v] of now) seen.set(k, v);
    }
    expect(most).toBeLessThan(20);
    expect(seen.size).toBe(GROUPS);
    for (const q of tied) expect(seen.get(labelOf(q))).toEqual(q.members!.tied.map(nameOf));
  });

  it("focus moving on from each group's last person finds the next group in the page (Tab walks on through the list)", () => {
    const tied = tiedGroups();
    const { list } = renderResults();
    const item = (pos: number) => list.querySelector<HTMLElement>(`[role="listitem"][aria-posinset="${pos}"]`);
    let most = 0;
    // The first 50 groups, well past the first window and a few scrolls (each step re-renders the
    // window: the whole list would take a quarter of a minute here; scrolling above reaches all).
    for (let pos = 1; pos <= WALKED; pos++) {
      const here = item(pos);
      expect(here).not.toBeNull();
      const group = here!.querySelector('[role="group"]')!;
      expect(group.getAttribute('aria-label')).toBe(labelOf(tied[pos - 1]));
      expect(names(group)).toEqual(tied[pos - 1].members!.tied.map(nameOf));
      const buttons = group.querySelectorAll('button');
      act(() => buttons[buttons.length - 1].focus());
      // The browser then scrolls the focused row into view, when it is below it (rows are 136 pixels high here: not measured).
      if (pos * 136 > list.scrollTop + 480)
        act(() => {
          list.scrollTop = pos * 136 - 480;
          fireEvent.scroll(list);
        });
      most = Math.max(most, list.querySelectorAll('[role="listitem"]').length);
      expect(item(pos + 1)).not.toBeNull();
    }
    expect(most).toBeLessThan(20);
  });
});

it('a few tied groups (the usual case) are listed whole, with no scroll box of their own', async () => {
  const few = await inlineRunner({
    grids: workbookToGrids(buildBook(councilBook(3, PER)), 'it.xlsx'),
    action: 'rank',
    lang: 'vi',
    now: '2026-12-01T08:00:00.000Z',
    version: 'test',
    summaryOnly: true,
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultsTable summary={few.summary} t={t} lang="vi" />
    </FluentProvider>,
  );
  const council = screen.getByRole('region', { name: 'Chờ Hội đồng bỏ phiếu' });
  const list = within(council).getByRole('list', { name: 'Chờ Hội đồng bỏ phiếu' });
  expect(within(list).getAllByRole('listitem')).toHaveLength(3);
  expect(list.style.overflowY).toBe('');
  for (const g of list.querySelectorAll('[role="group"]')) expect(names(g)).toHaveLength(PER);
}, 60000);
