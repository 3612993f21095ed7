import { SheetGrid, cellAt, cellText, isBlank } from '../../sheet/grid';
import { Campaign, TitleRule } from '../model';
import { ConditionTree as ConditionTreeLike, parseConditions } from '../rules/conditions';
import { FindingLog } from '../findings/log';

import { cleanText, fold } from '../text/normalize';
import { headerKey } from './table';
import { LAW_OPTIONS, OptionId, optionDefaultOn } from '../law/options';
import { QUORUM_DEFAULT, councilVoteOn } from '../law/votes';
import { RuleSet, assumedDecisionDate, ruleSetOn } from '../law/ruleSet';
import { Tag, viDate, withTag } from '../law/period';

export interface LawSetting {
  on: boolean;
  basis: string;
  tag: Tag;
  /** Written in `Phong trào` (true) or the default of the date (false). */
  fromSheet: boolean;
}

/** The law in force on the campaign's decision date, with the agency's options and the council's quorum. */
export interface LawInForce {
  decisionDate: string;
  /** True when `Ngày quyết định` was empty and the date was assumed (said in a finding). */
  assumed: boolean;
  set: RuleSet;
  options: Record<OptionId, LawSetting>;
  /** The share of members who must be present for the council to decide (num/den). */
  quorum: { num: number; den: number; text: string; basis: string; fromSheet: boolean };
}

/** The law of a day with every default (a book without `Phong trào`, tests). */
export function lawOn(dateIso: string, assumed = false): LawInForce {
  const options = {} as Record<OptionId, LawSetting>;
  for (const o of LAW_OPTIONS) {
    const d = optionDefaultOn(o.id, dateIso);
    options[o.id] = { on: d.on, basis: d.basis, tag: d.tag, fromSheet: false };
  }
  return {
    decisionDate: dateIso,
    assumed,
    set: ruleSetOn(dateIso),
    options,
    quorum: { num: QUORUM_DEFAULT.num, den: QUORUM_DEFAULT.den, text: QUORUM_DEFAULT.text, basis: withTag(QUORUM_DEFAULT), fromSheet: false },
  };
}

/** "2/3", "80%", "0,8", "80": a share of members, or null. */
function readShare(text: string): { num: number; den: number } | null {
  const s = text.replace(',', '.').trim();
  let m = /^(\d+)\s*\/\s*(\d+)$/.exec(s);
  if (m && Number(m[2]) > 0 && Number(m[1]) <= Number(m[2])) return { num: Number(m[1]), den: Number(m[2]) };
  m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(s);
  if (!m) return null;
  const v = Number(m[1]);
  const pct = v <= 1 && !s.includes('%') ? v * 100 : v;
  return pct > 0 && pct <= 100 ? { num: pct, den: 100 } : null;
}

/**
 * Reads the decision date, the options and the quorum from `Phong trào` (label in column A, value
 * in column B). No decision date: the last day of the campaign's year, said in a finding.
 */
export function readLaw(grid: SheetGrid | undefined, campaign: Campaign | null, log: FindingLog): LawInForce {
  const year = campaign?.year ?? new Date().getFullYear();
  const date = campaign?.decisionDate ?? assumedDecisionDate(year);
  const law = lawOn(date, !campaign?.decisionDate);
  if (!grid) return law;
  const rows = new Map<string, number>();
  for (let r = 0; r < grid.rows.length; r++) {
    const k = headerKey(cellText(cellAt(grid, r, 0)));
    if (k && !rows.has(k)) rows.set(k, r);
  }
  if (law.assumed && campaign) {
    const r = rows.get('ngay quyet dinh') ?? 0;
    log.add('DECISION_DATE_ASSUMED', { date: viDate(date), texts: law.set.texts }, { sheet: grid.name, row: r, col: 1 });
  }
  for (const o of LAW_OPTIONS) {
    const r = o.keys.map((k) => rows.get(k)).find((x) => x !== undefined);
    if (r === undefined) continue;
    const v = cellAt(grid, r, 1);
    if (isBlank(v)) continue;
    const k = fold(cleanText(cellText(v)));
    const setting = law.options[o.id];
    if (/^(co|x|bat|ap dung|yes|true)$/.test(k) || v === true) law.options[o.id] = { ...setting, on: true, fromSheet: true };
    else if (/^(khong|tat|no|false)$/.test(k) || v === false) law.options[o.id] = { ...setting, on: false, fromSheet: true };
    else
      log.add(
        'LAW_SETTING_BAD',
        { label: o.label, value: cellText(v), used: setting.on ? 'Có' : 'Không', basis: withTag(setting), allowed: '"Có" hoặc "Không"' },
        { sheet: grid.name, row: r, col: 1 },
      );
  }
  const qr = rows.get('tuc so hop hoi dong') ?? rows.get('tuc so');
  if (qr !== undefined && !isBlank(cellAt(grid, qr, 1))) {
    const text = cleanText(cellText(cellAt(grid, qr, 1)));
    const q = readShare(text);
    if (q) law.quorum = { ...q, text, basis: text === QUORUM_DEFAULT.text ? law.quorum.basis : 'quy chế Hội đồng, sheet "Phong trào"', fromSheet: true };
    else
      log.add(
        'LAW_SETTING_BAD',
        { label: 'Túc số họp Hội đồng', value: text, used: law.quorum.text, basis: law.quorum.basis, allowed: 'một phân số ("2/3") hoặc tỷ lệ ("80%")' },
        { sheet: grid.name, row: qr, col: 1 },
      );
  }
  return law;
}

const LDTT = 'lao dong tien tien';
const CSTDCS = 'chien si thi dua co so';

/** A condition the option adds, read by the same grammar as a `Danh hiệu` cell, labelled with the option. */
function optionCondition(text: string, label: string): ConditionTreeLike | null {
  const parsed = parseConditions(text, { titlesAbove: [], allTitleNames: [], criteria: { all: [], byCode: new Map(), leaves: [], roots: [] } });
  if (!parsed.ok || !parsed.tree || parsed.tree.kind !== 'leaf') return null;
  const named = `${text} (tùy chọn "${label}")`;
  return { kind: 'leaf', cond: { ...parsed.tree.cond, text: named }, text: named };
}

/**
 * The options turned on, applied to the titles of `Danh hiệu` that do not already say so: the
 * CSTĐCS cap of 15% of LĐTT per unit, the LĐTT exclusions (< 10 months, ≥ 40 days off).
 */
export function applyOptions(titles: TitleRule[], law: LawInForce): void {
  // Secret ballot where the law asks it, whatever threshold the sheet sets.
  for (const t of titles) if (t.vote) t.vote.secret = councilVoteOn(t.name, law.decisionDate)?.secret ?? false;
  const ldtt = titles.find((t) => t.key === LDTT);
  const cstd = titles.find((t) => t.key === CSTDCS);
  const cap = law.options.cstdcsCap;
  if (cap.on && cstd && ldtt && cstd.quotaPercent === null && cstd.maxCount === null && ldtt.order < cstd.order) {
    cstd.quotaPercent = 15;
    cstd.quotaBase = { kind: 'title', name: ldtt.name, key: ldtt.key };
    cstd.scope = 'unit';
    cstd.quotaBasis = `tùy chọn "Giới hạn CSTĐCS 15% số LĐTT": ${withTag(cap)}`;
  }
  if (!ldtt) return;
  const add: [OptionId, string, 'monthsWorked' | 'daysOff'][] = [
    ['excludeShortService', 'công tác ≥ 10 tháng', 'monthsWorked'],
    ['excludeDaysOff', 'nghỉ < 40 ngày', 'daysOff'],
  ];
  for (const [id, text, type] of add) {
    if (!law.options[id].on || ldtt.conditions.some((c) => c.type === type)) continue;
    const label = LAW_OPTIONS.find((o) => o.id === id)!.label;
    const leaf = optionCondition(text, label);
    if (!leaf || leaf.kind !== 'leaf') continue;
    ldtt.conditions.push(leaf.cond);
    ldtt.conditionTree =
      ldtt.conditionTree === null
        ? leaf
        : ldtt.conditionTree.kind === 'all'
          ? { ...ldtt.conditionTree, items: [...ldtt.conditionTree.items, leaf] }
          : { kind: 'all', items: [ldtt.conditionTree, leaf], text: `${ldtt.conditionTree.text}; ${leaf.text}` };
  }
}
