import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, resolve, dirname, extname, join } from 'node:path';
import { Lang } from '../../core/model';
import { toJsonReport } from '../../core/app';
import { formatScore } from '../../core/text/numbers';
import { NotAWorkbookError } from '../../host/file/readWorkbook';
import { runOnFile, writeResult } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';

/** `thidua validate` and `thidua rank`: the engine on one book, the report, and the copy. */
export async function check(a: Args & { command: 'validate' | 'rank' }, io: Out): Promise<number> {
  if (!a.file) {
    io.err('Thiếu đường dẫn sổ tính .xlsx.');
    return EXIT.unusable;
  }
  let data: Buffer;
  try {
    data = await readFile(a.file);
  } catch (e) {
    io.err(`Không đọc được tệp "${a.file}": ${(e as Error).message}`);
    return EXIT.unusable;
  }
  const now = new Date().toISOString();
  let job;
  try {
    job = await runOnFile(data, { source: basename(a.file), lang: a.lang, action: a.command, now });
  } catch (e) {
    if (e instanceof NotAWorkbookError) {
      io.err(`"${a.file}" không phải là sổ tính Excel .xlsx đọc được (${e.message}).`);
      return EXIT.unusable;
    }
    throw e;
  }
  const r = job.result;
  let out = a.out;
  if (a.command === 'rank' && !out) out = join(dirname(a.file), `${basename(a.file, extname(a.file))}.ket-qua.xlsx`);
  if (out && resolve(out) === resolve(a.file)) {
    io.err('Tệp kết quả phải khác tệp gốc: add-in không bao giờ ghi đè sổ tính đầu vào.');
    return EXIT.unusable;
  }
  if (out && r.usable) {
    await mkdir(dirname(resolve(out)), { recursive: true });
    await writeFile(out, await writeResult(job, now));
  }

  const errors = r.findings.filter((f) => f.severity === 'error').length;
  if (a.json) io.log(JSON.stringify(toJsonReport(r), null, 2));
  else printText(job, out, a.lang, io);
  if (!r.usable) return EXIT.unusable;
  return errors > 0 ? EXIT.dataErrors : EXIT.ok;
}

function printText(job: Awaited<ReturnType<typeof runOnFile>>, out: string | null, L: Lang, io: Out): void {
  const r = job.result;
  const t = (vi: string, en: string) => (L === 'vi' ? vi : en);
  if (r.campaign) io.log(`${t('Phong trào', 'Campaign')}: ${r.campaign.name}${r.campaign.year ? ` (${r.campaign.year})` : ''}`);
  io.log(t(`Bảng chấm điểm: ${r.sheets.length} sheet, ${r.candidates.length} ứng viên.`, `Score sheets: ${r.sheets.length}, candidates: ${r.candidates.length}.`));
  if (r.skipped.length) io.log(t(`Bỏ qua (không phải bảng chấm điểm): ${r.skipped.map((s) => s.sheet).join(', ')}`, `Skipped: ${r.skipped.map((s) => s.sheet).join(', ')}`));
  const errors = r.findings.filter((f) => f.severity === 'error');
  const warnings = r.findings.filter((f) => f.severity === 'warning');
  io.log(t(`Kiểm tra: ${errors.length} lỗi, ${warnings.length} cảnh báo.`, `Validation: ${errors.length} error(s), ${warnings.length} warning(s).`));
  const show = [...errors, ...warnings].slice(0, 40);
  for (const f of show) io.log(`  [${f.severity === 'error' ? t('Lỗi', 'Error') : t('Cảnh báo', 'Warning')}] ${f.sheet}${f.cell ? '!' + f.cell : ''}${f.candidate ? ` (${f.candidate})` : ''}: ${f.message}`);
  if (r.findings.length > show.length) io.log(t(`  … và ${r.findings.length - show.length} mục khác (xem sheet "Kiểm tra").`, `  … and ${r.findings.length - show.length} more (see "Kiểm tra").`));
  const counts = new Map<string, number>();
  for (const c of r.candidates) for (const d of r.decisions.get(c.id) ?? []) if (d.status === 'proposed') counts.set(d.title, (counts.get(d.title) ?? 0) + 1);
  if (r.titles.length) {
    io.log(t('Đề xuất danh hiệu:', 'Titles proposed:'));
    for (const title of r.titles) io.log(`  ${title.name}: ${counts.get(title.name) ?? 0}`);
  }
  const top = r.ranking.scopes.get('individual|all')?.ordered.slice(0, 5) ?? [];
  if (top.length) {
    io.log(t('Dẫn đầu:', 'Top:'));
    for (const c of top) io.log(`  ${r.ranking.positions.get(c.id)!.all.rank}. ${c.name} (${c.unitName}) ${formatScore(r.scores.get(c.id)!.total, L)}`);
  }
  if (out && r.usable) io.log(t(`Đã ghi kết quả vào: ${out}`, `Results written to: ${out}`));
  if (!r.usable) io.log(t('Sổ tính chưa có phong trào/tiêu chí dùng được: không xếp hạng.', 'No usable campaign or criteria: nothing ranked.'));
}
