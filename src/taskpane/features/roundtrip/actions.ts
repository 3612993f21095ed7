/**
 * The unit round trip in the task pane, as plain actions (no DOM): templates out, sheets back,
 * the change review, the chase list, marks and the error file, legacy encodings. Each reads the
 * workbook afresh, lets the core decide, and has the host carry it out: Office.js in Excel, a
 * copy or new files to download outside it. Loaded only when the user opens the round trip.
 */
import { sha256Hex } from '../../../sheet/sha256';
import { WorkbookGrids } from '../../../sheet/grid';
import { Lang } from '../../../core/model';
import { runEngine } from '../../../core/engine/run';
import { readOwnSheets } from '../../../core/ownership/marker';
import { VERSION } from '../../../core/version';
import { sniffFile } from '../../../xlsx/package';
import { openPackage } from '../../../xlsx/read';
import { fileKindOf } from '../../../core/roundtrip/fileKind';
import { ImportPlan, ReturnedFile, importedModel, incoming, planImport } from '../../../core/roundtrip/importPlan';
import { importOutput } from '../../../core/roundtrip/importWrite';
import { changeLines } from '../../../core/roundtrip/changes';
import { ChaseList, buildChaseSheet, chaseList, reasonText } from '../../../core/roundtrip/chase';
import { errorFileModel, markableSheets, marksFor } from '../../../core/roundtrip/marks';
import { RoundTripRecord, readRecords } from '../../../core/roundtrip/records';
import { ConversionPlan, planConversion } from '../../../core/roundtrip/legacyPlan';
import { buildUnitTemplates } from '../../../core/roundtrip/template';
import { unitFileName } from '../../../core/roundtrip/names';
import { bytesToBase64 } from '../../../host/office/base64';
import { WorkbookHost } from '../../../host/types';
import { ChangeSummary, summarizeChanges } from './changes';

export interface PaneFile {
  name: string;
  bytes: Uint8Array;
}

export interface NewFile {
  fileName: string;
  bytes: Uint8Array;
}

/** The file host's reader and new-workbook writer, loaded with the round trip (ExcelJS is most of the download). */
async function files() {
  return import(/* webpackChunkName: "xlsx-roundtrip" */ '../../../host/file/fileHost');
}

async function book(host: WorkbookHost): Promise<WorkbookGrids> {
  return host.read({});
}

/** A returned file as the import plan sees it. */
export async function readReturned(f: PaneFile): Promise<ReturnedFile> {
  const kind = fileKindOf(sniffFile(f.bytes));
  const hash = sha256Hex(f.bytes);
  if (kind !== 'xlsx') return { fileName: f.name, kind, hash };
  try {
    return { fileName: f.name, kind, hash, grids: await (await files()).readGrids(f.bytes, f.name) };
  } catch {
    return { fileName: f.name, kind: 'unreadable', hash };
  }
}

export interface ImportReview {
  book: WorkbookGrids;
  plan: ImportPlan;
  files: PaneFile[];
  accept: boolean;
  /** Per file, the date written as Ngày nộp, and where it came from: the file's last save, the officer, or today (no date in the file). */
  dates: Record<string, { iso: string; from: 'saved' | 'chosen' | 'today' }>;
}

export interface ImportView {
  items: {
    file: string;
    unit: string;
    sheet: string;
    action: ImportPlan['items'][number]['action'];
    people: number;
    changes: string[];
    summary: ChangeSummary | null;
  }[];
  problems: { file: string; severity: 'error' | 'warning'; message: string; fix: string }[];
  received: { unit: string; date: string }[];
  /** Something comes in when applied. */
  canApply: boolean;
  /** Some unit sent again: its earlier sheet is replaced only after the user confirms. */
  awaitingConfirmation: number;
}

export async function reviewImport(
  host: WorkbookHost,
  chosen: PaneFile[],
  o: { lang: Lang; now: string; today: string; accept: boolean; dates?: Record<string, string> },
): Promise<ImportReview> {
  const b = await book(host);
  const returned = [];
  for (const f of chosen) returned.push(await readReturned(f));
  // Ngày nộp: the date the unit last saved its file (when it sent it, near enough), unless the officer says otherwise.
  const dates: ImportReview['dates'] = {};
  for (const f of chosen) {
    const mine = o.dates?.[f.name];
    const saved = mine ? null : savedDate(f.bytes);
    dates[f.name] = mine ? { iso: mine, from: 'chosen' } : saved ? { iso: saved, from: 'saved' } : { iso: o.today, from: 'today' };
  }
  const receivedOn = Object.fromEntries(Object.entries(dates).map(([k, v]) => [k, v.iso]));
  return {
    book: b,
    plan: planImport(b, returned, { now: o.now, today: o.today, lang: o.lang, accept: o.accept, receivedOn }),
    files: chosen,
    accept: o.accept,
    dates,
  };
}

/** The local date (yyyy-mm-dd) a workbook was last saved (docProps/core.xml), or null when it does not say. */
export function savedDate(bytes: Uint8Array): string | null {
  try {
    const xml = openPackage(bytes).zip.text('docProps/core.xml') ?? '';
    const m = /<dcterms:modified[^>]*>([^<]+)</.exec(xml);
    const d = m ? new Date(m[1]!.trim()) : null;
    return d && !Number.isNaN(d.getTime()) ? localToday(d) : null;
  } catch {
    return null;
  }
}

export function importView(r: ImportReview, lang: Lang): ImportView {
  const items = r.plan.items.map((i) => ({
    file: i.file,
    unit: i.unit.name,
    sheet: i.sheet,
    action: i.action,
    people: i.info.candidates.length,
    changes: i.previous && i.action !== 'same' ? changeLines(i.previous.changes, lang) : [],
    summary: i.previous && i.action !== 'same' ? summarizeChanges(i.previous.changes) : null,
  }));
  return {
    items,
    problems: r.plan.problems
      .filter((f) => f.code !== 'IMPORT_RESUBMITTED')
      .map((f) => ({ file: f.sheet, severity: f.severity, message: f.message, fix: f.fix })),
    received: r.plan.received.map((d) => ({ unit: d.unit.name, date: d.date })),
    canApply: incoming(r.plan).length > 0,
    awaitingConfirmation: r.plan.items.filter((i) => i.action === 'held').length,
  };
}

export interface ImportDone {
  /** The sheets that came in. */
  written: string[];
  /** Generated sheets written with them (Kiểm tra, Nhật ký), in Excel. */
  generated: string[];
  download?: NewFile;
  via: 'file' | 'values' | 'copy';
  received: number;
}

/** Carries out a reviewed import: into the open workbook in Excel, into a copy to download outside it. */
export async function applyImport(host: WorkbookHost, r: ImportReview, o: { lang: Lang; now: string; today: string }): Promise<ImportDone> {
  const coming = incoming(r.plan);
  const stamp = { time: o.now, fingerprint: r.plan.engine.fingerprint };
  if (host.roundTrip) {
    const bytesOf = new Map(r.files.map((f) => [f.name, f.bytes] as const));
    const rep = await host.roundTrip.importSheets({
      book: r.book,
      items: coming.map((it) => ({
        sheet: it.sheet,
        sourceSheet: it.sourceSheet,
        replaces: it.action === 'replace' ? it.sheet : null,
        base64: host.roundTrip!.insertsFromFile ? bytesToBase64(bytesOf.get(it.file)!) : null,
        model: importedModel(it),
      })),
      records: r.plan.records,
      stamp,
      received: r.plan.received.filter((d) => d.at).map((d) => ({ ...d.at!, serial: Date.parse(d.iso) / 86400000 + 25569 })),
    });
    // Then Kiểm tra of the book as it now stands and Nhật ký with the change section, as any run writes them.
    const now = await book(host);
    const out = importOutput(r.book, r.plan, { now: o.now, today: o.today, version: VERSION, lang: o.lang });
    const job = { models: out.after.sheets, book: now, ownSheets: readOwnSheets(now), existingSheets: now.sheets.map((s) => s.name), stamp };
    const w = await host.write(job);
    // The user sees what came in, not the report written after it.
    if (rep.written[0] && host.select) await host.select(rep.written[0], 'A1');
    return { written: rep.written, generated: w.written, via: rep.via, received: rep.received };
  }
  const out = importOutput(r.book, r.plan, { now: o.now, today: o.today, version: VERSION, lang: o.lang });
  // The write job names the book as read and its own sheets, whichever of them the host checks ownership on.
  const job = { models: out.models, book: r.book, ownSheets: readOwnSheets(r.book), existingSheets: r.book.sheets.map((s) => s.name), stamp };
  const w = await host.write(job);
  return {
    written: coming.map((i) => i.sheet),
    generated: w.written.filter((n) => !coming.some((i) => i.sheet === n)),
    download: w.download,
    via: 'copy',
    received: 0,
  };
}

/** One template per unit; in Excel (1.8) also opened as one new workbook holding every unit's sheet. */
export async function unitTemplates(host: WorkbookHost, lang: Lang): Promise<{ files: NewFile[]; opened: number; units: number }> {
  const r = runEngine(await book(host), { lang });
  if (!r.usable || !r.criteria || r.units.length === 0) return { files: [], opened: 0, units: 0 };
  const all = buildUnitTemplates(r, { lang });
  const { writeNewWorkbook } = await files();
  const taken = new Set<string>();
  if (host.roundTrip?.openWorkbooks) {
    const names = new Set<string>();
    const models = all.map((t) => {
      let name = t.model.name;
      for (let i = 2; names.has(name.toLowerCase()); i++) name = `${t.model.name.slice(0, 26)} (${i})`;
      names.add(name.toLowerCase());
      return { ...t.model, name };
    });
    const opened = await host.roundTrip.openWorkbooks([await writeNewWorkbook(models)]);
    return { files: [], opened, units: all.length };
  }
  const out: NewFile[] = [];
  for (const t of all) out.push({ fileName: unitFileName(t.unit, taken), bytes: await writeNewWorkbook([t.model]) });
  return { files: out, opened: 0, units: all.length };
}

export interface ChaseView {
  list: ChaseList;
  rows: { unit: string; status: string; received: string; errors: number; reminder: string }[];
  file: NewFile;
  opened: boolean;
}

export async function chase(host: WorkbookHost, lang: Lang, today: string, open: boolean): Promise<ChaseView> {
  const b = await book(host);
  const r = runEngine(b, { lang });
  const list = chaseList(r, readRecords(b), { today, lang });
  const bytes = await (await files()).writeNewWorkbook([buildChaseSheet(r, list, { today, lang })]);
  let opened = false;
  if (open && host.roundTrip?.openWorkbooks) opened = (await host.roundTrip.openWorkbooks([bytes])) > 0;
  return {
    list,
    rows: list.entries.map((e) => ({
      unit: e.unit.name,
      status: e.reasons.map((x) => reasonText(x, e, lang)).join('; '),
      received: e.received ?? '',
      errors: e.errors,
      reminder: e.reminder,
    })),
    file: { fileName: lang === 'vi' ? 'don-doc-don-vi.xlsx' : 'unit-reminders.xlsx', bytes },
    opened,
  };
}

export interface MarkTarget {
  sheet: string;
  marks: number;
  errors: number;
  /** Marks of the add-in on it now (Xóa đánh dấu offered). */
  marked: number;
}

export async function markTargets(host: WorkbookHost, lang: Lang): Promise<MarkTarget[]> {
  const b = await book(host);
  const r = runEngine(b, { lang });
  const records = readRecords(b);
  const marked = (sheet: string) => records.filter((x) => x.kind === 'mark' && x.sheet === sheet).length;
  const list: MarkTarget[] = markableSheets(r).map((m) => ({ ...m, marked: marked(m.sheet) }));
  for (const sheet of new Set(records.filter((x) => x.kind === 'mark').map((x) => x.sheet)))
    if (!list.some((m) => m.sheet === sheet)) list.push({ sheet, marks: 0, errors: 0, marked: marked(sheet) });
  return list;
}

function recordsOf(b: WorkbookGrids): { book: WorkbookGrids; records: RoundTripRecord[] } {
  return { book: b, records: readRecords(b) };
}

export async function markSheet(host: WorkbookHost, sheet: string, lang: Lang, now: string) {
  if (!host.roundTrip) throw new Error('marks need Excel');
  const b = await book(host);
  const r = runEngine(b, { lang });
  return host.roundTrip.mark({ sheet, marks: marksFor(r.findings, sheet), ...recordsOf(b), time: now });
}

export async function unmarkSheet(host: WorkbookHost, sheet: string, now: string) {
  if (!host.roundTrip) throw new Error('marks need Excel');
  const b = await book(host);
  return host.roundTrip.clearMarks({ sheet, ...recordsOf(b), time: now });
}

/** The unit's sheet with its marks as a new workbook to send back: opened in Excel (1.8), else a download. */
export async function errorFile(host: WorkbookHost, sheet: string, lang: Lang, open: boolean): Promise<{ file: NewFile; opened: boolean }> {
  const b = await book(host);
  const r = runEngine(b, { lang });
  const grid = b.sheets.find((s) => s.name === sheet)!;
  const bytes = await (await files()).writeNewWorkbook([errorFileModel(r, grid)]);
  const file = { fileName: `${sheet.replace(/[\\/:*?"<>|]+/g, '-')} - ${lang === 'vi' ? 'bao loi' : 'errors'}.xlsx`, bytes };
  if (open && host.roundTrip?.openWorkbooks) return { file, opened: (await host.roundTrip.openWorkbooks([bytes])) > 0 };
  return { file, opened: false };
}

export interface LegacyTarget {
  plan: ConversionPlan | null;
  sheet: string;
  /** Cells converted earlier that can be restored. */
  converted: number;
}

export async function legacyTargets(host: WorkbookHost): Promise<LegacyTarget[]> {
  const b = await book(host);
  const records = readRecords(b);
  const out: LegacyTarget[] = [];
  for (const g of b.sheets) {
    if (g.visibility === 'veryHidden') continue;
    const plan = planConversion(g);
    const converted = records.filter((x) => x.kind === 'convert' && x.sheet === g.name).length;
    if (plan || converted) out.push({ plan, sheet: g.name, converted });
  }
  return out;
}

export async function convertSheet(host: WorkbookHost, plan: ConversionPlan, now: string) {
  if (!host.roundTrip) throw new Error('conversion in place needs Excel');
  const b = await book(host);
  return host.roundTrip.convertLegacy({ plan, ...recordsOf(b), time: now });
}

export async function restoreSheet(host: WorkbookHost, sheet: string, now: string) {
  if (!host.roundTrip) throw new Error('conversion in place needs Excel');
  return host.roundTrip.restoreLegacy({ sheet, ...recordsOf(await book(host)), time: now });
}

/** The local date, yyyy-mm-dd. */
export function localToday(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
