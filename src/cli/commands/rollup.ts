import { basename, dirname, extname, join } from 'node:path';
import { WorkbookGrids } from '../../sheet/grid';
import { rollupReads, verifyInput } from '../../core/upward/rollup';
import { UpwardRead } from '../../core/upward/read';
import { exportWorkbookModels } from '../../core/upward/export';
import { writeNewWorkbook, VERSION } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';
import { gridsOf, slug } from './upwardIo';
import { refuseOutputs, saveOutput } from '../io';
import { t } from '../../core/i18n/words';
import { ROLLUP_CLI_WORDS } from './rollup.words';

/**
 * `thidua rollup <a.xlsx> <b.xlsx> … [--rules cap-tren.xlsx] -o <tong-hop.xlsx>`: the upper
 * level's roll-up, its own upward workbook, and a reply per agency beside it.
 */
export async function rollup(a: Args, io: Out): Promise<number> {
  // The refusal line only: its English has no place for the unreadable file's reason (left as it is, byte for byte).
  const pick = (vi: string, en: string) => (a.lang === 'vi' ? vi : en);
  if (a.files.length === 0 || !a.out) {
    io.err(t(ROLLUP_CLI_WORDS, a.lang, 'usage'));
    return EXIT.unusable;
  }
  const inputs = [...a.files, ...(a.rules ? [a.rules] : [])];
  // Outputs checked before anything is read: never one of the files received, never a folder.
  const refused = await refuseOutputs([a.out, a.export], inputs, a.lang);
  if (refused) {
    io.err(refused);
    return EXIT.unusable;
  }
  // Each file is verified as it is read: its grids are not kept for the next.
  const reads: UpwardRead[] = [];
  const unreadable = new Map<string, string>();
  for (const f of a.files) {
    const { grids, error } = await gridsOf(f, basename(f), a.lang);
    if (error) unreadable.set(basename(f), error);
    reads.push(verifyInput({ file: basename(f), grids }, a.lang));
  }
  let rulesBook: { file: string; grids: WorkbookGrids } | null = null;
  if (a.rules) {
    const { grids, error } = await gridsOf(a.rules, basename(a.rules), a.lang);
    if (!grids) {
      io.err(t(ROLLUP_CLI_WORDS, a.lang, 'rulesBook', { error: String(error) }));
      return EXIT.unusable;
    }
    rulesBook = { file: basename(a.rules), grids };
  }
  const res = rollupReads(reads, { lang: a.lang, now: new Date().toISOString(), version: VERSION, rulesBook, agency: a.org });
  await saveOutput(a.out, await writeNewWorkbook(res.models), inputs, a.lang);
  const base = join(dirname(a.out), basename(a.out, extname(a.out)));
  const replyFiles: string[] = [];
  for (const [i, r] of res.replies.entries()) {
    const file = `${base}.tra-loi-${String(i + 1).padStart(2, '0')}-${slug(r.agency)}.xlsx`;
    await saveOutput(file, await writeNewWorkbook(r.models), inputs, a.lang);
    replyFiles.push(file);
  }
  if (a.export) await saveOutput(a.export, await writeNewWorkbook(exportWorkbookModels(res.models)), inputs, a.lang);

  if (a.json)
    io.log(
      JSON.stringify(
        {
          file: a.out,
          meta: res.meta,
          files: res.files.map((f, i) => ({
            file: f.file,
            agency: f.agency,
            received: f.ok,
            storedCode: f.storedCode,
            recomputedCode: f.recomputedCode,
            proposals: f.rows,
            accepted: f.accepted,
            review: f.review,
            returned: f.returned,
            reply: replyFiles[i],
            findings: f.findings.map((x) => ({ severity: x.severity, code: x.code, sheet: x.sheet, cell: x.cell, message: x.message })),
          })),
          findings: res.findings.map((x) => ({
            severity: x.severity,
            code: x.code,
            file: x.file,
            sheet: x.sheet,
            cell: x.cell,
            candidate: x.candidate,
            message: x.message,
          })),
        },
        null,
        2,
      ),
    );
  else {
    io.log(t(ROLLUP_CLI_WORDS, a.lang, 'rolledUp', { count: res.files.length, out: a.out }));
    for (const [i, f] of res.files.entries()) {
      // A dossier set aside (the same one again, an agency's older one) says so in a warning.
      const why = f.findings.find((x) => x.severity === 'error') ?? (f.ok ? undefined : f.findings[0]);
      io.log(
        f.ok
          ? t(ROLLUP_CLI_WORDS, a.lang, 'fileAccepted', {
              file: f.file,
              agency: f.agency,
              recomputedCode: String(f.recomputedCode),
              rows: f.rows,
              accepted: f.accepted,
              review: f.review,
              returned: f.returned,
            })
          : pick(
              `  ✗ ${f.file}: từ chối. ${unreadable.get(f.file) ? `${unreadable.get(f.file)}. ` : ''}${why?.message ?? ''}${f.recomputedCode && why?.severity === 'error' ? ` Mã tính lại: ${f.recomputedCode} (so với mã trên bản đã ký).` : ''}`,
              `  ✗ ${f.file}: refused. ${why?.message ?? ''}${f.recomputedCode && why?.severity === 'error' ? ` Recomputed code: ${f.recomputedCode}.` : ''}`,
            ),
      );
      const more = f.findings.filter((x) => x.severity === 'error' && x !== why).slice(0, 10);
      for (const x of more) io.log(`      ${x.sheet}${x.cell ? '!' + x.cell : ''}: ${x.message}`);
      io.log(t(ROLLUP_CLI_WORDS, a.lang, 'reply', { file: replyFiles[i] }));
    }
    const cross = res.findings.filter((x) => x.code === 'UPWARD_DUPLICATE_PERSON' || x.code === 'UPWARD_TWO_FORMS' || x.code === 'UPWARD_NAMESAKE');
    if (cross.length) {
      io.log(t(ROLLUP_CLI_WORDS, a.lang, 'acrossFiles'));
      for (const x of cross.slice(0, 30))
        io.log(`  [${x.severity === 'error' ? t(ROLLUP_CLI_WORDS, a.lang, 'error') : t(ROLLUP_CLI_WORDS, a.lang, 'warning')}] ${x.message}`);
    }
    io.log(t(ROLLUP_CLI_WORDS, a.lang, 'result', { count: res.rows.length, checkCode: res.meta.checkCode }));
  }
  if (res.files.every((f) => !f.ok)) return EXIT.unusable;
  return res.files.some((f) => !f.ok) || res.findings.some((x) => x.severity === 'error') ? EXIT.dataErrors : EXIT.ok;
}
