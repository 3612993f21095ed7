import { CellValue, SheetGrid, WorkbookGrids, gridWidth, isBlank } from '../../sheet/grid';
import { Finding, Lang, Unit } from '../model';
import { EngineResult, fingerprintSheets, runEngine } from '../engine/run';
import { FindingLog } from '../findings/log';
import { MARKER_SHEET } from '../config/sheetNames';
import { readOwnSheets } from '../ownership/marker';
import { ScoreSheetInfo, recognizeScoreSheet } from '../sheets/scoreSheet';
import { criterionTextIndex } from '../sheets/headers';
import { criterionSlots } from '../model';
import { isoToVi } from '../text/numbers';
import { cleanText, fold } from '../text/normalize';
import { SheetModel, StyleRange } from '../../sheet/sheetModel';
import { ChangeReport, compareSheets } from './changes';
import { FileKind } from './fileKind';
import { ImportRecord, RECORDS_SHEET, RoundTripRecord, lastImports, readRecords } from './records';
import { safeSheetName } from '../output/names';
import { sheetCampaign } from './fileCampaign';
import { phrase, t } from '../i18n/words';
import { IMPORT_PLAN_WORDS } from './importPlan.words';

/**
 * Taking the units' sheets back, decided once for every host: which returned sheet is whose,
 * under which name it comes in, which earlier sheet it replaces and what changed, and what is
 * refused, by file name. The hosts only carry the plan out.
 */
export interface ReturnedFile {
  fileName: string;
  kind: FileKind | 'unreadable';
  /** The file's sheets, when it is an .xlsx that could be read. */
  grids?: WorkbookGrids;
  /** SHA-256 of the file's bytes (hex). */
  hash: string;
}

export type ImportAction =
  /** A unit's first sheet: it comes in. */
  | 'add'
  /** A resubmission whose earlier sheet the add-in imported and nobody changed since: replaced (confirmed). */
  | 'replace'
  /** The same, not confirmed yet: the change is shown, nothing is replaced. */
  | 'held'
  /** The earlier sheet is the user's (or was edited since it came in): never replaced. */
  | 'blocked'
  /** Identical to what is there already. */
  | 'same';

export interface ImportItem {
  file: string;
  fileHash: string;
  /** The sheet's name in the returned file. */
  sourceSheet: string;
  unit: Unit;
  /** Its name in the book. */
  sheet: string;
  /** The returned sheet under its name in the book. */
  grid: SheetGrid;
  info: ScoreSheetInfo;
  fingerprint: string;
  action: ImportAction;
  previous: { sheet: string; own: boolean; unchanged: boolean; changes: ChangeReport } | null;
}

/** `Ngày nộp` of a unit whose sheet came in and whose date is not recorded yet. */
export interface ReceivedDate {
  unit: Unit;
  /** dd/mm/yyyy */
  date: string;
  iso: string;
  /** The cell in `Đơn vị` (0-based); null when the sheet has no `Ngày nộp` column. */
  at: { sheet: string; row: number; col: number } | null;
}

/** Two files of one unit in one import: the first named is kept, the other not imported; what differs. */
export interface TwiceItem {
  unit: Unit;
  kept: string;
  dropped: string;
  changes: ChangeReport;
}

export interface ImportPlan {
  usable: boolean;
  /** Units sent twice in this import: said with the differences, never dropped silently. */
  twice: TwiceItem[];
  engine: EngineResult;
  items: ImportItem[];
  /** Files or sheets refused, and resubmissions not replaced: each by file name. */
  problems: Finding[];
  received: ReceivedDate[];
  /** Records to write: the earlier ones and one per sheet coming in. */
  records: RoundTripRecord[];
}

export interface ImportOptions {
  now: string;
  /** The local date (yyyy-mm-dd) the sheets were received; default the date of `now`. */
  today?: string;
  lang?: Lang;
  /** Replace the earlier sheets of units that sent again (after the change report was seen). */
  accept?: boolean;
  /** Per returned file (by name), the date it was received (yyyy-mm-dd): its last-saved date or the officer's; default `today`. */
  receivedOn?: Readonly<Record<string, string>>;
}

/** The units' score sheets of a returned file, each with its unit (null: not in `Đơn vị`). */
function recognise(engine: EngineResult, g: SheetGrid, lang: Lang): { info: ScoreSheetInfo; unit: Unit | null } | null {
  const criteria = engine.criteria!;
  const rec = recognizeScoreSheet(g, {
    criteria,
    slots: criterionSlots(criteria),
    textIndex: criterionTextIndex(criteria),
    units: engine.units,
    defaultSubject: engine.campaign?.subject ?? 'individual',
    log: new FindingLog(lang),
  });
  if (rec.kind !== 'score') return null;
  const info = rec.info;
  const unit = info.unitSource === 'fallback' ? null : (engine.units.find((u) => u.key === info.unitKey) ?? null);
  return { info, unit };
}

/** The line of a title block that names a unit the book does not know, for the message. */
function unitTextGuess(g: SheetGrid, headerRow: number): string | null {
  for (let r = 0; r < headerRow; r++)
    for (const v of g.rows[r] ?? []) {
      if (typeof v !== 'string') continue;
      const m = /^\s*(?:đơn vị|don vi)\s*:\s*(.+)$/i.exec(v);
      if (m) return cleanText(m[1]);
      if (/^(phong|ban|trung tam|van phong|chi cuc|thanh tra|doi|to|khoa|xi nghiep)\b/.test(fold(v)) && !/^phong trao/.test(fold(v))) return cleanText(v);
    }
  return null;
}

export function planImport(book: WorkbookGrids, files: readonly ReturnedFile[], o: ImportOptions): ImportPlan {
  const lang = o.lang ?? 'vi';
  const engine = runEngine(book, { lang });
  const log = new FindingLog(lang);
  const records = readRecords(book);
  const plan: ImportPlan = {
    usable: engine.usable && engine.criteria !== null,
    engine,
    items: [],
    twice: [],
    problems: log.items,
    received: [],
    records: [...records],
  };
  if (!plan.usable) return plan;
  const own = new Set(readOwnSheets(book));
  const imported = lastImports(records);
  const taken = new Set(book.sheets.map((s) => s.name.toLowerCase()));
  const earlier = new Map<string, ScoreSheetInfo>();
  for (const s of engine.sheets)
    if (s.unitSource !== 'fallback' && !earlier.has(s.unitKey) && engine.units.some((u) => u.key === s.unitKey)) earlier.set(s.unitKey, s);
  const byUnit = new Map<string, ImportItem>();

  for (const f of files) {
    const at = { sheet: f.fileName };
    if (f.kind === 'encrypted') log.add('IMPORT_ENCRYPTED', { file: f.fileName }, at);
    else if (f.kind === 'xls') log.add('IMPORT_OLD_XLS', { file: f.fileName }, at);
    else if (f.kind === 'notXlsx') log.add('IMPORT_NOT_XLSX', { file: f.fileName }, at);
    else if (f.kind === 'unreadable' || !f.grids) log.add('IMPORT_UNREADABLE', { file: f.fileName }, at);
    if (f.kind !== 'xlsx' || !f.grids) continue;
    const sheets = f.grids.sheets.filter((s) => s.visibility !== 'veryHidden' && s.name !== MARKER_SHEET && s.name !== RECORDS_SHEET);
    let found = 0;
    for (const g of sheets) {
      const hit = recognise(engine, g, lang);
      if (!hit) continue;
      found++;
      if (!hit.unit) {
        log.add('IMPORT_UNIT_UNKNOWN', { file: f.fileName, sheet: g.name, unit: unitTextGuess(g, hit.info.headerRow) ?? hit.info.unitName }, at);
        continue;
      }
      const unit = hit.unit;
      if (hit.info.candidates.length === 0) {
        log.add('IMPORT_EMPTY_SHEET', { file: f.fileName, sheet: g.name, unit: unit.name }, at, { unit: unit.name });
        continue;
      }
      // Last year's template filled in by mistake: refused; another campaign's name: said.
      const said = sheetCampaign(g, hit.info.headerRow, engine.campaign);
      const bookYear = engine.campaign?.year ?? null;
      if (said.year && bookYear !== null && said.year.year !== bookYear) {
        log.add('IMPORT_OTHER_YEAR', { file: f.fileName, sheet: g.name, line: said.year.line, year: said.year.year, bookYear }, at, { unit: unit.name });
        continue;
      }
      if (said.otherCampaign)
        log.add('IMPORT_OTHER_CAMPAIGN', { file: f.fileName, sheet: g.name, value: said.otherCampaign, campaign: engine.campaign?.name ?? '' }, at, {
          unit: unit.name,
        });
      const twice = byUnit.get(unit.key);
      if (twice) {
        // The file named first is kept (the order the user gave); the other is shown against it.
        const changes = compareSheets(twice.info, hit.info, engine.criteria!, lang);
        const n = changes.added.length + changes.removed.length + changes.cells.length;
        const diff =
          n === 0
            ? phrase(IMPORT_PLAN_WORDS, 'noDifference')
            : phrase(IMPORT_PLAN_WORDS, 'differences', { added: changes.added.length, removed: changes.removed.length, cells: changes.cells.length });
        log.add('IMPORT_UNIT_TWICE', { file: f.fileName, unit: unit.name, other: twice.file, diff }, at, { unit: unit.name });
        plan.twice.push({ unit, kept: twice.file, dropped: f.fileName, changes });
        continue;
      }
      const prev = earlier.get(unit.key) ?? null;
      let item: ImportItem;
      if (prev) {
        const prevGrid = book.sheets.find((s) => s.name === prev.sheet)!;
        const record = imported.get(prev.sheet);
        const isOwn = own.has(prev.sheet) && record !== undefined;
        const unchanged = isOwn && fingerprintSheets([prevGrid]) === record.fingerprint;
        const grid: SheetGrid = { ...g, name: prev.sheet };
        const fingerprint = fingerprintSheets([grid]);
        const again = recognise(engine, grid, lang)!;
        const changes = compareSheets(prev, again.info, engine.criteria!, lang);
        const same = isOwn && unchanged && fingerprint === record.fingerprint;
        const action: ImportAction = same ? 'same' : !isOwn || !unchanged ? 'blocked' : o.accept ? 'replace' : 'held';
        item = {
          file: f.fileName,
          fileHash: f.hash,
          sourceSheet: g.name,
          unit,
          sheet: prev.sheet,
          grid,
          info: again.info,
          fingerprint,
          action,
          previous: { sheet: prev.sheet, own: isOwn, unchanged, changes },
        };
        if (action === 'same') log.add('IMPORT_SAME_AGAIN', { file: f.fileName, sheet: prev.sheet }, at, { unit: unit.name });
        if (action === 'held') log.add('IMPORT_RESUBMITTED', { file: f.fileName, unit: unit.name, sheet: prev.sheet }, at, { unit: unit.name });
        if (action === 'blocked') {
          const why = phrase(IMPORT_PLAN_WORDS, isOwn ? 'editedAfterImport' : 'notImported');
          log.add('IMPORT_PREVIOUS_NOT_OWN', { file: f.fileName, unit: unit.name, sheet: prev.sheet, why }, at, { unit: unit.name });
        }
      } else {
        // The unit's name, or its code when the name does not fit Excel's 31 characters.
        const name = safeSheetName(unit.name.length > 31 && unit.code ? unit.code : unit.name, (n) => taken.has(n.toLowerCase()));
        taken.add(name.toLowerCase());
        const grid: SheetGrid = { ...g, name };
        const again = recognise(engine, grid, lang)!;
        item = {
          file: f.fileName,
          fileHash: f.hash,
          sourceSheet: g.name,
          unit,
          sheet: name,
          grid,
          info: again.info,
          fingerprint: fingerprintSheets([grid]),
          action: 'add',
          previous: null,
        };
      }
      byUnit.set(unit.key, item);
      plan.items.push(item);
    }
    if (found === 0) log.add('IMPORT_NO_SCORE_SHEET', { file: f.fileName, sheets: sheets.map((s) => `"${s.name}"`).join(', ') || '—' }, at);
  }

  const today = o.today ?? o.now.slice(0, 10);
  for (const it of plan.items) {
    if (it.action !== 'add' && it.action !== 'replace') continue;
    const rec: ImportRecord = {
      kind: 'import',
      sheet: it.sheet,
      unit: it.unit.name,
      file: it.file,
      time: o.now,
      fileHash: it.fileHash,
      fingerprint: it.fingerprint,
    };
    plan.records.push(rec);
    // Only a blank Ngày nộp is filled: a date the office typed (or text it could not read) stays.
    const ref = it.unit.receivedRef;
    const blank = !ref || isBlank(book.sheets.find((s) => s.name === ref.sheet)?.rows[ref.row]?.[ref.col] ?? null);
    const day = o.receivedOn?.[it.file] ?? today;
    if (!it.unit.receivedIso && blank) plan.received.push({ unit: it.unit, date: isoToVi(day), iso: day, at: ref });
  }
  return plan;
}

/** The sheets that come in (the ones to add or to replace). */
export function incoming(plan: ImportPlan): ImportItem[] {
  return plan.items.filter((i) => i.action === 'add' || i.action === 'replace');
}

/**
 * A returned sheet as a model the file host writes: its values and merged cells. What the grid
 * does not carry is not carried: fonts, fills, borders, column widths, formulas (their results
 * come in as values), data validation, protection and comments. Dates keep a date format; the
 * table gets the add-in's header and border look so that it reads as a table.
 */
export function importedModel(it: Pick<ImportItem, 'grid' | 'info' | 'sheet'>): SheetModel {
  const g = it.grid;
  const width = gridWidth(g);
  const rows: CellValue[][] = g.rows.map((r) => (r ? r.map((v) => (v === undefined ? null : v)) : []));
  const styles: StyleRange[] = [];
  const lastHeader = it.info.firstDataRow - 1;
  if (width > 0) {
    styles.push({ top: it.info.headerRow, bottom: Math.max(it.info.headerRow, lastHeader), left: 0, right: width - 1, style: 'header' });
    const lastData = Math.max(...it.info.candidates.map((c) => c.row), lastHeader);
    if (lastData > lastHeader) styles.push({ top: lastHeader + 1, bottom: lastData, left: 0, right: width - 1, style: 'cell' });
  }
  const dateCols = new Map<number, number>();
  for (const s of g.special ?? []) if (s.kind === 'date') dateCols.set(s.col, Math.min(dateCols.get(s.col) ?? s.row, s.row));
  const widths: number[] = [];
  for (let c = 0; c < width; c++) {
    // Wide enough for the data; a long header wraps (the header style wraps) over two or three lines.
    let w = 6;
    for (let r = it.info.headerRow; r < Math.min(rows.length, it.info.headerRow + 60); r++) {
      const v = rows[r]?.[c];
      if (v === null || v === undefined) continue;
      const len = String(v).length;
      w = Math.max(w, Math.min(r <= lastHeader ? 14 : 32, (r <= lastHeader ? Math.ceil(len / 2) : len) + 2));
    }
    widths.push(w);
  }
  return {
    id: 'imported',
    name: it.sheet,
    rows,
    columnWidths: widths,
    styles,
    merges: [...(g.merges ?? [])],
    links: [],
    freeze: { rows: it.info.firstDataRow, cols: 0 },
    numberFormats: [...dateCols].map(([col, fromRow]) => ({ col, fromRow, format: 'dd/mm/yyyy' })),
    page: {
      orientation: width > 10 ? 'landscape' : 'portrait',
      fitToWidth: true,
      printTitleRows: [it.info.headerRow, Math.max(it.info.headerRow, lastHeader)],
      font: 'Times New Roman',
      fontSize: 12,
    },
  };
}

/** The change section rows of `Nhật ký` for what came in (and what was held or refused). */
export function changeLogRows(plan: ImportPlan, now: string, lang: Lang): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const it of plan.items) {
    const event =
      it.action === 'add'
        ? t(IMPORT_PLAN_WORDS, lang, 'imported')
        : it.action === 'replace'
          ? t(IMPORT_PLAN_WORDS, lang, 'resubmittedReplaced')
          : it.action === 'held'
            ? t(IMPORT_PLAN_WORDS, lang, 'resubmittedAwaitingConfirmation')
            : it.action === 'blocked'
              ? t(IMPORT_PLAN_WORDS, lang, 'resubmittedNotReplacedUser')
              : t(IMPORT_PLAN_WORDS, lang, 'resubmittedIdentical');
    rows.push([now, event, it.unit.name, it.sheet, it.file, '', '', '', '', it.fingerprint]);
    if (!it.previous || it.action === 'same') continue;
    const c = it.previous.changes;
    for (const p of c.added) rows.push([now, t(IMPORT_PLAN_WORDS, lang, 'personAdded'), it.unit.name, it.sheet, it.file, p.name, '', '', '', p.dob ?? '']);
    for (const p of c.removed) rows.push([now, t(IMPORT_PLAN_WORDS, lang, 'personRemoved'), it.unit.name, it.sheet, it.file, p.name, '', '', p.dob ?? '', '']);
    for (const x of c.cells)
      rows.push([
        now,
        x.sub === null && x.item !== 'Xếp loại' ? t(IMPORT_PLAN_WORDS, lang, 'valueChanged') : t(IMPORT_PLAN_WORDS, lang, 'scoreChanged'),
        it.unit.name,
        it.sheet,
        it.file,
        x.person,
        x.cell,
        x.sub === 'appraised' ? `${x.item} (${t(IMPORT_PLAN_WORDS, lang, 'appraised')})` : x.item,
        x.before,
        x.after,
      ]);
  }
  return rows;
}

/** The book as it will be after the plan: sheets replaced and added, the records sheet rewritten. */
export function bookAfter(book: WorkbookGrids, plan: ImportPlan, recordsGrid: SheetGrid): WorkbookGrids {
  const coming = incoming(plan);
  const replaced = new Map(coming.filter((i) => i.action === 'replace').map((i) => [i.sheet, i.grid] as const));
  const sheets = book.sheets.filter((s) => s.name !== RECORDS_SHEET).map((s) => replaced.get(s.name) ?? s);
  for (const it of coming) if (it.action === 'add') sheets.push(it.grid);
  sheets.push(recordsGrid);
  return { ...book, sheets };
}
