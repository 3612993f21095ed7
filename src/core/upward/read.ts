import { CellValue, SheetGrid, WorkbookGrids, a1, cellText } from '../../sheet/grid';
import { Finding, Lang } from '../model';
import { FindingCode, FindingParams, findingText } from '../i18n/findings';
import { configSheetId } from '../config/sheetNames';
import { fold } from '../text/normalize';
import { ColumnId, DATA_COLUMNS, FORMAT, FORMAT_MAJOR, HASHED_COLUMNS, META_KEYS, RowValues, UPWARD_SHEETS, UpwardMeta, parseFormat } from './format';
import { canonicalCell, changedCells, checkCode, contentHash, rowCells, rowHash } from './hash';
import { buildCover, buildProposalLists, readCodesGrid } from './sheets';
import { SheetModel } from '../../sheet/sheetModel';
import { Phrase, phrase } from '../i18n/words';
import { COLUMN_WORDS, READ_WORDS as W } from './read.words';

/** "A, B, C" as one phrase (a finding's parameter worded again in the language shown). */
function listPhrase(items: Phrase[]): Phrase {
  return items.reduceRight((rest, first) => phrase(W, 'list', { first, rest }));
}

/** A finding of the upward work: the file it is about, and the sheet and cell inside it. */
export interface UpwardFinding extends Finding {
  file: string;
}

export function upwardFinding(
  code: FindingCode,
  params: FindingParams,
  lang: Lang,
  at: { file: string; sheet?: string; row?: number; col?: number },
  who?: { unit?: string; candidate?: string },
): UpwardFinding {
  const all = { file: at.file, ...params };
  const t = findingText(code, all, lang);
  return {
    severity: t.severity,
    code,
    file: at.file,
    sheet: at.sheet ?? '',
    cell: at.row !== undefined && at.col !== undefined ? a1(at.row, at.col) : '',
    row: at.row ?? null,
    col: at.col ?? null,
    unit: who?.unit ?? '',
    candidate: who?.candidate ?? '',
    params: all,
    message: t.message,
    fix: t.fix,
  };
}

export interface ReadRow {
  values: RowValues;
  /** 0-based row on the data sheet. */
  sheetRow: number;
}

export type UpwardRead =
  | {
      ok: true;
      file: string;
      meta: UpwardMeta;
      rows: ReadRow[];
      codes: { type: string; value: string; target: string }[];
      findings: UpwardFinding[];
      recomputedCode: string;
    }
  | { ok: false; file: string; meta: UpwardMeta | null; findings: UpwardFinding[]; recomputedCode: string | null };

function readMeta(grid: SheetGrid): Partial<Record<keyof UpwardMeta, CellValue>> {
  const out: Partial<Record<keyof UpwardMeta, CellValue>> = {};
  const keys = new Set<string>(META_KEYS);
  for (const r of grid.rows) {
    const k = cellText(r?.[0] ?? null).trim();
    if (keys.has(k)) out[k as keyof UpwardMeta] = r?.[1] ?? null;
  }
  return out;
}

function toMeta(m: Partial<Record<keyof UpwardMeta, CellValue>>): UpwardMeta {
  const s = (k: keyof UpwardMeta) => cellText(m[k] ?? null);
  const n = (k: keyof UpwardMeta) =>
    typeof m[k] === 'number' ? (m[k] as number) : m[k] === null || m[k] === undefined || s(k).trim() === '' ? null : Number(s(k));
  return {
    format: s('format'),
    agency: s('agency'),
    campaign: s('campaign'),
    year: n('year'),
    madeAt: s('madeAt'),
    version: s('version'),
    source: s('source'),
    level: n('level') ?? 0,
    rows: n('rows') ?? 0,
    contentHash: s('contentHash'),
    checkCode: s('checkCode'),
    lang: s('lang') === 'en' ? 'en' : 'vi',
    ownForms: s('ownForms'),
  };
}

/** The data sheet's columns by header (Vietnamese or English labels), and any it does not know. */
function dataColumns(grid: SheetGrid): { cols: Map<ColumnId, number>; extra: string[] } {
  const head = grid.rows[0] ?? [];
  const byLabel = new Map<string, ColumnId>();
  for (const c of DATA_COLUMNS) {
    byLabel.set(fold(c.vi), c.id);
    byLabel.set(fold(c.en), c.id);
  }
  const cols = new Map<ColumnId, number>();
  const extra: string[] = [];
  head.forEach((v, i) => {
    const label = cellText(v).trim();
    if (!label) return;
    const id = byLabel.get(fold(label));
    if (id && !cols.has(id)) cols.set(id, i);
    else extra.push(label);
  });
  return { cols, extra };
}

/**
 * Reads one upward workbook and verifies it: format, every row against its hash (naming the cells
 * that changed), the file's code, and the printed sheets against its data. A file that fails is
 * refused with the reasons; nothing in it is used.
 */
export function readUpwardFile(book: WorkbookGrids, file: string, lang: Lang): UpwardRead {
  const find = (name: string) => book.sheets.find((s) => fold(s.name) === fold(name));
  const metaGrid = find(UPWARD_SHEETS.meta);
  const dataGrid = find(UPWARD_SHEETS.data);
  const refuse = (f: UpwardFinding[], meta: UpwardMeta | null = null, code: string | null = null): UpwardRead => ({
    ok: false,
    file,
    meta,
    findings: f,
    recomputedCode: code,
  });
  if (!metaGrid || !dataGrid) {
    const config = book.sheets.find((s) => configSheetId(s.name) === 'campaign' || configSheetId(s.name) === 'criteria');
    if (config) return refuse([upwardFinding('UPWARD_AGENCY_BOOK', { sheet: config.name }, lang, { file, sheet: config.name })]);
    return refuse([upwardFinding('UPWARD_NOT_UPWARD', { sheet: UPWARD_SHEETS.meta, data: UPWARD_SHEETS.data }, lang, { file })]);
  }
  const meta = toMeta(readMeta(metaGrid));
  const fmt = parseFormat(meta.format);
  if (!fmt) return refuse([upwardFinding('UPWARD_FORMAT_UNKNOWN', { format: meta.format }, lang, { file, sheet: metaGrid.name })], meta);
  if (fmt.major > FORMAT_MAJOR)
    return refuse([upwardFinding('UPWARD_FORMAT_NEWER', { format: meta.format, known: FORMAT }, lang, { file, sheet: metaGrid.name })], meta);
  if (fmt.major < FORMAT_MAJOR)
    return refuse([upwardFinding('UPWARD_FORMAT_OLDER', { format: meta.format, known: FORMAT }, lang, { file, sheet: metaGrid.name })], meta);

  const findings: UpwardFinding[] = [];
  const { cols, extra } = dataColumns(dataGrid);
  const missing = DATA_COLUMNS.filter((c) => !cols.has(c.id));
  if (missing.length)
    return refuse(
      missing.map((c) =>
        upwardFinding('UPWARD_COLUMN_MISSING', { sheet: dataGrid.name, column: phrase(COLUMN_WORDS, c.id) }, lang, {
          file,
          sheet: dataGrid.name,
          row: 0,
          col: 0,
        }),
      ),
      meta,
    );
  if (extra.length)
    findings.push(
      upwardFinding('UPWARD_FORMAT_MINOR', { format: meta.format, known: FORMAT, columns: extra.join(', ') }, lang, {
        file,
        sheet: dataGrid.name,
        row: 0,
        col: 0,
      }),
    );

  const errors: UpwardFinding[] = [];
  const rows: ReadRow[] = [];
  const hashes: string[] = [];
  for (let r = 1; r < dataGrid.rows.length; r++) {
    const line = dataGrid.rows[r];
    if (!line || line.every((v) => canonicalCell(v) === '')) continue;
    const values = {} as RowValues;
    for (const c of DATA_COLUMNS) {
      const v = line[cols.get(c.id)!] ?? null;
      values[c.id] = typeof v === 'boolean' ? cellText(v) : v;
    }
    const cells = rowCells(values);
    const hash = rowHash(cells);
    hashes.push(hash);
    if (hash !== cellText(values.rowHash ?? null)) {
      const changed = changedCells(cells, cellText(values.cellDigest ?? null));
      const where = (changed.length ? changed : HASHED_COLUMNS.map((_, i) => i)).map((i) => {
        const col = HASHED_COLUMNS[i];
        return phrase(W, 'cellOfColumn', { cell: a1(r, cols.get(col.id)!), column: phrase(COLUMN_WORDS, col.id) });
      });
      const first = changed.length ? cols.get(HASHED_COLUMNS[changed[0]].id)! : cols.get('rowHash')!;
      errors.push(
        upwardFinding(
          'UPWARD_ROW_CHANGED',
          { row: r + 1, name: cellText(values.name ?? null), cells: changed.length ? listPhrase(where) : phrase(W, 'rowHash') },
          lang,
          { file, sheet: dataGrid.name, row: r, col: first },
          { candidate: cellText(values.name ?? null), unit: cellText(values.agency ?? null) },
        ),
      );
    }
    rows.push({ values, sheetRow: r });
  }
  if (rows.length !== meta.rows)
    errors.push(upwardFinding('UPWARD_ROWS_COUNT', { expected: meta.rows, actual: rows.length, sheet: dataGrid.name }, lang, { file, sheet: dataGrid.name }));
  const recomputed = contentHash(meta, hashes);
  const code = checkCode(recomputed);
  if (recomputed !== meta.contentHash || code !== meta.checkCode)
    errors.push(upwardFinding('UPWARD_HASH_MISMATCH', { code, stored: meta.checkCode || '—' }, lang, { file, sheet: UPWARD_SHEETS.cover }));

  // The printed sheets, rebuilt from the data as the file holds it, must read the same.
  const data = rows.map((x) => x.values);
  const rebuilt = buildProposalLists(meta, data);
  const printed: { model: SheetModel; rowOf?: Map<number, number> }[] = [
    { model: buildCover(meta, data) },
    ...rebuilt.models.map((m) => ({ model: m, rowOf: rebuilt.dataRowOf.get(m.name) })),
  ];
  for (const { model, rowOf } of printed) {
    const grid = find(model.name);
    if (!grid) {
      errors.push(
        upwardFinding('UPWARD_PRINTED_CHANGED', { cell: 'A1', sheet: model.name, found: '', expected: phrase(W, 'wholeSheet'), who: '' }, lang, {
          file,
          sheet: model.name,
        }),
      );
      continue;
    }
    errors.push(...comparePrinted(model, grid, rowOf, data, file, lang));
  }
  if (errors.length) return refuse([...findings, ...errors], meta, code);
  const codesGrid = find(UPWARD_SHEETS.codes);
  return { ok: true, file, meta, rows, codes: codesGrid ? readCodesGrid(codesGrid.rows) : [], findings, recomputedCode: code };
}

const MAX_CELL_FINDINGS = 20;

function comparePrinted(
  model: SheetModel,
  grid: SheetGrid,
  rowOf: Map<number, number> | undefined,
  data: RowValues[],
  file: string,
  lang: Lang,
): UpwardFinding[] {
  const out: UpwardFinding[] = [];
  const height = Math.max(model.rows.length, grid.rows.length);
  for (let r = 0; r < height && out.length < MAX_CELL_FINDINGS; r++) {
    const want = model.rows[r] ?? [];
    const have = grid.rows[r] ?? [];
    const width = Math.max(want.length, have.length);
    for (let c = 0; c < width; c++) {
      const a = canonicalCell(want[c]);
      const b = canonicalCell(have[c]);
      if (a === b) continue;
      const di = rowOf?.get(r);
      const who = di !== undefined ? phrase(W, 'proposalOf', { name: cellText(data[di].name ?? null), row: di + 2, sheet: UPWARD_SHEETS.data }) : '';
      out.push(
        upwardFinding(
          'UPWARD_PRINTED_CHANGED',
          { cell: a1(r, c), sheet: model.name, found: b.slice(0, 80), expected: a.slice(0, 80), who },
          lang,
          { file, sheet: model.name, row: r, col: c },
          di !== undefined ? { candidate: cellText(data[di].name ?? null) } : undefined,
        ),
      );
      if (out.length >= MAX_CELL_FINDINGS) break;
    }
  }
  return out;
}
