"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FindingLog = void 0;
const grid_1 = require("../grid");
const findings_1 = require("../i18n/findings");
/** Collects findings in the user's language, each anchored to a sheet and, where there is one, a cell. */
class FindingLog {
    lang;
    items = [];
    constructor(lang) {
        this.lang = lang;
    }
    add(code, params, at, who) {
        const { severity, message, fix } = (0, findings_1.findingText)(code, params, this.lang);
        this.items.push({
            severity,
            code,
            sheet: at.sheet,
            cell: at.row !== undefined && at.col !== undefined ? (0, grid_1.a1)(at.row, at.col) : '',
            row: at.row ?? null,
            col: at.col ?? null,
            unit: who?.unit ?? '',
            candidate: who?.candidate ?? '',
            message,
            fix,
        });
    }
}
exports.FindingLog = FindingLog;
//# sourceMappingURL=findingLog.js.map