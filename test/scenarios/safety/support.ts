import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export { cli } from '../../support/cli';

/** A fresh folder per test file, under the OS temp folder (removed by the OS). */
export function tempDir(tag: string): string {
  return mkdtempSync(join(tmpdir(), `thidua-${tag}-`));
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** No temporary file left behind by a write. */
export function tempFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

export async function loadXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Text a library or a stack trace would print: never in a message for the user. */
export const LIBRARY_TEXT = /\n\s+at |Error:|TypeError|undefined|JSZip|Cannot |Invalid string|ENOENT|EACCES|EISDIR|ENOSPC/;
