"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readUnits = readUnits;
exports.readHistory = readHistory;
const grid_1 = require("../grid");
const normalize_1 = require("../text/normalize");
const numbers_1 = require("../text/numbers");
const table_1 = require("./table");
const UNIT_SPECS = [
    { id: 'code', label: 'Mã đơn vị', aliases: ['ma don vi', 'ma', 'ma so'] },
    { id: 'name', label: 'Tên đơn vị', aliases: ['ten don vi', 'don vi', 'ten phong don vi', 'phong don vi'] },
    { id: 'block', label: 'Khối thi đua', aliases: ['khoi thi dua', 'khoi', 'cum thi dua', 'khoi cum thi dua', 'cum'] },
    { id: 'headcount', label: 'Số lao động', aliases: ['so lao dong', 'so nguoi', 'bien che', 'tong so lao dong', 'so can bo'] },
    { id: 'deadline', label: 'Hạn nộp', aliases: ['han nop', 'thoi han nop'] },
];
function readUnits(grid, log) {
    const sheet = grid.name;
    const table = (0, table_1.openTable)(grid, UNIT_SPECS, ['name'], log);
    if (!table)
        return [];
    const { headerRow, cols, get } = table;
    const units = [];
    for (let r = headerRow + 1; r < grid.rows.length; r++) {
        if ((0, grid_1.isBlank)(get(r, 'name')))
            continue;
        const name = (0, normalize_1.cleanText)((0, grid_1.cellText)(get(r, 'name')));
        if (/^tong( cong)?$/.test((0, normalize_1.fold)(name)))
            continue;
        const code = (0, normalize_1.cleanText)((0, grid_1.cellText)(get(r, 'code')));
        const key = (0, normalize_1.matchKey)(name);
        if (units.some((u) => u.key === key)) {
            log.add('UNIT_DUPLICATE', { value: name }, { sheet, row: r, col: cols.get('name') });
            continue;
        }
        const hc = (0, numbers_1.parseNumber)(get(r, 'headcount'));
        if (hc.kind === 'invalid')
            log.add('CONFIG_BAD_NUMBER', { label: `Số lao động (${name})`, value: hc.text }, { sheet, row: r, col: cols.get('headcount') });
        const dl = (0, numbers_1.parseDate)(get(r, 'deadline'));
        units.push({
            code,
            name,
            key,
            codeKey: (0, normalize_1.matchKey)(code),
            block: (0, normalize_1.cleanText)((0, grid_1.cellText)(get(r, 'block'))),
            headcount: hc.kind === 'number' ? hc.value : null,
            deadline: dl.kind === 'date' ? (0, numbers_1.isoToVi)(dl.iso) : dl.kind === 'invalid' ? dl.text : null,
            ref: { sheet, row: r, col: cols.get('name') },
        });
    }
    return units;
}
const HISTORY_SPECS = [
    { id: 'name', label: 'Họ và tên', aliases: ['ho va ten', 'ho ten', 'ten tap the', 'ho va ten ten tap the'] },
    { id: 'dob', label: 'Ngày sinh', aliases: ['ngay sinh', 'ngay thang nam sinh'] },
    { id: 'unit', label: 'Đơn vị', aliases: ['don vi', 'ten don vi', 'don vi cong tac'] },
    { id: 'year', label: 'Năm', aliases: ['nam', 'nam khen thuong', 'nam dat'] },
    { id: 'title', label: 'Danh hiệu / hình thức', aliases: ['danh hieu hinh thuc', 'danh hieu', 'hinh thuc', 'hinh thuc khen thuong'] },
    { id: 'decision', label: 'Số quyết định', aliases: ['so quyet dinh', 'quyet dinh', 'so qd'] },
    { id: 'date', label: 'Ngày', aliases: ['ngay', 'ngay quyet dinh', 'ngay ky'] },
    { id: 'issuer', label: 'Cơ quan ban hành', aliases: ['co quan ban hanh', 'cap khen thuong'] },
    { id: 'note', label: 'Ghi chú', aliases: ['ghi chu', 'loai khen thuong'] },
];
function readHistory(grid, log) {
    const sheet = grid.name;
    const table = (0, table_1.openTable)(grid, HISTORY_SPECS, ['name', 'year', 'title'], log);
    if (!table)
        return [];
    const { headerRow, cols, get } = table;
    const out = [];
    for (let r = headerRow + 1; r < grid.rows.length; r++) {
        if ((0, grid_1.isBlank)(get(r, 'name')) && (0, grid_1.isBlank)(get(r, 'title')))
            continue;
        const name = (0, normalize_1.cleanText)((0, grid_1.cellText)(get(r, 'name')));
        const year = (0, numbers_1.parseNumber)(get(r, 'year'));
        const title = (0, normalize_1.cleanText)((0, grid_1.cellText)(get(r, 'title')));
        const dob = (0, numbers_1.parseDate)(get(r, 'dob'));
        const reasons = [];
        if (!name)
            reasons.push('thiếu họ tên');
        if (year.kind !== 'number' || !Number.isInteger(year.value))
            reasons.push('năm không hợp lệ');
        if (!title)
            reasons.push('thiếu danh hiệu');
        if (dob.kind === 'invalid')
            reasons.push(`ngày sinh "${dob.text}" không đọc được`);
        if (reasons.length > 0) {
            log.add('HISTORY_BAD_ROW', { reason: reasons.join(', ') }, { sheet, row: r, col: cols.get('name') });
            continue;
        }
        const text = (0, normalize_1.fold)([title, (0, grid_1.cellText)(get(r, 'note')), (0, grid_1.cellText)(get(r, 'decision'))].join(' '));
        out.push({
            name,
            nameKey: (0, normalize_1.nameKey)(name),
            dob: dob.kind === 'date' ? dob.iso : null,
            unit: (0, normalize_1.cleanText)((0, grid_1.cellText)(get(r, 'unit'))),
            year: year.value,
            title,
            titleKey: (0, normalize_1.fold)(title),
            thematic: /chuyen de|dot xuat/.test(text),
            ref: { sheet, row: r, col: cols.get('name') },
        });
    }
    return out;
}
//# sourceMappingURL=units.js.map