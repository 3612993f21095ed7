import { Campaign, Candidate, CriteriaTree, Criterion, ScoreBreakdown } from '../model';
import { criterionSlots } from '../model';
import { POINT_UNITS, toUnits } from '../text/numbers';

/**
 * Scoring rule, one node at a time from the leaves up:
 *   leaf:  points = min(max(entered, 0), Điểm tối đa) × Trọng số
 *   group: points = min(Σ children's points, Điểm tối đa of the group) × Trọng số of the group
 * The appraised score (thẩm định) replaces the self-score item by item where present.
 * Total = Σ scored roots + min(Σ bonus roots, Điểm thưởng tối đa) − Σ deduction roots.
 *
 * Points are summed exactly, as integers of 10⁻⁸ point (`toUnits`), and turned into numbers only
 * when stored: integer sums do not depend on the order of the terms, so two candidates whose
 * weighted item scores add up to the same value get bitwise-equal totals (rounding each item to
 * 4 decimals first split a tie at 13,0825 into 13,0826 and 13,0825; summing doubles splits
 * 0,1 + 0,2 from 0,3). Nothing is rounded here: only what is shown is.
 */
export interface ScoringPlan {
  /** Children before parents. */
  postOrder: Criterion[];
  /** For each node of postOrder, the postOrder indexes of its children. */
  childIndexes: number[][];
  /** For each node of postOrder, the postOrder index of its parent (-1 for a root). */
  parentIndexes: number[];
  rootIndexes: number[];
  /** For each node of postOrder, its slot in the candidates' scores (its row order in `Tiêu chí`). */
  slots: number[];
  /** Criterion code → index in postOrder, shared by every candidate's points. */
  index: Map<string, number>;
  /** Scratch space reused for every candidate: scoring 9,000 rows allocates no arrays. */
  scratch: { entered: Float64Array; self: Float64Array; units: Float64Array; belowFloor: string[] };
}

export function planScoring(tree: CriteriaTree): ScoringPlan {
  const postOrder: Criterion[] = [];
  const childIndexes: number[][] = [];
  const visit = (c: Criterion): number => {
    const kids = c.children
      .map((code) => tree.byCode.get(code)!)
      .filter(Boolean)
      .map(visit);
    postOrder.push(c);
    childIndexes.push(kids);
    return postOrder.length - 1;
  };
  const rootIndexes = tree.roots.map(visit);
  const n = postOrder.length;
  const parentIndexes: number[] = [];
  for (let i = 0; i < n; i++) parentIndexes.push(-1);
  childIndexes.forEach((kids, p) => kids.forEach((k) => (parentIndexes[k] = p)));
  const slotOf = criterionSlots(tree);
  return {
    postOrder,
    childIndexes,
    parentIndexes,
    rootIndexes,
    slots: postOrder.map((c) => slotOf.get(c.code)!),
    index: new Map(postOrder.map((c, i) => [c.code, i] as const)),
    scratch: { entered: new Float64Array(n), self: new Float64Array(n), units: new Float64Array(n), belowFloor: [] },
  };
}

/**
 * Every candidate's points and totals in one Float64Array, a fixed stride each: the numbers live
 * off the JavaScript heap, so the garbage collector neither scans nor copies them (a province's
 * 9,000 breakdowns were 6 MB of small arrays and boxed numbers it moved twice).
 */
export class ScoreStore {
  /** Per candidate: the points of each plan node, then the totals below. */
  readonly stride: number;
  private readonly values: Float64Array;

  constructor(
    readonly plan: ScoringPlan,
    count: number,
  ) {
    this.stride = plan.postOrder.length + TOTALS;
    this.values = new Float64Array(Math.max(1, count * this.stride));
  }

  /** The store's numbers, for the scoring pass to write and the breakdowns to read. */
  get data(): Float64Array {
    return this.values;
  }
}

// Offsets of the totals after the nodes' points.
const SCORED = 0;
const BONUS_RAW = 1;
const BONUS = 2;
const DEDUCTIONS = 3;
const TOTAL = 4;
const SELF_TOTAL = 5;
const PLAIN_SUM = 6;
const TOTALS = 7;

const NO_CODES: readonly string[] = [];

/** A candidate's breakdown: a view over its stretch of the store. */
class StoredBreakdown implements ScoreBreakdown {
  constructor(
    private readonly store: ScoreStore,
    private readonly at: number,
    readonly hasAppraisal: boolean,
    readonly belowFloor: readonly string[],
  ) {}

  private sum(k: number): number {
    return this.store.data[this.at + this.store.plan.postOrder.length + k];
  }

  get contribution(): { get(code: string): number | undefined } {
    return this;
  }

  /** Points of a criterion or group, by code (ScoreBreakdown.contribution). */
  get(code: string): number | undefined {
    const i = this.store.plan.index.get(code);
    return i === undefined ? undefined : this.store.data[this.at + i];
  }

  get scored(): number {
    return this.sum(SCORED);
  }
  get bonusRaw(): number {
    return this.sum(BONUS_RAW);
  }
  get bonus(): number {
    return this.sum(BONUS);
  }
  get deductions(): number {
    return this.sum(DEDUCTIONS);
  }
  get total(): number {
    return this.sum(TOTAL);
  }
  get selfTotal(): number {
    return this.sum(SELF_TOTAL);
  }
  get selfPlainSum(): number {
    return this.sum(PLAIN_SUM);
  }
}

/** Whether an item lies inside a group the sheet scored as a whole: its own floor cannot be checked. */
function scoredAsGroup(plan: ScoringPlan, pos: number[], i: number): boolean {
  for (let p = plan.parentIndexes[i]; p >= 0; p = plan.parentIndexes[p]) {
    const slot = plan.slots[p];
    if (pos[slot * 2] >= 0 || pos[slot * 2 + 1] >= 0) return true;
  }
  return false;
}

/**
 * Scores one candidate into its stretch of the store (the `index`-th), in one pass over the plan
 * for both the final score (appraised where present) and the self score.
 */
export function scoreCandidate(c: Candidate, store: ScoreStore, index: number, campaign: Campaign | null): ScoreBreakdown {
  const plan = store.plan;
  const maxBonus = campaign?.maxBonus ?? null;
  const nodes = plan.postOrder;
  const n = nodes.length;
  const out = store.data;
  const at = index * store.stride;
  // Codes below their floor gather in a scratch list, copied out only when there are any: an
  // array literal here is an allocation site whose pretenuring V8 may change mid-compilation,
  // which threw away the first optimised build of this function on every first run.
  const { self: selfPoints, units: nodeUnits, entered, belowFloor: floorScratch } = plan.scratch;
  floorScratch.length = 0;
  const scores = c.scores.v; // self at pos[2·slot], appraised at pos[2·slot + 1] (-1: no column)
  const pos = c.scores.layout.pos;
  let hasAppraisal = false;
  let plain = 0;
  // Every node's points in units of 10⁻⁸ point (integers, exact below 2⁵³) in the scratch
  // arrays, which the parents sum; the store gets the points.
  for (let i = 0; i < n; i++) {
    const node = nodes[i];
    const kids = plan.childIndexes[i];
    const slot = plan.slots[i];
    const sp = pos[slot * 2];
    const ap = pos[slot * 2 + 1];
    const max = node.max;
    let units: number;
    let selfUnits: number;
    // An item, or a group the sheet scored as a whole (none of its items has a column there).
    const entersScore = kids.length === 0 || sp >= 0 || ap >= 0;
    if (entersScore) {
      const self = sp < 0 ? NaN : scores[sp];
      const appraised = ap < 0 ? NaN : scores[ap];
      if (!Number.isNaN(self)) plain += toUnits(node.kind === 'deduction' ? -self : self);
      if (!Number.isNaN(appraised)) hasAppraisal = true;
      let raw = Number.isNaN(appraised) ? (Number.isNaN(self) ? 0 : self) : appraised;
      let selfRaw = Number.isNaN(self) ? 0 : self;
      entered[i] = raw;
      if (raw < 0) raw = 0;
      if (selfRaw < 0) selfRaw = 0;
      // The entered score as typed, capped, times the weight: one product, once into units.
      units = toUnits((max !== null && raw > max ? max : raw) * node.weight);
      selfUnits = toUnits((max !== null && selfRaw > max ? max : selfRaw) * node.weight);
    } else {
      let sum = 0;
      let selfSum = 0;
      for (let k = 0; k < kids.length; k++) {
        sum += nodeUnits[kids[k]];
        selfSum += selfPoints[kids[k]];
      }
      const cap = max === null ? Infinity : toUnits(max);
      units = weighUnits(sum > cap ? cap : sum, node.weight);
      selfUnits = weighUnits(selfSum > cap ? cap : selfSum, node.weight);
    }
    nodeUnits[i] = units;
    out[at + i] = units / POINT_UNITS;
    selfPoints[i] = selfUnits;
    if (node.floor !== null && (entersScore ? entered[i] : units / POINT_UNITS) < node.floor && !scoredAsGroup(plan, pos, i)) floorScratch.push(node.code);
  }
  let scored = 0;
  let bonusRaw = 0;
  let deductions = 0;
  let selfScored = 0;
  let selfBonusRaw = 0;
  let selfDeductions = 0;
  for (const i of plan.rootIndexes) {
    const kind = nodes[i].kind;
    if (kind === 'scored') {
      scored += nodeUnits[i];
      selfScored += selfPoints[i];
    } else if (kind === 'bonus') {
      bonusRaw += nodeUnits[i];
      selfBonusRaw += selfPoints[i];
    } else {
      deductions += nodeUnits[i];
      selfDeductions += selfPoints[i];
    }
  }
  const bonusCap = maxBonus !== null ? toUnits(maxBonus) : Infinity;
  const bonus = bonusRaw > bonusCap ? bonusCap : bonusRaw;
  const selfBonus = selfBonusRaw > bonusCap ? bonusCap : selfBonusRaw;
  const t = at + n;
  out[t + SCORED] = scored / POINT_UNITS;
  out[t + BONUS_RAW] = bonusRaw / POINT_UNITS;
  out[t + BONUS] = bonus / POINT_UNITS;
  out[t + DEDUCTIONS] = deductions / POINT_UNITS;
  out[t + TOTAL] = (scored + bonus - deductions) / POINT_UNITS;
  out[t + SELF_TOTAL] = (selfScored + selfBonus - selfDeductions) / POINT_UNITS;
  out[t + PLAIN_SUM] = plain / POINT_UNITS;
  return new StoredBreakdown(store, at, hasAppraisal, floorScratch.length > 0 ? floorScratch.slice() : NO_CODES);
}

/**
 * A group's capped sum (units) times its weight, back in whole units. Where the exact product is
 * a whole number of units (a group weight such as 0,5 or 1,25 over sums of typed scores) the
 * double product lies within far less than half a unit of it, so rounding gives it exactly;
 * otherwise the result is still a function of the sum alone, so equal sums stay equal.
 */
function weighUnits(units: number, weight: number): number {
  return weight === 1 ? units : Math.round(units * weight);
}

/**
 * Every candidate scored on its criteria set's plan (one store per set; a campaign with one set
 * has one store, as before).
 */
export function scoreAll(candidates: Candidate[], tree: CriteriaTree, campaign: Campaign | null, scores: { put(c: Candidate, s: ScoreBreakdown): void }): void {
  const main = new ScoreStore(planScoring(tree), candidates.length);
  if (!tree.sets || tree.sets.size === 0) {
    // One set: the plain loop (the province's 9,000 rows go through here).
    for (let i = 0; i < candidates.length; i++) scores.put(candidates[i], scoreCandidate(candidates[i], main, i, campaign));
    return;
  }
  const stores = new Map<string, ScoreStore>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const set = c.criteriaSet ?? '';
    let st = set === '' ? main : stores.get(set);
    if (!st) stores.set(set, (st = new ScoreStore(planScoring(tree.sets.get(set) ?? tree), candidates.length)));
    scores.put(c, scoreCandidate(c, st, i, campaign));
  }
}
