// A roster sheet (one candidate a row) read row by row: names, units, totals, signature block.
import { CellValue, SPECIAL_STRIDE, SheetGrid, SpecialKind, a1, cellAt, cellText, gridWidth, mergedDown, specialCells } from '../../../sheet/grid';
import { Candidate, ScoreLayout, Subject } from '../../model';
import { cleanText, detectLegacyEncoding, fold, matchKey, nameKeyOfFolded } from '../../text/normalize';
import { formatScore, parseNumber } from '../../text/numbers';
import { isSignatureText } from '../headers';
import { isSignatureShape } from '../signature';
import { isSectionHeading, isSignatureFolded, isTotalLabel } from '../vocabulary';
import { RecognizeContext, RosterColumns, ScoreSheetInfo } from './types';
import { matchUnit, sheetUnit, unitOfRows } from './unit';
import { coverage, isNumberingRow } from './columns';
import { FieldCells, SCORE_SPECIAL, SheetCandidate, dateText } from './candidate';
import { NO_CELLS, ScoreColumn, Who, readFields, readScores, readSpecialScores, rowColumns, rowTexts, scoreCellsState, textIn } from './rowCells';

/** A row with scores whose name cell is blank, a number, a date, or the lower part of a merged name. */
function unnamedRow(grid: SheetGrid, r: number, nameCol: number, rawName: CellValue, special: Map<number, SpecialKind> | null, ctx: RecognizeContext): void {
  const at = { sheet: grid.name, row: r, col: nameCol };
  if (typeof rawName === 'number') {
    if (special?.get(r * SPECIAL_STRIDE + nameCol) === 'date') ctx.log.add('ROW_NAME_IS_DATE', { row: r + 1, value: dateText(rawName) }, at);
    else ctx.log.add('ROW_NAME_IS_NUMBER', { row: r + 1, value: cellText(rawName) }, at);
    return;
  }
  const merge = (grid.merges ?? []).find((m) => m.top < r && m.bottom >= r && m.left <= nameCol && m.right >= nameCol);
  if (merge) {
    ctx.log.add('ROW_NAME_MERGED', { row: r + 1, top: merge.top + 1, name: cleanText(cellText(cellAt(grid, merge.top, merge.left))) }, at);
    return;
  }
  ctx.log.add('ROW_NO_NAME', { row: r + 1 }, at);
}

/**
 * A total row's numbers against the rows above (since the last total row, or the whole sheet):
 * a "total" whose numbers are not a sum may be a candidate whose name reads like one.
 */
function checkTotalRow(
  grid: SheetGrid,
  r: number,
  label: string,
  scoreCols: ScoreColumn[],
  candidates: Candidate[],
  since: number,
  ctx: RecognizeContext,
): void {
  const row = grid.rows[r] ?? NO_CELLS;
  for (const cc of scoreCols) {
    const p = parseNumber(row[cc.col] ?? null);
    if (p.kind !== 'number') continue;
    const sum = (from: number) => {
      let t = 0;
      for (let i = from; i < candidates.length; i++) {
        const v = candidates[i].scores.v[cc.at];
        if (!Number.isNaN(v)) t += v;
      }
      return t;
    };
    const part = sum(since);
    if (Math.abs(part - p.value) < 0.011 || Math.abs(sum(0) - p.value) < 0.011) continue;
    ctx.log.add(
      'ROW_TOTAL_NOT_SUM',
      { row: r + 1, value: label, stated: formatScore(p.value, ctx.log.lang), sum: formatScore(part, ctx.log.lang) },
      { sheet: grid.name, row: r, col: cc.col },
    );
    return;
  }
}

/** 0-based rows as the officer reads them: "6, 7, 9", the first ten and "…". */
function rowNumbers(rows: readonly number[]): string {
  return (
    rows
      .slice(0, 10)
      .map((r) => r + 1)
      .join(', ') + (rows.length > 10 ? '…' : '')
  );
}

/** Rows counted under the sheet's name, which matched no unit of `Đơn vị`: one finding, on the first row's unit cell. */
function sheetNameNotUnit(grid: SheetGrid, rows: number[], col: number, ctx: RecognizeContext): void {
  const shown = rowNumbers(rows);
  const what =
    ctx.log.lang === 'vi' ? `${rows.length} dòng để trống ô "Đơn vị" (dòng ${shown})` : `${rows.length} row(s) leave the "Đơn vị" cell blank (row ${shown})`;
  ctx.log.add('SHEET_NAME_NOT_UNIT', { sheet: grid.name, what }, { sheet: grid.name, row: rows[0], col });
}

export function firstTextCol(grid: SheetGrid, r: number, width: number): number {
  for (let c = 0; c < width; c++) if (cellText(cellAt(grid, r, c)).trim() !== '') return c;
  return 0;
}

export function readRoster(grid: SheetGrid, cols: RosterColumns, ctx: RecognizeContext): ScoreSheetInfo {
  const sheet = grid.name;
  const kind: Subject = cols.kind ?? ctx.defaultSubject;
  const rc = rowColumns(cols, kind);
  const unit = sheetUnit(grid, cols.headerRow, ctx, unitOfRows(grid, rc.unit, cols.lastHeaderRow + 1, ctx.units));
  const width = gridWidth(grid);
  const candidates: Candidate[] = [];
  // Where the scores are is the same for every row: placed once for the sheet.
  const layout = new ScoreLayout(ctx.slots, false);
  // Built by push, as every sheet's list must be the same kind of array: a list made by map()
  // on one sheet and by push on another is two hidden classes to the JIT, which then starts over.
  const scoreCols: ScoreColumn[] = [];
  for (const cc of cols.criteria) {
    const slot = layout.slotOf(cc.code);
    const at = layout.place(slot, cc.sub, cc.col, cols.headerRow);
    scoreCols.push({ col: cc.col, code: cc.code, sub: cc.sub, slot, at });
  }
  const cells: FieldCells = {
    name: cols.nameCol,
    total: rc.total,
    appraisedTotal: rc.appraisedTotal,
    requested: rc.requested,
    evidence: rc.evidence >= 0 ? rc.evidence : rc.note,
    rating: rc.rating,
    totalRow: -1,
  };
  let legacyReported = false;
  let firstDataRow = cols.lastHeaderRow + 1;
  let hasAppraisal = false;

  const special = specialCells(grid, SCORE_SPECIAL);
  // The rows that hold one: the others skip the score columns' lookups (a total row of formulas
  // never calculated gives every sheet of a book some).
  const specialRows = special === null ? null : new Set([...special.keys()].map((k) => Math.floor(k / SPECIAL_STRIDE)));
  // A unit's name merged down its people's rows is every one of those rows' unit.
  const unitMerged = rc.unit >= 0 ? mergedDown(grid, rc.unit, cols.lastHeaderRow + 1) : null;
  // Rows whose unit cell is blank and whose sheet's name matched no unit: said once per sheet.
  const onSheetName: number[] = [];
  // Rows since the last total row, for checking a total row's sums.
  let sinceTotal = 0;
  // Unit names written on rows that match no unit of `Đơn vị`, with their rows.
  const unlisted = new Map<string, number[]>();
  let ended = -1;
  let inSignature = false;
  // The last row holding a score (found from the bottom: a few rows of signature at most).
  let lastScored = grid.rows.length - 1;
  while (lastScored > cols.lastHeaderRow && (scoreCellsState(grid.rows[lastScored] ?? NO_CELLS, scoreCols) & 1) === 0) lastScored--;
  if (lastScored <= cols.lastHeaderRow) lastScored = -1;
  for (let r = cols.lastHeaderRow + 1; r < grid.rows.length; r++) {
    if (r === cols.lastHeaderRow + 1 && isNumberingRow(rowTexts(grid, r, width))) {
      firstDataRow = r + 1;
      continue;
    }
    const row = grid.rows[r] ?? NO_CELLS;
    const rawName = row[cols.nameCol] ?? null;
    const name = rawName === null || typeof rawName === 'number' ? '' : cleanText(cellText(rawName));
    const state = scoreCellsState(row, scoreCols);
    const hasScores = (state & 1) !== 0;
    if (name === '') {
      if (hasScores) {
        // A row with scores and no name: said, never dropped.
        unnamedRow(grid, r, cols.nameCol, rawName, special, ctx);
        continue;
      }
      // Spacer, or the signature block starting outside the name column.
      if (rowTexts(grid, r, width).some((t) => t.trim() !== '' && isSignatureText(t))) {
        ended = r;
        break;
      }
      continue;
    }
    const folded = fold(name);
    if (!hasScores && isSignatureFolded(folded)) {
      ended = r;
      break;
    }
    if (isTotalLabel(name)) {
      if (hasScores) checkTotalRow(grid, r, name, scoreCols, candidates, sinceTotal, ctx);
      sinceTotal = candidates.length;
      continue;
    }
    if (special !== null && special.get(r * SPECIAL_STRIDE + cols.nameCol) === 'date') {
      if (hasScores) ctx.log.add('ROW_NAME_IS_DATE', { row: r + 1, value: name }, { sheet, row: r, col: cols.nameCol });
      continue;
    }
    const stt = rc.stt < 0 ? null : (row[rc.stt] ?? null);
    const sttIsNumber = (typeof stt === 'number' && Number.isFinite(stt)) || parseNumber(stt).kind === 'number';
    // After the last row with a score, a row with no score and no number ends the table, whatever
    // words it holds (a signature line with a date in the rating column is no candidate).
    if (!sttIsNumber && state === 0 && lastScored >= 0 && r > lastScored && candidates.length > 0) {
      ended = r;
      break;
    }
    // A section heading ("I. Lãnh đạo phòng", "Khối văn phòng"), a note or a line of the title
    // block: no number, no scores.
    if (
      !sttIsNumber &&
      state === 0 &&
      (textIn(row, rc.rating) === '' || (stt !== null && /^[ivxlcA-Z]+\.?$/i.test(cellText(stt).trim())) || isSectionHeading(folded, cellText(stt)))
    )
      continue;

    // A signature block by its shape, once the table has started: a line naming a role in any word
    // order or case with no number, and the lines of names under it until a row with a number.
    if (!sttIsNumber && (state & 1) === 0 && candidates.length > 0 && (inSignature || isSignatureShape(row))) {
      inSignature = true;
      continue;
    }
    inSignature = false;

    const cand = new SheetCandidate(sheet, r, kind, cells, layout);
    const who: Who = { unit: '', candidate: name };
    cand.name = name;
    cand.nameKey = nameKeyOfFolded(folded);
    // A legacy encoding is a property of the whole sheet: its first rows tell.
    if (!legacyReported && candidates.length < 30) {
      const enc = detectLegacyEncoding(name);
      if (enc) {
        ctx.log.add('LEGACY_ENCODING', { value: name, encoding: enc }, { sheet, row: r, col: cols.nameCol }, who);
        legacyReported = true;
      }
    }
    // Unit: the row's own column, else the sheet's.
    if (kind === 'collective') {
      const u = matchUnit(name, ctx.units);
      cand.unitName = u ? u.name : name;
      cand.unitKey = u ? u.key : matchKey(name);
    } else {
      let own = textIn(row, rc.unit);
      if (own === '' && unitMerged !== null) own = cleanText(cellText(unitMerged.get(r) ?? null));
      const u = own ? matchUnit(own, ctx.units) : null;
      cand.unitName = u ? u.name : own || unit.name;
      cand.unitKey = u ? u.key : own ? matchKey(own) : unit.key;
      if (own === '' && rc.unit >= 0 && unit.source === 'fallback') onSheetName.push(r);
      // A unit written on the row that `Đơn vị` does not have (a typo, an old name): a unit of its own, said.
      if (own !== '' && !u && ctx.units.length > 0) {
        const rows = unlisted.get(own);
        if (rows) rows.push(r);
        else unlisted.set(own, [r]);
      }
    }
    who.unit = cand.unitName;
    readFields(cand, row, r, rc, cols.evidenceByItem, ctx, who);
    let appraisedRead = readScores(cand, row, r, scoreCols, ctx, grid, who);
    if (special !== null && specialRows!.has(r) && readSpecialScores(cand, r, scoreCols, special, ctx, who))
      appraisedRead = scoreCols.some((cc) => cc.sub === 'appraised' && !Number.isNaN(cand.scores.v[cc.at]));
    if (appraisedRead) hasAppraisal = true;
    candidates.push(cand);
  }
  // The sheet's name stood in for a unit `Đơn vị` does not have: these rows became a unit of their own.
  if (onSheetName.length > 0 && ctx.units.length > 0) sheetNameNotUnit(grid, onSheetName, rc.unit, ctx);
  for (const [text, rows] of unlisted) {
    ctx.log.add('ROW_UNIT_NOT_UNIT', { sheet, value: text, count: rows.length, rows: rowNumbers(rows) }, { sheet, row: rows[0], col: rc.unit });
  }
  // A column not understood that holds numbers may be scores: said once, on its header.
  for (const u of cols.unknown)
    if (candidates.some((c) => typeof (grid.rows[c.row]?.[u.col] ?? null) === 'number'))
      ctx.log.add('SHEET_COLUMN_NOT_READ', { column: a1(cols.headerRow, u.col), value: u.text }, { sheet, row: cols.headerRow, col: u.col });
  // After the signature block: a row that still holds scores is said, not read.
  if (ended >= 0)
    for (let r = ended + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r] ?? NO_CELLS;
      if ((scoreCellsState(row, scoreCols) & 1) !== 0)
        ctx.log.add(
          'ROW_AFTER_TABLE',
          { row: r + 1, end: ended + 1, value: cleanText(cellText(cellAt(grid, ended, firstTextCol(grid, ended, width)))) },
          { sheet, row: r, col: cols.nameCol },
        );
    }
  return {
    sheet,
    layout: 'roster',
    kind,
    unitName: unit.name,
    unitKey: unit.key,
    unitSource: rc.unit >= 0 ? 'column' : unit.source,
    headerRow: cols.headerRow,
    firstDataRow,
    candidates,
    hasAppraisal,
    ...coverage(ctx.criteria, new Set(cols.criteria.map((cc) => cc.code))),
    hasEvidenceColumn: cols.roles.has('evidence') || cols.roles.has('note') || cols.evidenceByItem.size > 0,
  };
}
