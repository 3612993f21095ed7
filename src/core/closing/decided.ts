import { EngineResult } from '../engine/run';
import { Candidate, Lang, TitleDecision, TitleRule } from '../model';
import { defineWords, t } from '../i18n/words';
import { compareNames, compareText, nameSortKey } from '../text/normalize';
import { isoToVi } from '../text/numbers';
import { Dated, BASE_SALARY, agencyDecidesForClosing, inForce, isCommendationForm, lawDate } from './law';
import { ClosingSettings, RegisterValues, settingsOf, typedDecision } from './register';

/**
 * What the year closes with, from the engine's result and the officer's register: for each title
 * or form the agency decides itself, the people and collectives decided (numbered 1…n: the số sổ
 * vàng), those still waiting for the council's vote (kept out, listed apart), and the proposals
 * the upper level decides. Every closing output (decisions, money, certificates, report, next
 * year's book) is made from this one reading.
 */

const W = /*#__PURE__*/ defineWords(
  'closing.decided',
  {
    votePending: 'Chờ Hội đồng biểu quyết',
    tied: 'Đồng hạng ở ranh giới chỉ tiêu: chờ Hội đồng bỏ phiếu',
    duplicate: 'Trùng người với dòng đã có trong danh sách ({sheet}): không đưa vào lần nữa',
    dateTyped: 'Ngày quyết định {date} (Số quyết định)',
    dateCampaign: 'Ngày quyết định {date} (Phong trào › Ngày quyết định)',
    dateAssumed: 'Chưa có ngày quyết định (Phong trào › Ngày quyết định, hoặc sheet Số quyết định): tạm tính theo ngày lập {date}',
  },
  {
    votePending: 'Council vote pending',
    tied: 'Tied at the quota boundary: council to vote',
    duplicate: 'Same person as a row already listed ({sheet}): not listed twice',
    dateTyped: 'Decision date {date} (Số quyết định)',
    dateCampaign: 'Decision date {date} (Phong trào › Ngày quyết định)',
    dateAssumed: 'No decision date yet (Phong trào › Ngày quyết định, or the Số quyết định sheet): the draft’s date {date} is assumed',
  },
);

export interface Awardee {
  candidate: Candidate;
  /** 1…n in the attached list: the số sổ vàng. */
  no: number;
  /** Position, unit as the list prints it. */
  position: string;
  unit: string;
}

export interface DecisionDraft {
  rule: TitleRule;
  /** Danh hiệu thi đua or hình thức khen thưởng (Giấy khen). */
  kind: 'title' | 'form';
  awardees: Awardee[];
  /** Proposals not in the decision yet, each with why. */
  apart: { candidate: Candidate; reason: string }[];
  /** As the officer typed it ('' when not yet). */
  number: string;
  /** The decision date used (ISO), and where it came from (a sentence). */
  dateIso: string;
  dateTyped: boolean;
  dateNote: string;
  baseSalary: Dated<number> | null;
}

export interface ClosingData {
  lang: Lang;
  year: number | null;
  agency: string;
  campaignName: string;
  settings: ClosingSettings;
  decisions: DecisionDraft[];
  /** Proposals to titles and forms the upper level decides (paid by that level). */
  upward: { candidate: Candidate; rule: TitleRule; pending: boolean }[];
  /** The council's meeting (from `Biểu quyết`), for the decisions' căn cứ lines. */
  meetingTime: string;
}

/** A proposal the council has decided: proposed, with no vote still pending. */
export function isDecided(d: TitleDecision): boolean {
  return d.status === 'proposed' && !(d.vote && d.vote.pending);
}

function order(r: EngineResult) {
  const unitOrder = new Map(r.units.map((u, i) => [u.key, i] as const));
  return (a: Candidate, c: Candidate) =>
    (unitOrder.get(a.unitKey) ?? 9999) - (unitOrder.get(c.unitKey) ?? 9999) ||
    compareText(a.unitName, c.unitName) ||
    compareNames(nameSortKey(a.name, a.kind === 'individual'), nameSortKey(c.name, c.kind === 'individual'));
}

/** The decision date of a title: the officer's, else the campaign's, else the draft's own date (said so). */
function dateOf(r: EngineResult, register: RegisterValues, title: string, nowIso: string): { iso: string; typed: boolean; note: string } {
  const L = r.lang;
  const typed = typedDecision(register, title);
  if (typed?.dateIso) return { iso: typed.dateIso, typed: true, note: t(W, L, 'dateTyped', { date: isoToVi(typed.dateIso) }) };
  const c = r.campaign?.decisionDate;
  if (c) return { iso: c, typed: false, note: t(W, L, 'dateCampaign', { date: isoToVi(c) }) };
  const today = nowIso.slice(0, 10);
  return { iso: today, typed: false, note: t(W, L, 'dateAssumed', { date: isoToVi(today) }) };
}

export function collectClosing(r: EngineResult, register: RegisterValues, nowIso: string): ClosingData {
  const L = r.lang;
  const agency = r.campaign?.organizer ?? '';
  const byOrder = order(r);
  const decisions: DecisionDraft[] = [];
  const upward: ClosingData['upward'] = [];
  const decidingOn = lawDate(r, nowIso);
  for (const rule of r.titles) {
    const decided: Candidate[] = [];
    const apart: DecisionDraft['apart'] = [];
    const mine = agencyDecidesForClosing(rule.name, decidingOn);
    for (const c of r.candidates) {
      if (c.kind !== rule.subject) continue;
      const d = r.decisions.at(c).find((x) => x.titleKey === rule.key);
      if (!d) continue;
      if (!mine) {
        if (d.status === 'proposed' || d.status === 'tiedAtQuota') upward.push({ candidate: c, rule, pending: !isDecided(d) });
        continue;
      }
      if (isDecided(d)) decided.push(c);
      else if (d.status === 'proposed') apart.push({ candidate: c, reason: t(W, L, 'votePending') });
      else if (d.status === 'tiedAtQuota') apart.push({ candidate: c, reason: t(W, L, 'tied') });
    }
    if (!mine || (decided.length === 0 && apart.length === 0)) continue;
    decided.sort(byOrder);
    apart.sort((a, b) => byOrder(a.candidate, b.candidate));
    // One person listed by two units (same name and date of birth) is awarded once.
    const seen = new Map<string, Candidate>();
    const awardees: Awardee[] = [];
    for (const c of decided) {
      const key = `${c.nameKey}|${c.dob ?? c.unitKey}`;
      const first = seen.get(key);
      if (first) {
        apart.push({ candidate: c, reason: t(W, L, 'duplicate', { sheet: first.sheet }) });
        continue;
      }
      seen.set(key, c);
      const position = c.kind === 'individual' ? c.position : '';
      const unit = c.kind === 'individual' ? c.unitName : c.unitName !== c.name ? c.unitName : '';
      awardees.push({ candidate: c, no: awardees.length + 1, position, unit });
    }
    const typed = typedDecision(register, rule.name);
    const date = dateOf(r, register, rule.name, nowIso);
    decisions.push({
      rule,
      kind: isCommendationForm(rule.name) ? 'form' : 'title',
      awardees,
      apart,
      number: typed?.number ?? '',
      dateIso: date.iso,
      dateTyped: date.typed,
      dateNote: date.note,
      baseSalary: inForce(BASE_SALARY, date.iso),
    });
  }
  upward.sort((a, b) => a.rule.order - b.rule.order || byOrder(a.candidate, b.candidate));
  return {
    lang: L,
    year: r.campaign?.year ?? null,
    agency,
    campaignName: r.campaign?.name ?? '',
    settings: settingsOf(register, L, agency),
    decisions,
    upward,
    meetingTime: r.votes?.meeting.time ?? '',
  };
}

/** "125/QĐ-SXD": the number as typed, completed with the symbol when the officer typed only the number. */
export function decisionNumberText(d: DecisionDraft, s: ClosingSettings): string {
  if (!d.number) return `……/QĐ-${s.symbol || '……'}`;
  return /\//.test(d.number) ? d.number : `${d.number}/QĐ-${s.symbol || '……'}`;
}

/** "ngày 26 tháng 12 năm 2025", or dotted blanks when the officer has not typed the date. */
export function longDate(d: DecisionDraft, lang: Lang): string {
  if (!d.dateTyped) return lang === 'vi' ? 'ngày …… tháng …… năm ……' : 'date ……';
  const [y, m, day] = d.dateIso.split('-');
  return lang === 'vi' ? `ngày ${day} tháng ${m} năm ${y}` : `${day}/${m}/${y}`;
}
