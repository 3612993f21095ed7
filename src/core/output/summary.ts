import { EngineResult } from '../engine/run';
import { CONFIG_SHEETS, ConfigSheetId, configSheetId } from '../config/sheetNames';
import { Finding } from '../model';
import { proposedTitles } from './explain';
import { lateUnits, unitsWithoutSheet } from '../engine/validate';

/**
 * What the task pane shows after a run, as plain data (it crosses from the engine's worker to
 * the page): campaign status, findings, quotas against proposals.
 */
export interface RunSummary {
  action: 'validate' | 'rank';
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
  quotas: { title: string; scope: string; limit: number | null; eligible: number; proposed: number; tied: number; cut: number }[];
  /** The best-ranked candidates with a proposed title, for a first look (the sheets hold all). */
  proposed: { name: string; unit: string; titles: string[] }[];
  proposedCount: number;
  fingerprint: string;
}

export function summarize(r: EngineResult, action: 'validate' | 'rank', sheetNames: string[]): RunSummary {
  const present = new Set(sheetNames.map(configSheetId).filter((x): x is ConfigSheetId => x !== null));
  // A unit whose sheet is there but unread sent it: not missing (its sheet has a finding).
  const missing = unitsWithoutSheet(r.units.filter((u) => !r.skipped.some((x) => x.unitKey === u.key)), r.candidates, r.sheets).map((u) => u.name);
  const proposedAll = action === 'rank' ? r.candidates.filter((c) => proposedTitles(r, c).length > 0) : [];
  const order = (id: string) => r.ranking.positions.get(id)?.all.rank ?? 0;
  return {
    action,
    campaign: r.campaign ? { name: r.campaign.name, year: r.campaign.year } : null,
    usable: r.usable,
    config: (Object.keys(CONFIG_SHEETS) as ConfigSheetId[]).map((id) => ({ id, sheet: CONFIG_SHEETS[id], found: present.has(id), optional: id === 'history' || id === 'votes' })),
    units: { total: r.units.length, received: r.units.length - missing.length, missing, late: lateUnits(r.units, r.candidates, r.sheets).map((l) => ({ name: l.unit.name, days: l.days })) },
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
        ? r.quotas.map((q) => ({ title: q.title, scope: q.scopeLabel, limit: q.limit, eligible: q.eligible, proposed: q.proposed, tied: q.tied, cut: q.cut }))
        : [],
    proposed: [...proposedAll]
      .sort((a, b) => order(a.id) - order(b.id))
      .slice(0, 50)
      .map((c) => ({ name: c.name, unit: c.unitName, titles: proposedTitles(r, c) })),
    proposedCount: proposedAll.length,
    fingerprint: r.fingerprint,
  };
}
