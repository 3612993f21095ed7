import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeNewWorkbook } from '../../host/file/fileHost';
import { OutputError, readBookFile, saveOutput } from '../io';
import { t as word } from '../../core/i18n/words';
import { TEMPLATE_FILE_WORDS as W } from './templatesWords';
import { runEngine } from '../../core/engine/run';
import { TemplatePerson, buildUnitTemplates, peopleFromStaffList } from '../../core/roundtrip/template';
import { unitFileNameOf } from '../../core/roundtrip/names';
import { Args, Out } from '../args';
import { EXIT } from '../exit';

/**
 * `thidua templates <book.xlsx> -o <folder> [--people <staff.xlsx | last-year.xlsx>]`: one score-sheet
 * template per unit, its people from a staff list, last year's book, or the unit's sheet in this book.
 */
export async function templates(a: Args, io: Out): Promise<number> {
  if (!a.file || !a.out) {
    io.err(word(W, a.lang, 'usage'));
    return EXIT.unusable;
  }
  const book = await readBook(a.file, io, a.lang);
  if (!book) return EXIT.unusable;
  const r = runEngine(book, { lang: a.lang });
  if (!r.usable || !r.criteria) {
    io.err(word(W, a.lang, 'noCriteria', { file: a.file }));
    return EXIT.unusable;
  }
  if (r.units.length === 0) {
    io.err(word(W, a.lang, 'noUnits'));
    return EXIT.unusable;
  }
  let staff: Map<string, TemplatePerson[]> | undefined;
  let previous = null;
  if (a.people) {
    const list = await readBook(a.people, io, a.lang);
    if (!list) return EXIT.unusable;
    // Last year's book (a campaign with unit sheets), or a staff list.
    const last = runEngine(list, { lang: a.lang });
    const found =
      last.usable && last.candidates.length > 0 ? { byUnit: new Map(), unmatched: 0, sheet: null } : peopleFromStaffList(list.sheets, r.units, a.lang);
    const count = [...found.byUnit.values()].reduce((n, l) => n + l.length, 0);
    if (found.sheet) {
      staff = found.byUnit;
      io.log(word(W, a.lang, 'staffList', { sheet: found.sheet, count }));
      if (found.unmatched) io.log(word(W, a.lang, 'unmatchedRows', { unmatched: found.unmatched }));
    } else {
      previous = last;
      if (previous.candidates.length === 0) {
        io.err(word(W, a.lang, 'noPeople', { people: a.people }));
        return EXIT.unusable;
      }
      io.log(word(W, a.lang, 'peopleFromBook', { people: a.people, sheetsCount: previous.sheets.length, candidatesCount: previous.candidates.length }));
    }
  }
  const made = buildUnitTemplates(r, { lang: a.lang, staff, previous });
  const inputs = [a.file, ...(a.people ? [a.people] : [])];
  // -o is a folder (made when missing), never a file.
  const folderStat = await lstat(a.out).catch(() => null);
  if (folderStat && !folderStat.isDirectory()) {
    io.err(word(W, a.lang, 'notFolder', { path: a.out }));
    return EXIT.unusable;
  }
  // A unit listed twice in Đơn vị (differing only in case or accents) gets one template: said.
  for (const f of r.findings)
    if (f.code === 'UNIT_DUPLICATE' || f.code === 'UNIT_CODE_DUPLICATE') io.log(word(W, a.lang, 'duplicate', { message: f.message, fix: f.fix }));
  const taken = new Set<string>();
  const planned = made.map((tpl) => ({ tpl, ...unitFileNameOf(tpl.unit, taken) }));
  // Never replace a file this run did not write (a unit's reply saved there): refused and listed,
  // before anything is written; --force replaces regular files only.
  const there: string[] = [];
  const notRegular = new Set<string>();
  for (const p of planned) {
    const st = await lstat(join(a.out, p.name)).catch(() => null);
    if (!st) continue;
    if (st.isFile()) there.push(p.name);
    else notRegular.add(p.name);
  }
  if (there.length > 0 && !a.force) {
    io.err(word(W, a.lang, 'exists', { count: there.length, folder: a.out }));
    for (const n of there) io.err(`  ${n}`);
    io.err(word(W, a.lang, 'existsFix'));
    return EXIT.unusable;
  }
  let failed = 0;
  for (const { tpl, name, cut } of planned) {
    if (cut) io.log(word(W, a.lang, 'cut', { label: cut, name }));
    // One unit that cannot be written never stops the others.
    try {
      if (notRegular.has(name)) throw new OutputError(word(W, a.lang, 'notRegular', { path: join(a.out, name) }));
      await saveOutput(join(a.out, name), await writeNewWorkbook([tpl.model]), inputs, a.lang);
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      failed++;
      io.err(word(W, a.lang, 'failed', { unit: tpl.unit.name, message: e.message }));
      continue;
    }
    const from =
      tpl.peopleFrom === 'staffList'
        ? word(W, a.lang, 'fromTheStaffList')
        : tpl.peopleFrom === 'previousSheet'
          ? word(W, a.lang, 'fromTheSheet')
          : word(W, a.lang, 'noneKnown');
    io.log(`  ${name}: ${tpl.people} ${word(W, a.lang, 'people')} (${from})`);
  }
  io.log(word(W, a.lang, 'written', { count: made.length - failed, out: a.out }));
  if (failed > 0) {
    io.err(word(W, a.lang, 'failedCount', { count: failed }));
    return EXIT.unusable;
  }
  return EXIT.ok;
}

export async function readBook(path: string, io: Out, lang: 'vi' | 'en') {
  const r = await readBookFile(path, lang);
  if (r.ok) return r.value.grids;
  io.err(r.message);
  return null;
}
