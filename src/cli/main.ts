import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, resolve, dirname, extname, join } from 'node:path';
import { Lang } from '../core/model';
import { toJsonReport } from '../core/app';
import { formatScore } from '../core/text/numbers';
import { NotAWorkbookError } from '../host/file/readWorkbook';
import { VERSION, convertLegacyText, runOnFile, writeResult, writeTemplate } from '../host/file/fileHost';
import { a1 } from '../core/grid';

/** Exit codes: 0 no errors in the data, 1 errors in the data, 2 unusable input or usage. */
export const EXIT = { ok: 0, dataErrors: 1, unusable: 2 } as const;

const HELP = `thidua ${VERSION} — kiểm tra, xếp hạng và đề xuất danh hiệu thi đua từ sổ tính Excel

Cách dùng:
  thidua validate <sổ.xlsx> [--json] [-o <bản-sao.xlsx>] [--lang vi|en]
      Kiểm tra mọi bảng chấm điểm; với -o, ghi sheet "Kiểm tra" vào một bản sao.
  thidua rank <sổ.xlsx> [-o <kết-quả.xlsx>] [--json] [--lang vi|en]
      Kiểm tra, tính điểm, xếp hạng, đề xuất danh hiệu; ghi các sheet Kiểm tra, Xếp hạng,
      Tổng hợp, Đề nghị khen thưởng, Nhật ký vào bản sao (mặc định <sổ>.ket-qua.xlsx).
      Tệp gốc không bao giờ bị sửa.
  thidua template -o <mới.xlsx> [--year N] [--org "Tên cơ quan"]
      Tạo sổ tính mẫu: Phong trào, Tiêu chí, Danh hiệu (quy định mặc định kèm căn cứ), Đơn vị.
  thidua convert <sổ.xlsx> -o <bản-sao.xlsx> [--sheet <tên>]... [--from tcvn3|vni]
      Chuyển chữ gõ bằng bảng mã cũ (TCVN3/ABC, VNI) sang Unicode trong một bản sao: các sheet
      được chọn, hoặc mọi sheet có chữ mã cũ; in các ô đã đổi để kiểm tra lại.

Mã thoát: 0 không có lỗi, 1 dữ liệu có lỗi, 2 tệp không dùng được (không phải xlsx, không có phong trào).
`;

interface Args {
  command: string;
  file: string | null;
  out: string | null;
  json: boolean;
  lang: Lang;
  year: number | null;
  org: string | undefined;
  sheets: string[];
  from: 'TCVN3' | 'VNI' | undefined;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { command: argv[0] ?? 'help', file: null, out: null, json: false, lang: 'vi', year: null, org: undefined, sheets: [], from: undefined };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '-o' || x === '--out') a.out = argv[++i] ?? null;
    else if (x === '--lang') {
      const l = argv[++i];
      if (l !== 'vi' && l !== 'en') return `--lang nhận vi hoặc en, không phải "${l}"`;
      a.lang = l;
    } else if (x === '--year') a.year = Number(argv[++i]);
    else if (x === '--org') a.org = argv[++i];
    else if (x === '--sheet') a.sheets.push(argv[++i] ?? '');
    else if (x === '--from') {
      const f = (argv[++i] ?? '').toUpperCase();
      if (f !== 'TCVN3' && f !== 'VNI') return `--from nhận tcvn3 hoặc vni, không phải "${argv[i]}"`;
      a.from = f;
    }
    else if (x.startsWith('-')) return `Không hiểu tùy chọn "${x}"`;
    else if (a.file === null) a.file = x;
    else return `Thừa tham số "${x}"`;
  }
  return a;
}

type Out = { log(s: string): void; err(s: string): void };

export async function main(argv: string[], io: Out = { log: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') }): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    io.err(parsed);
    io.err(HELP);
    return EXIT.unusable;
  }
  const a = parsed;
  if (a.command === 'help' || a.command === '--help' || a.command === '-h') {
    io.log(HELP);
    return EXIT.ok;
  }
  if (a.command === '--version' || a.command === 'version') {
    io.log(VERSION);
    return EXIT.ok;
  }
  if (a.command === 'template') {
    if (!a.out) {
      io.err('Cần -o <tệp.xlsx> để ghi sổ tính mẫu.');
      return EXIT.unusable;
    }
    await mkdir(dirname(resolve(a.out)), { recursive: true });
    await writeFile(a.out, await writeTemplate(a.year ?? new Date().getFullYear(), a.org));
    io.log(`Đã tạo sổ tính mẫu: ${a.out}`);
    return EXIT.ok;
  }
  if (a.command === 'convert') return convert(a, io);
  if (a.command !== 'validate' && a.command !== 'rank') {
    io.err(`Không có lệnh "${a.command}".`);
    io.err(HELP);
    return EXIT.unusable;
  }
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

/** `thidua convert`: a copy with legacy-font text turned into Unicode, and the cells it changed. */
async function convert(a: Args, io: Out): Promise<number> {
  const t = (vi: string, en: string) => (a.lang === 'vi' ? vi : en);
  if (!a.file || !a.out) {
    io.err(t('Cần <sổ.xlsx> và -o <bản-sao.xlsx>.', 'Needs <book.xlsx> and -o <copy.xlsx>.'));
    return EXIT.unusable;
  }
  if (resolve(a.out) === resolve(a.file)) {
    io.err('Tệp kết quả phải khác tệp gốc: add-in không bao giờ ghi đè sổ tính đầu vào.');
    return EXIT.unusable;
  }
  let result;
  try {
    result = await convertLegacyText(await readFile(a.file), { sheets: a.sheets.length ? a.sheets : undefined, encoding: a.from });
  } catch (e) {
    if (e instanceof NotAWorkbookError) {
      io.err(`"${a.file}" không phải là sổ tính Excel .xlsx đọc được (${e.message}).`);
      return EXIT.unusable;
    }
    io.err(`Không đọc được tệp "${a.file}": ${(e as Error).message}`);
    return EXIT.unusable;
  }
  if (result.changes.length === 0) {
    io.log(t('Không có ô nào gõ bằng bảng mã cũ: không ghi bản sao.', 'No cell in a legacy encoding: no copy written.'));
    return EXIT.ok;
  }
  await mkdir(dirname(resolve(a.out)), { recursive: true });
  await writeFile(a.out, result.bytes);
  for (const s of result.sheets) {
    const mine = result.changes.filter((c) => c.sheet === s.sheet);
    io.log(t(`Sheet "${s.sheet}" (${s.encoding}): ${mine.length} ô đã chuyển sang Unicode.`, `Sheet "${s.sheet}" (${s.encoding}): ${mine.length} cell(s) converted to Unicode.`));
    for (const c of mine.slice(0, 10)) io.log(`  ${a1(c.row, c.col)}: ${c.before} → ${c.after}`);
    if (mine.length > 10) io.log(t(`  … và ${mine.length - 10} ô khác.`, `  … and ${mine.length - 10} more.`));
  }
  io.log(t(`Đã ghi bản sao: ${a.out}. Kiểm tra lại các ô trên trước khi dùng.`, `Copy written: ${a.out}. Check the cells above before using it.`));
  return EXIT.ok;
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

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`Lỗi không mong đợi: ${(e as Error).stack ?? e}\n`);
      process.exit(2);
    },
  );
}
