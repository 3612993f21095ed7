import { Finding, Severity } from '../../core/model';

/**
 * A run's findings as they cross from the engine's worker: one table of distinct strings and, per
 * finding, eleven small integers. A province's 13,000 findings repeat a few thousand strings (the fix
 * is the same for every finding of a kind, sheet and unit names recur, most messages recur), so the
 * crossing copies each string once instead of once per finding. The page rebuilds the same
 * findings, in the same order (`unpackFindings`).
 */
export interface PackedFindings {
  /** Every distinct string the findings use, once. */
  strings: string[];
  /**
   * `FIELDS` per finding, in the findings' order: an index into `strings` for the text fields, the
   * row and column as numbers (-1 for null). Findings carried whole (in `whole`) have no row here.
   */
  rows: Int32Array;
  /** Findings that do not fit the eleven integers (one pointing at another place, or of an unusual shape), whole, by position. */
  whole: [at: number, finding: Finding][];
}

/**
 * The text fields, the parameters (as JSON: the page words a finding again in the other language
 * from them), then row and column: the order of a finding's integers in `rows`.
 */
const TEXTS = ['severity', 'code', 'sheet', 'cell', 'unit', 'candidate', 'message', 'fix'] as const;
const FIELDS = TEXTS.length + 3;
/** A finding packs only with exactly these keys (no `other`, nothing added): any other is carried whole. */
const KEYS = [...TEXTS, 'params', 'row', 'col'];

const cellIndex = (v: unknown) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x7fffffff);

function packs(f: Finding): boolean {
  const keys = Object.keys(f);
  if (keys.length !== KEYS.length || !KEYS.every((k) => keys.includes(k))) return false;
  return TEXTS.every((k) => typeof f[k] === 'string') && cellIndex(f.row) && cellIndex(f.col);
}

export function packFindings(findings: readonly Finding[]): PackedFindings {
  const strings: string[] = [];
  const at = new Map<string, number>();
  const intern = (s: string) => {
    let i = at.get(s);
    if (i === undefined) at.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const whole: [number, Finding][] = [];
  const packed = findings.filter((f, i) => packs(f) || (whole.push([i, { ...f }]), false));
  const rows = new Int32Array(packed.length * FIELDS);
  let o = 0;
  for (const f of packed) {
    for (const k of TEXTS) rows[o++] = intern(f[k]);
    rows[o++] = intern(JSON.stringify(f.params));
    rows[o++] = f.row ?? -1;
    rows[o++] = f.col ?? -1;
  }
  return { strings, rows, whole };
}

/** The findings `packFindings` was given, in their order, each a new object with the same fields. */
export function unpackFindings(p: PackedFindings): Finding[] {
  const { strings: s, rows } = p;
  const n = rows.length / FIELDS + p.whole.length;
  const out = new Array<Finding>(n);
  for (const [i, f] of p.whole) out[i] = f;
  let o = 0;
  for (let i = 0; i < n; i++) {
    if (out[i]) continue;
    out[i] = {
      severity: s[rows[o]] as Severity,
      code: s[rows[o + 1]],
      sheet: s[rows[o + 2]],
      cell: s[rows[o + 3]],
      row: rows[o + 9] < 0 ? null : rows[o + 9],
      col: rows[o + 10] < 0 ? null : rows[o + 10],
      unit: s[rows[o + 4]],
      candidate: s[rows[o + 5]],
      message: s[rows[o + 6]],
      fix: s[rows[o + 7]],
      params: JSON.parse(s[rows[o + 8]]) as Finding['params'],
    };
    o += FIELDS;
  }
  return out;
}
