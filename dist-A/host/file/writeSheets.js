"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeSheet = writeSheet;
exports.replaceGeneratedSheets = replaceGeneratedSheets;
const grid_1 = require("../../core/grid");
const sheetNames_1 = require("../../core/config/sheetNames");
const marker_1 = require("../../core/output/marker");
const readWorkbook_1 = require("./readWorkbook");
const looks_1 = require("../../core/output/looks");
const THIN = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
};
/** A shared look as an ExcelJS style, in the sheet's font. */
function toExcelJsStyle(look, font, size, numFmt) {
    const st = {
        font: {
            name: font,
            size: size + (look.sizeDelta ?? 0),
            ...(look.bold ? { bold: true } : {}),
            ...(look.italic ? { italic: true } : {}),
            ...(look.underline ? { underline: true } : {}),
            ...(look.color ? { color: { argb: 'FF' + look.color } } : {}),
        },
    };
    if (look.hAlign || look.vAlign || look.wrap)
        st.alignment = { ...(look.hAlign ? { horizontal: look.hAlign } : {}), ...(look.vAlign ? { vertical: look.vAlign } : {}), ...(look.wrap ? { wrapText: true } : {}) };
    if (look.fill)
        st.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + look.fill } };
    if (look.border)
        st.border = THIN;
    if (numFmt)
        st.numFmt = numFmt;
    return st;
}
/** Writes one generated sheet: values first, then styles by range, merges, links, print setup. */
function writeSheet(wb, m) {
    const ws = wb.addWorksheet(m.name, {
        views: m.freeze ? [{ state: 'frozen', xSplit: m.freeze.cols, ySplit: m.freeze.rows }] : undefined,
        pageSetup: {
            paperSize: 9, // A4
            orientation: m.page.orientation,
            fitToPage: m.page.fitToWidth,
            fitToWidth: 1,
            fitToHeight: 0,
            margins: { left: 0.6, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
            printTitlesRow: m.page.printTitleRows ? `${m.page.printTitleRows[0] + 1}:${m.page.printTitleRows[1] + 1}` : undefined,
        },
    });
    m.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    // Working sheets in Calibri 11 (the workbook default) need no style on plain cells: at 9,000
    // rows, every styled cell costs time when the file is written.
    const plain = m.page.font === 'Calibri' && m.page.fontSize === 11;
    for (let r = 0; r < m.rows.length; r++) {
        const values = m.rows[r];
        if (!values || values.length === 0)
            continue;
        const row = ws.getRow(r + 1);
        for (let c = 0; c < values.length; c++) {
            const v = values[c];
            if (v === null || v === undefined || v === '')
                continue;
            row.getCell(c + 1).value = v;
        }
    }
    // Styles: every range over a cell combined into one key ("cell+total"), one style object per key.
    const width = (0, looks_1.sheetWidth)(m);
    const combos = (0, looks_1.styleCombos)(m);
    const cache = new Map();
    const numFmt = new Map();
    for (const nf of m.numberFormats ?? [])
        numFmt.set(nf.col, nf);
    const styleFor = (combo, fmt) => {
        const key = combo + '|' + (fmt ?? '');
        let st = cache.get(key);
        if (!st)
            cache.set(key, (st = toExcelJsStyle((0, looks_1.combineLooks)(combo ? combo.split('+') : []), m.page.font, m.page.fontSize, fmt)));
        return st;
    };
    for (let r = 0; r < Math.max(m.rows.length, 1); r++) {
        const row = ws.getRow(r + 1);
        for (let c = 0; c < width; c++) {
            const combo = combos[r]?.[c];
            const nf = numFmt.get(c);
            const v = m.rows[r]?.[c];
            const fmt = nf && r >= nf.fromRow && typeof v === 'number' ? nf.format : undefined;
            if (combo === undefined && !fmt && (plain || v === null || v === undefined || v === ''))
                continue;
            row.getCell(c + 1).style = styleFor(combo ?? '', fmt);
        }
    }
    for (const mg of m.merges)
        ws.mergeCells(mg.top + 1, mg.left + 1, mg.bottom + 1, mg.right + 1);
    // Neither Excel nor LibreOffice grows a row for wrapped text written by a library: set heights.
    for (const [r, h] of (0, looks_1.rowHeights)(m, combos))
        ws.getRow(r + 1).height = h;
    const linkStyles = new Map();
    for (const l of m.links) {
        const cell = ws.getCell(l.row + 1, l.col + 1);
        const text = cell.value === null || cell.value === undefined ? l.cell : String(cell.value);
        cell.value = { text, hyperlink: `#'${l.sheet.replace(/'/g, "''")}'!${l.cell}` };
        const combo = combos[l.row]?.[l.col] ?? '';
        let st = linkStyles.get(combo);
        if (!st) {
            const names = combo ? combo.split('+') : [];
            linkStyles.set(combo, (st = toExcelJsStyle({ ...(0, looks_1.combineLooks)(names), ...looks_1.LINK_LOOK }, m.page.font, m.page.fontSize)));
        }
        cell.style = st;
    }
    if (m.autoFilter)
        ws.autoFilter = `${(0, grid_1.a1)(m.autoFilter.top, m.autoFilter.left)}:${(0, grid_1.a1)(m.autoFilter.bottom, m.autoFilter.right)}`;
    return ws;
}
/**
 * Replaces the add-in's own sheets with new ones and records them in the very hidden marker
 * sheet. User sheets are never touched: names were resolved beforehand (resolveOutputNames).
 */
function replaceGeneratedSheets(wb, models, stamp) {
    const marker = wb.getWorksheet(sheetNames_1.MARKER_SHEET);
    const own = marker ? (0, marker_1.readOwnSheets)({ sheets: [(0, readWorkbook_1.worksheetToGrid)(marker)] }) : [];
    const plan = (0, marker_1.planReplacement)(own, (name) => wb.getWorksheet(name) !== undefined, models.map((m) => m.name));
    for (const name of plan.remove)
        wb.removeWorksheet(wb.getWorksheet(name).id);
    if (marker)
        wb.removeWorksheet(marker.id);
    for (const m of models)
        writeSheet(wb, m);
    const record = wb.addWorksheet(sheetNames_1.MARKER_SHEET, { state: 'veryHidden' });
    for (const row of (0, marker_1.markerRows)(models, plan.kept, stamp))
        record.addRow(row);
}
//# sourceMappingURL=writeSheets.js.map