"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ItemScores = exports.ScoreLayout = void 0;
exports.criterionSlots = criterionSlots;
/**
 * Where a sheet's scores are: for each criterion slot (its position in `Tiêu chí`), the self and
 * appraised columns, and the row for the form that lists criteria down the rows. NaN for none.
 * Every row of a roster sheet shares one layout, so a candidate keeps only its numbers.
 */
class ScoreLayout {
    slots;
    /** Self column at 2·slot, appraised column at 2·slot + 1 (NaN: none), for loops that read it directly. */
    cols;
    /** Per slot, the row of the criterion in the criteria-rows form; null: the candidate's own row. */
    rows;
    /** A candidate's empty scores, copied for each row: a copy of a packed array of doubles is one memcpy. */
    blank = [];
    constructor(slots, 
    /** True for the criteria-down-the-rows form, where each criterion has its own row. */
    rowPerCriterion) {
        this.slots = slots;
        this.cols = new Array(slots.size * 2).fill(NaN);
        this.rows = rowPerCriterion ? new Array(slots.size).fill(NaN) : null;
        for (let i = 0; i < slots.size * 2; i++)
            this.blank.push(NaN);
    }
    slotOf(code) {
        const i = this.slots.get(code);
        if (i === undefined)
            throw new Error(`unknown criterion ${code}`);
        return i;
    }
    /** Records the column (and, per criterion, the row) of a criterion's self or appraised score. */
    place(slot, sub, col, row) {
        this.cols[slot * 2 + (sub === 'self' ? 0 : 1)] = col;
        if (this.rows)
            this.rows[slot] = row;
    }
    /** Whether the sheet has a column for the criterion at all. */
    placed(slot) {
        return !Number.isNaN(this.cols[slot * 2]) || !Number.isNaN(this.cols[slot * 2 + 1]);
    }
    col(slot, sub) {
        return this.cols[slot * 2 + (sub === 'self' ? 0 : 1)];
    }
    /** The row of a criterion's score: its own in the criteria-rows form, else the candidate's. */
    row(slot, candidateRow) {
        return this.rows ? this.rows[slot] : candidateRow;
    }
}
exports.ScoreLayout = ScoreLayout;
/**
 * A candidate's scores, two numbers per criterion slot (self, appraised; NaN for none), read
 * through the sheet's shared layout. Thousands of small long-lived objects per sheet cost more
 * than the scoring itself, and what survives the young generation is what the GC pays for.
 */
class ItemScores {
    layout;
    row;
    /**
     * Self score at 2·slot, appraised at 2·slot + 1 (NaN: none). Read directly by the loops over
     * every score cell (reading, scoring, validating): a method call per cell is what costs most
     * before the JIT has compiled them, and the first run is the one a user waits for.
     */
    v;
    constructor(layout, row) {
        this.layout = layout;
        this.row = row;
        this.v = layout.blank.slice();
    }
    slot(code) {
        const i = this.layout.slots.get(code);
        return i === undefined ? -1 : i;
    }
    has(code) {
        const i = this.slot(code);
        return i >= 0 && this.layout.placed(i);
    }
    /** One criterion's scores and cells, for hosts and tests. */
    get(code) {
        const i = this.slot(code);
        if (i < 0 || !this.layout.placed(i))
            return undefined;
        return { self: orNull(this.v[i * 2]), appraised: orNull(this.v[i * 2 + 1]), row: this.layout.row(i, this.row), selfCol: orNull(this.layout.col(i, 'self')), appraisedCol: orNull(this.layout.col(i, 'appraised')) };
    }
    /** The value read from a score cell (null: blank or unreadable) of a slot the layout has placed. */
    set(slot, sub, value) {
        this.v[slot * 2 + (sub === 'self' ? 0 : 1)] = value === null ? NaN : value;
    }
}
exports.ItemScores = ItemScores;
function orNull(x) {
    return Number.isNaN(x) ? null : x;
}
function criterionSlots(codes) {
    return new Map(codes.map((c, i) => [c, i]));
}
//# sourceMappingURL=itemScores.js.map