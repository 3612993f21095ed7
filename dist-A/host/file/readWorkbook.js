"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.NotAWorkbookError = void 0;
exports.dateToSerial = dateToSerial;
exports.toCellValue = toCellValue;
exports.worksheetToGrid = worksheetToGrid;
exports.workbookToGrids = workbookToGrids;
exports.loadWorkbook = loadWorkbook;
const exceljs_1 = __importDefault(require("exceljs"));
/** Excel's serial day number for a JS date (1900 date system, as Office.js reports dates). */
function dateToSerial(d) {
    return d.getTime() / 86400000 + 25569;
}
/** One ExcelJS cell value as a grid value: formulas give their cached result, rich text its text. */
function toCellValue(v) {
    if (v === null || v === undefined)
        return null;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return v;
    if (v instanceof Date)
        return dateToSerial(v);
    if (typeof v === 'object') {
        if ('formula' in v || 'sharedFormula' in v) {
            const r = v.result;
            if (r === undefined || r === null)
                return null;
            if (typeof r === 'object' && r !== null && 'error' in r)
                return String(r.error);
            return toCellValue(r);
        }
        if ('richText' in v)
            return v.richText.map((p) => p.text).join('');
        if ('hyperlink' in v)
            return toCellValue(v.text);
        if ('error' in v)
            return String(v.error);
    }
    return String(v);
}
function worksheetToGrid(ws) {
    const rows = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const out = [];
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
            // Merged cells other than the top-left report the master's value: keep them empty, as Office.js does.
            if (cell.type === exceljs_1.default.ValueType.Merge)
                return;
            out[colNumber - 1] = toCellValue(cell.value);
        });
        for (let i = 0; i < out.length; i++)
            if (out[i] === undefined)
                out[i] = null;
        rows[rowNumber - 1] = out;
    });
    for (let i = 0; i < rows.length; i++)
        if (!rows[i])
            rows[i] = [];
    const merges = [];
    const internal = ws._merges ?? {};
    for (const m of Object.values(internal))
        merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    const visibility = ws.state === 'veryHidden' ? 'veryHidden' : ws.state === 'hidden' ? 'hidden' : 'visible';
    return { name: ws.name, rows, merges, visibility };
}
function workbookToGrids(wb, source) {
    const sheets = [];
    wb.eachSheet((ws) => sheets.push(worksheetToGrid(ws)));
    return { sheets, source };
}
class NotAWorkbookError extends Error {
    name = 'NotAWorkbookError';
}
exports.NotAWorkbookError = NotAWorkbookError;
/** Loads an .xlsx from bytes. Anything that is not a readable xlsx raises NotAWorkbookError. */
async function loadWorkbook(data) {
    const wb = new exceljs_1.default.Workbook();
    try {
        await wb.xlsx.load(data);
    }
    catch (e) {
        throw new NotAWorkbookError(e instanceof Error ? e.message : String(e));
    }
    return wb;
}
//# sourceMappingURL=readWorkbook.js.map