"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CAMPAIGN_SHEET = void 0;
exports.parseSubject = parseSubject;
exports.readCampaign = readCampaign;
exports.parseTieBreak = parseTieBreak;
const grid_1 = require("../grid");
const normalize_1 = require("../text/normalize");
const numbers_1 = require("../text/numbers");
const table_1 = require("./table");
const sheetNames_1 = require("./sheetNames");
const LABELS = {
    name: ['ten phong trao', 'phong trao'],
    year: ['nam', 'nam thi dua', 'nam danh gia'],
    from: ['tu ngay'],
    to: ['den ngay'],
    organizer: ['don vi to chuc', 'co quan to chuc', 'co quan don vi', 'co quan'],
    subject: ['doi tuong'],
    maxBonus: ['diem thuong toi da', 'diem cong toi da'],
    gap: ['nguong chenh lech', 'chenh lech toi da', 'nguong chenh lech diem'],
    tieBreak: ['thu tu khi bang diem', 'khi bang diem', 'tieu chi phu khi bang diem', 'uu tien khi bang diem'],
    rounding: ['lam tron chi tieu', 'lam tron'],
};
function parseSubject(text) {
    const k = (0, normalize_1.fold)(text);
    if (k.startsWith('ca nhan'))
        return 'individual';
    if (k.startsWith('tap the'))
        return 'collective';
    return null;
}
/** `Phong trào`: label in column A, value in column B. */
function readCampaign(grid, log) {
    const sheet = grid.name;
    const found = new Map();
    for (let r = 0; r < grid.rows.length; r++) {
        const key = (0, table_1.headerKey)((0, grid_1.cellText)((0, grid_1.cellAt)(grid, r, 0)));
        if (!key)
            continue;
        for (const [field, aliases] of Object.entries(LABELS)) {
            if (!found.has(field) && aliases.includes(key)) {
                found.set(field, { row: r, value: (0, grid_1.cellAt)(grid, r, 1) });
                break;
            }
        }
    }
    const text = (f) => {
        const v = found.get(f)?.value ?? null;
        return (0, grid_1.isBlank)(v) ? '' : (0, normalize_1.cleanText)((0, grid_1.cellText)(v));
    };
    const number = (f, label) => {
        const e = found.get(f);
        if (!e)
            return null;
        const p = (0, numbers_1.parseNumber)(e.value);
        if (p.kind === 'number')
            return p.value;
        if (p.kind === 'invalid')
            log.add('CONFIG_BAD_NUMBER', { label, value: p.text }, { sheet, row: e.row, col: 1 });
        return null;
    };
    const name = text('name');
    if (!name)
        log.add('CAMPAIGN_NAME_MISSING', {}, found.has('name') ? { sheet, row: found.get('name').row, col: 1 } : { sheet, row: 0, col: 1 });
    const date = (f) => {
        const e = found.get(f);
        if (!e)
            return null;
        const d = (0, numbers_1.parseDate)(e.value);
        if (d.kind === 'date')
            return d.iso;
        if (d.kind === 'invalid')
            log.add('CONFIG_BAD_VALUE', { label: f === 'from' ? 'Từ ngày' : 'Đến ngày', value: d.text, allowed: 'dd/mm/yyyy' }, { sheet, row: e.row, col: 1 });
        return null;
    };
    const from = date('from');
    const to = date('to');
    let year = number('year', 'Năm');
    if (year === null && to)
        year = Number(to.slice(0, 4));
    if (year === null && from)
        year = Number(from.slice(0, 4));
    if (year !== null && (!Number.isInteger(year) || year < 1945 || year > 2200)) {
        const e = found.get('year');
        log.add('CONFIG_BAD_VALUE', { label: 'Năm', value: String(year), allowed: 'năm 4 chữ số, ví dụ 2025' }, { sheet, row: e?.row ?? 0, col: 1 });
        year = null;
    }
    if (year === null && !found.has('year') && !from && !to)
        log.add('CAMPAIGN_YEAR_MISSING', {}, { sheet, row: 0, col: 0 });
    let subject = null;
    if (text('subject')) {
        subject = parseSubject(text('subject'));
        if (!subject)
            log.add('CONFIG_BAD_VALUE', { label: 'Đối tượng', value: text('subject'), allowed: 'Cá nhân, Tập thể' }, { sheet, row: found.get('subject').row, col: 1 });
    }
    let quotaRounding = 'down';
    const rounding = (0, normalize_1.fold)(text('rounding'));
    if (rounding) {
        if (rounding.startsWith('gan'))
            quotaRounding = 'nearest';
        else if (!rounding.startsWith('xuong'))
            log.add('CONFIG_BAD_VALUE', { label: 'Làm tròn chỉ tiêu', value: text('rounding'), allowed: 'Xuống, Gần nhất' }, { sheet, row: found.get('rounding').row, col: 1 });
    }
    const tb = found.get('tieBreak');
    return {
        campaign: {
            name,
            year,
            from,
            to,
            organizer: text('organizer'),
            subject,
            maxBonus: number('maxBonus', 'Điểm thưởng tối đa'),
            gapThreshold: number('gap', 'Ngưỡng chênh lệch'),
            tieBreak: [],
            tieBreakText: text('tieBreak'),
            quotaRounding,
        },
        tieBreakRef: tb ? { row: tb.row, col: 1 } : null,
    };
}
/** `Nhóm I; Điểm trừ; Tên` → the ordered keys. Read after the criteria, which it may name. */
function parseTieBreak(text, criteria, log, at) {
    const keys = [];
    for (const part of text.split(/[;\n,]+/).map((p) => p.trim()).filter(Boolean)) {
        const k = (0, normalize_1.fold)(part).replace(/^\d+[.)]\s+(?=\D)/, '');
        let key = null;
        if (/^(it |fewer )?(diem tru|tru diem)/.test(k))
            key = { kind: 'deductions' };
        else if (/^(diem thuong|diem cong)/.test(k))
            key = { kind: 'bonus' };
        else if (/^xep loai/.test(k))
            key = { kind: 'rating' };
        else if (/^(so )?sang kien/.test(k))
            key = { kind: 'initiatives' };
        else if (/^(ten|ho ten|ho va ten|abc)$/.test(k))
            key = { kind: 'name' };
        else {
            const code = k.replace(/^(diem )?(nhom|tieu chi|tc|muc|phan)\s+/, '').replace(/\.$/, '');
            const c = criteria?.all.find((x) => x.key === code);
            if (c)
                key = { kind: 'criterion', code: c.code };
        }
        if (key)
            keys.push(key);
        else if (at)
            log.add('TIEBREAK_UNKNOWN', { value: part }, at);
    }
    return keys;
}
exports.CAMPAIGN_SHEET = sheetNames_1.CONFIG_SHEETS.campaign;
//# sourceMappingURL=campaign.js.map