import { CellValue, MergeArea, WorkbookGrids, a1 } from '../../sheet/grid';
import { SheetModel, StyleName } from '../../sheet/sheetModel';
import { OwnConflict, Ownership, isMarkerModel, planWrite } from '../../core/ownership/marker';
import { LINK_LOOK, Look, combineLooks, rowHeights, sheetWidth, styleCombos } from '../../sheet/looks';
import { FEATURE_SETS, OfficeEnv } from './officeEnv';
import { PAYLOAD_TARGET, payloadBytes } from './payload';

export interface WriteRequest {
  models: SheetModel[];
  /** The workbook as read before the run: which sheets are provably ours is checked on it. */
  book: WorkbookGrids;
  /** The ownership as the engine checked it on `book` (saves checking again). */
  ownership?: Ownership;
  /** The user agreed to replace generated sheets edited by hand since the last run. */
  force?: boolean;
  stamp: { time: string; fingerprint: string };
}

export interface WriteOptions {
  onProgress?(sheetsWritten: number, sheetsTotal: number): void;
  targetBytes?: number;
}

export interface WriteReport {
  written: string[];
  /** Nothing was written: a sheet to replace was edited by hand (ask, then write with force). */
  blocked?: boolean;
  conflicts?: OwnConflict[];
  /** Features skipped because this Excel lacks the requirement set (shown to the user). */
  skipped: string[];
}

/**
 * Queues Office.js calls and syncs when the queued request would pass the payload target, so a
 * large sheet goes out in a few big requests and a small one shares its request with others.
 */
class Batch {
  private bytes = 0;
  constructor(
    private ctx: Excel.RequestContext,
    private env: OfficeEnv,
    private target: number,
  ) {
    this.suspend();
  }

  /** Calculation and screen updating stay off until the next sync: ask again after each one. */
  private suspend(): void {
    if (this.env.supports(FEATURE_SETS.suspendCalculation)) this.ctx.workbook.application.suspendApiCalculationUntilNextSync();
    if (this.env.supports(FEATURE_SETS.suspendScreenUpdating)) this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
  }

  /** What still fits in the request being queued. */
  room(): number {
    return this.target - this.bytes;
  }

  /** Room for `bytes` more: syncs first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.target) await this.flush();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    await this.ctx.sync();
    this.bytes = 0;
    this.suspend();
  }
}

/**
 * What one call weighs in an Office.js request besides its own values: the action record and
 * the object paths that lead to its object (workbook › sheet › range › format › font). About
 * 250 bytes in Office.js's JSON; ten thousand small calls are a few megabytes.
 */
const CALL_BYTES = 250;

/**
 * Writes the generated sheets: replaces the add-in's own sheets (and only those), records them
 * in the very hidden marker sheet, and activates the first one. Values go first in whole 2-D
 * blocks, formats after, each on a range; syncs happen only when a request is full.
 */
export async function writeGeneratedSheets(env: OfficeEnv, req: WriteRequest, o: WriteOptions = {}): Promise<WriteReport> {
  const skipped = new Set<string>();
  // The core decides which sheets are ours and what is removed; this only carries it out.
  const plan = planWrite(req.book, req.models, req.stamp, { force: req.force, ownership: req.ownership });
  if (plan.blocked) return { written: [], skipped: [], blocked: true, conflicts: plan.conflicts };
  return env.run(async (ctx) => {
    const batch = new Batch(ctx, env, o.targetBytes ?? PAYLOAD_TARGET);
    const sheets = ctx.workbook.worksheets;
    for (const name of plan.remove) sheets.getItem(name).delete();
    await batch.reserve(CALL_BYTES * 2 * (plan.remove.length + 1));

    const generated = plan.models.filter((m) => !isMarkerModel(m));
    let done = 0;
    for (const m of generated) {
      const ws = sheets.add(m.name);
      await queueSheet(ws, m, env, batch, skipped);
      // Each sheet is sent before the next starts, so progress is real and the budget is
      // at most one sync per generated sheet plus the extra ones of very large sheets.
      await batch.flush();
      o.onProgress?.(++done, generated.length);
    }

    for (const m of plan.models.filter(isMarkerModel)) await batch.reserve(queuePlainSheet(ctx, m));
    const first = generated.find((m) => m.id === 'ranking') ?? generated[0];
    if (first) sheets.getItem(first.name).activate();
    await batch.flush();
    return { written: generated.map((m) => m.name), skipped: [...skipped], conflicts: plan.conflicts };
  });
}

/**
 * A sheet of plain values with its visibility (the marker, the round trip's records): queued on
 * the caller's batch. Returns the request bytes it adds.
 */
export function queuePlainSheet(ctx: Excel.RequestContext, m: SheetModel): number {
  const ws = ctx.workbook.worksheets.add(m.name);
  const width = Math.max(1, ...m.rows.map((r) => r?.length ?? 0));
  const rows = m.rows.map((r) => Array.from({ length: width }, (_, c) => toExcelValue(r?.[c] ?? null)));
  if (rows.length) ws.getRangeByIndexes(0, 0, rows.length, width).values = rows;
  if (m.visibility === 'veryHidden') ws.visibility = 'VeryHidden';
  else if (m.visibility === 'hidden') ws.visibility = 'Hidden';
  return payloadBytes(rows);
}

/** Writes sheets the user will own (the campaign template): no marker, nothing replaced. */
export async function writeUserSheets(env: OfficeEnv, models: SheetModel[]): Promise<WriteReport> {
  const skipped = new Set<string>();
  return env.run(async (ctx) => {
    const batch = new Batch(ctx, env, PAYLOAD_TARGET);
    for (const m of models) {
      const ws = ctx.workbook.worksheets.add(m.name);
      await queueSheet(ws, m, env, batch, skipped);
    }
    if (models[0]) ctx.workbook.worksheets.getItem(models[0].name).activate();
    await batch.flush();
    return { written: models.map((m) => m.name), skipped: [...skipped] };
  });
}

/** Selects a cell for the user (a finding clicked in the task pane). */
export async function selectCell(env: OfficeEnv, sheet: string, cell: string): Promise<void> {
  await env.run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell || 'A1').select();
    await ctx.sync();
  });
}

/**
 * Text Excel would read as something else when written through `values` (a formula, a number,
 * a date, TRUE) gets the apostrophe that keeps it text: criterion codes like "1.1" stay codes.
 */
export function toExcelValue(v: CellValue | undefined): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return v;
  if (v === '') return '';
  if (
    /^[=+\-@]/.test(v) ||
    /^\s*[-+]?[\d.,\s/:%$€]+\s*$/.test(v) ||
    /^\s*[-+]?(\d+\.?\d*|\.\d+)e[-+]?\d+\s*$/i.test(v) ||
    /^(true|false)$/i.test(v.trim()) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(v.trim())
  )
    return `'${v}`;
  return v;
}

/** Column width in Excel's character units to the points Office.js expects. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

async function queueSheet(ws: Excel.Worksheet, m: SheetModel, env: OfficeEnv, batch: Batch, skipped: Set<string>): Promise<void> {
  const width = Math.max(1, sheetWidth(m));
  const height = Math.max(1, m.rows.length);
  const range = (top: number, left: number, rows: number, cols: number) => ws.getRangeByIndexes(top, left, rows, cols);

  // 1. Values, in row blocks that fill the request being queued (a new one when little room is
  // left): half-request blocks each took a sync of their own, 2 MB apiece (issue 25).
  let top = 0;
  while (top < height) {
    const block: (string | number | boolean)[][] = [];
    let bytes = 0;
    const room = batch.room();
    // At most 95% of the target: the formats queued after the last block share its request.
    const fill = Math.min(room >= PAYLOAD_TARGET / 4 ? room : PAYLOAD_TARGET, PAYLOAD_TARGET * 0.95) - CALL_BYTES;
    while (top + block.length < height) {
      const src = m.rows[top + block.length] ?? [];
      const row = new Array(width);
      for (let c = 0; c < width; c++) row[c] = toExcelValue(src[c]);
      const b = payloadBytes(row);
      if (block.length > 0 && bytes + b > fill) break;
      bytes += b;
      block.push(row);
    }
    await batch.reserve(bytes + CALL_BYTES);
    range(top, 0, block.length, width).values = block;
    top += block.length;
  }

  // 2. Formats, on ranges: the sheet's font, then each style range, number formats, sizes.
  const all = range(0, 0, height, width);
  await batch.reserve(CALL_BYTES * 2);
  all.format.font.name = m.page.font;
  all.format.font.size = m.page.fontSize;
  for (const st of m.styles) {
    const rows = st.bottom - st.top + 1;
    const cols = Math.min(st.right, width - 1) - st.left + 1;
    if (cols < 1 || rows < 1) continue;
    const look = combineLooks([st.style as StyleName]);
    await batch.reserve(CALL_BYTES * lookCalls(look, rows, cols));
    applyLook(range(st.top, st.left, rows, cols), look, m.page.fontSize, rows, cols);
  }
  for (const nf of m.numberFormats ?? []) {
    if (nf.fromRow >= height) continue;
    const n = height - nf.fromRow;
    await batch.reserve(payloadBytes(nf.format) * n + CALL_BYTES);
    range(nf.fromRow, nf.col, n, 1).numberFormat = Array.from({ length: n }, () => [nf.format]);
  }
  for (let c = 0; c < m.columnWidths.length; c++) {
    await batch.reserve(CALL_BYTES);
    range(0, c, 1, 1).format.columnWidth = columnWidthPoints(m.columnWidths[c]);
  }
  const heights = [...rowHeights(m, styleCombos(m))].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < heights.length;) {
    // Consecutive rows of the same height share one call.
    let j = i + 1;
    while (j < heights.length && heights[j][0] === heights[j - 1][0] + 1 && heights[j][1] === heights[i][1]) j++;
    await batch.reserve(CALL_BYTES);
    range(heights[i][0], 0, j - i, 1).format.rowHeight = heights[i][1];
    i = j;
  }
  for (const mg of m.merges) {
    await batch.reserve(CALL_BYTES);
    rangeOf(ws, mg).merge(false);
  }
  for (const l of m.links) {
    const text = m.rows[l.row]?.[l.col];
    const target = `'${l.sheet.replace(/'/g, "''")}'!${l.cell}`;
    const display = text === null || text === undefined ? l.cell : String(text);
    await batch.reserve(CALL_BYTES + payloadBytes(target) + payloadBytes(display) + 40);
    range(l.row, l.col, 1, 1).hyperlink = { documentReference: target, textToDisplay: display };
  }
  // The link look goes on each run of linked cells down a column (a ranking's name column is
  // one run), not cell by cell.
  for (const run of linkRuns(m.links)) {
    const rows = run.bottom - run.top + 1;
    await batch.reserve(CALL_BYTES * lookCalls(LINK_LOOK, rows, 1));
    applyLook(range(run.top, run.col, rows, 1), LINK_LOOK, m.page.fontSize, rows, 1);
  }

  // 3. Sheet settings: frozen panes, filter, print layout, chart.
  if (m.freeze && (m.freeze.rows > 0 || m.freeze.cols > 0)) {
    if (m.freeze.cols > 0) ws.freezePanes.freezeAt(range(0, 0, Math.max(1, m.freeze.rows), m.freeze.cols));
    else ws.freezePanes.freezeRows(m.freeze.rows);
  }
  if (m.autoFilter) {
    if (env.supports(FEATURE_SETS.autoFilter)) ws.autoFilter.apply(rangeOf(ws, m.autoFilter));
    else skipped.add('autoFilter');
  }
  if (env.supports(FEATURE_SETS.pageLayout)) {
    ws.pageLayout.orientation = m.page.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (m.page.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
    if (m.page.printTitleRows) ws.pageLayout.setPrintTitleRows(`$${m.page.printTitleRows[0] + 1}:$${m.page.printTitleRows[1] + 1}`);
    // Certificates on pre-printed blanks: margins in centimetres (Office.js takes points).
    const mg = m.page.margins;
    if (mg) {
      ws.pageLayout.topMargin = (mg.top * 72) / 2.54;
      ws.pageLayout.leftMargin = (mg.left * 72) / 2.54;
      ws.pageLayout.rightMargin = (mg.right * 72) / 2.54;
      ws.pageLayout.bottomMargin = (mg.bottom * 72) / 2.54;
    }
    for (const r of m.page.rowBreaks ?? []) if (r > 0) ws.horizontalPageBreaks.add(range(r, 0, 1, 1));
  } else skipped.add('pageLayout');
  if (m.chart && m.chart.toRow >= m.chart.fromRow) {
    const n = m.chart.toRow - m.chart.fromRow + 1;
    const chart = ws.charts.add('BarClustered', range(m.chart.fromRow, m.chart.valuesCol, n, 1), 'Columns');
    chart.series.getItemAt(0).setXAxisValues(range(m.chart.fromRow, m.chart.categoriesCol, n, 1));
    chart.title.text = m.chart.title;
    chart.legend.visible = false;
    chart.setPosition(a1(m.chart.fromRow, width + 1));
  }
  await batch.reserve(CALL_BYTES * 8);
}

/** Linked cells grouped into runs of consecutive rows in one column. */
export function linkRuns(links: SheetModel['links']): { col: number; top: number; bottom: number }[] {
  const sorted = [...links].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { col: number; top: number; bottom: number }[] = [];
  for (const l of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.col === l.col && l.row === last.bottom + 1) last.bottom = l.row;
    else if (!(last && last.col === l.col && l.row === last.bottom)) runs.push({ col: l.col, top: l.row, bottom: l.row });
  }
  return runs;
}

/** How many property sets applyLook makes for a look on a range of this size. */
function lookCalls(look: Look, rows: number, cols: number): number {
  let n = 0;
  for (const k of ['bold', 'italic', 'underline', 'color', 'sizeDelta', 'fill', 'hAlign', 'vAlign', 'wrap'] as const) if (look[k]) n++;
  if (look.border) n += 4 + (rows > 1 ? 1 : 0) + (cols > 1 ? 1 : 0);
  return n + 1; // and the range itself
}

function rangeOf(ws: Excel.Worksheet, b: MergeArea): Excel.Range {
  return ws.getRangeByIndexes(b.top, b.left, b.bottom - b.top + 1, b.right - b.left + 1);
}

const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

function applyLook(r: Excel.Range, look: Look, size: number, rows: number, cols: number): void {
  const f = r.format;
  if (look.bold) f.font.bold = true;
  if (look.italic) f.font.italic = true;
  if (look.underline) f.font.underline = 'Single';
  if (look.color) f.font.color = '#' + look.color;
  if (look.sizeDelta) f.font.size = size + look.sizeDelta;
  if (look.fill) f.fill.color = '#' + look.fill;
  if (look.hAlign) f.horizontalAlignment = look.hAlign === 'center' ? 'Center' : look.hAlign === 'right' ? 'Right' : 'Left';
  if (look.vAlign) f.verticalAlignment = look.vAlign === 'top' ? 'Top' : 'Center';
  if (look.wrap) f.wrapText = true;
  if (look.border)
    for (const e of EDGES) {
      // Inside edges exist only where the range has more than one row or column.
      if ((e === 'InsideHorizontal' && rows < 2) || (e === 'InsideVertical' && cols < 2)) continue;
      f.borders.getItem(e).style = 'Continuous';
    }
}
