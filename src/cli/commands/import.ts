import { basename, dirname, extname, join } from 'node:path';
import { sha256Hex } from '../../sheet/sha256';
import { WriteBlockedError, readGrids, runOnFile, writeNewWorkbook, writeResult } from '../../host/file/fileHost';
import { readBookFile, readInput, refuseOutputs, saveOutput } from '../io';
import { VERSION } from '../../core/version';
import { sniffFile } from '../../xlsx/package';
import { fileKindOf } from '../../core/roundtrip/fileKind';
import { ImportPlan, ReturnedFile, incoming, planImport } from '../../core/roundtrip/importPlan';
import { importOutput } from '../../core/roundtrip/importWrite';
import { changeLines } from '../../core/roundtrip/changes';
import { reasonText } from '../../core/roundtrip/chase';
import { Args, Out } from '../args';
import { EXIT } from '../exit';
import { t } from '../../core/i18n/words';
import { IMPORT_CLI_WORDS } from './import.words';

/** The local date, yyyy-mm-dd: the day the office received the sheets. */
export function localDate(d = new Date()): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A returned file as the import plan sees it: its kind, its hash, its sheets when readable. */
export async function returnedFile(fileName: string, bytes: Uint8Array): Promise<ReturnedFile> {
  const kind = fileKindOf(sniffFile(bytes));
  const hash = sha256Hex(bytes);
  if (kind !== 'xlsx') return { fileName, kind, hash };
  try {
    return { fileName, kind, hash, grids: await readGrids(bytes, fileName) };
  } catch {
    return { fileName, kind: 'unreadable', hash };
  }
}

/**
 * `thidua import <book.xlsx> <files…> -o <copy.xlsx> [--accept]`: the units' returned sheets
 * into a copy of the book, each named after its unit. A unit that sent before: its changes are
 * printed and its earlier sheet is replaced only with --accept (and never when that sheet is the
 * user's own or was edited since it came in). The chase list goes next to the copy.
 */
export async function importSheets(a: Args, io: Out): Promise<number> {
  const [bookPath, ...paths] = a.files;
  if (!bookPath || !a.out) {
    io.err(t(IMPORT_CLI_WORDS, a.lang, 'needsBookXlsxUnit'));
    return EXIT.unusable;
  }
  const chasePath = join(dirname(a.out), `${basename(a.out, extname(a.out))}.don-doc.xlsx`);
  // Outputs checked before anything is read: never the book or a returned file, never a folder.
  const badOutput = await refuseOutputs([a.out, chasePath], a.files, a.lang);
  if (badOutput) {
    io.err(badOutput);
    return EXIT.unusable;
  }
  const read = await readBookFile(bookPath, a.lang);
  if (!read.ok) {
    io.err(read.message);
    return EXIT.unusable;
  }
  const { bytes: bookBytes, grids: book } = read.value;
  const files: ReturnedFile[] = [];
  for (const p of paths) {
    const input = await readInput(p, a.lang);
    if (input.ok) files.push(await returnedFile(basename(p), new Uint8Array(input.value.bytes)));
    else {
      // Said by file name; the other files still come in.
      io.err(input.message);
      files.push({ fileName: basename(p), kind: 'unreadable', hash: '' });
    }
  }
  const now = new Date().toISOString();
  const today = localDate();
  const plan = planImport(book, files, { now, today, lang: a.lang, accept: a.accept });
  if (!plan.usable) {
    io.err(t(IMPORT_CLI_WORDS, a.lang, 'hasNoUsablePhong', { bookPath }));
    return EXIT.unusable;
  }
  const out = importOutput(book, plan, { now, today, version: VERSION, lang: a.lang });
  const coming = incoming(plan);
  if (coming.length > 0) {
    const job = await runOnFile(bookBytes, { source: basename(bookPath), lang: a.lang, action: 'validate', now });
    // The job of the book as it is on disk: what the copy is made from, and whose own sheets it replaces.
    let copy: Uint8Array;
    try {
      copy = await writeResult({ ...job, sheets: out.models }, now, { force: a.force });
    } catch (e) {
      if (!(e instanceof WriteBlockedError)) throw e;
      io.err(t(IMPORT_CLI_WORDS, a.lang, 'nothingWrittenTheAdd', { value: e.sheets.map((n) => `"${n}"`).join(', ') }));
      return EXIT.unusable;
    }
    await saveOutput(a.out, copy, a.files, a.lang);
  }
  await saveOutput(chasePath, await writeNewWorkbook([out.chaseSheet]), a.files, a.lang);

  if (a.json) io.log(JSON.stringify(jsonReport(plan, out.chase, a.out, chasePath, coming.length > 0), null, 2));
  else printReport(plan, out, a, io, coming.length > 0, chasePath);
  const refused = plan.problems.some((f) => f.severity === 'error') || plan.items.some((i) => i.action === 'held' || i.action === 'blocked');
  return refused ? EXIT.dataErrors : EXIT.ok;
}

function printReport(plan: ImportPlan, out: ReturnType<typeof importOutput>, a: Args, io: Out, wrote: boolean, chasePath: string): void {
  for (const it of plan.items) {
    const head =
      it.action === 'add'
        ? t(IMPORT_CLI_WORDS, a.lang, 'importedSheetPeople', { file: it.file, sheet: it.sheet, name: it.unit.name, candidatesCount: it.info.candidates.length })
        : it.action === 'replace'
          ? t(IMPORT_CLI_WORDS, a.lang, 'resubmittedSheetReplacedChanges', { file: it.file, sheet: it.sheet, name: it.unit.name })
          : it.action === 'held'
            ? t(IMPORT_CLI_WORDS, a.lang, 'resubmittedSheetNotReplaced', { file: it.file, name: it.unit.name, sheet: it.sheet })
            : it.action === 'blocked'
              ? t(IMPORT_CLI_WORDS, a.lang, 'resubmittedSheetIsNot', { file: it.file, name: it.unit.name, sheet: it.sheet })
              : t(IMPORT_CLI_WORDS, a.lang, 'isIdenticalToSheet', { file: it.file, sheet: it.sheet });
    io.log(head);
    if (it.previous && it.action !== 'same') {
      const lines = changeLines(it.previous.changes, a.lang);
      for (const line of lines.slice(0, 40)) io.log(`  ${line}`);
      if (lines.length > 40) io.log(t(IMPORT_CLI_WORDS, a.lang, 'andMoreSeeJson', { value: lines.length - 40 }));
    }
  }
  if (plan.items.some((i) => i.action === 'held')) io.log(t(IMPORT_CLI_WORDS, a.lang, 'runAgainWithAccept'));
  for (const f of plan.problems.filter((x) => x.severity === 'error')) {
    io.log(`[${t(IMPORT_CLI_WORDS, a.lang, 'notImported')}] ${f.message} ${f.fix}`);
    // Two files of one unit: what the one not imported differs in, person by person.
    const tw = f.code === 'IMPORT_UNIT_TWICE' ? plan.twice.find((x) => x.dropped === f.sheet && x.unit.name === f.unit) : undefined;
    if (tw) {
      const lines = changeLines(tw.changes, a.lang);
      io.log(t(IMPORT_CLI_WORDS, a.lang, 'against', { dropped: tw.dropped, kept: tw.kept }));
      for (const line of lines.slice(0, 40)) io.log(`  ${line}`);
      if (lines.length > 40) io.log(t(IMPORT_CLI_WORDS, a.lang, 'andMoreSeeJson2', { value: lines.length - 40 }));
    }
  }
  // Warnings about a file (nobody in it, another campaign's name) are said too, by file name;
  // resubmissions are said above with their changes.
  const shown = new Set(['IMPORT_RESUBMITTED', 'IMPORT_PREVIOUS_NOT_OWN', 'IMPORT_SAME_AGAIN']);
  for (const f of plan.problems.filter((x) => x.severity !== 'error' && !shown.has(x.code)))
    io.log(`[${t(IMPORT_CLI_WORDS, a.lang, 'note')}] ${f.message} ${f.fix}`);
  if (plan.received.length) {
    io.log(t(IMPORT_CLI_WORDS, a.lang, 'enterNgYN'));
    for (const d of plan.received)
      io.log(
        `  ${d.unit.name}: ${d.date}${d.at ? ` (${t(IMPORT_CLI_WORDS, a.lang, 'cell')} ${String.fromCharCode(65 + d.at.col)}${d.at.row + 1})` : t(IMPORT_CLI_WORDS, a.lang, 'addANgY')}`,
      );
  }
  const r = out.after.result;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  if (wrote) io.log(t(IMPORT_CLI_WORDS, a.lang, 'copyWritten', { out: String(a.out), errors, warnings: r.findings.length - errors }));
  else io.log(t(IMPORT_CLI_WORDS, a.lang, 'noSheetCameIn'));
  const c = out.chase.counts;
  io.log(t(IMPORT_CLI_WORDS, a.lang, 'toChaseNotSent', { missing: c.missing, late: c.late, withErrors: c.withErrors, chasePath }));
  for (const e of out.chase.entries) io.log(`  ${e.unit.name}: ${e.reasons.map((x) => reasonText(x, e, a.lang)).join('; ')}`);
}

function jsonReport(plan: ImportPlan, chase: ReturnType<typeof importOutput>['chase'], out: string, chasePath: string, wrote: boolean) {
  return {
    out: wrote ? out : null,
    chaseFile: chasePath,
    items: plan.items.map((i) => ({
      file: i.file,
      sheet: i.sheet,
      unit: i.unit.name,
      action: i.action,
      people: i.info.candidates.length,
      fingerprint: i.fingerprint,
      changes: i.previous?.changes ?? null,
    })),
    problems: plan.problems.map((f) => ({ severity: f.severity, code: f.code, file: f.sheet, message: f.message, fix: f.fix })),
    twice: plan.twice.map((x) => ({ unit: x.unit.name, kept: x.kept, notImported: x.dropped, changes: x.changes })),
    received: plan.received.map((d) => ({ unit: d.unit.name, date: d.date })),
    chase: chase.entries.map((e) => ({
      unit: e.unit.name,
      reasons: e.reasons,
      errors: e.errors,
      warnings: e.warnings,
      received: e.received,
      lateDays: e.lateDays,
      reminder: e.reminder,
    })),
  };
}
