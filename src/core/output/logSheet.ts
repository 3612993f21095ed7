import type { CellValue } from '../../sheet/grid';
import type { SheetModel } from '../../sheet/sheetModel';
import type { EngineResult } from '../engine/run';
import { GENERATED_SHEETS } from '../config/sheetNames';
import { t } from '../i18n/words';
import { SheetBuilder } from './builder';
import { CHANGE_KEYS, SHEET_WORDS as W } from './sheets.words';
import { CHANGE_HEAD, CHANGE_SECTION, OutputOptions, heads } from './sheetCommon';

/** `Nhật ký`: one row per run, earlier rows kept. */
export function buildLogSheet(r: EngineResult, o: OutputOptions): SheetModel {
  const L = r.lang;
  const head = heads(L, [
    'logTime',
    'logAction',
    'logWorkbook',
    'logFingerprint',
    'logSheets',
    'logCandidates',
    'logErrors',
    'logWarnings',
    'logProposed',
    'logVersion',
  ]);
  const b = new SheetBuilder(head.length);
  b.banner(t(W, L, 'logTitle'), 'title');
  const h = b.row(head, 'header');
  const prev = o.previousLog?.rows ?? [];
  // Earlier runs: every row under the previous header row, up to the change section if there is one.
  let start = -1;
  for (let i = 0; i < prev.length; i++) if (prev[i]?.[3] !== undefined && /SHA-256/.test(String(prev[i]?.[3] ?? ''))) start = i + 1;
  const isSection = (row: CellValue[] | undefined) => row?.[0] === CHANGE_SECTION.vi || row?.[0] === CHANGE_SECTION.en;
  const isChangeHead = (row: CellValue[] | undefined) =>
    (row?.[0] === CHANGE_HEAD.vi[0] && row?.[1] === CHANGE_HEAD.vi[1]) || (row?.[0] === CHANGE_HEAD.en[0] && row?.[1] === CHANGE_HEAD.en[1]);
  let section = prev.findIndex(isSection);
  if (section < start) section = -1;
  const end = section >= 0 ? section : prev.length;
  if (start > 0) for (let i = start; i < end; i++) if (prev[i] && prev[i].some((v) => v !== null && v !== '')) b.row(prev[i].slice(0, head.length));
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  let proposed = 0;
  for (const c of r.candidates) for (const d of r.decisions.get(c.id) ?? []) if (d.status === 'proposed') proposed++;
  b.row([
    o.now,
    t(W, L, o.action === 'rank' ? 'actionRank' : 'actionValidate'),
    r.source,
    r.fingerprint,
    r.sheets.length,
    r.candidates.length,
    errors,
    r.findings.length - errors,
    proposed,
    o.version,
  ]);
  b.style(h + 1, 0, b.next - 1, head.length - 1, 'cell');
  // The change section: its earlier rows kept, the new ones added.
  const kept: CellValue[][] = [];
  if (section >= 0) {
    const ch = prev.findIndex((row, i) => i > section && isChangeHead(row));
    if (ch > 0) for (let i = ch + 1; i < prev.length; i++) if (prev[i] && prev[i].some((v) => v !== null && v !== '')) kept.push(prev[i].slice(0, head.length));
  }
  const changes = [...kept, ...(o.changes ?? [])];
  if (changes.length > 0) {
    b.blank();
    b.banner(t(W, L, 'changeSection'), 'section', 0, 0);
    const chH = b.row(heads(L, CHANGE_KEYS), 'header');
    for (const row of changes) b.row(row);
    b.style(chH + 1, 0, b.next - 1, head.length - 1, 'cell');
  }
  return b.build({
    id: 'log',
    name: GENERATED_SHEETS.log,
    columnWidths: [22, 12, 30, 68, 12, 12, 8, 10, 14, 10],
    freeze: { rows: h + 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 },
  });
}
