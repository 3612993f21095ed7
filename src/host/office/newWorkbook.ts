import { bytesToBase64 } from './base64';

/**
 * Opens .xlsx files as new workbooks in Excel (Excel.createWorkbook, ExcelApi 1.8): the unit
 * templates, the error file, the chase list. The open workbook is not touched. Where the API
 * is missing the pane offers the files as downloads instead.
 */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** Excel.createWorkbook from Office's globals, or null outside Office / before 1.8. */
export function createWorkbookFromGlobals(g: { Excel?: { createWorkbook?: CreateWorkbook } } = globalThis as never): CreateWorkbook | null {
  const f = g.Excel?.createWorkbook;
  return typeof f === 'function' ? (b64) => f(b64) : null;
}

export async function openAsNewWorkbooks(create: CreateWorkbook, files: Uint8Array[]): Promise<number> {
  for (const bytes of files) await create(bytesToBase64(bytes));
  return files.length;
}
