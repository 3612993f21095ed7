"use strict";
/**
 * The only shape in which the engine sees a workbook: sheets as 2-D value grids.
 * Every host (ExcelJS file host, Office.js adapter, tests) produces these and nothing else,
 * so the domain core never touches a spreadsheet API.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.cellAt = cellAt;
exports.columnLetter = columnLetter;
exports.a1 = a1;
exports.parseA1 = parseA1;
exports.isBlank = isBlank;
exports.cellText = cellText;
exports.gridWidth = gridWidth;
function cellAt(grid, row, col) {
    const r = grid.rows[row];
    if (!r)
        return null;
    const v = r[col];
    return v === undefined ? null : v;
}
function columnLetter(col) {
    let n = col + 1;
    let s = '';
    while (n > 0) {
        const m = (n - 1) % 26;
        s = String.fromCharCode(65 + m) + s;
        n = Math.floor((n - 1) / 26);
    }
    return s;
}
/** 0-based row and column to an A1 address. */
function a1(row, col) {
    return `${columnLetter(col)}${row + 1}`;
}
function parseA1(address) {
    const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(address.trim());
    if (!m)
        return null;
    let col = 0;
    for (const ch of m[1].toUpperCase())
        col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
}
function isBlank(v) {
    return v === null || (typeof v === 'string' && v.trim() === '');
}
/** Text as shown, for cells read as labels. Numbers keep their plain JS form ("1.1"). */
function cellText(v) {
    if (v === null)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'boolean')
        return v ? 'TRUE' : 'FALSE';
    return String(v);
}
/** Width of the widest row. */
function gridWidth(grid) {
    let w = 0;
    for (const r of grid.rows)
        if (r && r.length > w)
            w = r.length;
    return w;
}
//# sourceMappingURL=grid.js.map