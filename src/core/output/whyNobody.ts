import { EngineResult } from '../engine/run';

/**
 * Why a title has nobody eligible in a scope: the condition its candidates failed most often, with
 * how many failed it, of how many were checked. Read from the engine's own checks (each decision's
 * failed conditions), so the pane says why "Đủ ĐK 0" without running anything again.
 */
export interface NobodyEligible {
  /** The condition's label as the checks word it. */
  condition: string;
  /** Candidates who failed it. */
  failed: number;
  /** Candidates checked for the title in the scope. */
  checked: number;
}

export function whyNobody(r: EngineResult, q: EngineResult['quotas'][number]): NobodyEligible | undefined {
  if (q.eligible > 0) return undefined;
  const counts = new Map<string, number>();
  let checked = 0;
  for (const c of r.ranking.scopes.get(q.scopeKey)?.ordered ?? []) {
    const d = (r.decisions.at(c) ?? []).find((x) => x.titleKey === q.titleKey);
    if (!d) continue;
    checked++;
    // A condition counts once per candidate, however many of its checks failed.
    for (const label of new Set(d.checks.filter((x) => !x.ok).map((x) => x.label))) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const e of counts) if (!best || e[1] > best[1]) best = e;
  return best ? { condition: best[0], failed: best[1], checked } : undefined;
}
