import { mkdir, writeFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';
import { writeTemplate } from '../../host/file/fileHost';
import { Args, Out } from '../args';
import { EXIT } from '../exit';

/** `thidua template`: a new campaign book with the default rules. */
export async function template(a: Args, io: Out): Promise<number> {
  if (!a.out) {
    io.err('Cần -o <tệp.xlsx> để ghi sổ tính mẫu.');
    return EXIT.unusable;
  }
  await mkdir(dirname(resolve(a.out)), { recursive: true });
  await writeFile(a.out, await writeTemplate(a.year ?? new Date().getFullYear(), a.org));
  io.log(`Đã tạo sổ tính mẫu: ${a.out}`);
  return EXIT.ok;
}
