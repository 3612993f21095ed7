import { FEATURE_SETS, OfficeEnv } from './officeEnv';

/**
 * A new workbook opened in Excel from .xlsx bytes (`Excel.createWorkbook`, ExcelApi 1.8): the
 * upward workbook and the roll-up are new files, never sheets added to the user's book.
 */
export type WorkbookCreator = (base64: string) => Promise<void>;

/** Excel's own, inside Office; null where Office.js has none. */
export function creatorFromGlobals(g: { Excel?: { createWorkbook?(base64?: string): Promise<void> } } = globalThis as never): WorkbookCreator | null {
  const excel = g.Excel;
  if (!excel || typeof excel.createWorkbook !== 'function') return null;
  return (b64) => excel.createWorkbook!(b64);
}

export function toBase64(bytes: Uint8Array): string {
  // In chunks: String.fromCharCode(...a) on megabytes overflows the call stack.
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Opens the bytes as a new workbook; false when this Excel cannot (older than ExcelApi 1.8). */
export async function openNewWorkbook(env: OfficeEnv, create: WorkbookCreator | null, bytes: Uint8Array): Promise<boolean> {
  if (!create || !env.supports(FEATURE_SETS.createWorkbook)) return false;
  await create(toBase64(bytes));
  return true;
}
