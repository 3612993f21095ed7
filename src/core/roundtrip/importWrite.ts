import { SheetGrid, WorkbookGrids } from '../../sheet/grid';
import { Lang } from '../model';
import { JobResult, runJob } from '../app';
import { GENERATED_SHEETS } from '../config/sheetNames';
import { buildLogSheet } from '../output/logSheet';
import { SheetModel } from '../../sheet/sheetModel';
import { ImportPlan, bookAfter, changeLogRows, importedModel, incoming } from './importPlan';
import { RECORDS_SHEET, recordsModel } from './records';
import { buildChaseSheet, chaseList, ChaseList } from './chase';

/**
 * What a file host writes into the copy after an import: the sheets that come in (as models
 * built from their grids), `Kiểm tra` of the book as it now stands, `Nhật ký` with the change
 * section, and the round trip's records. And the chase list of the book after the import.
 */
export interface ImportOutput {
  models: SheetModel[];
  after: JobResult;
  book: WorkbookGrids;
  chase: ChaseList;
  chaseSheet: SheetModel;
}

export function importOutput(book: WorkbookGrids, plan: ImportPlan, o: { now: string; today: string; version: string; lang?: Lang }): ImportOutput {
  const lang = o.lang ?? 'vi';
  const rec = recordsModel(plan.records);
  const recGrid: SheetGrid = { name: RECORDS_SHEET, rows: rec.rows, visibility: 'veryHidden' };
  const next = bookAfter(book, plan, recGrid);
  const after = runJob(next, { action: 'validate', now: o.now, version: o.version, lang });
  const r = after.result;
  const previousLog = r.ownSheets.includes(GENERATED_SHEETS.log) ? (book.sheets.find((s) => s.name === GENERATED_SHEETS.log) ?? null) : null;
  const sheets = after.sheets.map((m) =>
    m.id === 'log'
      ? { ...buildLogSheet(r, { now: o.now, action: 'validate', version: o.version, previousLog, changes: changeLogRows(plan, o.now, lang) }), name: m.name }
      : m,
  );
  const models = [...incoming(plan).map(importedModel), ...sheets, rec];
  const chase = chaseList(r, plan.records, { today: o.today, lang });
  return { models, after: { ...after, sheets }, book: next, chase, chaseSheet: buildChaseSheet(r, chase, { today: o.today, lang }) };
}
