/**
 * Errors and notes of the run as data, and their words in the language on screen. A file that is
 * not a workbook is told by the reader's reason code, in the same words as the command line
 * (core/i18n/notWorkbook); Office's errors by their code (errors.ts); no library's text is shown.
 */
import { Lang } from '../../../core/model';
import { notWorkbookMessage } from '../../../core/i18n/notWorkbook';
import { officeErrorCode, officeErrorMessage, unexpectedErrorText } from '../../errors';
import { Strings } from '../../i18n';
import { Note, PaneError } from './state';

/** Reader reasons that mean "this file cannot be read": repeating the run repeats the error. */
const UNREADABLE = new Set(['empty', 'encrypted', 'legacyXls', 'xlsb', 'ods', 'notZip', 'truncated', 'noWorkbook', 'badPart', 'strict']);

function readerReason(e: unknown): { reason: string; part?: string; sheet?: string } | null {
  const x = e as { name?: string; reason?: unknown; part?: string; sheet?: string } | null;
  if (!x || typeof x !== 'object') return null;
  if (typeof x.reason === 'string' && UNREADABLE.has(x.reason)) return { reason: x.reason, part: x.part, sheet: x.sheet };
  if (x.name === 'NotAWorkbookError') return { reason: 'unknown', part: x.part, sheet: x.sheet };
  return null;
}

export function isUnreadable(e: unknown): boolean {
  return readerReason(e) !== null;
}

export function describeError(e: unknown, file: string): PaneError {
  const r = readerReason(e);
  if (r) return { kind: 'notWorkbook', file, ...r };
  const code = officeErrorCode(e);
  if (code) return { kind: 'office', code };
  return { kind: 'other', message: e instanceof Error ? e.message : String(e) };
}

export function errorText(err: PaneError, t: Strings, lang: Lang): string {
  switch (err.kind) {
    case 'notWorkbook':
      return notWorkbookMessage(err, err.file || t.thisFile, lang);
    case 'office':
      return `${t.failed}: ${officeErrorMessage({ code: err.code }, lang)}`;
    case 'other':
      // The error's own text is kept in the state, not shown (see unexpectedErrorText).
      return `${t.failed}: ${unexpectedErrorText(lang)}`;
  }
}

export type Intent = 'success' | 'error' | 'warning' | 'info';

export function noteView(n: Note, t: Strings, lang: Lang): { intent: Intent; text: string } {
  const list = (xs: string[]) => xs.map((x) => `"${x}"`).join(', ');
  switch (n.kind) {
    case 'written':
      return { intent: 'success', text: t.sheetsWritten(n.sheets.join(', ')) };
    case 'notWritten':
      return { intent: 'warning', text: t.notWritten(list(n.sheets)) };
    case 'skippedFeatures':
      return { intent: 'info', text: t.skippedFeatures(n.features.map((k) => t.featureNames[k] ?? k).join(', ')) };
    case 'cancelled':
      return { intent: 'warning', text: n.stage === 'open' ? t.cancelledOpen : n.stage === 'write' ? t.cancelledWrite(n.keptDownload) : t.cancelled };
    case 'failed':
      return { intent: 'error', text: errorText(n.error, t, lang) };
    case 'hiddenSheet':
      return { intent: 'info', text: t.hiddenSheet(n.sheet, n.cell) };
    case 'templateDone':
      return { intent: 'success', text: t.templateDone(n.sheets.join(', ')) };
    case 'templateExists':
      return { intent: 'warning', text: `${t.templateExists} (${n.sheets.join(', ')})` };
    case 'nothingRecognised':
      return { intent: 'warning', text: n.inExcel ? t.nothingRecognisedExcel : t.nothingRecognised };
  }
}
