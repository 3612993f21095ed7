import { a1 } from '../../sheet/grid';
import { convertLegacyText } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';
import { checkOutput, notWorkbookMessage, readInput, unexpectedMessage, writeOutput } from '../io';
import { NotAWorkbookError } from '../../host/file/readWorkbook';

/** `thidua convert`: a copy with legacy-font text turned into Unicode, and the cells it changed. */
export async function convert(a: Args, io: Out): Promise<number> {
  const t = (vi: string, en: string) => (a.lang === 'vi' ? vi : en);
  if (!a.file || !a.out) {
    io.err(t('Cần <sổ.xlsx> và -o <bản-sao.xlsx>.', 'Needs <book.xlsx> and -o <copy.xlsx>.'));
    return EXIT.unusable;
  }
  const target = await checkOutput(a.out, [a.file], a.lang);
  if (!target.ok) {
    io.err(target.message);
    return EXIT.unusable;
  }
  const input = await readInput(a.file, a.lang);
  if (!input.ok) {
    io.err(input.message);
    return EXIT.unusable;
  }
  let result;
  try {
    result = await convertLegacyText(input.value.bytes, { sheets: a.sheets.length ? a.sheets : undefined, encoding: a.from });
  } catch (e) {
    io.err(e instanceof NotAWorkbookError ? notWorkbookMessage(e, a.file, a.lang) : unexpectedMessage(e, a.lang));
    return EXIT.unusable;
  }
  if (result.changes.length === 0) {
    io.log(t('Không có ô nào gõ bằng bảng mã cũ: không ghi bản sao.', 'No cell in a legacy encoding: no copy written.'));
    return EXIT.ok;
  }
  const written = await writeOutput(a.out, result.bytes, a.lang);
  if (!written.ok) {
    io.err(written.message);
    return EXIT.unusable;
  }
  for (const s of result.sheets) {
    const mine = result.changes.filter((c) => c.sheet === s.sheet);
    io.log(t(`Sheet "${s.sheet}" (${s.encoding}): ${mine.length} ô đã chuyển sang Unicode.`, `Sheet "${s.sheet}" (${s.encoding}): ${mine.length} cell(s) converted to Unicode.`));
    for (const c of mine.slice(0, 10)) io.log(`  ${a1(c.row, c.col)}: ${c.before} → ${c.after}`);
    if (mine.length > 10) io.log(t(`  … và ${mine.length - 10} ô khác.`, `  … and ${mine.length - 10} more.`));
  }
  io.log(t(`Đã ghi bản sao: ${a.out}. Kiểm tra lại các ô trên trước khi dùng.`, `Copy written: ${a.out}. Check the cells above before using it.`));
  return EXIT.ok;
}
