import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CellValue, SheetGrid } from '../../../src/sheet/grid';
import { SheetModel } from '../../../src/sheet/sheetModel';
import { writeNewWorkbook } from '../../../src/host/file/fileHost';

/** A sheet as the file host writes it: the values and merges only, as a unit would type them. */
export function model(g: SheetGrid): SheetModel {
  return {
    id: 'imported',
    name: g.name,
    rows: g.rows.map((r) => (r ? [...r] : [])) as CellValue[][],
    columnWidths: [],
    styles: [],
    merges: [...(g.merges ?? [])],
    links: [],
    page: { orientation: 'portrait', fitToWidth: false, font: 'Times New Roman', fontSize: 12 },
  };
}

/** A real .xlsx of these sheets. */
export function xlsx(sheets: SheetGrid[]): Promise<Uint8Array> {
  return writeNewWorkbook(sheets.map(model));
}

/** A fresh folder under test/out for one scenario; folder.list(dir): what any folder holds, sorted. */
export function folder(name: string): { dir: string; path: (n: string) => string; write: (n: string, b: Uint8Array) => string; files: () => string[] } {
  const dir = join(__dirname, '..', '..', 'out', 'seams', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const path = (n: string) => join(dir, n);
  return {
    dir,
    path,
    write: (n, b) => {
      writeFileSync(path(n), b);
      return path(n);
    },
    files: () => readdirSync(dir).sort(),
  };
}

export const sha256 = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');

folder.list = (dir: string): string[] => readdirSync(dir).sort();
