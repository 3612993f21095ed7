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
  /** For each node of postOrder, the postOrder indexes of its children. */
  childIndexes: number[][];
  rootIndexes: number[];
  /** For each node of postOrder, its slot in the candidates' scores (its row order in `Tiêu chí`). */
  slots: number[];
  /** Criterion code → index in postOrder, shared by every candidate's points. */
  index: Map<string, number>;
  /** Scratch space reused for every candidate: scoring 9,000 rows allocates no arrays. */
  scratch: { points: Float64Array; entered: Float64Array; self: Float64Array };
}

export function planScoring(tree: CriteriaTree): ScoringPlan {
  const postOrder: Criterion[] = [];
  const childIndexes: number[][] = [];
  const visit = (c: Criterion): number => {
    const kids = c.children.map((code) => tree.byCode.get(code)!).filter(Boolean).map(visit);
    postOrder.push(c);
    childIndexes.push(kids);
    return postOrder.length - 1;
  };
  const rootIndexes = tree.roots.map(visit);
  const n = postOrder.length;
  const slotOf = new Map(tree.all.map((c, i) => [c.code, i] as const));
  return { postOrder, childIndexes, rootIndexes, slots: postOrder.map((c) => slotOf.get(c.code)!), index: new Map(postOrder.map((c, i) => [c.code, i] as const)), scratch: { points: new Float64Array(n), entered: new Float64Array(n), self: new Float64Array(n) } };
}

interface Totals {
  scored: number;
  bonusRaw: number;
  bonus: number;
  deductions: number;
  total: number;
}

/** One pass over the plan into `points` (indexed like postOrder); `entered` gets the leaves' raw values. */
function totals(plan: ScoringPlan, pick: (slot: number) => number, maxBonus: number | null, points: Float64Array, entered: Float64Array | null): Totals {
  const nodes = plan.postOrder;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const kids = plan.childIndexes[i];
    let raw = 0;
    if (kids.length === 0) {
      raw = pick(plan.slots[i]);
      if (Number.isNaN(raw)) raw = 0;
      if (entered) entered[i] = raw;
      if (raw < 0) raw = 0;
    } else for (let k = 0; k < kids.length; k++) raw += points[kids[k]];
    const capped = node.max !== null && raw > node.max ? node.max : raw;
    points[i] = roundScore(capped * node.weight);
  }
  let scored = 0;
  let bonusRaw = 0;
  let deductions = 0;
  for (const i of plan.rootIndexes) {
    const kind = nodes[i].kind;
    if (kind === 'scored') scored += points[i];
    else if (kind === 'bonus') bonusRaw += points[i];
    else deductions += points[i];
  }
  const bonus = maxBonus !== null ? Math.min(bonusRaw, maxBonus) : bonusRaw;
  return { scored: roundScore(scored), bonusRaw: roundScore(bonusRaw), bonus: roundScore(bonus), deductions: roundScore(deductions), total: roundScore(scored + bonus - deductions) };
}

export function scoreCandidate(c: Candidate, plan: ScoringPlan, campaign: Campaign | null): ScoreBreakdown {
  const maxBonus = campaign?.maxBonus ?? null;
  const n = plan.postOrder.length;
  const { points, entered } = plan.scratch;
  let hasAppraisal = false;
  const final = totals(
    plan,
    (slot) => {
      const appraised = c.scores.appraisedAt(slot);
      if (!Number.isNaN(appraised)) {
        hasAppraisal = true;
        return appraised;
      }
      return c.scores.selfAt(slot);
    },
    maxBonus,
    points,
    entered,
  );
  const self = totals(plan, (slot) => c.scores.selfAt(slot), maxBonus, plan.scratch.self, null);
  const contribution = new CriterionPoints(plan.index, copy(points));
  const belowFloor: string[] = [];
  for (let i = 0; i < n; i++) {
    const node = plan.postOrder[i];
    const leaf = plan.childIndexes[i].length === 0;
    if (node.floor !== null && (leaf ? entered[i] : points[i]) < node.floor) belowFloor.push(node.code);
  }
  let plain = 0;
  for (let i = 0; i < n; i++) {
    if (plan.childIndexes[i].length > 0) continue;
    const v = c.scores.selfAt(plan.slots[i]);
    if (!Number.isNaN(v)) plain += plan.postOrder[i].kind === 'deduction' ? -v : v;
  }
  return {
    contribution,
    scored: final.scored,
    bonusRaw: final.bonusRaw,
    bonus: final.bonus,
    deductions: final.deductions,
    total: final.total,
    selfTotal: self.total,
    selfPlainSum: roundScore(plain),
    hasAppraisal,
    belowFloor,
  };
}

function copy(xs: Float64Array): number[] {
  const out = new Array<number>(xs.length);
  for (let i = 0; i < xs.length; i++) out[i] = xs[i];
  return out;
}

/** A candidate's points per criterion: one small array, read by code through the plan's index. */
export class CriterionPoints {
  constructor(
    private readonly index: Map<string, number>,
    // A plain array: small typed arrays get an off-heap store each, slower to make by the thousand.
    private readonly values: number[],
  ) {}

  get(code: string): number | undefined {
    const i = this.index.get(code);
    return i === undefined ? undefined : this.values[i];
  }
}
