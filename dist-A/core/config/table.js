"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.headerKey = headerKey;
exports.locateTable = locateTable;
exports.openTable = openTable;
const grid_1 = require("../grid");
const normalize_1 = require("../text/normalize");
/** Header text as a key: parenthesised notes such as "(điểm)" or "(%)" and punctuation dropped. */
function headerKey(text) {
    // Every sheet repeats the same headers: each text is keyed once.
    let k = headerKeys.get(text);
    if (k === undefined) {
        k = (0, normalize_1.matchKey)(text.replace(/\([^)]*\)/g, ' ').replace(/[*:]/g, ' '));
        if (headerKeys.size > 20000)
            headerKeys.clear();
        headerKeys.set(text, k);
    }
    return k;
}
const headerKeys = new Map();
function matchRow(grid, row, specs) {
    const cols = new Map();
    const width = (0, grid_1.gridWidth)(grid);
    for (let c = 0; c < width; c++) {
        const key = headerKey((0, grid_1.cellText)((0, grid_1.cellAt)(grid, row, c)));
        if (key === '')
            continue;
        for (const spec of specs) {
            if (cols.has(spec.id))
                continue;
            if (spec.aliases.includes(key)) {
                cols.set(spec.id, c);
                break;
            }
        }
    }
    return cols;
}
/**
 * The header row of a config table: the first row in the top rows that has every required
 * column. When none has, the row that came closest, so the caller can name what is missing.
 */
function locateTable(grid, specs, required, maxRows = 15) {
    let best = { row: 0, cols: new Map() };
    const last = Math.min(maxRows, grid.rows.length);
    for (let r = 0; r < last; r++) {
        const cols = matchRow(grid, r, specs);
        if (required.every((id) => cols.has(id)))
            return { found: true, layout: { headerRow: r, cols } };
        if (cols.size > best.cols.size)
            best = { row: r, cols };
    }
    return { found: false, bestRow: best.row, missing: specs.filter((s) => required.includes(s.id) && !best.cols.has(s.id)) };
}
/** Finds the table and reports each missing required column on the closest header row. */
function openTable(grid, specs, required, log) {
    const sheet = grid.name;
    const loc = locateTable(grid, specs, required);
    if (!loc.found) {
        for (const m of loc.missing)
            log.add('CONFIG_HEADER_MISSING', { sheet, column: m.label }, { sheet, row: loc.bestRow, col: 0 });
        return null;
    }
    const { headerRow, cols } = loc.layout;
    return {
        headerRow,
        cols,
        get: (r, id) => {
            const c = cols.get(id);
            return c === undefined ? null : (0, grid_1.cellAt)(grid, r, c);
        },
        at: (r, id) => ({ sheet, row: r, col: cols.get(id) ?? 0 }),
    };
}
//# sourceMappingURL=table.js.map