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
  const t = (vi: string, en: string) => (a.lang === 'vi' ? vi : en);
  const [bookPath, ...paths] = a.files;
  if (!bookPath || !a.out) {
    io.err(t('Cần <sổ.xlsx> <tệp của đơn vị…> và -o <bản-sao.xlsx>.', 'Needs <book.xlsx> <unit files…> and -o <copy.xlsx>.'));
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
    io.err(t(`"${bookPath}" chưa có sheet Phong trào / Tiêu chí dùng được: không nhập được.`, `"${bookPath}" has no usable Phong trào / Tiêu chí: nothing imported.`));
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
      io.err(t(`Chưa ghi gì: sheet ${e.sheets.map((n) => `"${n}"`).join(', ')} của add-in đã bị sửa tay từ lần ghi trước (hoặc là sheet của bạn trùng tên). Xem lại rồi chạy lại với --force để ghi đè.`, `Nothing written: the add-in's sheet(s) ${e.sheets.map((n) => `"${n}"`).join(', ')} were edited by hand since they were written (or a sheet of yours holds the name). Check, then run again with --force to replace them.`));
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
  const t = (vi: string, en: string) => (a.lang === 'vi' ? vi : en);
  for (const it of plan.items) {
    const head =
      it.action === 'add' ? t(`Nhập "${it.file}" → sheet "${it.sheet}" (${it.unit.name}, ${it.info.candidates.length} người)`, `Imported "${it.file}" → sheet "${it.sheet}" (${it.unit.name}, ${it.info.candidates.length} people)`)
      : it.action === 'replace' ? t(`Nộp lại "${it.file}": đã thay sheet "${it.sheet}" (${it.unit.name}). Thay đổi:`, `Resubmitted "${it.file}": sheet "${it.sheet}" replaced (${it.unit.name}). Changes:`)
      : it.action === 'held' ? t(`Nộp lại "${it.file}" (${it.unit.name}): CHƯA thay sheet "${it.sheet}". Thay đổi so với bảng cũ:`, `Resubmitted "${it.file}" (${it.unit.name}): sheet "${it.sheet}" NOT replaced yet. Changes from the earlier sheet:`)
      : it.action === 'blocked' ? t(`Nộp lại "${it.file}" (${it.unit.name}): sheet "${it.sheet}" không do add-in nhập hoặc đã sửa sau khi nhập, không thay. Thay đổi:`, `Resubmitted "${it.file}" (${it.unit.name}): sheet "${it.sheet}" is not one the add-in imported unchanged; not replaced. Changes:`)
      : t(`"${it.file}" giống hệt sheet "${it.sheet}" đã nhập.`, `"${it.file}" is identical to sheet "${it.sheet}".`);
    io.log(head);
    if (it.previous && it.action !== 'same') {
      const lines = changeLines(it.previous.changes, a.lang);
      for (const line of lines.slice(0, 40)) io.log(`  ${line}`);
      if (lines.length > 40) io.log(t(`  … và ${lines.length - 40} thay đổi khác (xem --json, hoặc Nhật ký sau khi thay).`, `  … and ${lines.length - 40} more (see --json, or Nhật ký once replaced).`));
    }
  }
  if (plan.items.some((i) => i.action === 'held')) io.log(t('Chạy lại với --accept để thay các bảng cũ bằng bảng nộp lại (thay đổi được ghi vào Nhật ký).', 'Run again with --accept to replace the earlier sheets (the changes go to Nhật ký).'));
  for (const f of plan.problems.filter((x) => x.severity === 'error')) io.log(`[${t('Không nhập', 'Not imported')}] ${f.message} ${f.fix}`);
  if (plan.received.length) {
    io.log(t('Ghi Ngày nộp vào sheet "Đơn vị" (bản sao không sửa sheet của người dùng):', 'Enter Ngày nộp in the "Đơn vị" sheet (the copy does not change user sheets):'));
    for (const d of plan.received) io.log(`  ${d.unit.name}: ${d.date}${d.at ? ` (${t('ô', 'cell')} ${String.fromCharCode(65 + d.at.col)}${d.at.row + 1})` : t(' (thêm cột "Ngày nộp")', ' (add a "Ngày nộp" column)')}`);
  }
  const r = out.after.result;
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  if (wrote) io.log(t(`Đã ghi bản sao: ${a.out} (Kiểm tra: ${errors} lỗi, ${r.findings.length - errors} cảnh báo).`, `Copy written: ${a.out} (validation: ${errors} error(s), ${r.findings.length - errors} warning(s)).`));
  else io.log(t('Không có bảng nào được nhập: không ghi bản sao.', 'No sheet came in: no copy written.'));
  const c = out.chase.counts;
  io.log(t(`Đôn đốc: ${c.missing} chưa nộp, ${c.late} nộp muộn, ${c.withErrors} còn lỗi (${chasePath}).`, `To chase: ${c.missing} not sent, ${c.late} late, ${c.withErrors} with errors (${chasePath}).`));
  for (const e of out.chase.entries) io.log(`  ${e.unit.name}: ${e.reasons.map((x) => reasonText(x, e, a.lang)).join('; ')}`);
}

function jsonReport(plan: ImportPlan, chase: ReturnType<typeof importOutput>['chase'], out: string, chasePath: string, wrote: boolean) {
  return {
    out: wrote ? out : null,
    chaseFile: chasePath,
    items: plan.items.map((i) => ({ file: i.file, sheet: i.sheet, unit: i.unit.name, action: i.action, people: i.info.candidates.length, fingerprint: i.fingerprint, changes: i.previous?.changes ?? null })),
    problems: plan.problems.map((f) => ({ severity: f.severity, code: f.code, file: f.sheet, message: f.message, fix: f.fix })),
    received: plan.received.map((d) => ({ unit: d.unit.name, date: d.date })),
    chase: chase.entries.map((e) => ({ unit: e.unit.name, reasons: e.reasons, errors: e.errors, warnings: e.warnings, received: e.received, lateDays: e.lateDays, reminder: e.reminder })),
  };
}
