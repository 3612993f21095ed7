import { CellValue } from '../../src/sheet/grid';
import { runJob, JobResult } from '../../src/core/app';
import { SheetModel } from '../../src/sheet/sheetModel';
import { buildTemplateSheets } from '../../src/core/template/defaults';
import { readGrids, writeNewWorkbook } from '../../src/host/file/fileHost';
import { TitleDecision } from '../../src/core/model';

/** A plain sheet model: rows only, as a unit or the officer would type them. */
export function sheet(name: string, rows: CellValue[][]): SheetModel {
  return {
    id: 'imported',
    name,
    rows,
    columnWidths: [],
    styles: [],
    merges: [],
    links: [],
    page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 },
  };
}

/** The template's config sheets (the default rules of domain.md §4), with a cell of `Danh hiệu` changed where a test says. */
export function templateSheets(edit?: (titles: SheetModel) => void): SheetModel[] {
  const models = buildTemplateSheets({ year: 2025, organizer: 'Sở Xây dựng' });
  if (edit) edit(models.find((m) => m.name === 'Danh hiệu')!);
  return models;
}

/** Sets the `Danh hiệu` cell of a title under a header, as an officer edits the template. */
export function setTitleCell(titles: SheetModel, title: string, header: string, value: CellValue): void {
  const h = titles.rows.findIndex((r) => r?.[0] === 'Danh hiệu / hình thức');
  const col = titles.rows[h].indexOf(header);
  const row = titles.rows.find((r) => r?.[0] === title);
  if (col < 0 || !row) throw new Error(`no ${title} / ${header}`);
  row[col] = value;
}

/** Writes the book as a real .xlsx, reads it back, and runs "Xếp hạng" on it. */
export async function rankOnFile(models: SheetModel[], lang: 'vi' | 'en' = 'vi'): Promise<JobResult> {
  const bytes = await writeNewWorkbook(models);
  const grids = await readGrids(bytes, 'test.xlsx');
  return runJob(grids, { lang, action: 'rank', now: '2026-01-05T08:00:00Z', version: 'test' });
}

export function decision(job: JobResult, name: string, title: string): TitleDecision {
  const c = job.result.candidates.find((x) => x.name === name);
  if (!c) throw new Error(`no candidate ${name}`);
  const d = (job.result.decisions.get(c.id) ?? []).find((x) => x.title === title);
  if (!d) throw new Error(`no decision ${title} for ${name}`);
  return d;
}

/** The worded check of a decision whose label matches. */
export function checkOf(d: TitleDecision, label: RegExp) {
  const c = d.checks.find((x) => label.test(x.label));
  if (!c) throw new Error(`no check ${label} in ${d.checks.map((x) => x.label).join(' | ')}`);
  return c;
}

export const ROSTER_HEAD = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Xếp loại',
  'Sáng kiến',
  'Kỷ luật',
  'Số ngày nghỉ',
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '3.1',
  '4.1',
  '4.2',
  'Minh chứng',
];

/** A person's row: the scores given, the rest full marks minus `minus` on 1.2. */
export function person(
  i: number,
  name: string,
  dob: string,
  rating: string,
  initiatives: number,
  o: { discipline?: string; daysOff?: number; minus?: number } = {},
): CellValue[] {
  return [i, name, dob, rating, initiatives, o.discipline ?? '', o.daysOff ?? null, 30, 20 - (o.minus ?? 0), 10, 10, 10, 10, 5, 5, 'Báo cáo năm'];
}

export function roster(name: string, rows: CellValue[][]): SheetModel {
  return sheet(name, [[`BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2025 – ${name}`], [], ROSTER_HEAD, ...rows]);
}
