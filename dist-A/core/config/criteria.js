"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classifyCode = classifyCode;
exports.readCriteria = readCriteria;
const grid_1 = require("../grid");
const normalize_1 = require("../text/normalize");
const numbers_1 = require("../text/numbers");
const table_1 = require("./table");
const SPECS = [
    { id: 'code', label: 'Mã', aliases: ['ma', 'ma tieu chi', 'ma so', 'stt', 'tt'] },
    { id: 'text', label: 'Nội dung tiêu chí', aliases: ['noi dung tieu chi', 'noi dung', 'tieu chi', 'ten tieu chi'] },
    { id: 'max', label: 'Điểm tối đa', aliases: ['diem toi da', 'diem chuan', 'thang diem', 'diem'] },
    { id: 'kind', label: 'Loại', aliases: ['loai', 'loai diem'] },
    { id: 'weight', label: 'Trọng số', aliases: ['trong so', 'he so'] },
    { id: 'floor', label: 'Điểm sàn', aliases: ['diem san', 'diem toi thieu'] },
    { id: 'evidence', label: 'Minh chứng', aliases: ['minh chung', 'yeu cau minh chung'] },
];
/** The shape of a criterion code: groups I, II…; items 1, 1.1…; letter-prefixed C1, T1… */
function classifyCode(raw) {
    const k = (0, normalize_1.fold)(raw)
        .replace(/^(nhom|phan|tieu chi|tc|muc)\s+/, '')
        .replace(/\.$/, '')
        .trim();
    if (/^[ivxlc]+$/.test(k))
        return { key: k, display: k.toUpperCase(), level: 0 };
    if (/^[a-h]$/.test(k))
        return { key: k, display: k.toUpperCase(), level: 0 };
    if (/^\d+(\.\d+)*$/.test(k))
        return { key: k, display: k, level: k.split('.').length };
    if (/^[a-z]{1,3}\d+(\.\d+)*$/.test(k))
        return { key: k, display: k.toUpperCase(), level: k.split('.').length };
    return null;
}
function parseKind(text) {
    const k = (0, normalize_1.fold)(text);
    if (k === '')
        return null;
    if (/^(diem )?(cong|thuong)/.test(k))
        return 'bonus';
    if (/^(diem )?tru/.test(k))
        return 'deduction';
    if (/^(cham|cham diem|thuong xuyen|co ban)$/.test(k))
        return 'scored';
    return 'invalid';
}
function readCriteria(grid, log) {
    const sheet = grid.name;
    const table = (0, table_1.openTable)(grid, SPECS, ['code', 'text', 'max'], log);
    if (!table)
        return null;
    const { headerRow, cols, get } = table;
    const col = (id) => cols.get(id);
    const all = [];
    const byCode = new Map();
    const stack = [];
    for (let r = headerRow + 1; r < grid.rows.length; r++) {
        const codeCell = get(r, 'code');
        const textCell = get(r, 'text');
        if ((0, grid_1.isBlank)(codeCell) && (0, grid_1.isBlank)(textCell))
            continue;
        if ((0, grid_1.isBlank)(codeCell))
            continue; // headings, "Tổng cộng" rows
        const shape = classifyCode((0, grid_1.cellText)(codeCell));
        if (!shape && (0, grid_1.isBlank)(textCell) && (0, grid_1.isBlank)(get(r, 'max')))
            continue; // a note written under the table
        if (!shape) {
            log.add('CRITERION_BAD_CODE', { value: (0, grid_1.cellText)(codeCell) }, { sheet, row: r, col: col('code') });
            continue;
        }
        if (byCode.has(shape.key)) {
            log.add('CRITERION_DUPLICATE', { value: shape.display, other: byCode.get(shape.key).ref.row + 1 }, { sheet, row: r, col: col('code') });
            continue;
        }
        const numberAt = (id, label) => {
            const p = (0, numbers_1.parseNumber)(get(r, id));
            if (p.kind === 'number')
                return p.value;
            if (p.kind === 'invalid')
                log.add('CONFIG_BAD_NUMBER', { label: `${label} (${shape.display})`, value: p.text }, { sheet, row: r, col: col(id) });
            return null;
        };
        const max = numberAt('max', 'Điểm tối đa');
        const weight = numberAt('weight', 'Trọng số');
        const floor = numberAt('floor', 'Điểm sàn');
        let explicitKind = parseKind((0, grid_1.cellText)(get(r, 'kind')));
        if (explicitKind === 'invalid') {
            log.add('CONFIG_BAD_VALUE', { label: 'Loại', value: (0, grid_1.cellText)(get(r, 'kind')), allowed: 'để trống, Cộng, Trừ' }, { sheet, row: r, col: col('kind') });
            explicitKind = null;
        }
        while (stack.length > 0 && stack[stack.length - 1].level >= shape.level)
            stack.pop();
        let parent = stack.length > 0 ? stack[stack.length - 1] : null;
        // A bonus or deduction item never sits inside a scored group, whatever its code says.
        if (parent && explicitKind && explicitKind !== parent.kind) {
            parent = null;
            stack.length = 0;
        }
        const kind = explicitKind ?? parent?.kind ?? 'scored';
        const node = {
            code: shape.display,
            key: shape.key,
            text: (0, normalize_1.cleanText)((0, grid_1.cellText)(textCell)),
            max,
            kind,
            weight: weight ?? 1,
            floor,
            evidenceRequired: /^(bat buoc|co|x|yes|required)$/.test((0, normalize_1.fold)((0, grid_1.cellText)(get(r, 'evidence')))),
            parent: parent ? parent.code : null,
            children: [],
            level: shape.level,
            ref: { sheet, row: r, col: col('code') },
        };
        if (parent)
            parent.children.push(node.code);
        all.push(node);
        byCode.set(node.key, node);
        stack.push(node);
    }
    if (all.length === 0) {
        log.add('CRITERIA_EMPTY', {}, { sheet, row: headerRow, col: 0 });
        return null;
    }
    const byDisplay = new Map(all.map((c) => [c.code, c]));
    for (const c of all)
        if (c.children.length === 0 && c.max === null)
            log.add('CRITERION_NO_MAX', { value: c.code }, { sheet, row: c.ref.row, col: col('max') });
    return {
        all,
        byCode: byDisplay,
        leaves: all.filter((c) => c.children.length === 0),
        roots: all.filter((c) => c.parent === null),
    };
}
//# sourceMappingURL=criteria.js.map