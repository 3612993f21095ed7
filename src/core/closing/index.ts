import { SheetGrid, WorkbookGrids } from '../../sheet/grid';
import { EngineResult, runEngine } from '../engine/run';
import { NextYearBook, buildNextYearBook } from './nextYear';
import { SheetModel } from '../../sheet/sheetModel';
import { isoToVi } from '../text/numbers';
import { MERGE_SHEET, PRINT_SHEET, hasCertificate, buildMergeSheet, buildPrintSheet, certificatesOf } from './certificates';
import { ClosingData, collectClosing, decisionNumberText } from './decided';
import { buildDecisionSheet, decisionSheetName } from './decisions';
import { agencyDecidesForClosing, deciderText, lawDate } from './law';
import { MONEY_SHEET, MoneyBook, buildMoneySheet, computeMoney } from './money';
import { REGISTER_SHEET, RegisterLine, buildRegisterSheet, readRegister, typedDecision } from './register';
import { REPORT_SHEET, buildReportSheet, reportFigures } from './report';

/**
 * Closing the year, in the result copy of `Xếp hạng` (after `Biên bản`): the register of decision
 * numbers and settings, one decision per title the agency decides, the money, the certificates
 * (mail merge and print) and the year-end report. `previousRegister`: the register of the last
 * run, whose typed cells are kept.
 */
export interface Closing {
  data: ClosingData;
  money: MoneyBook;
  sheets: SheetModel[];
}

export function buildClosing(r: EngineResult, o: { now: string; previousRegister?: SheetGrid | null }): Closing {
  const register = readRegister(o.previousRegister ?? null);
  const data = collectClosing(r, register, o.now);
  const money = computeMoney(data);
  const certs = certificatesOf(data);
  const date = lawDate(r, o.now);
  const lines: RegisterLine[] = r.titles
    .filter((t) => agencyDecidesForClosing(t.name, date))
    .map((t) => {
      const d = data.decisions.find((x) => x.rule.key === t.key);
      const typed = typedDecision(register, t.name);
      return {
        title: t.name,
        level: deciderText(t.name, r.lang, date),
        count: d?.awardees.length ?? 0,
        number: typed?.number ?? '',
        dateText: typed?.dateText ?? '',
        note: d ? d.dateNote : '',
      };
    });
  const sheets: SheetModel[] = [
    buildRegisterSheet(r.lang, lines, register, data.settings),
    ...data.decisions.map((d) => buildDecisionSheet(data, d, money)),
    buildMoneySheet(data, money, o.now),
    ...(certs.length > 0 ? [buildMergeSheet(data, certs), buildPrintSheet(data, certs)] : []),
    buildReportSheet(r, data),
  ];
  return { data, money, sheets };
}

/** The sheets buildClosing lays out, by name, without laying them out (the run reserves them first). */
export function closingSheetNames(r: EngineResult): string[] {
  const data = collectClosing(r, readRegister(null), '2000-01-01');
  const certs = data.decisions.some((d) => hasCertificate(d.rule.name) && d.awardees.length > 0);
  return [REGISTER_SHEET, ...data.decisions.map(decisionSheetName), MONEY_SHEET, ...(certs ? [MERGE_SHEET, PRINT_SHEET] : []), REPORT_SHEET];
}

/** What `rank --json` reports of closing the year: stable keys, money in đồng. */
export interface ClosingJson {
  decisions: {
    title: string;
    kind: 'title' | 'form';
    number: string;
    date: string | null;
    dateNote: string;
    baseSalary: number | null;
    awardees: { goldenBook: number; name: string; position: string; unit: string; amount: number; paid: boolean; reason: string }[];
    pending: { name: string; unit: string; reason: string }[];
  }[];
  money: { total: number; rounding: 'up' | 'nearest' };
  upward: { title: string; name: string; unit: string; pending: boolean }[];
  certificates: number;
  report: { title: string; lastYear: number; thisYear: number; rate: number | null }[];
}

export function closingJson(r: EngineResult, c: Closing): ClosingJson {
  const { data, money } = c;
  // Each award's money line by decision and candidate (the province book has tens of thousands).
  const lineOf = new Map(money.lines.map((l) => [`${l.decision.rule.key}|${l.candidate.id}`, l] as const));
  return {
    decisions: data.decisions.map((d) => ({
      title: d.rule.name,
      kind: d.kind,
      number: d.number ? decisionNumberText(d, data.settings) : '',
      date: d.dateTyped ? isoToVi(d.dateIso) : null,
      dateNote: d.dateNote,
      baseSalary: d.baseSalary?.value ?? null,
      awardees: d.awardees.map((a) => {
        const line = lineOf.get(`${d.rule.key}|${a.candidate.id}`);
        return {
          goldenBook: a.no,
          name: a.candidate.name,
          position: a.position,
          unit: a.unit,
          amount: line?.paid ? line.amount : 0,
          paid: line?.paid ?? false,
          reason: line?.reason ?? '',
        };
      }),
      pending: d.apart.map((x) => ({ name: x.candidate.name, unit: x.candidate.unitName, reason: x.reason })),
    })),
    money: { total: money.total, rounding: data.settings.rounding },
    upward: data.upward.map((u) => ({ title: u.rule.name, name: u.candidate.name, unit: u.candidate.unitName, pending: u.pending })),
    certificates: data.decisions.filter((d) => hasCertificate(d.rule.name)).reduce((s, d) => s + d.awardees.length, 0),
    report: reportFigures(r, data).byTitle.map((x) => ({ title: x.title, lastYear: x.last, thisYear: x.now, rate: x.rate })),
  };
}

/**
 * Next year's book from this year's (best: the result copy, whose `Số quyết định` holds the
 * decision numbers and dates): null when the book has no usable campaign.
 */
export function nextYearOf(
  book: WorkbookGrids,
  o: { now: string; year?: number; lang?: 'vi' | 'en' },
): { next: NextYearBook; closing: ClosingData; result: EngineResult } | null {
  const r = runEngine(book, { lang: o.lang });
  if (!r.usable) return null;
  const data = collectClosing(r, readRegister(registerGrid(book, r)), o.now);
  return { next: buildNextYearBook(book, r, data, { year: o.year }), closing: data, result: r };
}

/** The book's `Số quyết định` as the add-in wrote it (listed in its marker), or null. */
export function registerGrid(book: WorkbookGrids, r: EngineResult): SheetGrid | null {
  const entry = r.ownership.marker.entries.find((e) => e.id === 'closingRegister' && r.ownSheets.includes(e.name));
  return entry ? (book.sheets.find((s) => s.name === entry.name) ?? null) : null;
}
