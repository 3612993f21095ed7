import { Lang } from '../core/model';
import { t } from '../core/i18n/words';
import { ARGS_WORDS as W } from './args.words';

/** The command line's options, shared by every command (each reads the ones it needs). */
export interface Args {
  command: string;
  /** Positional arguments after the command: the input book(s). */
  files: string[];
  /** The first positional argument, for commands that take one book. */
  file: string | null;
  out: string | null;
  json: boolean;
  lang: Lang;
  year: number | null;
  org: string | undefined;
  sheets: string[];
  from: 'TCVN3' | 'VNI' | undefined;
  /** Replace generated sheets the user has changed since they were written. */
  force: boolean;
  /** The upper level's rules book (roll-up). */
  rules: string | null;
  /** The provincial system's import file (consolidate, roll-up). */
  export: string | null;
  /** import: replace the earlier sheets of units that sent again, after their changes were shown. */
  accept: boolean;
  /** templates: a staff list (.xlsx with Họ và tên and Đơn vị columns) to pre-fill the people. */
  people: string | null;
}

/** Years a campaign can be for: outside this range a typed year is a slip (99999, 0, "abc"). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

export function parseArgs(argv: string[]): Args | string {
  const a: Args = {
    command: argv[0] ?? 'help',
    files: [],
    file: null,
    out: null,
    json: false,
    lang: 'vi',
    year: null,
    org: undefined,
    sheets: [],
    from: undefined,
    force: false,
    rules: null,
    export: null,
    accept: false,
    people: null,
  };
  // The language first, so that every usage message below is in the user's language.
  const li = argv.indexOf('--lang');
  const L: Lang = li >= 0 && argv[li + 1] === 'en' ? 'en' : 'vi';
  /** The value after an option, or null when the option is last or followed by another option. */
  const value = (i: number): string | null => {
    const v = argv[i];
    return v === undefined || (v.startsWith('-') && v.length > 1 && !/^-\d/.test(v)) ? null : v;
  };
  const missing = (x: string) => t(W, L, 'missingValue', { option: x });
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '--force') a.force = true;
    else if (x === '--accept') a.accept = true;
    else if (x === '-o' || x === '--out' || x === '--rules' || x === '--org' || x === '--sheet' || x === '--export' || x === '--people') {
      const v = value(++i);
      if (v === null) return missing(x);
      if (x === '-o' || x === '--out') a.out = v;
      else if (x === '--rules') a.rules = v;
      else if (x === '--org') a.org = v;
      else if (x === '--export') a.export = v;
      else if (x === '--people') a.people = v;
      else a.sheets.push(v);
    } else if (x === '--lang') {
      const l = argv[++i];
      if (l !== 'vi' && l !== 'en') return `--lang nhận vi hoặc en, không phải "${l ?? ''}" / --lang takes vi or en, not "${l ?? ''}"`;
      a.lang = l;
    } else if (x === '--year') {
      const v = value(++i);
      if (v === null) return missing(x);
      const y = /^\d{1,6}$/.test(v.trim()) ? Number(v) : NaN;
      if (!Number.isInteger(y)) return t(W, L, 'yearNotDigits', { value: v });
      if (y < YEAR_RANGE.min || y > YEAR_RANGE.max) return t(W, L, 'yearOutside', { year: y, min: YEAR_RANGE.min, max: YEAR_RANGE.max });
      a.year = y;
    } else if (x === '--from') {
      const f = (argv[++i] ?? '').toUpperCase();
      if (f !== 'TCVN3' && f !== 'VNI') return t(W, L, 'fromValue', { value: argv[i] ?? '' });
      a.from = f;
    } else if (x.startsWith('-') && x.length > 1) return t(W, L, 'unknownOption', { option: x });
    else a.files.push(x);
  }
  a.file = a.files[0] ?? null;
  return a;
}

export type Out = { log(s: string): void; err(s: string): void };
