import type { Severity } from '../../model';

/**
 * Every finding the engine can report, in the words emulation officers use, with how to fix it.
 * `{x}` is replaced by the finding's parameters.
 */
export interface FindingText {
  severity: Severity;
  /**
   * The kind of problem in a few words, as the pane's summary "by kind" names it: a noun phrase,
   * no `{x}` blanks, no final full stop ("Điểm vượt điểm tối đa").
   */
  kindVi: string;
  kindEn: string;
  vi: string;
  en: string;
  fixVi: string;
  fixEn: string;
}
