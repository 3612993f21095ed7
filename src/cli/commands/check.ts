import { basename, dirname, extname, join } from 'node:path';
import { Lang } from '../../core/model';
import { toJsonReport } from '../../core/app';
import { buildClosing, closingJson } from '../../core/closing/index';
import { formatScore } from '../../core/text/numbers';
import { NotAWorkbookError } from '../../host/file/readWorkbook';
import { WriteBlockedError, runOnFile, writeResult } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';
import { checkOutput, notWorkbookMessage, readInput, unexpectedMessage, writeOutput } from '../io';
import { t } from '../../core/i18n/words';
import { CHECK_WORDS as W } from './check.words';

/** `thidua validate` and `thidua rank`: the engine on one book, the report, and the copy. */
export async function check(a: Args & { command: 'validate' | 'rank' }, io: Out): Promise<number> {
  if (!a.file) {
    io.err(t(W, a.lang, 'noFile'));
    return EXIT.unusable;
  }
  let out = a.out;
  if (a.command === 'rank' && !out) out = join(dirname(a.file), `${basename(a.file, extname(a.file))}.ket-qua.xlsx`);
  // The output is checked before anything is read: never the input, never a folder.
  if (out) {
    const ok = await checkOutput(out, [a.file], a.lang);
    if (!ok.ok) {
      io.err(ok.message);
      return EXIT.unusable;
    }
  }
  const input = await readInput(a.file, a.lang);
  if (!input.ok) {
    io.err(input.message);
    return EXIT.unusable;
  }
  const now = new Date().toISOString();
  let job;
  try {
    // Without -o nothing is written: the sheets are not laid out at all.
    job = await runOnFile(input.value.bytes, { source: basename(a.file), lang: a.lang, action: a.command, now, models: Boolean(out) });
  } catch (e) {
    // A file the reader cannot read: our sentence by its reason, never the reader's or a library's text.
    io.err(e instanceof NotAWorkbookError ? notWorkbookMessage(e, a.file, a.lang) : unexpectedMessage(e, a.lang));
    return EXIT.unusable;
  }
  const r = job.result;
  if (out && r.usable) {
    if (job.conflicts.length > 0 && !a.force) {
      const list = (reason: string) =>
        job.conflicts
          .filter((c) => c.reason === reason)
          .map((c) => `"${c.name}"`)
          .join(', ');
      const edited = list('edited');
      const old = list('unverified');
      if (edited) io.err(t(W, a.lang, 'edited', { sheets: edited }));
      if (old) io.err(t(W, a.lang, 'unverified', { sheets: old }));
      io.err(t(W, a.lang, 'forceHint'));
      return EXIT.unusable;
    }
    let bytes: Uint8Array;
    try {
      bytes = await writeResult(job, now, { force: a.force });
    } catch (e) {
      if (!(e instanceof WriteBlockedError)) throw e;
      // A sheet that is not ours holds a name the copy needs (never expected: names avoid it).
      io.err(t(W, a.lang, 'blocked', { sheets: e.sheets.map((n) => `"${n}"`).join(', ') }));
      return EXIT.unusable;
    }
    const written = await writeOutput(out, bytes, a.lang);
    if (!written.ok) {
      io.err(written.message);
      return EXIT.unusable;
    }
  }

  const errors = r.findings.filter((f) => f.severity === 'error').length;
  if (a.json) {
    // rank: closing the year too (decisions, money, certificates, report figures), as in the copy.
    const closing = a.command === 'rank' && r.usable ? (job.closing ?? buildClosing(r, { now })) : null;
    io.log(JSON.stringify({ ...toJsonReport(r, { explanations: a.command === 'rank' }), ...(closing ? { closing: closingJson(r, closing) } : {}) }));
  } else printText(job, out, a.lang, io);
  if (!r.usable) return EXIT.unusable;
  return errors > 0 ? EXIT.dataErrors : EXIT.ok;
}

function printText(job: Awaited<ReturnType<typeof runOnFile>>, out: string | null, L: Lang, io: Out): void {
  const r = job.result;
  if (r.campaign) io.log(t(W, L, 'campaign', { campaign: `${r.campaign.name}${r.campaign.year ? ` (${r.campaign.year})` : ''}` }));
  io.log(t(W, L, 'sheets', { sheets: r.sheets.length, candidates: r.candidates.length }));
  if (r.skipped.length) io.log(t(W, L, 'skipped', { sheets: r.skipped.map((s) => s.sheet).join(', ') }));
  const errors = r.findings.filter((f) => f.severity === 'error');
  const warnings = r.findings.filter((f) => f.severity === 'warning');
  io.log(t(W, L, 'counts', { errors: errors.length, warnings: warnings.length }));
  const show = [...errors, ...warnings].slice(0, 40);
  for (const f of show)
    io.log(
      `  [${t(W, L, f.severity === 'error' ? 'error' : 'warning')}] ${f.sheet}${f.cell ? '!' + f.cell : ''}${f.candidate ? ` (${f.candidate})` : ''}: ${f.message}`,
    );
  if (r.findings.length > show.length) io.log(t(W, L, 'more', { n: r.findings.length - show.length }));
  const counts = new Map<string, number>();
  for (const c of r.candidates) for (const d of r.decisions.get(c.id) ?? []) if (d.status === 'proposed') counts.set(d.title, (counts.get(d.title) ?? 0) + 1);
  if (r.titles.length) {
    io.log(t(W, L, 'titlesProposed'));
    for (const title of r.titles) io.log(`  ${title.name}: ${counts.get(title.name) ?? 0}`);
  }
  // One list per criteria set: ranks in different sets are not comparable.
  const scopes = [...r.ranking.scopes.values()].filter((s) => s.scope === 'all' && (s.key === 'individual|all' || s.key.startsWith('individual|all|')));
  for (const s of scopes) {
    const top = s.ordered.slice(0, 5);
    if (!top.length) continue;
    io.log(s.label && scopes.length > 1 ? t(W, L, 'topOf', { label: s.label }) : t(W, L, 'top'));
    for (const c of top) io.log(`  ${r.ranking.positions.get(c.id)!.all.rank}. ${c.name} (${c.unitName}) ${formatScore(r.scores.get(c.id)!.total, L)}`);
  }
  if (out && r.usable) io.log(t(W, L, 'written', { file: out }));
  // Exit 2: the reason goes where errors go, so a script that reads stderr sees it.
  if (!r.usable) io.err(t(W, L, 'unusable'));
}
