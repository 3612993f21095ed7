"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CandidateIndex = exports.PerCandidate = void 0;
exports.slots = slots;
class PerCandidate {
    index;
    items;
    constructor(index) {
        this.index = index;
        this.items = slots(index.size);
    }
    at(c) {
        return this.items[c.index];
    }
    put(c, value) {
        this.items[c.index] = value;
    }
    get(id) {
        const i = this.index.get(id);
        return i === undefined ? undefined : this.items[i];
    }
    has(id) {
        return this.get(id) !== undefined;
    }
    values() {
        return this.items.filter((x) => x !== undefined);
    }
}
exports.PerCandidate = PerCandidate;
/**
 * Candidate id → position. Only hosts and tests look candidates up by id, so the map is built on
 * the first lookup, not by every engine run (9,000 ids hashed for nothing).
 */
class CandidateIndex {
    candidates;
    map = null;
    constructor(candidates) {
        this.candidates = candidates;
    }
    get size() {
        return this.candidates.length;
    }
    get(id) {
        return (this.map ??= new Map(this.candidates.map((c) => [c.id, c.index]))).get(id);
    }
}
exports.CandidateIndex = CandidateIndex;
/**
 * An array of n empty places, filled by push: it is of one kind from the start, so storing the
 * first value does not change its hidden class under code already compiled for it (as
 * `new Array(n)` does), and writing in any order never makes it a sparse dictionary.
 */
function slots(n) {
    const a = [];
    for (let i = 0; i < n; i++)
        a.push(undefined);
    return a;
}
//# sourceMappingURL=perCandidate.js.map