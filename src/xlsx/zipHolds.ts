import type { ZipHoldsText } from '../sheet/zipHolds';

/**
 * What a zip that holds no workbook is, said by what is in it: a Word or PowerPoint file, an
 * OpenDocument text or presentation, an .xlsx whose workbook part is missing (damaged), or an
 * archive of other files (a few of their names shown), so the message says what the file is.
 */
export type ZipHolds = ZipHoldsText;

/** What it needs of the archive (the archive itself, without importing it: it raises errors.ts). */
export interface ZipListing {
  entries: ReadonlyMap<string, unknown>;
  has(name: string): boolean;
  text(name: string): string | undefined;
}

export function whatZipHolds(zip: ZipListing): ZipHolds {
  const names = [...zip.entries.keys()].filter((n) => !n.endsWith('/'));
  const base = { count: names.length, names: names.slice(0, 3) };
  const mime = zip.has('mimetype') ? (zip.text('mimetype') ?? '') : '';
  if (mime.startsWith('application/vnd.oasis.opendocument.text')) return { kind: 'odText', ...base };
  if (mime.startsWith('application/vnd.oasis.opendocument.presentation')) return { kind: 'odPresentation', ...base };
  if (names.some((n) => n.startsWith('word/'))) return { kind: 'docx', ...base };
  if (names.some((n) => n.startsWith('ppt/'))) return { kind: 'pptx', ...base };
  if (names.some((n) => n.startsWith('xl/')) || names.includes('[Content_Types].xml')) return { kind: 'xlsxDamaged', ...base };
  return { kind: 'archive', ...base };
}
