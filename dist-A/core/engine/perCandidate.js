"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CandidateIndex = exports.PerCandidate = void 0;
class PerCandidate {
    index;
    items;
    constructor(index) {
        this.index = index;
        this.items = new Array(index.size);
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
//# sourceMappingURL=perCandidate.js.map