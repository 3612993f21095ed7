import { CellValue } from '../../sheet/grid';
import { t } from '../i18n/words';
import { NUMBER_WORDS as W } from './numbers.words';

/**
 * A number typed by a person. Accepts "9,5" and "9.5" (one separator = decimal mark) and
 * "1.250.000" (repeated separators = thousands). `fromText` says it arrived as text, which the
 * validator reports: Excel will not sum such a cell.
 */
export type ParsedNumber = { kind: 'blank' } | { kind: 'number'; value: number; fromText: boolean } | { kind: 'invalid'; text: string };

const PLAIN = /^[+-]?\d+(?:[.,]\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:([.,])\d{3})(?:\1\d{3})+(?:[.,]\d+)?$/;

export function parseNumber(v: CellValue): ParsedNumber {
  if (v === null) return { kind: 'blank' };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v, fromText: false } : { kind: 'invalid', text: String(v) };
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  const t = v.replace(/[\s\u00a0]+/g, '');
  if (t === '' || t === '-' || t === '–') return { kind: 'blank' };
  if (PLAIN.test(t)) return { kind: 'number', value: Number(t.replace(',', '.')), fromText: true };
  const m = THOUSANDS.exec(t);
  if (m) {
    const sep = m[1];
    const other = sep === '.' ? ',' : '.';
    const normal = t.split(sep).join('').replace(other, '.');
    const value = Number(normal);
    if (Number.isFinite(value)) return { kind: 'number', value, fromText: true };
  }
  return { kind: 'invalid', text: v.trim() };
}

/** Round away binary noise so that 0.1 + 0.2 ties with 0.3 when scores are compared. */
export function roundScore(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * Scores are summed as whole numbers of 10⁻⁸ point: exact for typed scores and weights (a score
 * of 2 decimals times a weight of up to 6 is a whole number of units) and for totals up to 90
 * million points (2⁵³ units), and integer sums do not depend on the order of their terms.
 */
export const POINT_UNITS = 1e8;

/**
 * A number of points (a typed score, or a score times its weight) in units of 10⁻⁸ point. The
 * double product lies within far less than half a unit of the exact decimal product whenever that
 * is a whole number of units, so rounding recovers it; and the result depends on the value alone,
 * so the same item scores always give the same units.
 */
export function toUnits(points: number): number {
  return Math.round(points * POINT_UNITS);
}

/** A number's text (JavaScript's decimal point) with the language's decimal mark. */
function withDecimalMark(s: string, lang: 'vi' | 'en'): string {
  return s.replace('.', t(W, lang, 'decimalMark'));
}

/** Vietnamese display of a score: decimal comma, at most two decimals. */
export function formatScore(x: number, lang: 'vi' | 'en' = 'vi'): string {
  const s = (Math.round(x * 100) / 100).toString();
  return withDecimalMark(s, lang);
}

/**
 * A score shown beside the threshold it was compared with: two decimals, unless those would show
 * it equal to a threshold it is not (69,99996 is not "70"), then every decimal it has.
 */
export function formatScoreAgainst(x: number, threshold: number, lang: 'vi' | 'en' = 'vi'): string {
  const shown = formatScore(x, lang);
  if (toUnits(x) === toUnits(threshold) || shown !== formatScore(threshold, lang)) return shown;
  const s = (toUnits(x) / POINT_UNITS).toString();
  return withDecimalMark(s, lang);
}

/** Excel serial date (1900 system) to ISO yyyy-mm-dd. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // The civil date of a day count (H. Hinnant's algorithm): exact, and no Date object per cell.
  const z = Math.floor(Math.round((serial - 25569) * 86400000) / 86400000) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** A date of birth as a real date (serial) or text "dd/mm/yyyy", "d-m-yyyy", "yyyy-mm-dd". */
export function parseDate(v: CellValue): { kind: 'blank' } | { kind: 'date'; iso: string } | { kind: 'invalid'; text: string } {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { kind: 'blank' };
  if (typeof v === 'number') {
    const iso = serialToIso(v);
    return iso ? { kind: 'date', iso } : { kind: 'invalid', text: String(v) };
  }
  if (typeof v === 'boolean') return { kind: 'invalid', text: String(v) };
  const t = v.trim();
  const dmy = dayMonthYear(t);
  if (dmy >= 0) return validDate(Math.floor(dmy / 10000), Math.floor(dmy / 100) % 100, dmy % 100, t);
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1]), t);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3]), t);
  return { kind: 'invalid', text: t };
}

/**
 * "dd/mm/yyyy" (or d-m-yyyy, dd.mm.yyyy) read without a regular expression, the way most dates of
 * birth arrive: yyyymmdd as one number, or -1 for any other shape (the expressions then decide).
 */
function dayMonthYear(t: string): number {
  let i = 0;
  let day = 0;
  let month = 0;
  for (let field = 0; field < 3; field++) {
    let value = 0;
    let digits = 0;
    for (; i < t.length; i++, digits++) {
      const ch = t.charCodeAt(i) - 48;
      if (ch < 0 || ch > 9) break;
      value = value * 10 + ch;
    }
    if (field === 2) return digits === 4 && i === t.length ? value * 10000 + month * 100 + day : -1;
    // Day and month: one or two digits, then a separator.
    if (digits < 1 || digits > 2 || i >= t.length) return -1;
    const sep = t[i++];
    if (sep !== '/' && sep !== '.' && sep !== '-') return -1;
    if (field === 0) day = value;
    else month = value;
  }
  return -1;
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDate(y: number, mo: number, d: number, text: string): { kind: 'date'; iso: string } | { kind: 'invalid'; text: string } {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && leap ? 29 : DAYS[mo - 1])) return { kind: 'invalid', text };
  return { kind: 'date', iso: `${String(y).padStart(4, '0')}-${mo < 10 ? '0' : ''}${mo}-${d < 10 ? '0' : ''}${d}` };
}

/** ISO date to the dd/mm/yyyy staff write. */
export function isoToVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
