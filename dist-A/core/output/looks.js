"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LINK_LOOK = exports.LOOKS = void 0;
exports.combineLooks = combineLooks;
exports.styleCombos = styleCombos;
exports.sheetWidth = sheetWidth;
exports.rowHeights = rowHeights;
exports.wrappedLines = wrappedLines;
exports.LOOKS = {
    motto: { bold: true, hAlign: 'center', vAlign: 'middle' },
    agency: { bold: true, sizeDelta: -1, hAlign: 'center', vAlign: 'middle', wrap: true },
    title: { bold: true, sizeDelta: 2, hAlign: 'center', vAlign: 'middle' },
    subtitle: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true },
    italic: { italic: true, hAlign: 'center' },
    header: { bold: true, hAlign: 'center', vAlign: 'middle', wrap: true, fill: 'D9E1F2', border: true },
    cell: { border: true, vAlign: 'top' },
    cellCenter: { hAlign: 'center', vAlign: 'top' },
    cellWrap: { border: true, vAlign: 'top', wrap: true },
    wrap: { vAlign: 'top', wrap: true },
    top: { vAlign: 'top' },
    number: {},
    section: { bold: true, fill: 'EDEDED' },
    group: { bold: true, italic: true },
    total: { bold: true },
    error: { bold: true, color: '9C0006', fill: 'FFC7CE' },
    warning: { color: '9C5700', fill: 'FFEB9C' },
    proposed: { color: '006100', fill: 'C6EFCE' },
    tie: { bold: true, fill: 'FFEB9C' },
    muted: { italic: true, color: '595959' },
    signature: { bold: true, hAlign: 'center' },
    signatureName: { bold: true, hAlign: 'center' },
};
/** Colour and underline of a link inside the workbook. */
exports.LINK_LOOK = { color: '0563C1', underline: true };
/** Later styles win property by property, as when styles are applied one over another. */
function combineLooks(names) {
    const out = {};
    for (const n of names) {
        const l = exports.LOOKS[n];
        for (const k of Object.keys(l))
            if (l[k] !== undefined)
                out[k] = l[k];
    }
    return out;
}
/**
 * The styles over each cell, joined as "cell+total": cells with the same key look the same,
 * so hosts make one style object (or one formatting call on a range) per key.
 */
function styleCombos(m) {
    const width = sheetWidth(m);
    const combos = [];
    for (const st of m.styles)
        for (let r = st.top; r <= st.bottom; r++) {
            const row = (combos[r] ??= []);
            for (let c = st.left; c <= Math.min(st.right, width - 1); c++)
                row[c] = row[c] === undefined ? st.style : `${row[c]}+${st.style}`;
        }
    return combos;
}
function sheetWidth(m) {
    let w = m.columnWidths.length;
    for (const r of m.rows)
        if (r && r.length > w)
            w = r.length;
    return w;
}
const WRAPPING = new Set(['header', 'cellWrap', 'wrap', 'agency', 'subtitle']);
/**
 * Row heights (points) for rows whose wrapped text needs more than one line. Neither Excel nor
 * LibreOffice grows a row for wrapped text written by a program, so every host sets them.
 */
function rowHeights(m, combos) {
    const wraps = new Map();
    const wrapping = (combo) => {
        if (combo === undefined)
            return false;
        let w = wraps.get(combo);
        if (w === undefined)
            wraps.set(combo, (w = combo.split('+').some((st) => WRAPPING.has(st))));
        return w;
    };
    const spans = new Map();
    for (const mg of m.merges) {
        let w = 0;
        for (let c = mg.left; c <= mg.right; c++)
            w += m.columnWidths[c] ?? 9;
        spans.set(`${mg.top},${mg.left}`, w);
    }
    const heights = new Map();
    const lineHeight = m.page.fontSize * 1.35;
    // Column width counts '0' digits of Calibri 11; Vietnamese text runs about 1.2 characters a
    // unit in Calibri 11 and 1.3 in Times New Roman 13 (checked on LibreOffice renderings).
    const perUnit = m.page.font === 'Calibri' ? 1.2 * (11 / m.page.fontSize) : 1.3 * (13 / m.page.fontSize);
    for (let r = 0; r < m.rows.length; r++) {
        const row = m.rows[r];
        if (!row)
            continue;
        let lines = 1;
        for (let c = 0; c < row.length; c++) {
            const v = row[c];
            if (typeof v !== 'string' || v === '')
                continue;
            if (!wrapping(combos[r]?.[c]))
                continue;
            const width = Math.max(4, (spans.get(`${r},${c}`) ?? m.columnWidths[c] ?? 9) * perUnit - 1);
            let n = 0;
            for (const part of v.split('\n'))
                n += wrappedLines(part, width);
            if (n > lines)
                lines = n;
        }
        if (lines > 1)
            heights.set(r, Math.min(409, Math.ceil(lines * lineHeight + 4)));
    }
    return heights;
}
/** Lines a text takes when wrapped word by word at `width` characters. */
function wrappedLines(text, width) {
    let lines = 1;
    let used = 0;
    for (const word of text.split(' ')) {
        const w = word.length;
        if (used === 0)
            used = w;
        else if (used + 1 + w <= width)
            used += 1 + w;
        else {
            lines++;
            used = w;
        }
        while (used > width) {
            lines++;
            used -= width;
        }
    }
    return lines;
}
//# sourceMappingURL=looks.js.map