"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MARKER_SHEET = exports.GENERATED_SHEETS = exports.CONFIG_SHEETS = void 0;
exports.sheetKey = sheetKey;
exports.configSheetId = configSheetId;
exports.generatedSheetId = generatedSheetId;
const normalize_1 = require("../text/normalize");
/** Names of the sheets of the workbook contract, as written and as matched. */
exports.CONFIG_SHEETS = {
    campaign: 'Phong trào',
    criteria: 'Tiêu chí',
    titles: 'Danh hiệu',
    units: 'Đơn vị',
    history: 'Lịch sử khen thưởng',
};
exports.GENERATED_SHEETS = {
    findings: 'Kiểm tra',
    ranking: 'Xếp hạng',
    summary: 'Tổng hợp',
    proposal: 'Đề nghị khen thưởng',
    log: 'Nhật ký',
};
/** The very hidden sheet where the add-in records which sheets are its own. */
exports.MARKER_SHEET = '_ThiDua';
function sheetKey(name) {
    return (0, normalize_1.matchKey)(name);
}
function configSheetId(name) {
    const k = sheetKey(name);
    for (const [id, n] of Object.entries(exports.CONFIG_SHEETS))
        if (sheetKey(n) === k)
            return id;
    if (k === 'lich su')
        return 'history';
    return null;
}
/** Generated sheet names, including the "(2)" variants picked when a user sheet held the name. */
function generatedSheetId(name) {
    const k = sheetKey(name.replace(/\s*\(\d+\)\s*$/, ''));
    for (const [id, n] of Object.entries(exports.GENERATED_SHEETS))
        if (sheetKey(n) === k)
            return id;
    return null;
}
//# sourceMappingURL=sheetNames.js.map