import { Lang } from '../model';
import { t } from './words';
import { NOT_WORKBOOK_WORDS as W } from './notWorkbook.words';
import { ZipHoldsText, zipHoldsSentence } from '../../sheet/zipHolds';

/** The reader's reasons that have their own sentence (the catalogue's keys of the same names). */
const REASONS = ['empty', 'encrypted', 'legacyXls', 'xlsb', 'ods', 'notZip', 'truncated', 'noWorkbook', 'badPart', 'strict'] as const;
type Reason = (typeof REASONS)[number];

/**
 * Why a file is not a readable workbook, naming the file, keyed by the reader's stable `reason`
 * code (encrypted, legacyXls, xlsb, ods, notZip, truncated, noWorkbook, badPart, strict, and
 * `empty` for a 0-byte file): one wording for the command line and the task pane, so the reader's
 * or a library's text is never shown. Unknown reasons get the generic sentence.
 */
export function notWorkbookMessage(e: unknown, path: string, L: Lang): string {
  const x = (e ?? {}) as { reason?: string; part?: string; sheet?: string; holds?: ZipHoldsText };
  // A zip without a workbook, said for what it is (a Word or PowerPoint file, an archive…).
  if (x.reason === 'noWorkbook' && x.holds) return zipHoldsSentence(x.holds, `"${path}"`, L);
  const where = x.sheet ? t(W, L, 'sheetPart', { sheet: x.sheet }) : x.part ? t(W, L, 'packagePart', { part: x.part }) : t(W, L, 'somePart');
  const reason = (REASONS as readonly (string | undefined)[]).includes(x.reason) ? (x.reason as Reason) : 'other';
  return t(W, L, reason, { file: path, where });
}
