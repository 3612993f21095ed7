import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { WorkbookGrids } from '../../core/grid';
import { readGrids } from '../../host/file/fileHost';
import { NotAWorkbookError } from '../../host/file/readWorkbook';

/** A file's grids, or why not (missing, not an xlsx): the roll-up reads the others regardless. */
export async function gridsOf(file: string, source: string): Promise<{ grids: WorkbookGrids | null; error: string | null }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return { grids: null, error: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : (e as Error).message };
  }
  try {
    return { grids: await readGrids(bytes, source), error: null };
  } catch (e) {
    if (e instanceof NotAWorkbookError) return { grids: null, error: 'không phải tệp .xlsx đọc được' };
    throw e;
  }
}

export async function save(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(resolve(file)), { recursive: true });
  await writeFile(file, bytes);
}

/** A file name part from an agency's name: "Sở Xây dựng" → "so-xay-dung". */
export function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'co-quan'
  );
}
