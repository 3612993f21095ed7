/**
 * The upward feature's notes and errors in the language on screen, worded when shown from the
 * data the stores keep (store.ts): Office's errors by their code, the book not usable in the
 * feature's words, anything else in one sentence (errors.ts), never a library's text.
 */
import { Lang } from '../../../core/model';
import { officeErrorMessage, unexpectedErrorText } from '../../errors';
import { upwardStrings } from './strings';
import type { SendNote, UpwardError } from './store';

export type Intent = 'success' | 'error' | 'warning' | 'info';

export function upwardErrorText(err: UpwardError, lang: Lang): string {
  switch (err.kind) {
    case 'notUsable':
      return upwardStrings(lang).notUsable;
    case 'office':
      return officeErrorMessage({ code: err.code }, lang) ?? unexpectedErrorText(lang);
    case 'other':
      return unexpectedErrorText(lang);
  }
}

export function sendNoteView(n: SendNote, lang: Lang): { intent: Intent; text: string } {
  const t = upwardStrings(lang);
  switch (n.kind) {
    case 'sent':
      return { intent: 'success', text: (n.where === 'file' ? t.sentFile : t.sentExcel)(n.fileName, n.proposals, n.checkCode) };
    case 'oldExcelDownload':
      return { intent: 'info', text: t.oldExcelDownload };
    case 'openErrors':
      return { intent: 'warning', text: t.openFindings(n.errors) };
    case 'failed':
      return { intent: 'error', text: upwardErrorText(n.error, lang) };
  }
}
