import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { a1 } from '../../core/grid';
import { NotAWorkbookError } from '../../host/file/readWorkbook';
import { convertLegacyText } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';

/** `thidua convert`: a copy with legacy-font text turned into Unicode, and the cells it changed. */
export async function convert(a: Args, io: Out): Promise<number> {
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
