import { EngineResult } from '../engine/run';
import { NobodyEligible, whyNobody } from './whyNobody';
import { CONFIG_SHEETS, ConfigSheetId, configSheetId } from '../config/sheetNames';
import { Finding, Lang, TitleStatus } from '../model';
import { proposedTitles } from './explain';
import { lateUnits, unitsWithoutSheet } from '../engine/validate';

/**
 * What the task pane shows after a run, as plain data (it crosses from the engine's worker to
 * the page): campaign status, findings, quotas against proposals.
 */
export interface RunSummary {
  action: 'validate' | 'rank';
  /** The language the findings and explanations are worded in. */
  lang: Lang;
  campaign: { name: string; year: number | null } | null;
  usable: boolean;
  /** Config sheets in the contract's order, and whether the workbook has each. */
  config: { id: ConfigSheetId; sheet: string; found: boolean; optional: boolean }[];
  /** Units of `Đơn vị`: how many, how many sent a score sheet, which have not. */
  units: { total: number; received: number; missing: string[]; /** Sent after `Hạn nộp`, with the days late. */ late: { name: string; days: number }[] };
  candidates: { individual: number; collective: number };
  findings: Finding[];
  errors: number;
  warnings: number;
  skipped: { sheet: string; reason: string }[];
  quotas: {
    title: string;
    scope: string;
    limit: number | null;
    eligible: number;
    proposed: number;
    tied: number;
    cut: number;
    /** How the quota was counted ("chỉ tiêu 15% × 68 Lao động tiên tiến = 10,2 → 10 suất"). */
    basis?: string;
    /** Who, as rows of `people`, best first: proposed, tied at the boundary (for the council), eligible but cut. */
    members?: { proposed: number[]; tied: number[]; cut: number[] };
    /** Nobody eligible: the condition failed most often (whyNobody.ts). */
    nobody?: NobodyEligible;
  }[];
  /** Each score sheet's unit: findings a sheet reader logs before it knows the unit are filtered by it. */
  sheetUnits?: [sheet: string, unit: string][];
  /** After a rank: every candidate once, for the pane's results and search (absent after a check). */
  people?: PeopleTable;
  /** The best-ranked candidates with a proposed title, for a first look (the sheets hold all). */
  proposed: { name: string; unit: string; titles: string[] }[];
  proposedCount: number;
  fingerprint: string;
}

/**
 * Every candidate as columns of plain arrays: a province's 9,000 people cross from the worker as a
 * few arrays, not 9,000 objects, and without their explanations (the pane asks for one by id).
 */
export interface PeopleTable {
  /** Candidate ids: what the pane sends to get one person's explanation. */
  id: string[];
  name: string[];
  collective: boolean[];
  /** Index into `units`. */
  unit: number[];
  units: string[];
  /** Index into `sheets`; the name cell's row and column (0-based) on it. */
  sheet: number[];
  sheets: string[];
  row: number[];
  col: number[];
  /** Total score and rank in the whole campaign. */
  total: number[];
  rank: number[];
  /** The titles of `Danh hiệu` in order, and per person one verdict per title (`people × titles`). */
  titles: string[];
  verdicts: Verdict[];
}

/** A candidate's verdict on one title, as a small number: 0 the title is not for them. */
export type Verdict = 0 | 1 | 2 | 3 | 4 | 5;
export const VERDICTS: readonly (TitleStatus | null)[] = [null, 'proposed', 'notEligible', 'cutByQuota', 'tiedAtQuota', 'ruleUnusable'];

function peopleOf(r: EngineResult): { table: PeopleTable; at: Map<string, number> } {
  const titles = r.titles.map((t) => t.name);
  const titleAt = new Map(r.titles.map((t, i) => [t.key, i]));
  const units: string[] = [];
  const unitAt = new Map<string, number>();
  const sheets: string[] = [];
  const sheetAt = new Map<string, number>();
  const intern = (list: string[], at: Map<string, number>, v: string) => {
    let i = at.get(v);
    if (i === undefined) at.set(v, (i = list.push(v) - 1));
    return i;
  };
  const n = r.candidates.length;
  const t: PeopleTable = {
    id: [],
    name: [],
    collective: [],
    unit: [],
    units,
    sheet: [],
    sheets,
    row: [],
    col: [],
    total: [],
    rank: [],
    titles,
    verdicts: new Array<Verdict>(n * titles.length).fill(0),
  };
  const at = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const c = r.candidates[i];
    at.set(c.id, i);
    t.id.push(c.id);
    t.name.push(c.name);
    t.collective.push(c.kind === 'collective');
    t.unit.push(intern(units, unitAt, c.unitName));
    t.sheet.push(intern(sheets, sheetAt, c.nameRef.sheet));
    t.row.push(c.nameRef.row);
    t.col.push(c.nameRef.col);
    t.total.push(r.scores.at(c)?.total ?? 0);
    t.rank.push(r.ranking.positions.at(c)?.all.rank ?? 0);
    for (const d of r.decisions.at(c) ?? []) {
      const k = titleAt.get(d.titleKey);
      if (k !== undefined) t.verdicts[i * titles.length + k] = VERDICTS.indexOf(d.status) as Verdict;
    }
  }
  return { table: t, at };
}

/** Per quota (title and scope): its candidates in the scope's ranking order, by verdict. */
function membersOf(r: EngineResult, q: EngineResult['quotas'][number], at: Map<string, number>): { proposed: number[]; tied: number[]; cut: number[] } {
  const out = { proposed: [] as number[], tied: [] as number[], cut: [] as number[] };
  for (const c of r.ranking.scopes.get(q.scopeKey)?.ordered ?? []) {
    const d = (r.decisions.at(c) ?? []).find((x) => x.titleKey === q.titleKey);
    const list = d?.status === 'proposed' ? out.proposed : d?.status === 'tiedAtQuota' ? out.tied : d?.status === 'cutByQuota' ? out.cut : null;
    if (list) list.push(at.get(c.id)!);
  }
  return out;
}

function sheetUnitsOf(r: EngineResult): [string, string][] {
  const out = new Map<string, string>();
  for (const c of r.candidates) if (!out.has(c.sheet) && c.unitName) out.set(c.sheet, c.unitName);
  return [...out];
}

export function summarize(r: EngineResult, action: 'validate' | 'rank', sheetNames: string[]): RunSummary {
  const present = new Set(sheetNames.map(configSheetId).filter((x): x is ConfigSheetId => x !== null));
  // A unit whose sheet is there but unread sent it: not missing (its sheet has a finding).
  const missing = unitsWithoutSheet(
    r.units.filter((u) => !r.skipped.some((x) => x.unitKey === u.key)),
    r.candidates,
    r.sheets,
  ).map((u) => u.name);
  const proposedAll = action === 'rank' ? r.candidates.filter((c) => proposedTitles(r, c).length > 0) : [];
  const order = (id: string) => r.ranking.positions.get(id)?.all.rank ?? 0;
  const people = action === 'rank' ? peopleOf(r) : null;
  return {
    action,
    lang: r.lang,
    campaign: r.campaign ? { name: r.campaign.name, year: r.campaign.year } : null,
    usable: r.usable,
    config: (Object.keys(CONFIG_SHEETS) as ConfigSheetId[]).map((id) => ({
      id,
      sheet: CONFIG_SHEETS[id],
      found: present.has(id),
      optional: id === 'history' || id === 'votes',
    })),
    units: {
      total: r.units.length,
      received: r.units.length - missing.length,
      missing,
      late: lateUnits(r.units, r.candidates, r.sheets).map((l) => ({ name: l.unit.name, days: l.days })),
    },
    candidates: {
      individual: r.candidates.filter((c) => c.kind === 'individual').length,
      collective: r.candidates.filter((c) => c.kind === 'collective').length,
    },
    findings: r.findings.map((f) => ({ ...f })),
    errors: r.findings.filter((f) => f.severity === 'error').length,
    warnings: r.findings.filter((f) => f.severity === 'warning').length,
    skipped: r.skipped.map((s) => ({ sheet: s.sheet, reason: s.reason })),
    quotas:
      action === 'rank'
        ? r.quotas.map((q) => ({
            title: q.title,
            scope: q.scopeLabel,
            limit: q.limit,
            eligible: q.eligible,
            proposed: q.proposed,
            tied: q.tied,
            cut: q.cut,
            basis: q.basis,
            members: membersOf(r, q, people!.at),
            nobody: whyNobody(r, q),
          }))
        : [],
    sheetUnits: sheetUnitsOf(r),
    ...(people ? { people: people.table } : {}),
    proposed: [...proposedAll]
      .sort((a, b) => order(a.id) - order(b.id))
      .slice(0, 50)
      .map((c) => ({ name: c.name, unit: c.unitName, titles: proposedTitles(r, c) })),
    proposedCount: proposedAll.length,
    fingerprint: r.fingerprint,
  };
}
