import { writeTemplate } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';
import { checkOutput, writeOutput } from '../io';
import { t } from '../../core/i18n/words';
import { TEMPLATE_WORDS as W } from './template.words';

/** `thidua template`: a new campaign book with the default rules. */
export async function template(a: Args, io: Out): Promise<number> {
  if (!a.out) {
    io.err(t(W, a.lang, 'needs'));
    return EXIT.unusable;
  }
  const target = await checkOutput(a.out, [], a.lang);
  if (!target.ok) {
    io.err(target.message);
    return EXIT.unusable;
  }
  // --year was checked when the arguments were read (a year in 2000–2100, never "năm NaN").
  const written = await writeOutput(a.out, await writeTemplate(a.year ?? new Date().getFullYear(), a.org), a.lang);
  if (!written.ok) {
    io.err(written.message);
    return EXIT.unusable;
  }
  io.log(t(W, a.lang, 'written', { file: a.out }));
  return EXIT.ok;
}
