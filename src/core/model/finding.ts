/**
 * A worded part inside another text, kept as data (its catalogue's area, its key, its own values)
 * so that the whole can be worded again in the other language: the "reason" of a finding, say.
 * Plain data, so it crosses to and from the pane's worker as it is (i18n/words.ts words it).
 */
export interface Phrase {
  readonly area: string;
  readonly key: string;
  readonly params?: Params;
}

/** Values put into a text's `{name}` blanks: as they are, or a phrase worded in the text's language. */
export type ParamValue = string | number | Phrase;
export type Params = Readonly<Record<string, ParamValue>>;

export type Severity = 'error' | 'warning';

export interface Finding {
  severity: Severity;
  code: string;
  sheet: string;
  /** A1 address, or '' when the finding concerns the sheet as a whole. */
  cell: string;
  /** The same cell, 0-based, for hosts that select it. */
  row: number | null;
  col: number | null;
  unit: string;
  candidate: string;
  /** The values of the catalogue text's blanks: the finding can be worded again in any language. */
  params: Params;
  /** Worded in the run's language (i18n/findings.ts); `wordFinding` words it in another. */
  message: string;
  fix: string;
  /** The other place the finding points at (the first row of a duplicate person), for a link. */
  other?: { sheet: string; cell: string; row: number; col: number };
}

export type Lang = 'vi' | 'en';
