/**
 * Vietnamese text as it arrives from real sheets: composed or decomposed Unicode, stray spaces,
 * with or without diacritics. Matching is done on folded keys; display keeps the NFC text.
 */
import { isWhiteSpace } from '../../sheet/whiteSpace';

const COMBINING = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * `s.normalize('NFC')`, without the call when every unit is below U+0300 or a letter of Latin
 * Extended Additional (U+1E00–U+1EFF): ASCII and the precomposed letters Vietnamese is written in,
 * which no rule composes or reorders, so the text is NFC as it is (a test checks every such unit
 * alone and in every pair). Names and labels are nearly all such text, and the call is costly.
 */
export function toNfc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0x1e00 || c >= 0x1f00)) return s.normalize('NFC');
  }
  return s;
}

/** Clean display form: NFC, single spaces, trimmed. */
export function cleanText(s: string): string {
  const n = toNfc(s);
  // Most cells are clean already: then no new string is made.
  return MESSY_SPACE.test(n) ? n.replace(/[\s\u00a0]+/g, ' ').trim() : n;
}

/** Any white space but a single inner space: a leading or trailing one, two in a row, a tab, a line break, a no-break space. */
const MESSY_SPACE = /^\s|\s$|\s\s|[^\S ]/;

const foldCache = new Map<string, string>();

/** Lower case, no diacritics, đ → d, single spaces. "Họ và tên" and "HO VA TEN" give "ho va ten". */
export function fold(s: string): string {
  // Headers, ratings, unit names and titles repeat on every sheet: remember them.
  let f = foldCache.get(s);
  if (f === undefined) {
    f = foldText(s);
    if (foldCache.size > 50000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

/**
 * fold() one character at a time through a table of the Latin letters Vietnamese uses (each
 * folded once by the Unicode rule below), which is several times faster than NFD plus regular
 * expressions on a province's 9,000 names. Any character outside the table sends the whole
 * string to the Unicode rule, so both give the same key (a test checks this).
 */
function foldText(s: string): string {
  if (s.length > 4096) return foldByUnicode(s);
  const table = FOLD_TABLE ?? (FOLD_TABLE = foldTable());
  const out: number[] = [];
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    let f: number;
    if (ch < 128) f = ch >= 65 && ch <= 90 ? ch + 32 : ch === 32 || (ch >= 9 && ch <= 13) ? SPACE : ch;
    else if (ch < table.length) f = table[ch];
    else f = (ch >= 0x2010 && ch <= 0x2015) || ch === 0x2212 ? 45 : isWhiteSpace(ch) ? SPACE : OTHER;
    if (f === OTHER) return foldByUnicode(s);
    if (f === DROP) continue;
    if (f === SPACE) {
      space = out.length > 0;
      continue;
    }
    if (space) out.push(32);
    space = false;
    out.push(f);
  }
  return String.fromCharCode(...out);
}

const OTHER = -1;
const DROP = -2;
const SPACE = -3;
let FOLD_TABLE: Int16Array | null = null;

/**
 * Only these blocks hold letters that fold to one ASCII letter, combining marks (dropped), or
 * punctuation whose decomposition is ASCII (U+037E): below U+1F00, everything else is white space
 * or OTHER. Running the rule on these 850 code points instead of all 7,800 makes the table in a
 * fraction of the time, at every start (the test of every code point below U+2100 checks the blocks).
 */
const FOLDABLE_BLOCKS: readonly (readonly [number, number])[] = [
  [0x80, 0x250], // Latin-1 Supplement, Latin Extended-A and B
  [0x300, 0x380], // combining marks, Greek question mark
  [0x1e00, 0x1f00], // Latin Extended Additional: the Vietnamese letters with two marks
];

/** For each code point below U+1F00: its folded ASCII code, DROP, SPACE, or OTHER (use the Unicode rule). */
function foldTable(): Int16Array {
  const t = new Int16Array(0x1f00).fill(OTHER);
  for (let cp = 128; cp < t.length; cp++) if (isWhiteSpace(cp)) t[cp] = SPACE;
  for (const [from, to] of FOLDABLE_BLOCKS)
    for (let cp = from; cp < to; cp++) {
      if (t[cp] === SPACE) continue;
      const c = String.fromCharCode(cp);
      // Only a letter whose decomposition starts in ASCII, a combining mark, or đ/Đ can fold to one
      // ASCII letter: the rest (Greek, Cyrillic…) are OTHER without running the whole rule on them.
      const first = c.normalize('NFD').charCodeAt(0);
      if (first >= 128 && !(first >= 0x300 && first <= 0x36f) && cp !== 0x110 && cp !== 0x111) continue;
      const f = foldByUnicode(c);
      if (f === '') t[cp] = cp >= 0x300 && cp <= 0x36f ? DROP : OTHER;
      else if (f.length === 1 && f.charCodeAt(0) < 128 && f !== ' ') t[cp] = f.charCodeAt(0);
    }
  return t;
}

/** The rule itself: NFD, drop the combining marks, đ → d, dashes → '-', lower case, single spaces. */
export function foldByUnicode(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** fold() with punctuation turned into spaces: for headers, unit names, sheet names. */
export function matchKey(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9%.]+/g, ' ')
    .replace(/(^|\s)\.+|\.+(\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key that identifies a person's name: folded, punctuation-free. */
export function nameKey(s: string): string {
  return nameKeyOfFolded(fold(s));
}

export function nameKeyOfFolded(folded: string): string {
  return /^[a-z0-9 ]*$/.test(folded)
    ? folded
    : folded
        .replace(/[^a-z0-9 ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/** Initials of a title's words, "Lao động tiên tiến" → "ldtt": how staff abbreviate titles. */
export function initials(s: string): string {
  return fold(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0])
    .join('');
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Parts of a Vietnamese personal name in the order lists are sorted: given, middle, family. */
export interface NameSortKey {
  given: string;
  middle: string;
  family: string;
  full: string;
}

export function nameSortKey(name: string, isPerson: boolean): NameSortKey {
  const full = cleanText(name);
  // Clean text has single spaces: the family name is before the first, the given name after the last.
  const first = full.indexOf(' ');
  if (!isPerson || first < 0) return { given: full, middle: '', family: '', full };
  const last = full.lastIndexOf(' ');
  return { given: full.slice(last + 1), middle: first === last ? '' : full.slice(first + 1, last), family: full.slice(0, first), full };
}

/** Vietnamese list order: given name, then middle, then family name, with Vietnamese collation. */
export function compareNames(a: NameSortKey, b: NameSortKey): number {
  return collator.compare(a.given, b.given) || collator.compare(a.middle, b.middle) || collator.compare(a.family, b.family) || collator.compare(a.full, b.full);
}

/**
 * Collation ranks of many names at once: each distinct given, middle and family name is collated
 * once, so sorting thousands of people compares integers, not strings. Indexed like the names.
 */
export interface NameRanks {
  given: Int32Array;
  middle: Int32Array;
  family: Int32Array;
  full: string[];
}

export function rankNames(names: readonly string[], isPerson: (i: number) => boolean): NameRanks {
  const n = names.length;
  const given: string[] = new Array<string>(n);
  const middle: string[] = new Array<string>(n);
  const family: string[] = new Array<string>(n);
  const full: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const k = nameSortKey(names[i], isPerson(i));
    given[i] = k.given;
    middle[i] = k.middle;
    family[i] = k.family;
    full[i] = k.full;
  }
  const ordinal = (parts: string[]): Int32Array => {
    const distinct = [...new Set(parts)].sort(collator.compare);
    const m = new Map<string, number>();
    let rank = 0;
    for (let i = 0; i < distinct.length; i++) {
      if (i > 0 && collator.compare(distinct[i - 1], distinct[i]) !== 0) rank = i;
      m.set(distinct[i], rank);
    }
    const out = new Int32Array(parts.length);
    for (let i = 0; i < parts.length; i++) out[i] = m.get(parts[i])!;
    return out;
  };
  return { given: ordinal(given), middle: ordinal(middle), family: ordinal(family), full };
}

/** Vietnamese name order of the i-th and j-th names of one rankNames() result. */
export function compareNameRanks(r: NameRanks, i: number, j: number): number {
  return (
    r.given[i] - r.given[j] || r.middle[i] - r.middle[j] || r.family[i] - r.family[j] || (r.full[i] === r.full[j] ? 0 : collator.compare(r.full[i], r.full[j]))
  );
}

export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Legacy 8-bit Vietnamese encodings read as Latin-1. TCVN3 (.VnTime) puts tone marks on
 * symbols such as ¸ µ ¶ · ¹ and on capitals inside words ("NguyÔn"); VNI writes the marks as
 * trailing letters that Vietnamese never uses (ø ï ë ä ö ü å æ î ñ) or after a vowel
 * where Vietnamese never puts one ("Nguyeãn", "Vaên"). Detection only: the
 * text is never changed without the user's word.
 */
export function detectLegacyEncoding(s: string): 'TCVN3' | 'VNI' | null {
  if (!/[\u00a1-\u00ff]/.test(s)) return null;
  if (/[¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿]/.test(s)) return 'TCVN3';
  if (/[a-zđ][ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/.test(s) && s.normalize('NFC') === s) return 'TCVN3';
  if (/[øïëäöüåæîñÿ]/i.test(s) || /[aeo][âêôã]|[aeiouy][û]/i.test(s)) return 'VNI';
  return null;
}
