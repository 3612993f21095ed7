import { a1 } from '../../sheet/grid';
import { convertLegacyText } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';
import { checkOutput, notWorkbookMessage, readInput, unexpectedMessage, writeOutput } from '../io';
import { NotAWorkbookError } from '../../host/file/readWorkbook';
import { t } from '../../core/i18n/words';
import { CONVERT_WORDS as W } from './convert.words';

/** `thidua convert`: a copy with legacy-font text turned into Unicode, and the cells it changed. */
export async function convert(a: Args, io: Out): Promise<number> {
  if (!a.file || !a.out) {
    io.err(t(W, a.lang, 'needs'));
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
    io.log(t(W, a.lang, 'nothing'));
    return EXIT.ok;
  }
  const written = await writeOutput(a.out, result.bytes, a.lang);
  if (!written.ok) {
    io.err(written.message);
    return EXIT.unusable;
  }
  for (const s of result.sheets) {
    const mine = result.changes.filter((c) => c.sheet === s.sheet);
    io.log(t(W, a.lang, 'sheet', { sheet: s.sheet, encoding: s.encoding, n: mine.length }));
    for (const c of mine.slice(0, 10)) io.log(`  ${a1(c.row, c.col)}: ${c.before} → ${c.after}`);
    if (mine.length > 10) io.log(t(W, a.lang, 'more', { n: mine.length - 10 }));
  }
  io.log(t(W, a.lang, 'written', { file: a.out }));
  return EXIT.ok;
}
