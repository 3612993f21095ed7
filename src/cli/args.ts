import { Lang } from '../core/model';

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

export function parseArgs(argv: string[]): Args | string {
  const a: Args = { command: argv[0] ?? 'help', files: [], file: null, out: null, json: false, lang: 'vi', year: null, org: undefined, sheets: [], from: undefined, force: false, rules: null, export: null, accept: false, people: null };
  for (let i = 1; i < argv.length; i++) {
    const x = argv[i];
    if (x === '--json') a.json = true;
    else if (x === '--force') a.force = true;
    else if (x === '-o' || x === '--out') a.out = argv[++i] ?? null;
    else if (x === '--rules') a.rules = argv[++i] ?? null;
    else if (x === '--export') a.export = argv[++i] ?? null;
    else if (x === '--accept') a.accept = true;
    else if (x === '--people') a.people = argv[++i] ?? null;
    else if (x === '--lang') {
      const l = argv[++i];
      if (l !== 'vi' && l !== 'en') return `--lang nhận vi hoặc en, không phải "${l}"`;
      a.lang = l;
    } else if (x === '--year') a.year = Number(argv[++i]);
    else if (x === '--org') a.org = argv[++i];
    else if (x === '--sheet') a.sheets.push(argv[++i] ?? '');
    else if (x === '--from') {
      const f = (argv[++i] ?? '').toUpperCase();
      if (f !== 'TCVN3' && f !== 'VNI') return `--from nhận tcvn3 hoặc vni, không phải "${argv[i]}"`;
      a.from = f;
    } else if (x.startsWith('-')) return `Không hiểu tùy chọn "${x}"`;
    else a.files.push(x);
  }
  a.file = a.files[0] ?? null;
  return a;
}

export type Out = { log(s: string): void; err(s: string): void };
