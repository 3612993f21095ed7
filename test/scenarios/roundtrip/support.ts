import { inflateRawSync } from 'node:zlib';
import { CellValue, SheetGrid, WorkbookGrids, parseA1 } from '../../../src/sheet/grid';
import { SheetModel } from '../../../src/sheet/sheetModel';
import { bookBytes } from '../../../scripts/lib/bookFactory';
import { sampleSpec } from '../../../scripts/lib/sampleSpec';
import { UnitTemplate } from '../../../src/core/roundtrip/template';
import { readGrids, writeNewWorkbook } from '../../../src/host/file/fileHost';

/** The sample's campaign with no unit sheet yet: the office before the units answer. */
export async function configBook(): Promise<{ bytes: Uint8Array; grids: WorkbookGrids }> {
  const bytes = await bookBytes({ ...sampleSpec(), rosters: [], extraSheets: [] });
  return { bytes, grids: await readGrids(bytes, 'so.xlsx') };
}

/** The entries of a zip (an .xlsx) as text, read with zlib: what is really in the package. */
export function unzip(bytes: Uint8Array): Map<string, string> {
  const buf = Buffer.from(bytes);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    const lNameLen = buf.readUInt16LE(local + 26);
    const lExtraLen = buf.readUInt16LE(local + 28);
    const data = buf.subarray(local + 30 + lNameLen + lExtraLen, local + 30 + lNameLen + lExtraLen + size);
    out.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The XML of the worksheet named `name` in an .xlsx package. */
export function sheetXml(bytes: Uint8Array, name: string): string {
  const files = unzip(bytes);
  const wb = files.get('xl/workbook.xml')!;
  const esc = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const m =
    new RegExp(`<sheet [^>]*name="${esc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(wb) ??
    new RegExp(`<sheet [^>]*r:id="([^"]+)"[^>]*name="${esc}"`).exec(wb);
  if (!m) throw new Error(`no sheet ${name}`);
  const rels = files.get('xl/_rels/workbook.xml.rels')!;
  const t = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels)!;
  const target = (t[1] ?? t[2]).replace(/^\/?xl\//, '');
  return files.get(`xl/${target}`)!;
}

export interface Person {
  name: string;
  dob?: string;
  rating?: string;
  initiatives?: number | string;
  discipline?: string;
  evidence?: string;
  /** Criterion code → self score (number, or text as a unit might paste it). */
  scores: Record<string, CellValue>;
}

/**
 * What a unit does with its template: types its people's rows (the header untouched) and Excel
 * computes the total formula. Returns the filled sheet as a model, to write as the unit's file.
 */
export function fillTemplate(tpl: UnitTemplate, people: Person[], o: { total?: 'formula' | 'none' } = {}): SheetModel {
  const L = tpl.layout;
  const rows = tpl.model.rows.map((r) => [...r]);
  people.forEach((p, i) => {
    const r = L.firstDataRow + i;
    const row = (rows[r] ??= []);
    row[L.nameCol] = p.name;
    row[L.dobCol] = p.dob ?? null;
    row[L.ratingCol] = p.rating ?? null;
    row[L.initiativesCol] = p.initiatives ?? null;
    row[L.disciplineCol] = p.discipline ?? null;
    row[L.evidenceCol] = p.evidence ?? null;
    for (const c of L.criteria) row[c.self] = p.scores[c.code] ?? null;
  });
  // Rows the template had beyond the people the unit lists: emptied, as a unit deletes them.
  for (let r = L.firstDataRow + people.length; r <= L.lastDataRow; r++) rows[r] = [r - L.firstDataRow + 1];
  const grid: SheetGrid = { name: tpl.model.name, rows };
  if (o.total !== 'none') for (const f of tpl.model.formulas ?? []) if (f.row < L.firstDataRow + people.length) rows[f.row][f.col] = evaluate(f.formula, grid);
  return { ...tpl.model, rows };
}

/** Writes a filled template as the unit's returned file. */
export async function unitFile(model: SheetModel): Promise<Uint8Array> {
  return writeNewWorkbook([model]);
}

/**
 * Evaluates the template's total formula (MIN, MAX, + − * and cell references) on a grid, as
 * Excel would: an empty cell is 0. Lets the test check the formula, not only its existence.
 */
export function evaluate(formula: string, grid: SheetGrid): number {
  let i = 0;
  const s = formula.replace(/\s+/g, '');
  const peek = () => s[i];
  const expr = (): number => {
    let v = term();
    while (peek() === '+' || peek() === '-') v = s[i++] === '+' ? v + term() : v - term();
    return v;
  };
  const term = (): number => {
    let v = factor();
    while (peek() === '*' || peek() === '/') v = s[i++] === '*' ? v * factor() : v / factor();
    return v;
  };
  const factor = (): number => {
    if (peek() === '(') {
      i++;
      const v = expr();
      i++;
      return v;
    }
    if (peek() === '-') {
      i++;
      return -factor();
    }
    const fn = /^(MIN|MAX)\(/.exec(s.slice(i));
    if (fn) {
      i += fn[0].length;
      const args = [expr()];
      while (peek() === ',') {
        i++;
        args.push(expr());
      }
      i++;
      return fn[1] === 'MIN' ? Math.min(...args) : Math.max(...args);
    }
    const num = /^\d+(\.\d+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      return Number(num[0]);
    }
    const ref = /^[A-Z]{1,3}\d+/.exec(s.slice(i))!;
    i += ref[0].length;
    const at = parseA1(ref[0])!;
    const v = grid.rows[at.row]?.[at.col];
    return typeof v === 'number' ? v : 0;
  };
  return Math.round(expr() * 100) / 100;
}
