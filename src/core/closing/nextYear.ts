import { CellValue, SheetGrid, WorkbookGrids, cellText } from '../../sheet/grid';
import { EngineResult } from '../engine/run';
import { CONFIG_SHEETS, configSheetId } from '../config/sheetNames';
import { headerKey } from '../config/table';
import { defineWords, t } from '../i18n/words';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { isoToVi, serialToIso } from '../text/numbers';
import { ClosingData, decisionNumberText } from './decided';

/**
 * Next year's book: the campaign, criteria, titles and units carried over (values, merges and the
 * cells read as dates or percentages written as the text staff type, so they read back the same),
 * the campaign's year and dates moved on a year, and `Lịch sử khen thưởng` = the old history plus
 * this year's decided titles with their decision number and date, so "2 lần liên tục CSTĐCS"
 * works next year with no typing. Score sheets, votes and the result sheets are left out: the
 * unit templates go out from the new book.
 */

const W = /*#__PURE__*/ defineWords(
  'closing.nextYear',
  {
    historyNote: 'Ghi từ quyết định năm {year}',
    ratingNote: 'Xếp loại {year}',
    excellent: 'Hoàn thành xuất sắc nhiệm vụ',
    noNumber: 'chưa ghi số quyết định (sheet Số quyết định)',
  },
  {
    historyNote: 'From the {year} decision',
    ratingNote: 'Rating {year}',
    excellent: 'Hoàn thành xuất sắc nhiệm vụ',
    noNumber: 'no decision number typed (Số quyết định sheet)',
  },
);

export interface NextYearBook {
  year: number;
  models: SheetModel[];
  /** Sheets carried over, and those left out. */
  carried: string[];
  leftOut: string[];
  /** History rows added: decided titles, and HTXSNV ratings kept for "N năm liên tục HTXSNV". */
  added: { titles: number; ratings: number; withoutNumber: number };
}

const HISTORY_HEAD = ['Họ và tên', 'Ngày sinh', 'Đơn vị', 'Năm', 'Danh hiệu / hình thức', 'Số quyết định', 'Ngày', 'Cơ quan ban hành'];

/** A cell as the staff would type it: dates as dd/mm/yyyy (moved on `shift` years), percentages with %. */
function typedValue(g: SheetGrid, r: number, c: number, v: CellValue, shift = 0): CellValue {
  const kind = g.special?.find((s) => s.row === r && s.col === c)?.kind;
  if (kind === 'date' && typeof v === 'number') {
    const iso = serialToIso(v);
    if (iso) return isoToVi(`${Number(iso.slice(0, 4)) + shift}${iso.slice(4)}`);
  }
  if (kind === 'percent' && typeof v === 'number') return `${Math.round(v * 1e8) / 1e6}%`;
  return v;
}

function copyModel(g: SheetGrid, rows: CellValue[][]): SheetModel {
  return {
    id: 'config',
    name: g.name,
    rows,
    columnWidths: [],
    styles: [],
    merges: g.merges ?? [],
    links: [],
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 12 },
  };
}

function copyRows(g: SheetGrid, shiftCols: Set<number> = new Set(), clearCols: Set<number> = new Set(), fromRow = 0): CellValue[][] {
  return g.rows.map((row, r) =>
    (row ?? []).map((v, c) => (r > fromRow && clearCols.has(c) ? null : typedValue(g, r, c, v, r > fromRow && shiftCols.has(c) ? 1 : 0))),
  );
}

/** `Phong trào` with its year, dates and name moved to `year`; the decision date cleared. */
function nextCampaign(g: SheetGrid, from: number | null, year: number): CellValue[][] {
  return g.rows.map((row, r) => {
    const out = (row ?? []).map((v, c) => typedValue(g, r, c, v));
    const key = headerKey(cellText(row?.[0] ?? null));
    if (['nam', 'nam thi dua', 'nam danh gia'].includes(key)) out[1] = year;
    else if (key === 'tu ngay') out[1] = `01/01/${year}`;
    else if (key === 'den ngay') out[1] = `31/12/${year}`;
    else if (['ngay quyet dinh', 'ngay ra quyet dinh', 'ngay khen thuong'].includes(key)) out[1] = null;
    else if (['ten phong trao', 'phong trao'].includes(key) && from !== null && typeof out[1] === 'string')
      out[1] = out[1].replaceAll(String(from), String(year));
    return out;
  });
}

/** Columns of the history table by role, and its header row (the contract's header when none). */
function historyLayout(g: SheetGrid | undefined): { headerRow: number; cols: Record<string, number> } | null {
  if (!g) return null;
  for (let r = 0; r < Math.min(15, g.rows.length); r++) {
    const keys = (g.rows[r] ?? []).map((v) => headerKey(cellText(v)));
    const find = (...names: string[]) => keys.findIndex((k) => names.some((n) => k === n || k.startsWith(n)));
    const name = find('ho va ten', 'ho ten', 'ten tap the');
    const year = keys.findIndex((k) => k === 'nam');
    const title = find('danh hieu', 'hinh thuc');
    if (name < 0 || year < 0 || title < 0) continue;
    return {
      headerRow: r,
      cols: {
        name,
        year,
        title,
        dob: find('ngay sinh'),
        unit: keys.findIndex((k) => k === 'don vi' || k === 'don vi cong tac'),
        decision: find('so quyet dinh'),
        date: keys.findIndex((k) => k === 'ngay' || k === 'ngay quyet dinh' || k === 'ngay ky'),
        issuer: find('co quan ban hanh', 'co quan'),
      },
    };
  }
  return null;
}

export function buildNextYearBook(book: WorkbookGrids, r: EngineResult, data: ClosingData, o: { year?: number } = {}): NextYearBook {
  const L = data.lang;
  const from = data.year;
  const year = o.year ?? (from !== null ? from + 1 : new Date().getFullYear());
  const own = new Set(r.ownSheets);
  const models: SheetModel[] = [];
  const carried: string[] = [];
  const leftOut: string[] = [];
  let history: SheetGrid | undefined;
  for (const g of book.sheets) {
    if (g.visibility === 'veryHidden' || own.has(g.name)) continue;
    const id = configSheetId(g.name);
    if (id === 'history') {
      history = g;
      continue;
    }
    if (id === 'campaign') models.push(copyModel(g, nextCampaign(g, from, year)));
    else if (id === 'units') {
      // The deadline moves on a year; the day each unit's sheet came in is this year's, cleared.
      const head = g.rows
        .slice(0, 15)
        .findIndex((row) => (row ?? []).some((v) => headerKey(cellText(v)) === 'han nop' || headerKey(cellText(v)) === 'ngay nop'));
      const keys = (g.rows[head] ?? []).map((v) => headerKey(cellText(v)));
      const cols = (k: string) => new Set(keys.flatMap((x, i) => (x === k ? [i] : [])));
      models.push(copyModel(g, head >= 0 ? copyRows(g, cols('han nop'), cols('ngay nop'), head) : copyRows(g)));
    } else if (id === 'criteria' || id === 'titles') models.push(copyModel(g, copyRows(g)));
    else {
      leftOut.push(g.name);
      continue;
    }
    carried.push(g.name);
  }
  // The history: the old rows as they were, then this year's decided titles in its columns.
  const layout = historyLayout(history) ?? {
    headerRow: 0,
    cols: Object.fromEntries(['name', 'dob', 'unit', 'year', 'title', 'decision', 'date', 'issuer'].map((k, i) => [k, i])),
  };
  const rows: CellValue[][] = history ? copyRows(history) : [HISTORY_HEAD];
  const put = (values: Record<string, CellValue>) => {
    const row: CellValue[] = [];
    for (const [k, v] of Object.entries(values)) if ((layout.cols[k] ?? -1) >= 0) row[layout.cols[k]] = v;
    rows.push(row);
  };
  // Trailing blank rows of the old history would stand between its rows and the new ones.
  while (rows.length > layout.headerRow + 1 && (rows[rows.length - 1] ?? []).every((v) => v === null || v === '')) rows.pop();
  const added = { titles: 0, ratings: 0, withoutNumber: 0 };
  const dob = (iso: string | null) => (iso ? isoToVi(iso) : '');
  for (const d of data.decisions)
    for (const a of d.awardees) {
      const c = a.candidate;
      put({
        name: c.name,
        dob: dob(c.dob),
        unit: c.unitName,
        year: from ?? year - 1,
        title: d.rule.name,
        decision: d.number ? decisionNumberText(d, data.settings) : t(W, L, 'noNumber'),
        date: d.dateTyped ? isoToVi(d.dateIso) : '',
        issuer: data.agency,
      });
      added.titles++;
      if (!d.number) added.withoutNumber++;
    }
  // The year's HTXSNV ratings: the default rules read "N năm liên tục Hoàn thành xuất sắc nhiệm vụ" from the history.
  const rated = new Set<string>();
  for (const c of r.candidates) {
    if (c.rating !== 'HTXSNV' || rated.has(`${c.nameKey}|${c.dob}`)) continue;
    rated.add(`${c.nameKey}|${c.dob}`);
    put({
      name: c.name,
      dob: dob(c.dob),
      unit: c.unitName,
      year: from ?? year - 1,
      title: t(W, L, 'excellent'),
      decision: t(W, L, 'ratingNote', { year: from ?? year - 1 }),
      date: '',
      issuer: data.agency,
    });
    added.ratings++;
  }
  const hb = new SheetBuilder(HISTORY_HEAD.length);
  rows.forEach((row) => hb.row(row));
  hb.style(layout.headerRow, 0, layout.headerRow, Math.max(...Object.values(layout.cols)), 'header');
  const built = hb.build({
    id: 'config',
    name: history?.name ?? CONFIG_SHEETS.history,
    columnWidths: [26, 12, 26, 8, 30, 18, 12, 26],
    freeze: { rows: layout.headerRow + 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 12 },
  });
  models.push({ ...built, merges: history?.merges ?? [] });
  carried.push(history?.name ?? CONFIG_SHEETS.history);
  return { year, models, carried, leftOut, added };
}
