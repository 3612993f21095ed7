"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.VERSION = void 0;
exports.runOnFile = runOnFile;
exports.writeResult = writeResult;
exports.writeTemplate = writeTemplate;
const exceljs_1 = __importDefault(require("exceljs"));
const app_1 = require("../../core/app");
const readWorkbook_1 = require("./readWorkbook");
const writeSheets_1 = require("./writeSheets");
const defaults_1 = require("../../core/template/defaults");
const version_1 = require("../../core/version");
Object.defineProperty(exports, "VERSION", { enumerable: true, get: function () { return version_1.VERSION; } });
/** Reads an .xlsx, runs the job, and keeps the workbook to write the copy from. */
async function runOnFile(data, o) {
    const t0 = performance.now();
    const workbook = await (0, readWorkbook_1.loadWorkbook)(data);
    const grids = (0, readWorkbook_1.workbookToGrids)(workbook, o.source);
    const t1 = performance.now();
    const job = (0, app_1.runJob)(grids, { lang: o.lang, action: o.action, now: o.now ?? new Date().toISOString(), version: version_1.VERSION });
    const t2 = performance.now();
    return { ...job, workbook, timings: { loadMs: t1 - t0, engineMs: t2 - t1 } };
}
/** The workbook with the generated sheets replaced, as bytes. The input bytes are never changed. */
async function writeResult(job, now) {
    (0, writeSheets_1.replaceGeneratedSheets)(job.workbook, job.sheets, { time: now, fingerprint: job.result.fingerprint });
    const buf = await job.workbook.xlsx.writeBuffer();
    return new Uint8Array(buf);
}
/** A new workbook holding the campaign template with the default rules. */
async function writeTemplate(year, organizer) {
    const wb = new exceljs_1.default.Workbook();
    for (const m of (0, defaults_1.buildTemplateSheets)({ year, organizer }))
        (0, writeSheets_1.writeSheet)(wb, m);
    return new Uint8Array((await wb.xlsx.writeBuffer()));
}
//# sourceMappingURL=fileHost.js.map