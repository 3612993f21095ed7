import { Campaign, Candidate, CriteriaTree, Criterion, ScoreBreakdown } from '../model';
import { roundScore } from '../text/numbers';

/**
 * Scoring rule, one node at a time from the leaves up:
 *   leaf:  points = min(max(entered, 0), Điểm tối đa) × Trọng số
 *   group: points = min(Σ children's points, Điểm tối đa of the group) × Trọng số of the group
 * The appraised score (thẩm định) replaces the self-score item by item where present.
 * Total = Σ scored roots + min(Σ bonus roots, Điểm thưởng tối đa) − Σ deduction roots.
 */
export interface ScoringPlan {
  /** Children before parents. */
  postOrder: Criterion[];
  children: Map<string, Criterion[]>;
  roots: Criterion[];
  leaves: Criterion[];
}

export function planScoring(tree: CriteriaTree): ScoringPlan {
  const children = new Map<string, Criterion[]>();
  for (const c of tree.all) children.set(c.code, c.children.map((code) => tree.byCode.get(code)!).filter(Boolean));
  const postOrder: Criterion[] = [];
  const visit = (c: Criterion) => {
    for (const ch of children.get(c.code) ?? []) visit(ch);
    postOrder.push(c);
  };
  for (const r of tree.roots) visit(r);
  return { postOrder, children, roots: tree.roots, leaves: tree.leaves };
}

function totals(plan: ScoringPlan, pick: (code: string) => number | null, maxBonus: number | null, contribution: Map<string, number>, used: Map<string, number> | null) {
  for (const node of plan.postOrder) {
    const kids = plan.children.get(node.code)!;
    let raw: number;
    if (kids.length === 0) {
      raw = pick(node.code) ?? 0;
      if (used) used.set(node.code, raw);
      raw = Math.max(raw, 0);
    } else {
      raw = 0;
      for (const k of kids) raw += contribution.get(k.code)!;
    }
    const capped = node.max !== null ? Math.min(raw, node.max) : raw;
    contribution.set(node.code, roundScore(capped * node.weight));
  }
  let scored = 0;
  let bonusRaw = 0;
  let deductions = 0;
  for (const r of plan.roots) {
    const v = contribution.get(r.code)!;
    if (r.kind === 'scored') scored += v;
    else if (r.kind === 'bonus') bonusRaw += v;
    else deductions += v;
  }
  const bonus = maxBonus !== null ? Math.min(bonusRaw, maxBonus) : bonusRaw;
  return { scored: roundScore(scored), bonusRaw: roundScore(bonusRaw), bonus: roundScore(bonus), deductions: roundScore(deductions), total: roundScore(scored + bonus - deductions) };
}

export function scoreCandidate(c: Candidate, plan: ScoringPlan, campaign: Campaign | null): ScoreBreakdown {
  const maxBonus = campaign?.maxBonus ?? null;
  const contribution = new Map<string, number>();
  const used = new Map<string, number>();
  let hasAppraisal = false;
  const final = totals(
    plan,
    (code) => {
      const s = c.scores.get(code);
      if (!s) return null;
      if (s.appraised !== null) {
        hasAppraisal = true;
        return s.appraised;
      }
      return s.self;
    },
    maxBonus,
    contribution,
    used,
  );
  const selfContribution = new Map<string, number>();
  const self = totals(plan, (code) => c.scores.get(code)?.self ?? null, maxBonus, selfContribution, null);
  let plain = 0;
  for (const leaf of plan.leaves) {
    const v = c.scores.get(leaf.code)?.self ?? 0;
    plain += leaf.kind === 'deduction' ? -v : v;
  }
  const belowFloor: string[] = [];
  for (const node of plan.postOrder) {
    if (node.floor === null) continue;
    const v = plan.children.get(node.code)!.length === 0 ? (used.get(node.code) ?? 0) : contribution.get(node.code)!;
    if (v < node.floor) belowFloor.push(node.code);
  }
  return {
    contribution,
    used,
    ...final,
    selfTotal: self.total,
    selfPlainSum: roundScore(plain),
    hasAppraisal,
    belowFloor,
  };
}
