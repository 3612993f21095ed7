// Which unit a sheet belongs to: its title block, else its name, matched against `Đơn vị`.
import { SheetGrid, cellAt, cellText, gridWidth } from '../../../sheet/grid';
import { Unit } from '../../model';
import { cleanText, fold, matchKey } from '../../text/normalize';
import { RecognizeContext, ScoreSheetInfo } from './types';

/** The unit named above the table, matched against `Đơn vị`; else a line that reads like a unit. */
function unitFromTitleBlock(grid: SheetGrid, headerRow: number, units: Unit[]): { name: string; key: string } | null {
  const width = gridWidth(grid);
  const texts: string[] = [];
  for (let r = 0; r < headerRow; r++) for (let c = 0; c < width; c++) if (typeof cellAt(grid, r, c) === 'string') texts.push(cellText(cellAt(grid, r, c)));
  for (const t of texts) {
    const k = matchKey(
      t.replace(/^\s*(tên đơn vị|ten don vi|đơn vị|don vi|phòng|phong)\s*:\s*/i, (m) => (fold(m).startsWith('phong') ? m.replace(':', '') : '')),
    );
    const u =
      units.find((x) => x.key === k || (x.codeKey !== '' && x.codeKey === k)) ?? units.find((x) => x.key.length >= 6 && ` ${k} `.includes(` ${x.key} `));
    if (u) return { name: u.name, key: u.key };
  }
  if (units.length === 0) {
    for (const t of texts) {
      const m = /^\s*(?:tên đơn vị|ten don vi|đơn vị|don vi)\s*:\s*(.+)$/i.exec(t);
      if (m && !/^[.…_\s]+$/.test(m[1])) return { name: cleanText(m[1]), key: matchKey(m[1]) };
      if (/^(phong|ban|trung tam|van phong|chi cuc|thanh tra|doan|to|khoa|xi nghiep)\b/.test(fold(t)) && !/^(phong trao)/.test(fold(t)))
        return { name: cleanText(t), key: matchKey(t) };
    }
  }
  return null;
}

export function matchUnit(text: string, units: Unit[]): Unit | null {
  const k = matchKey(text);
  if (k === '') return null;
  return units.find((u) => u.key === k || (u.codeKey !== '' && u.codeKey === k)) ?? null;
}

function unitFromSheetName(name: string, units: Unit[]): Unit | null {
  const k = matchKey(name);
  return (
    matchUnit(name, units) ?? units.find((u) => (u.codeKey !== '' && ` ${k} `.includes(` ${u.codeKey} `)) || (u.key.length >= 4 && k.includes(u.key))) ?? null
  );
}

/**
 * The one unit of `Đơn vị` that the filled cells of a roster's `Đơn vị` column name (a text no
 * unit matches is its row's own unit, said by the row reader); null when they name none, or
 * several (a sheet of many units).
 */
export function unitOfRows(grid: SheetGrid, col: number, fromRow: number, units: Unit[]): Unit | null {
  if (col < 0 || units.length === 0) return null;
  let found: Unit | null = null;
  let last = '';
  for (let r = fromRow; r < grid.rows.length; r++) {
    const v = grid.rows[r]?.[col];
    if (typeof v !== 'string' || v === last) continue;
    last = v;
    const u = matchUnit(v, units);
    if (!u) continue;
    if (found && found !== u) return null;
    found = u;
  }
  return found;
}

/**
 * Which unit a sheet is, one reading for the book, the import and the templates: the unit its
 * rows name in a `Đơn vị` column, else the unit (or code) named in its title block, else the
 * unit (or code) its name holds; else the sheet's name stands for a unit `Đơn vị` does not know.
 */
export function sheetUnit(
  grid: SheetGrid,
  headerRow: number,
  ctx: RecognizeContext,
  rows: Unit | null = null,
): { name: string; key: string; source: ScoreSheetInfo['unitSource'] } {
  if (rows) return { name: rows.name, key: rows.key, source: 'column' };
  const title = unitFromTitleBlock(grid, headerRow, ctx.units);
  if (title) return { name: title.name, key: title.key, source: 'title' }; // one shape for every answer: the row loop reads it
  const byName = unitFromSheetName(grid.name, ctx.units);
  if (byName) return { name: byName.name, key: byName.key, source: 'sheetName' };
  return { name: cleanText(grid.name), key: matchKey(grid.name), source: 'fallback' };
}
