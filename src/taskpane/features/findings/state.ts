/**
 * The findings list triaged, as plain TypeScript (tested without the DOM): a summary by kind with
 * one fix each, the agency-wide findings pinned first, filters (severity, sheet, unit, kind) and a
 * search. A province's 13,000 findings are prepared once per run; each filter change is one pass.
 */
import { Finding, Lang, Severity } from '../../../core/model';
import { FINDINGS, FindingText } from '../../../core/i18n/findings';
import { configSheetId } from '../../../core/config/sheetNames';
import { fold } from '../../../core/text/normalize';

/**
 * Findings about the whole book whatever cell they are anchored at: the HTXSNV share is counted
 * over the agency (anchored at its first HTXSNV), a book where nothing was recognised, the vote
 * still missing for a title.
 */
const WHOLE_BOOK = new Set(['RATING_SHARE_HIGH', 'BOOK_NOTHING_RECOGNISED', 'VOTE_MISSING', 'UNITS_SHEET_MISSING', 'CONFIG_SHEET_MISSING']);

/** A finding that concerns the agency, not one row: no cell, a config sheet, or a whole-book kind. */
export function isAgencyWide(f: Finding): boolean {
  return WHOLE_BOOK.has(f.code) || !f.cell || isConfigSheet(f.sheet);
}

// A province's 13,000 findings name a few dozen sheets: each name folded and matched once, not per
// finding (that was 0.7 s of the page's thread when the results came).
const configSheets = new Map<string, boolean>();
function isConfigSheet(sheet: string): boolean {
  let yes = configSheets.get(sheet);
  if (yes === undefined) configSheets.set(sheet, (yes = configSheetId(sheet) !== null));
  return yes;
}

export interface Kind {
  code: string;
  severity: Severity;
  count: number;
  /** The kind in words: its short name in the findings table ("Điểm vượt điểm tối đa"; a code outside the table: its first finding's message). */
  name: string;
  /**
   * One fix line for the kind, complete: the findings table's when it has no blanks to fill, else
   * its first finding's own (then `example` is set and the view says it is an example).
   */
  fix: string;
  example?: boolean;
}

function kindOf(f: Finding, lang: Lang): Kind {
  const t = (FINDINGS as Record<string, FindingText>)[f.code];
  return {
    code: f.code,
    severity: f.severity,
    count: 1,
    name: t ? (lang === 'vi' ? t.kindVi : t.kindEn) : f.message,
    ...kindFix(t ? (lang === 'vi' ? t.fixVi : t.fixEn) : null, f.fix),
  };
}

function kindFix(template: string | null, own: string): { fix: string; example?: boolean } {
  if (template !== null && !/\{\w+\}/.test(template)) return { fix: template };
  if (!own) return { fix: '' };
  return template !== null ? { fix: own, example: true } : { fix: own };
}

export interface Prepared {
  /** Pinned first (agency-wide), then errors, then warnings; in each, in the book's order. */
  ordered: Finding[];
  pinned: number;
  kinds: Kind[];
  sheets: string[];
  units: string[];
  /** The unit each finding is about: its own, or the unit of the sheet it is on. */
  unitOf: string[];
  /** Folded text searched: message, person, unit, sheet, cell. Built on the first search. */
  folded: string[] | null;
  errors: number;
  warnings: number;
}

export interface Filter {
  severity: Severity | '';
  sheet: string;
  unit: string;
  code: string;
  query: string;
}

export const NO_FILTER: Filter = { severity: '', sheet: '', unit: '', code: '', query: '' };

/**
 * Once per run. `unitOfSheet`: the unit of each score sheet (from the run's people), for the
 * findings a sheet reader logs before it knows the unit.
 */
export function prepare(findings: readonly Finding[], unitOfSheet: ReadonlyMap<string, string> = new Map(), lang: Lang = 'vi'): Prepared {
  const pinned: Finding[] = [];
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const kinds = new Map<string, Kind>();
  const sheets = new Set<string>();
  const units = new Set<string>();
  for (const f of findings) {
    (isAgencyWide(f) ? pinned : f.severity === 'error' ? errors : warnings).push(f);
    const k = kinds.get(f.code);
    if (k) k.count++;
    else kinds.set(f.code, kindOf(f, lang));
    if (f.sheet) sheets.add(f.sheet);
  }
  // Errors before warnings among the pinned too.
  pinned.sort((a, b) => rank(a.severity) - rank(b.severity));
  const ordered = pinned.concat(errors, warnings);
  const unitOf = ordered.map((f) => {
    const u = f.unit || unitOfSheet.get(f.sheet) || '';
    if (u) units.add(u);
    return u;
  });
  let e = 0;
  for (const f of findings) if (f.severity === 'error') e++;
  return {
    ordered,
    pinned: pinned.length,
    kinds: [...kinds.values()].sort((a, b) => rank(a.severity) - rank(b.severity) || b.count - a.count || a.code.localeCompare(b.code)),
    sheets: [...sheets],
    units: [...units].sort(UNIT_ORDER.compare),
    unitOf,
    folded: null,
    errors: e,
    warnings: findings.length - e,
  };
}

// One collator: localeCompare with a locale builds one per comparison (0.35 s for 60 units' names).
const UNIT_ORDER = new Intl.Collator('vi', { numeric: true });

function rank(s: Severity): number {
  return s === 'error' ? 0 : 1;
}

/** The text a search looks in, folded (no diacritics, lower case): "nguyen van a" finds "Nguyễn Văn A". */
function searchText(p: Prepared): string[] {
  if (!p.folded) p.folded = p.ordered.map((f, i) => fold(`${f.candidate} ${p.unitOf[i]} ${f.sheet} ${f.cell} ${f.message}`));
  return p.folded;
}

/** A query's words, folded; every word must be found. */
export function queryWords(q: string): string[] {
  return fold(q).split(' ').filter(Boolean);
}

/** The findings the filter keeps, pinned first: indexes into `p.ordered`, and how many of those are pinned. */
export function apply(p: Prepared, f: Filter): { rows: number[]; pinned: number } {
  const words = queryWords(f.query);
  const text = words.length ? searchText(p) : null;
  const rows: number[] = [];
  let pinned = 0;
  for (let i = 0; i < p.ordered.length; i++) {
    const x = p.ordered[i];
    if (f.severity && x.severity !== f.severity) continue;
    if (f.code && x.code !== f.code) continue;
    if (f.sheet && x.sheet !== f.sheet) continue;
    if (f.unit && p.unitOf[i] !== f.unit) continue;
    if (text && !words.every((w) => text[i].includes(w))) continue;
    rows.push(i);
    if (i < p.pinned) pinned++;
  }
  return { rows, pinned };
}

/** Whether a filter narrows anything (the pane offers "show all" then). */
export function isFiltered(f: Filter): boolean {
  return f.severity !== '' || f.sheet !== '' || f.unit !== '' || f.code !== '' || f.query.trim() !== '';
}

/** Same finding (the pane picks findings by value: a re-run in another language makes new objects). */
export function sameFinding(a: Finding | null | undefined, b: Finding | null | undefined): boolean {
  return !!a && !!b && a.code === b.code && a.sheet === b.sheet && a.cell === b.cell && a.message === b.message;
}
