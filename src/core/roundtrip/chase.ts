import { CellValue } from '../../sheet/grid';
import { Lang, Unit } from '../model';
import { EngineResult } from '../engine/run';
import { unitsWithoutSheet } from '../engine/validate';
import { isoToVi } from '../text/numbers';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { RoundTripRecord } from './records';
import { t } from '../i18n/words';
import { CHASE_WORDS } from './chase.words';

/**
 * Theo dõi, đôn đốc: the units to chase — those that have not sent their sheet, sent it late, or
 * sent one with errors still outstanding — with the counts and a reminder ready to send.
 */
export type ChaseReason = 'missing' | 'late' | 'errors';

export interface ChaseEntry {
  unit: Unit;
  reasons: ChaseReason[];
  sheets: string[];
  /** dd/mm/yyyy, from `Ngày nộp` or, failing it, the import record. */
  received: string | null;
  lateDays: number;
  errors: number;
  warnings: number;
  reminder: string;
}

export interface ChaseList {
  entries: ChaseEntry[];
  counts: { units: number; missing: number; late: number; withErrors: number; ok: number };
}

function days(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}

export function chaseList(r: EngineResult, records: readonly RoundTripRecord[], o: { today: string; lang?: Lang }): ChaseList {
  const L = o.lang ?? r.lang;
  const missing = new Set(unitsWithoutSheet(r.units, r.candidates, r.sheets));
  const importedOn = new Map<string, string>();
  for (const rec of records) if (rec.kind === 'import') importedOn.set(rec.unit, rec.time.slice(0, 10));
  const year = r.campaign?.year ? t(CHASE_WORDS, L, 'year', { year: r.campaign.year }) : '';
  const entries: ChaseEntry[] = [];
  const counts = { units: r.units.length, missing: 0, late: 0, withErrors: 0, ok: 0 };
  for (const u of r.units) {
    const sheets = r.sheets.filter((s) => s.unitKey === u.key).map((s) => s.sheet);
    const receivedIso = u.receivedIso ?? importedOn.get(u.name) ?? null;
    const lateDays = !missing.has(u) && u.deadlineIso && receivedIso ? Math.max(0, days(u.deadlineIso, receivedIso)) : 0;
    const mine = r.findings.filter((f) => sheets.includes(f.sheet));
    const errors = mine.filter((f) => f.severity === 'error').length;
    const warnings = mine.length - errors;
    const reasons: ChaseReason[] = [];
    if (missing.has(u)) reasons.push('missing');
    if (lateDays > 0) reasons.push('late');
    if (errors > 0) reasons.push('errors');
    if (reasons.includes('missing')) counts.missing++;
    if (reasons.includes('late')) counts.late++;
    if (reasons.includes('errors')) counts.withErrors++;
    if (reasons.length === 0) {
      counts.ok++;
      continue;
    }
    const due = u.deadline ? t(CHASE_WORDS, L, 'due', { deadline: u.deadline }) : '';
    const parts: string[] = [];
    if (reasons.includes('missing')) parts.push(t(CHASE_WORDS, L, 'missing', { today: isoToVi(o.today), year, due }));
    if (reasons.includes('late')) parts.push(t(CHASE_WORDS, L, 'late', { received: isoToVi(receivedIso!), days: lateDays }));
    if (reasons.includes('errors')) parts.push(t(CHASE_WORDS, L, 'errors', { errors }));
    entries.push({
      unit: u,
      reasons,
      sheets,
      received: receivedIso ? isoToVi(receivedIso) : null,
      lateDays,
      errors,
      warnings,
      reminder: t(CHASE_WORDS, L, 'reminder', { unit: u.name, parts: parts.join('; ') }),
    });
  }
  return { entries, counts };
}

export function reasonText(reason: ChaseReason, e: ChaseEntry, lang: Lang): string {
  if (reason === 'missing') return t(CHASE_WORDS, lang, 'notSent');
  if (reason === 'late') return t(CHASE_WORDS, lang, 'lateDays', { days: e.lateDays });
  return t(CHASE_WORDS, lang, 'errorsLeft', { errors: e.errors });
}

/** The chase list as a sheet of its own workbook, to print or send (SheetModel id 'chase'). */
export function buildChaseSheet(r: EngineResult, list: ChaseList, o: { today: string; lang?: Lang }): SheetModel {
  const L = o.lang ?? r.lang;
  const head = (['hNo', 'hUnit', 'hStatus', 'hDue', 'hReceived', 'hErrors', 'hWarnings', 'hReminder'] as const).map((k) => t(CHASE_WORDS, L, k));
  const b = new SheetBuilder(head.length);
  b.banner(t(CHASE_WORDS, L, 'title'), 'title');
  if (r.campaign?.name) b.banner(r.campaign.name, 'subtitle');
  const c = list.counts;
  b.banner(
    t(CHASE_WORDS, L, 'counts', { today: isoToVi(o.today), units: c.units, missing: c.missing, late: c.late, withErrors: c.withErrors, ok: c.ok }),
    'italic',
  );
  b.blank();
  const h = b.row(head, 'header');
  list.entries.forEach((e, i) => {
    const values: CellValue[] = [
      i + 1,
      e.unit.name,
      e.reasons.map((x) => reasonText(x, e, L)).join('; '),
      e.unit.deadline ?? '',
      e.received ?? '',
      e.errors || null,
      e.warnings || null,
      e.reminder,
    ];
    const row = b.row(values);
    b.style(row, 2, row, 2, e.reasons.includes('errors') || e.reasons.includes('missing') ? 'error' : 'warning');
  });
  if (list.entries.length === 0) b.banner(t(CHASE_WORDS, L, 'allFine'), 'muted');
  else {
    b.style(h + 1, 0, b.next - 1, head.length - 1, 'cellWrap');
  }
  return b.build({
    id: 'chase',
    name: t(CHASE_WORDS, L, 'sheetName'),
    columnWidths: [5, 30, 22, 12, 12, 8, 10, 70],
    freeze: { rows: h + 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, printTitleRows: [h, h], font: 'Times New Roman', fontSize: 12 },
  });
}
