import { FEATURE_SETS, OfficeEnv } from './officeEnv';
import { bytesToBase64 } from './base64';

/**
 * A new workbook opened in Excel from .xlsx bytes (`Excel.createWorkbook`, ExcelApi 1.8): the
 * upward workbook, the roll-up, the unit templates, the error file and the chase list are new
 * files, never sheets added to the user's book. Where the API is missing the pane downloads them.
 */
export type WorkbookCreator = (base64: string) => Promise<void>;

/** Excel's own, inside Office; null where Office.js has none. */
export function creatorFromGlobals(g: { Excel?: { createWorkbook?(base64?: string): Promise<void> } } = globalThis as never): WorkbookCreator | null {
  const excel = g.Excel;
  if (!excel || typeof excel.createWorkbook !== 'function') return null;
  return (b64) => excel.createWorkbook!(b64);
}

/** Opens the bytes as a new workbook; false when this Excel cannot (older than ExcelApi 1.8). */
export async function openNewWorkbook(env: OfficeEnv, create: WorkbookCreator | null, bytes: Uint8Array): Promise<boolean> {
  if (!create || !env.supports(FEATURE_SETS.createWorkbook)) return false;
  await create(bytesToBase64(bytes));
  return true;
}

/** Several files, each its own new workbook; how many were opened. */
export async function openAsNewWorkbooks(create: WorkbookCreator, files: Uint8Array[]): Promise<number> {
  for (const bytes of files) await create(bytesToBase64(bytes));
  return files.length;
}
