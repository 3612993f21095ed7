"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScoreStore = void 0;
exports.planScoring = planScoring;
exports.scoreCandidate = scoreCandidate;
const numbers_1 = require("../text/numbers");
function planScoring(tree) {
    const postOrder = [];
    const childIndexes = [];
    const visit = (c) => {
        const kids = c.children.map((code) => tree.byCode.get(code)).filter(Boolean).map(visit);
        postOrder.push(c);
        childIndexes.push(kids);
        return postOrder.length - 1;
    };
    const rootIndexes = tree.roots.map(visit);
    const n = postOrder.length;
    const slotOf = new Map(tree.all.map((c, i) => [c.code, i]));
    return { postOrder, childIndexes, rootIndexes, slots: postOrder.map((c) => slotOf.get(c.code)), index: new Map(postOrder.map((c, i) => [c.code, i])), scratch: { entered: new Float64Array(n), self: new Float64Array(n), belowFloor: [] } };
}
/**
 * Every candidate's points and totals in one Float64Array, a fixed stride each: the numbers live
 * off the JavaScript heap, so the garbage collector neither scans nor copies them (a province's
 * 9,000 breakdowns were 6 MB of small arrays and boxed numbers it moved twice).
 */
class ScoreStore {
    plan;
    /** Per candidate: the points of each plan node, then the totals below. */
    stride;
    values;
    constructor(plan, count) {
        this.plan = plan;
        this.stride = plan.postOrder.length + TOTALS;
        this.values = new Float64Array(Math.max(1, count * this.stride));
    }
    /** The store's numbers, for the scoring pass to write and the breakdowns to read. */
    get data() {
        return this.values;
    }
}
exports.ScoreStore = ScoreStore;
// Offsets of the totals after the nodes' points.
const SCORED = 0;
const BONUS_RAW = 1;
const BONUS = 2;
const DEDUCTIONS = 3;
const TOTAL = 4;
const SELF_TOTAL = 5;
const PLAIN_SUM = 6;
const TOTALS = 7;
const NO_CODES = [];
/** A candidate's breakdown: a view over its stretch of the store. */
class StoredBreakdown {
    store;
    at;
    hasAppraisal;
    belowFloor;
    constructor(store, at, hasAppraisal, belowFloor) {
        this.store = store;
        this.at = at;
        this.hasAppraisal = hasAppraisal;
        this.belowFloor = belowFloor;
    }
    sum(k) {
        return this.store.data[this.at + this.store.plan.postOrder.length + k];
    }
    get contribution() {
        return this;
    }
    /** Points of a criterion or group, by code (ScoreBreakdown.contribution). */
    get(code) {
        const i = this.store.plan.index.get(code);
        return i === undefined ? undefined : this.store.data[this.at + i];
    }
    get scored() {
        return this.sum(SCORED);
    }
    get bonusRaw() {
        return this.sum(BONUS_RAW);
    }
    get bonus() {
        return this.sum(BONUS);
    }
    get deductions() {
        return this.sum(DEDUCTIONS);
    }
    get total() {
        return this.sum(TOTAL);
    }
    get selfTotal() {
        return this.sum(SELF_TOTAL);
    }
    get selfPlainSum() {
        return this.sum(PLAIN_SUM);
    }
}
/**
 * Scores one candidate into its stretch of the store (the `index`-th), in one pass over the plan
 * for both the final score (appraised where present) and the self score.
 */
function scoreCandidate(c, store, index, campaign) {
    const plan = store.plan;
    const maxBonus = campaign?.maxBonus ?? null;
    const nodes = plan.postOrder;
    const n = nodes.length;
    const out = store.data;
    const at = index * store.stride;
    // Codes below their floor gather in a scratch list, copied out only when there are any: an
    // array literal here is an allocation site whose pretenuring V8 may change mid-compilation,
    // which threw away the first optimised build of this function on every first run.
    const { self: selfPoints, entered, belowFloor: floorScratch } = plan.scratch;
    floorScratch.length = 0;
    const scores = c.scores.v; // self at 2·slot, appraised at 2·slot + 1
    let hasAppraisal = false;
    let plain = 0;
    for (let i = 0; i < n; i++) {
        const node = nodes[i];
        const kids = plan.childIndexes[i];
        let raw = 0;
        let selfRaw = 0;
        if (kids.length === 0) {
            const slot = plan.slots[i];
            const self = scores[slot * 2];
            const appraised = scores[slot * 2 + 1];
            if (!Number.isNaN(self))
                plain += node.kind === 'deduction' ? -self : self;
            if (!Number.isNaN(appraised))
                hasAppraisal = true;
            raw = Number.isNaN(appraised) ? (Number.isNaN(self) ? 0 : self) : appraised;
            selfRaw = Number.isNaN(self) ? 0 : self;
            entered[i] = raw;
            if (raw < 0)
                raw = 0;
            if (selfRaw < 0)
                selfRaw = 0;
        }
        else
            for (let k = 0; k < kids.length; k++) {
                raw += out[at + kids[k]];
                selfRaw += selfPoints[kids[k]];
            }
        const max = node.max;
        const points = (0, numbers_1.roundScore)((max !== null && raw > max ? max : raw) * node.weight);
        out[at + i] = points;
        selfPoints[i] = (0, numbers_1.roundScore)((max !== null && selfRaw > max ? max : selfRaw) * node.weight);
        if (node.floor !== null && (kids.length === 0 ? entered[i] : points) < node.floor)
            floorScratch.push(node.code);
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
            scored += out[at + i];
            selfScored += selfPoints[i];
        }
        else if (kind === 'bonus') {
            bonusRaw += out[at + i];
            selfBonusRaw += selfPoints[i];
        }
        else {
            deductions += out[at + i];
            selfDeductions += selfPoints[i];
        }
    }
    const bonus = maxBonus !== null ? Math.min(bonusRaw, maxBonus) : bonusRaw;
    const selfBonus = maxBonus !== null ? Math.min(selfBonusRaw, maxBonus) : selfBonusRaw;
    const t = at + n;
    out[t + SCORED] = (0, numbers_1.roundScore)(scored);
    out[t + BONUS_RAW] = (0, numbers_1.roundScore)(bonusRaw);
    out[t + BONUS] = (0, numbers_1.roundScore)(bonus);
    out[t + DEDUCTIONS] = (0, numbers_1.roundScore)(deductions);
    out[t + TOTAL] = (0, numbers_1.roundScore)(scored + bonus - deductions);
    out[t + SELF_TOTAL] = (0, numbers_1.roundScore)(selfScored + selfBonus - selfDeductions);
    out[t + PLAIN_SUM] = (0, numbers_1.roundScore)(plain);
    return new StoredBreakdown(store, at, hasAppraisal, floorScratch.length > 0 ? floorScratch.slice() : NO_CODES);
}
//# sourceMappingURL=score.js.map