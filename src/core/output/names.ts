import { WorkbookGrids } from '../grid';
import { FindingLog } from '../engine/findingLog';
import { Finding, Lang } from '../model';
import { SheetModel } from './sheetModel';

/**
 * Where each generated sheet goes. A name held by one of the add-in's own sheets is reused;
 * a name held by a user sheet is never overwritten: "Xếp hạng (2)" is used instead and the
 * user is told.
 */
export function resolveOutputNames(existing: string[], own: string[], wanted: string[], lang: Lang): { names: Map<string, string>; findings: Finding[] } {
  const log = new FindingLog(lang);
  const ownSet = new Set(own);
  const taken = new Set(existing.filter((n) => !ownSet.has(n)).map((n) => n.toLowerCase()));
  const names = new Map<string, string>();
  for (const w of wanted) {
    let name = w;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${w} (${i})`.slice(0, 31);
    if (name !== w) log.add('OUTPUT_NAME_TAKEN', { value: w, other: name }, { sheet: w });
    taken.add(name.toLowerCase());
    names.set(w, name);
  }
  return { names, findings: log.items };
}

export function applyNames(models: SheetModel[], names: Map<string, string>): SheetModel[] {
  return models.map((m) => ({ ...m, name: names.get(m.name) ?? m.name }));
}

export function sheetNames(book: WorkbookGrids): string[] {
  return book.sheets.map((s) => s.name);
}
