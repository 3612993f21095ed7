/** The upper level's own rules (its `Danh hiệu`, `Đơn vị`, `Lịch sử`) applied to every proposal. */
import { WorkbookGrids } from '../../../sheet/grid';
import { AwardRecord, Lang, ScoreBreakdown, TitleRule } from '../../model';
import { FindingLog } from '../../findings/log';
import { readCampaign } from '../../config/campaign';
import { readShare, readTitles } from '../../config/titles';
import { readHistory, readUnits } from '../../config/units';
import { configSheetId } from '../../config/sheetNames';
import { openTable } from '../../config/table';
import { t } from '../../i18n/words';
import { Condition, EvalContext, comparePoints, evaluate } from '../../rules/conditions';
import { ratingAtLeast } from '../../rules/levels';
import { fold, matchKey } from '../../text/normalize';
import { formatScore, formatScoreAgainst, isoToVi } from '../../text/numbers';
import { UPWARD_SHEETS } from '../format';
import { defaultVoteRule, parseVote } from '../forms';
import { UpwardFinding, UpwardRead, upwardFinding } from '../read';
import { text } from '../rows';
import { keyMatches, mark, push } from './proposals';
import { Item, UpperRules } from './types';
import { ROLLUP_WORDS } from './words';

export function readUpperRules(book: WorkbookGrids, file: string, lang: Lang): { rules: UpperRules | null; findings: UpwardFinding[] } {
  const log = new FindingLog(lang);
  const get = (id: string) => book.sheets.find((s) => configSheetId(s.name) === id);
  const titlesGrid = get('titles');
  if (!titlesGrid)
    return { rules: null, findings: [upwardFinding('UPWARD_RULES_UNUSABLE', { reason: t(ROLLUP_WORDS, lang, 'noTitlesSheet') }, lang, { file })] };
  const campaignGrid = get('campaign');
  const campaign = campaignGrid ? readCampaign(campaignGrid, log).campaign : null;
  const titles = readTitles(titlesGrid, null, log);
  const units = get('units') ? readUnits(get('units')!, log) : [];
  const history = get('history') ? readHistory(get('history')!, log) : [];
  const votes = new Map<string, number>();
  const vt = openTable(
    titlesGrid,
    [
      { id: 'name', label: 'Danh hiệu', aliases: ['danh hieu hinh thuc', 'danh hieu', 'hinh thuc', 'hinh thuc khen thuong'] },
      {
        id: 'vote',
        label: 'Tỷ lệ phiếu tối thiểu',
        aliases: ['ty le phieu toi thieu', 'ty le phieu', 'ty le phieu bau', 'phieu bau toi thieu', 'nguong bieu quyet', 'bieu quyet toi thieu'],
      },
    ],
    ['name'],
    new FindingLog(lang),
  );
  if (vt?.cols.has('vote')) {
    // A share as shown: 0,9 formatted as a percentage is 90, as `Danh hiệu` reads it.
    const voteCol = vt.cols.get('vote')!;
    const percent = new Set((titlesGrid.special ?? []).filter((x) => x.kind === 'percent' && x.col === voteCol).map((x) => x.row));
    for (let r = vt.headerRow + 1; r < titlesGrid.rows.length; r++) {
      const p = readShare(vt.get(r, 'vote'), percent.has(r));
      if (p.kind === 'share') votes.set(fold(String(vt.get(r, 'name') ?? '')), p.value);
    }
  }
  const findings = log.items.map((f) => ({ ...f, file }));
  return { rules: { file, campaign, titles, units, history, votes }, findings };
}

const UNCHECKABLE = new Set<Condition['type']>([
  'criterion',
  'memberShareTitle',
  'memberShareRating',
  'hasMember',
  'noMemberDiscipline',
  'daysOff',
  'monthsWorked',
]);

function breakdown(total: number): ScoreBreakdown {
  return {
    contribution: { get: () => undefined },
    scored: total,
    bonusRaw: 0,
    bonus: 0,
    deductions: 0,
    total,
    selfTotal: total,
    selfPlainSum: total,
    hasAppraisal: false,
    belowFloor: [],
  };
}

export function applyRules(items: Item[], rules: UpperRules, year: number | null, L: Lang, out: UpwardFinding[], reads: readonly UpwardRead[]): void {
  const byTitle = new Map<string, TitleRule>();
  for (const t of rules.titles) byTitle.set(t.key, t);
  const ruleOf = (form: string) => byTitle.get(fold(form)) ?? rules.titles.find((t) => keyMatches(t.key, fold(form)));
  const unitOf = (agency: string) => rules.units.find((u) => u.key === matchKey(agency) || (u.codeKey && u.codeKey === matchKey(agency)));
  const personRows = new Map<string, Item[]>();
  for (const it of items) {
    const k = `${it.cand.nameKey}|${it.cand.dob ?? ''}|${matchKey(text(it.v, 'agency'))}`;
    const l = personRows.get(k);
    if (l) l.push(it);
    else personRows.set(k, [it]);
  }
  const historyOf = new Map<string, AwardRecord[]>();
  for (const h of rules.history) if (h.dob) push(historyOf, `${h.nameKey}|${h.dob}`, h);
  const itemOf = new Map(items.map((i) => [i.cand.index, i] as const));
  const ctx: EvalContext = {
    lang: L,
    year,
    score: (c) => breakdown(typeof itemOf.get(c.index)!.v.total === 'number' ? (itemOf.get(c.index)!.v.total as number) : 0),
    hasTitle: (c, key) => {
      const it = itemOf.get(c.index)!;
      if ([...it.thisYear].some((k) => keyMatches(k, key))) return true;
      const same = personRows.get(`${c.nameKey}|${c.dob ?? ''}|${matchKey(text(it.v, 'agency'))}`) ?? [];
      return same.some((o) => o !== it && keyMatches(fold(text(o.v, 'form')), key));
    },
    members: () => [],
    titleYears: (c, key) => {
      if (!c.dob) return null;
      const it = itemOf.get(c.index)!;
      const years = new Set<number>();
      for (const [k, ys] of it.titleYears) if (keyMatches(k, key)) ys.forEach((y) => years.add(y));
      for (const h of historyOf.get(`${c.nameKey}|${c.dob}`) ?? []) if (!h.thematic && keyMatches(h.titleKey, key)) years.add(h.year);
      return years;
    },
  };
  const unchecked = new Map<string, { condition: string; form: string; count: number; file: string }>();
  const voteMissing = new Map<string, { form: string; count: number; min: number; basis: string; file: string }>();
  for (const it of items) {
    const form = text(it.v, 'form');
    const rule = ruleOf(form);
    const at = { file: it.file, sheet: UPWARD_SHEETS.data, row: it.read.sheetRow, col: 12 };
    const who = { candidate: it.cand.name, unit: text(it.v, 'agency') };
    if (!rule) {
      out.push(upwardFinding('UPWARD_FORM_UNKNOWN', { name: it.cand.name, form }, L, at, who));
      mark(it, 'returned', t(ROLLUP_WORDS, L, 'formUnknown', { form }));
      continue;
    }
    if (rule.subject !== it.cand.kind) {
      const subject = rule.subject === 'individual' ? t(ROLLUP_WORDS, L, 'individuals') : t(ROLLUP_WORDS, L, 'collectives');
      out.push(upwardFinding('UPWARD_SUBJECT_MISMATCH', { name: it.cand.name, kind: text(it.v, 'kind'), form, subject }, L, at, who));
      mark(it, 'returned', t(ROLLUP_WORDS, L, 'wrongSubject'));
      continue;
    }
    if (!rule.usable) {
      mark(it, 'review', t(ROLLUP_WORDS, L, 'ruleError', { rule: rule.name }));
      continue;
    }
    const failed: string[] = [];
    const total = typeof it.v.total === 'number' ? it.v.total : 0;
    const minScore = rule.minScore;
    if (minScore !== null && !comparePoints(total, '>=', minScore))
      failed.push(t(ROLLUP_WORDS, L, 'totalBelow', { total: formatScoreAgainst(total, minScore, L), min: formatScore(minScore, L) }));
    if (rule.minRating && !ratingAtLeast(it.cand.rating, rule.minRating))
      failed.push(t(ROLLUP_WORDS, L, 'ratingBelow', { rating: it.cand.rating ?? t(ROLLUP_WORDS, L, 'noRating'), min: rule.minRating }));
    for (const cond of rule.conditions) {
      if (UNCHECKABLE.has(cond.type)) {
        const k = `${it.file}|${rule.key}|${cond.text}`;
        const u = unchecked.get(k) ?? { condition: cond.text, form: rule.name, count: 0, file: it.file };
        u.count++;
        unchecked.set(k, u);
        continue;
      }
      const res = evaluate(cond, it.cand, ctx);
      if (!res.ok) failed.push(`${res.label}: ${res.detail}`);
    }
    if (failed.length) {
      out.push(upwardFinding('UPWARD_CONDITION_FAILED', { name: it.cand.name, form, detail: failed.join('; ') }, L, at, who));
      mark(it, 'returned', t(ROLLUP_WORDS, L, 'criteriaNotMet', { detail: failed.join('; ') }));
    }
    // The council vote the title needs.
    const min = rules.votes.get(rule.key) ?? defaultVoteRule(rule.name)?.minPercent ?? null;
    if (min !== null) {
      const basis = rules.votes.has(rule.key) ? t(ROLLUP_WORDS, L, 'votesBasis') : (defaultVoteRule(rule.name)?.basis ?? '');
      const share = parseVote(text(it.v, 'vote'));
      if (share === null) {
        const k = `${it.file}|${rule.key}`;
        const e = voteMissing.get(k) ?? { form: rule.name, count: 0, min, basis, file: it.file };
        e.count++;
        voteMissing.set(k, e);
      } else if (share < min) {
        out.push(upwardFinding('UPWARD_VOTE_LOW', { name: it.cand.name, vote: text(it.v, 'vote'), min, form, basis }, L, { ...at, col: 22 }, who));
        mark(it, 'returned', t(ROLLUP_WORDS, L, 'voteBelow', { vote: text(it.v, 'vote'), min }));
      }
    }
  }
  for (const u of unchecked.values())
    out.push(
      upwardFinding('UPWARD_CONDITION_UNCHECKED', { condition: u.condition, form: u.form, count: u.count }, L, { file: u.file, sheet: UPWARD_SHEETS.data }),
    );
  for (const v of voteMissing.values())
    out.push(
      upwardFinding('UPWARD_VOTE_MISSING', { form: v.form, count: v.count, min: v.min, basis: v.basis }, L, { file: v.file, sheet: UPWARD_SHEETS.data }),
    );

  // Agencies: known to the upper level, and on time against its Hạn nộp.
  for (const r of reads) {
    if (!r.ok) continue;
    if (rules.units.length === 0) break;
    const u = unitOf(r.meta.agency);
    if (!u) {
      out.push(upwardFinding('UPWARD_AGENCY_UNKNOWN', { agency: r.meta.agency }, L, { file: r.file, sheet: UPWARD_SHEETS.cover }));
      continue;
    }
    const received = u.receivedIso ?? (/^\d{4}-\d{2}-\d{2}/.test(r.meta.madeAt) ? r.meta.madeAt.slice(0, 10) : null);
    if (u.deadlineIso && received && received > u.deadlineIso) {
      const days = Math.round((Date.parse(received) - Date.parse(u.deadlineIso)) / 86400000);
      out.push(
        upwardFinding(
          'UPWARD_LATE',
          { agency: r.meta.agency, received: isoToVi(received), deadline: isoToVi(u.deadlineIso), days },
          L,
          u.receivedRef
            ? { file: rules.file, sheet: u.receivedRef.sheet, row: u.receivedRef.row, col: u.receivedRef.col }
            : { file: r.file, sheet: UPWARD_SHEETS.cover },
        ),
      );
      for (const it of items) if (it.file === r.file) mark(it, it.verdict.status, t(ROLLUP_WORDS, L, 'late', { days }));
    }
  }

  // Quotas per agency, block or province, in the upper level's rules.
  for (const rule of rules.titles) {
    if (rule.quotaPercent === null && rule.maxCount === null) continue;
    const mine = items.filter((i) => i.verdict.status !== 'returned' && ruleOf(text(i.v, 'form'))?.key === rule.key);
    const scopeOf = (it: Item) =>
      rule.scope === 'all' ? '' : rule.scope === 'unit' ? matchKey(text(it.v, 'agency')) : (unitOf(text(it.v, 'agency'))?.block ?? '');
    const byScope = new Map<string, Item[]>();
    for (const it of mine) push(byScope, scopeOf(it), it);
    for (const [scopeKey, list] of byScope) {
      const scopeUnits = rules.units.filter((u) => rule.scope === 'all' || (rule.scope === 'unit' ? u.key === scopeKey : u.block === scopeKey));
      let limit = rule.maxCount !== null ? Math.floor(rule.maxCount) : Infinity;
      let basis = rule.maxCount !== null ? t(ROLLUP_WORDS, L, 'atMost', { max: rule.maxCount }) : '';
      if (rule.quotaPercent !== null) {
        let base: number | null = null;
        if (rule.quotaBase?.kind === 'headcount' || !rule.quotaBase)
          base = scopeUnits.length && scopeUnits.every((u) => u.headcount !== null) ? scopeUnits.reduce((n, u) => n + (u.headcount ?? 0), 0) : null;
        else if (rule.quotaBase.kind === 'candidates') base = items.filter((i) => scopeOf(i) === scopeKey && i.cand.kind === rule.subject).length;
        else {
          const key = rule.quotaBase.key;
          base = items.filter(
            (i) => scopeOf(i) === scopeKey && ([...i.thisYear].some((k) => keyMatches(k, key)) || keyMatches(fold(text(i.v, 'form')), key)),
          ).length;
        }
        if (base !== null) {
          const raw = (base * rule.quotaPercent) / 100;
          const rounded = rules.campaign?.quotaRounding === 'nearest' ? Math.floor(raw + 0.5) : Math.floor(Math.round(raw * 100) / 100);
          limit = Math.min(limit, rounded);
          basis = [basis, `${formatScore(rule.quotaPercent, L)}% × ${base} = ${formatScore(raw, L)} → ${rounded}`].filter(Boolean).join('; ');
        }
      }
      if (!Number.isFinite(limit) || list.length <= limit) continue;
      const label =
        rule.scope === 'all'
          ? t(ROLLUP_WORDS, L, 'wholeProvince')
          : rule.scope === 'unit'
            ? text(list[0].v, 'agency')
            : t(ROLLUP_WORDS, L, 'block', { block: scopeKey || t(ROLLUP_WORDS, L, 'noBlock') });
      out.push(
        upwardFinding('UPWARD_OVER_QUOTA', { form: rule.name, scope: label, count: list.length, limit, basis }, L, {
          file: list[0].file,
          sheet: UPWARD_SHEETS.data,
          row: list[0].read.sheetRow,
          col: 12,
        }),
      );
      for (const it of list) mark(it, 'review', t(ROLLUP_WORDS, L, 'overQuota', { form: rule.name, scope: label, count: list.length, limit }));
    }
  }
}
