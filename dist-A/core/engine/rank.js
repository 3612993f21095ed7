"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scopeKeyOf = scopeKeyOf;
exports.rankCandidates = rankCandidates;
const normalize_1 = require("../text/normalize");
const levels_1 = require("../rules/levels");
const perCandidate_1 = require("./perCandidate");
const scopeKeys = {
    individual: { unit: new Map(), block: new Map() },
    collective: { unit: new Map(), block: new Map() },
};
/** The key of a candidate's ranking scope; the strings are made once per unit, not per candidate. */
function scopeKeyOf(c, scope) {
    if (scope === 'all')
        return c.kind === 'individual' ? 'individual|all' : 'collective|all';
    const part = scope === 'unit' ? c.unitKey : c.block;
    const made = scopeKeys[c.kind][scope];
    let key = made.get(part);
    if (key === undefined) {
        key = `${c.kind}|${scope}|${part}`;
        if (made.size > 10000)
            made.clear();
        made.set(part, key);
    }
    return key;
}
function scopeLabel(c, scope) {
    if (scope === 'unit')
        return c.unitName;
    if (scope === 'block')
        return c.block;
    return '';
}
/** The value a tie-break key reads, oriented so that larger is better. */
function tieValue(key, c, s) {
    switch (key.kind) {
        case 'criterion':
            return s.contribution.get(key.code) ?? 0;
        case 'deductions':
            return -s.deductions;
        case 'bonus':
            return s.bonus;
        case 'rating':
            return c.rating ? (0, levels_1.ratingRank)(c.rating) : 0;
        case 'initiatives':
            return c.initiatives;
        case 'name':
            return 0; // a name is no merit: it orders the list, never the rank
    }
}
function rankCandidates(candidates, scores, chain, ids) {
    const merit = chain.filter((k) => k.kind !== 'name');
    const n = candidates.length;
    const m = merit.length;
    const w = m + 1;
    // Per candidate (by index): the total, then the chain's values, rounded once to 1/10000 point
    // so that comparing is integer arithmetic; and the values as shown (deductions as points).
    const keys = new Float64Array(n * w);
    const shown = new Float64Array(n * m);
    for (let i = 0; i < n; i++) {
        const c = candidates[i];
        const s = scores.at(c);
        keys[i * w] = Math.round(s.total * 10000);
        for (let k = 0; k < m; k++) {
            const v = tieValue(merit[k], c, s);
            shown[c.index * m + k] = merit[k].kind === 'deductions' ? -v : v;
            keys[i * w + k + 1] = Math.round(v * 10000);
        }
    }
    const names = (0, normalize_1.rankNames)(candidates.map((c) => c.name), (i) => candidates[i].kind === 'individual');
    const sameMerit = (a, b) => {
        for (let k = 0; k < w; k++)
            if (keys[a * w + k] !== keys[b * w + k])
                return false;
        return true;
    };
    const compare = (a, b) => {
        for (let k = 0; k < w; k++) {
            const d = keys[b * w + k] - keys[a * w + k];
            if (d !== 0)
                return d;
        }
        const ia = candidates[a].id;
        const ib = candidates[b].id;
        return (0, normalize_1.compareNameRanks)(names, a, b) || (ia < ib ? -1 : ia > ib ? 1 : 0);
    };
    // One sort for everyone; each scope's list keeps that order, so no scope sorts again.
    const order = [];
    for (let i = 0; i < n; i++)
        order.push(i);
    order.sort(compare);
    const groups = new Map();
    for (let o = 0; o < n; o++) {
        const i = order[o];
        const c = candidates[i];
        for (let sc = 0; sc < SCOPES.length; sc++) {
            const scope = SCOPES[sc];
            const key = scopeKeyOf(c, scope);
            let g = groups.get(key);
            if (!g)
                groups.set(key, (g = { ranking: { scope, key, label: scopeLabel(c, scope), ordered: [] }, members: [] }));
            g.members.push(i);
            g.ranking.ordered.push(c);
        }
    }
    // Each scope's positions first, then one record per candidate built whole.
    const byScope = { unit: (0, perCandidate_1.slots)(n), block: (0, perCandidate_1.slots)(n), all: (0, perCandidate_1.slots)(n) };
    for (const { ranking, members } of groups.values()) {
        const at = byScope[ranking.scope];
        let i = 0;
        while (i < members.length) {
            let end = i;
            while (end + 1 < members.length && sameMerit(members[end + 1], members[i]))
                end++;
            const pos = { rank: i + 1, of: members.length, tiedCount: end - i, scopeKey: ranking.key };
            for (let j = i; j <= end; j++)
                at[members[j]] = pos;
            i = end + 1;
        }
    }
    const scopes = new Map();
    for (const [k, g] of groups)
        scopes.set(k, g.ranking);
    const positions = new perCandidate_1.PerCandidate(ids);
    for (let i = 0; i < n; i++)
        positions.put(candidates[i], { unit: byScope.unit[i], block: byScope.block[i], all: byScope.all[i] });
    return { scopes, positions, tieValues: new TieValues(shown, m, ids) };
}
/** The tie-break values as shown, per candidate: a view over one array, copied out when read. */
class TieValues {
    values;
    width;
    ids;
    constructor(values, width, ids) {
        this.values = values;
        this.width = width;
        this.ids = ids;
    }
    at(c) {
        return Array.from(this.values.subarray(c.index * this.width, (c.index + 1) * this.width));
    }
    get(id) {
        const i = this.ids.get(id);
        return i === undefined ? undefined : this.at({ index: i });
    }
}
const SCOPES = ['unit', 'block', 'all'];
//# sourceMappingURL=rank.js.map