import { WorkbookGrids } from '../../sheet/grid';
import { FindingLog } from '../findings/log';
import { Finding, Lang } from '../model';
import { SheetModel } from '../../sheet/sheetModel';

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
    // The numbered name keeps its "(n)" within Excel's 31 characters (cutting it off looped forever).
    const name = safeSheetName(w, (n) => taken.has(n.toLowerCase()));
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

/**
 * A sheet name Excel accepts (31 characters, none of []:*?/\, no leading or trailing apostrophe),
 * not yet taken: numbered "(2)", "(3)"… within the 31 characters. `fallback` when nothing is left
 * of the wanted name (a unit's sheet whose name was only such characters).
 */
export function safeSheetName(wanted: string, taken: (name: string) => boolean, fallback = 'Đơn vị'): string {
  let base =
    wanted
      .replace(/[[\]:*?/\\]+/g, '-')
      .replace(/^'+|'+$/g, '')
      .replace(/\s+/g, ' ')
      .trim() || fallback;
  base = base.slice(0, 31).trim();
  let name = base;
  for (let i = 2; taken(name); i++) {
    const suffix = ` (${i})`;
    name = base.slice(0, 31 - suffix.length).trim() + suffix;
  }
  return name;
}
