"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_DISCIPLINE = exports.DISCIPLINE_BASIS = exports.DISCIPLINE_LEVELS = exports.RATING_BASIS = exports.RATING_LEVELS = void 0;
exports.parseRating = parseRating;
exports.ratingRank = ratingRank;
exports.ratingAtLeast = ratingAtLeast;
exports.parseDiscipline = parseDiscipline;
exports.disciplineLevelByName = disciplineLevelByName;
const normalize_1 = require("../text/normalize");
/** Annual quality rating, best first. Basis: NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023), NĐ 335/2025/NĐ-CP. */
exports.RATING_LEVELS = [
    { code: 'HTXSNV', rank: 4, vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed duties' },
    { code: 'HTTNV', rank: 3, vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well completed duties' },
    { code: 'HTNV', rank: 2, vi: 'Hoàn thành nhiệm vụ', en: 'Completed duties' },
    { code: 'KHTNV', rank: 1, vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete duties' },
];
exports.RATING_BASIS = 'NĐ 90/2020/NĐ-CP, NĐ 48/2023/NĐ-CP; NĐ 335/2025/NĐ-CP (công chức, từ 2026)';
const RATING_BY_KEY = new Map();
for (const r of exports.RATING_LEVELS) {
    RATING_BY_KEY.set((0, normalize_1.fold)(r.code), r.code);
    RATING_BY_KEY.set((0, normalize_1.fold)(r.vi).replace(/ /g, ''), r.code);
}
// Short forms seen on sheets.
RATING_BY_KEY.set('xuatsac', 'HTXSNV');
RATING_BY_KEY.set('htxs', 'HTXSNV');
RATING_BY_KEY.set('httot', 'HTTNV');
RATING_BY_KEY.set('htt', 'HTTNV');
RATING_BY_KEY.set('ht', 'HTNV');
RATING_BY_KEY.set('kht', 'KHTNV');
/** "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "hoan thanh xuat sac nhiem vu", "HT XS NV". */
function parseRating(text) {
    const k = (0, normalize_1.fold)(text).replace(/[^a-z]/g, '');
    if (k === '')
        return null;
    return RATING_BY_KEY.get(k) ?? null;
}
const RANK_OF = new Map(exports.RATING_LEVELS.map((r) => [r.code, r.rank]));
function ratingRank(code) {
    return RANK_OF.get(code) ?? 0;
}
function ratingAtLeast(actual, minimum) {
    return actual !== null && ratingRank(actual) >= ratingRank(minimum);
}
exports.DISCIPLINE_LEVELS = [
    { level: 1, vi: 'Khiển trách', en: 'Reprimand', keys: ['khien trach'] },
    { level: 2, vi: 'Cảnh cáo', en: 'Warning', keys: ['canh cao'] },
    { level: 3, vi: 'Hạ bậc lương', en: 'Salary downgrade', keys: ['ha bac luong', 'ha bac', 'ha ngach'] },
    { level: 4, vi: 'Giáng chức', en: 'Demotion', keys: ['giang chuc'] },
    { level: 5, vi: 'Cách chức', en: 'Dismissal from post', keys: ['cach chuc'] },
    { level: 6, vi: 'Buộc thôi việc', en: 'Forced resignation', keys: ['buoc thoi viec'] },
];
exports.DISCIPLINE_BASIS = 'Luật Cán bộ, công chức 2008 (sửa đổi 2019), Điều 79; NĐ 112/2020/NĐ-CP';
const NONE_WORDS = new Set(['', 'khong', 'khong co', 'k', 'kc', '0', '-', 'x khong', 'chua', 'khong bi ky luat']);
/** Shared by every candidate without a measure: one object, not one per row. */
exports.NO_DISCIPLINE = { kind: 'none' };
function parseDiscipline(text) {
    const k = (0, normalize_1.fold)(text).replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (NONE_WORDS.has(k))
        return exports.NO_DISCIPLINE;
    for (const d of exports.DISCIPLINE_LEVELS)
        if (d.keys.some((key) => k.includes(key)))
            return { kind: 'level', level: d.level, text };
    return { kind: 'unknown', text };
}
function disciplineLevelByName(text) {
    const k = (0, normalize_1.fold)(text);
    return exports.DISCIPLINE_LEVELS.find((d) => d.keys.some((key) => k.includes(key))) ?? null;
}
//# sourceMappingURL=levels.js.map