import { CellValue } from '../../sheet/grid';
import { Lang, Unit } from '../model';
import { EngineResult } from '../engine/run';
import { unitsWithoutSheet } from '../engine/validate';
import { isoToVi } from '../text/numbers';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { RoundTripRecord } from './records';

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
  const t = (vi: string, en: string) => (L === 'vi' ? vi : en);
  const missing = new Set(unitsWithoutSheet(r.units, r.candidates, r.sheets));
  const importedOn = new Map<string, string>();
  for (const rec of records) if (rec.kind === 'import') importedOn.set(rec.unit, rec.time.slice(0, 10));
  const year = r.campaign?.year ? ` ${t('năm', '')} ${r.campaign.year}`.replace('  ', ' ') : '';
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
    const due = u.deadline ? t(` (hạn nộp ${u.deadline})`, ` (due ${u.deadline})`) : '';
    const parts: string[] = [];
    if (reasons.includes('missing'))
      parts.push(t(`đến ngày ${isoToVi(o.today)} chưa nhận được bảng tự chấm điểm thi đua${year} của đơn vị${due}; đề nghị đơn vị gửi ngay`, `as of ${isoToVi(o.today)} your score sheet${year} has not been received${due}; please send it now`));
    if (reasons.includes('late')) parts.push(t(`bảng chấm nhận ngày ${isoToVi(receivedIso!)}, muộn ${lateDays} ngày so với hạn`, `the sheet arrived on ${isoToVi(receivedIso!)}, ${lateDays} day(s) late`));
    if (reasons.includes('errors')) parts.push(t(`bảng chấm còn ${errors} lỗi cần sửa (xem tệp đánh dấu lỗi gửi kèm); đề nghị sửa và gửi lại`, `the sheet still has ${errors} error(s) to correct (see the marked file attached); please correct and send it again`));
    entries.push({
      unit: u,
      reasons,
      sheets,
      received: receivedIso ? isoToVi(receivedIso) : null,
      lateDays,
      errors,
      warnings,
      reminder: `${t('Kính gửi', 'To')} ${u.name}: ${parts.join('; ')}.`,
    });
  }
  return { entries, counts };
}

export function reasonText(reason: ChaseReason, e: ChaseEntry, lang: Lang): string {
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);
  if (reason === 'missing') return t('Chưa nộp', 'Not sent');
  if (reason === 'late') return t(`Nộp muộn ${e.lateDays} ngày`, `${e.lateDays} day(s) late`);
  return t(`Còn ${e.errors} lỗi`, `${e.errors} error(s) outstanding`);
}

/** The chase list as a sheet of its own workbook, to print or send (SheetModel id 'chase'). */
export function buildChaseSheet(r: EngineResult, list: ChaseList, o: { today: string; lang?: Lang }): SheetModel {
  const L = o.lang ?? r.lang;
  const t = (vi: string, en: string) => (L === 'vi' ? vi : en);
  const head = L === 'vi' ? ['STT', 'Đơn vị', 'Tình trạng', 'Hạn nộp', 'Ngày nộp', 'Số lỗi', 'Số cảnh báo', 'Nội dung nhắc'] : ['No.', 'Unit', 'Status', 'Due', 'Received', 'Errors', 'Warnings', 'Reminder'];
  const b = new SheetBuilder(head.length);
  b.banner(t('DANH SÁCH ĐƠN VỊ CẦN ĐÔN ĐỐC', 'UNITS TO CHASE'), 'title');
  if (r.campaign?.name) b.banner(r.campaign.name, 'subtitle');
  const c = list.counts;
  b.banner(
    t(
      `Đến ngày ${isoToVi(o.today)}: ${c.units} đơn vị; ${c.missing} chưa nộp, ${c.late} nộp muộn, ${c.withErrors} còn lỗi; ${c.ok} đã nộp đúng hạn, không lỗi.`,
      `As of ${isoToVi(o.today)}: ${c.units} units; ${c.missing} not sent, ${c.late} late, ${c.withErrors} with errors; ${c.ok} on time without errors.`,
    ),
    'italic',
  );
  b.blank();
  const h = b.row(head, 'header');
  list.entries.forEach((e, i) => {
    const values: CellValue[] = [i + 1, e.unit.name, e.reasons.map((x) => reasonText(x, e, L)).join('; '), e.unit.deadline ?? '', e.received ?? '', e.errors || null, e.warnings || null, e.reminder];
    const row = b.row(values);
    b.style(row, 2, row, 2, e.reasons.includes('errors') || e.reasons.includes('missing') ? 'error' : 'warning');
  });
  if (list.entries.length === 0) b.banner(t('Mọi đơn vị đã nộp đúng hạn, không còn lỗi.', 'Every unit sent on time, without errors.'), 'muted');
  else {
    b.style(h + 1, 0, b.next - 1, head.length - 1, 'cellWrap');
  }
  return b.build({
    id: 'chase',
    name: t('Đôn đốc', 'Reminders'),
    columnWidths: [5, 30, 22, 12, 12, 8, 10, 70],
    freeze: { rows: h + 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, printTitleRows: [h, h], font: 'Times New Roman', fontSize: 12 },
  });
}
