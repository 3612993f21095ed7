"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.canonical = canonical;
exports.parseConditions = parseConditions;
exports.compare = compare;
exports.check = check;
exports.holds = holds;
exports.evaluate = evaluate;
exports.judge = judge;
const normalize_1 = require("../text/normalize");
const numbers_1 = require("../text/numbers");
const levels_1 = require("./levels");
const OP = '(>=|<=|>|<|=)';
const NUM = '(\\d+(?:[.,]\\d+)?)';
/** Folded text with operators in ASCII and spaced, Vietnamese phrasings turned into operators. */
function canonical(text) {
    let s = (0, normalize_1.fold)(text)
        .replace(/[≥⩾]/g, '>=')
        .replace(/[≤⩽]/g, '<=')
        .replace(/[＞]/g, '>')
        .replace(/[＜]/g, '<')
        .replace(/[％]/g, '%')
        .replace(/=>/g, '>=')
        .replace(/=</g, '<=');
    s = s.replace(/\btu (\d+(?:[.,]\d+)?) (%\s*)?tro len\b/g, '>= $1$2');
    s = s.replace(/\b(it nhat|toi thieu) (\d+(?:[.,]\d+)?)/g, '>= $2');
    s = s.replace(/\b(duoi|it hon) (\d+(?:[.,]\d+)?)/g, '< $2');
    s = s.replace(/\b(khong qua|toi da) (\d+(?:[.,]\d+)?)/g, '<= $2');
    s = s.replace(/\s*(>=|<=|>|<|=)\s*/g, ' $1 ');
    s = s.replace(/\s*%/g, '%');
    return s.replace(/\s+/g, ' ').trim();
}
function num(s) {
    return Number(s.replace(',', '.'));
}
function findTitle(name, ctx) {
    const key = (0, normalize_1.fold)(name).replace(/^danh hieu /, '').trim();
    const matches = (t) => t.key === key || t.aliases.includes(key.replace(/[^a-z0-9]/g, ''));
    const above = ctx.titlesAbove.find(matches);
    if (above)
        return { rule: above };
    const anywhere = ctx.allTitleNames.some((n) => (0, normalize_1.fold)(n) === key || (0, normalize_1.initials)(n) === key.replace(/[^a-z0-9]/g, ''));
    if (anywhere)
        return {
            error: {
                vi: `danh hiệu "${name}" nằm ở dòng phía dưới; điều kiện chỉ được nêu danh hiệu ở dòng phía trên`,
                en: `title "${name}" is on a row below; a condition may only name a title on a row above`,
            },
        };
    return { error: { vi: `không có danh hiệu "${name}" trong sheet "Danh hiệu"`, en: `there is no title "${name}" in "Danh hiệu"` } };
}
function ratingOf(words) {
    return (0, levels_1.parseRating)(words.replace(/\btro len\b/, '').trim());
}
function parseOne(raw, ctx) {
    const text = raw.trim();
    const s = canonical(text);
    let m;
    if (/^khong (bi )?ky luat$/.test(s))
        return { type: 'noDiscipline', fromLevel: 1, text };
    if ((m = /^khong (?:bi )?ky luat (?:tu |o )?(?:muc |hinh thuc )?(.+?)(?: tro len)?$/.exec(s))) {
        const d = (0, levels_1.disciplineLevelByName)(m[1]);
        if (!d)
            return { vi: `không nhận ra mức kỷ luật "${m[1]}"`, en: `unknown disciplinary level "${m[1]}"` };
        return { type: 'noDiscipline', fromLevel: d.level, text };
    }
    if ((m = /^khong co thanh vien (?:bi )?ky luat(?: (?:tu |o )?(?:muc |hinh thuc )?(.+?))?(?: tro len)?$/.exec(s))) {
        if (!m[1])
            return { type: 'noMemberDiscipline', fromLevel: 1, text };
        const d = (0, levels_1.disciplineLevelByName)(m[1]);
        if (!d)
            return { vi: `không nhận ra mức kỷ luật "${m[1]}"`, en: `unknown disciplinary level "${m[1]}"` };
        return { type: 'noMemberDiscipline', fromLevel: d.level, text };
    }
    if ((m = new RegExp(`^(?:co )?(?:so )?sang kien(?: duoc cong nhan)? ${OP} ${NUM}$`).exec(s)))
        return { type: 'initiatives', op: m[1], value: num(m[2]), text };
    if ((m = new RegExp(`^(?:so )?(?:ngay )?nghi(?: viec| lam)?(?: trong nam)? ${OP} ${NUM}(?: ngay)?$`).exec(s)))
        return { type: 'daysOff', op: m[1], value: num(m[2]), text };
    if ((m = /^(\d+) nam lien tuc (?:dat )?(?:danh hieu )?(.+)$/.exec(s))) {
        const t = findTitleLoose(m[2], ctx);
        return { type: 'consecutive', years: Number(m[1]), titleKey: t.key, titleName: t.name, text };
    }
    if ((m = new RegExp(`^ty le thanh vien (?:duoc )?xep loai (.+?) tro len ${OP} ${NUM}%?$`).exec(s))) {
        const r = ratingOf(m[1]);
        if (!r)
            return { vi: `không nhận ra mức xếp loại "${m[1]}"`, en: `unknown rating "${m[1]}"` };
        return { type: 'memberShareRating', rating: r, op: m[2], percent: num(m[3]), text };
    }
    if ((m = new RegExp(`^ty le thanh vien (?:dat )?(?:danh hieu )?(.+?) ${OP} ${NUM}%?$`).exec(s))) {
        const t = findTitle(m[1], ctx);
        if ('error' in t)
            return t.error;
        return { type: 'memberShareTitle', titleKey: t.rule.key, titleName: t.rule.name, op: m[2], percent: num(m[3]), text };
    }
    if ((m = /^co (?:it nhat (?:1|mot) )?thanh vien (?:dat )?(?:danh hieu )?(.+)$/.exec(s))) {
        const t = findTitle(m[1], ctx);
        if ('error' in t)
            return t.error;
        return { type: 'hasMember', titleKey: t.rule.key, titleName: t.rule.name, text };
    }
    if ((m = /^khong dat (?:danh hieu )?(.+)$/.exec(s))) {
        const t = findTitle(m[1], ctx);
        if ('error' in t)
            return t.error;
        return { type: 'hasTitle', titleKey: t.rule.key, titleName: t.rule.name, negate: true, text };
    }
    if ((m = /^dat (?:danh hieu )?(.+)$/.exec(s))) {
        const t = findTitle(m[1], ctx);
        if ('error' in t)
            return t.error;
        return { type: 'hasTitle', titleKey: t.rule.key, titleName: t.rule.name, negate: false, text };
    }
    if ((m = /^(?:duoc )?xep loai (.+?)(?: tro len)?$/.exec(s))) {
        const r = ratingOf(m[1]);
        if (!r)
            return { vi: `không nhận ra mức xếp loại "${m[1]}"`, en: `unknown rating "${m[1]}"` };
        return { type: 'rating', rating: r, text };
    }
    if ((m = new RegExp(`^tong (?:so )?diem ${OP} ${NUM}$`).exec(s)))
        return { type: 'totalScore', op: m[1], value: num(m[2]), text };
    if ((m = new RegExp(`^(?:diem )?(?:nhom |tieu chi |tc |muc )?([a-z0-9.]+?)\\.? ${OP} ${NUM}$`).exec(s))) {
        const code = m[1];
        const c = ctx.criteria.all.find((x) => x.key === code);
        if (!c)
            return { vi: `không có tiêu chí hoặc nhóm mã "${code.toUpperCase()}" trong sheet "Tiêu chí"`, en: `no criterion or group "${code.toUpperCase()}" in "Tiêu chí"` };
        return { type: 'criterion', code: c.code, op: m[2], value: num(m[3]), text };
    }
    return {
        vi: 'không khớp mẫu điều kiện nào (xem danh sách mẫu trong hướng dẫn)',
        en: 'matches none of the condition forms (see the list in the guide)',
    };
}
/** History titles may be any award, not only rows of `Danh hiệu`: accept unknown names as written. */
function findTitleLoose(name, ctx) {
    const t = findTitle(name, ctx);
    if ('rule' in t)
        return { key: t.rule.key, name: t.rule.name };
    const all = ctx.allTitleNames.find((n) => (0, normalize_1.fold)(n) === (0, normalize_1.fold)(name) || (0, normalize_1.initials)(n) === (0, normalize_1.fold)(name).replace(/[^a-z0-9]/g, ''));
    if (all)
        return { key: (0, normalize_1.fold)(all), name: all };
    return { key: (0, normalize_1.fold)(name), name: name.trim() };
}
function parseConditions(text, ctx) {
    const parts = text
        .split(/[;\n]+/)
        .map((p) => p.trim().replace(/[.,]$/, '').trim())
        .filter((p) => p !== '' && (0, normalize_1.fold)(p) !== 'khong');
    const out = [];
    for (const p of parts) {
        const r = parseOne(p, ctx);
        if ('type' in r)
            out.push(r);
        else
            return { ok: false, text: p, reason: r };
    }
    return { ok: true, conditions: out };
}
function compare(a, op, b) {
    const x = Math.round(a * 10000);
    const y = Math.round(b * 10000);
    switch (op) {
        case '>=':
            return x >= y;
        case '>':
            return x > y;
        case '<=':
            return x <= y;
        case '<':
            return x < y;
        case '=':
            return x === y;
    }
}
const OP_TEXT = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };
function t(lang, vi, en) {
    return lang === 'vi' ? vi : en;
}
function disciplineAtLeast(d, level) {
    if (d.kind === 'none')
        return false;
    if (d.kind === 'unknown')
        return true; // conservative: an unreadable measure blocks until clarified
    return d.level >= level;
}
function levelName(level, lang) {
    const d = levels_1.DISCIPLINE_LEVELS.find((x) => x.level === level);
    return d ? (lang === 'vi' ? d.vi : d.en) : String(level);
}
function ratingName(r) {
    return levels_1.RATING_LEVELS.find((x) => x.code === r)?.code ?? r;
}
/**
 * A condition's verdict. The verdict is decided at once; the wording of the detail only when an
 * explanation is shown, since 9,000 candidates × every title would otherwise build it for nothing.
 */
class Check {
    label;
    ok;
    describe;
    text = null;
    constructor(label, ok, describe) {
        this.label = label;
        this.ok = ok;
        this.describe = describe;
    }
    get detail() {
        return (this.text ??= this.describe());
    }
}
function check(label, ok, describe) {
    return new Check(label, ok, describe);
}
/** A condition checked on a candidate; its wording is produced only when someone reads it. */
class ConditionCheck {
    cond;
    c;
    ctx;
    ok;
    text = null;
    constructor(cond, c, ctx, ok) {
        this.cond = cond;
        this.c = c;
        this.ctx = ctx;
        this.ok = ok;
    }
    get label() {
        return this.cond.text;
    }
    get detail() {
        return (this.text ??= judge(this.cond, this.c, this.ctx).detail);
    }
}
/** Whether a condition holds: the verdict alone, allocating nothing (run for every candidate × title). */
function holds(cond, c, ctx) {
    switch (cond.type) {
        case 'noDiscipline':
            return !disciplineAtLeast(c.discipline, cond.fromLevel);
        case 'initiatives':
            return compare(c.initiatives, cond.op, cond.value);
        case 'daysOff':
            return c.daysOff === null || compare(c.daysOff, cond.op, cond.value);
        case 'hasTitle':
            return ctx.hasTitle(c, cond.titleKey) !== cond.negate;
        case 'rating':
            return (0, levels_1.ratingAtLeast)(c.rating, cond.rating);
        case 'totalScore':
            return compare(ctx.score(c).total, cond.op, cond.value);
        case 'criterion':
            return compare(ctx.score(c).contribution.get(cond.code) ?? 0, cond.op, cond.value);
        case 'consecutive': {
            if (ctx.year === null || !c.dob)
                return false;
            const years = ctx.titleYears(c, cond.titleKey);
            if (years === null)
                return false;
            for (let y = ctx.year - cond.years; y < ctx.year; y++)
                if (!years.has(y))
                    return false;
            return true;
        }
        case 'memberShareTitle':
        case 'memberShareRating':
        case 'hasMember':
        case 'noMemberDiscipline':
            // Collectives are few: the full judgement is cheap enough.
            return judge(cond, c, ctx).ok;
    }
}
function evaluate(cond, c, ctx) {
    return new ConditionCheck(cond, c, ctx, holds(cond, c, ctx));
}
/** The verdict with its wording, e.g. "nghỉ 45 ngày", "lịch sử thiếu năm 2023". */
function judge(cond, c, ctx) {
    const L = ctx.lang;
    const label = cond.text;
    switch (cond.type) {
        case 'noDiscipline': {
            const bad = disciplineAtLeast(c.discipline, cond.fromLevel);
            const has = c.discipline.kind === 'none' ? t(L, 'không bị kỷ luật', 'no discipline') : t(L, `kỷ luật: ${c.discipline.text}`, `discipline: ${c.discipline.text}`);
            return check(label, !bad, () => has);
        }
        case 'initiatives':
            return check(label, compare(c.initiatives, cond.op, cond.value), () => t(L, `${c.initiatives} sáng kiến`, `${c.initiatives} initiative(s)`));
        case 'daysOff': {
            if (c.daysOff === null)
                return check(label, true, () => t(L, 'không ghi ngày nghỉ (coi là 0)', 'no days off recorded (0)'));
            return check(label, compare(c.daysOff, cond.op, cond.value), () => t(L, `nghỉ ${c.daysOff} ngày`, `${c.daysOff} day(s) off`));
        }
        case 'hasTitle': {
            const has = ctx.hasTitle(c, cond.titleKey);
            const ok = cond.negate ? !has : has;
            return check(label, ok, () => (has ? t(L, `được đề xuất ${cond.titleName}`, `proposed for ${cond.titleName}`) : t(L, `không được đề xuất ${cond.titleName}`, `not proposed for ${cond.titleName}`)));
        }
        case 'consecutive': {
            const year = ctx.year;
            if (year === null)
                return check(label, false, () => t(L, 'phong trào chưa ghi năm', 'campaign year missing'));
            const years = ctx.titleYears(c, cond.titleKey);
            if (years === null)
                return check(label, false, () => t(L, 'không có ngày sinh để đối chiếu lịch sử khen thưởng', 'no date of birth to match the award history'));
            const missing = [];
            for (let y = year - cond.years; y < year; y++)
                if (!years.has(y))
                    missing.push(y);
            return check(label, missing.length === 0, () => missing.length === 0
                ? t(L, `lịch sử có ${cond.titleName} các năm ${year - cond.years}–${year - 1}`, `history has ${cond.titleName} for ${year - cond.years}–${year - 1}`)
                : t(L, `lịch sử thiếu năm ${missing.join(', ')}`, `history lacks ${missing.join(', ')}`));
        }
        case 'rating':
            return check(label, (0, levels_1.ratingAtLeast)(c.rating, cond.rating), () => c.rating ? t(L, `xếp loại ${c.rating}`, `rated ${c.rating}`) : t(L, 'chưa có xếp loại', 'no rating'));
        case 'totalScore': {
            const total = ctx.score(c).total;
            return check(label, compare(total, cond.op, cond.value), () => t(L, `tổng điểm ${(0, numbers_1.formatScore)(total, L)}`, `total ${(0, numbers_1.formatScore)(total, L)}`));
        }
        case 'criterion': {
            const v = ctx.score(c).contribution.get(cond.code) ?? 0;
            return check(label, compare(v, cond.op, cond.value), () => t(L, `${cond.code} được ${(0, numbers_1.formatScore)(v, L)} điểm`, `${cond.code} has ${(0, numbers_1.formatScore)(v, L)}`));
        }
        case 'memberShareTitle':
        case 'memberShareRating': {
            if (c.kind !== 'collective')
                return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
            const members = ctx.members(c);
            if (members.length === 0)
                return check(label, false, () => t(L, 'không có danh sách thành viên trong các bảng chấm điểm', 'no members found in the score sheets'));
            const count = cond.type === 'memberShareTitle'
                ? members.filter((m) => ctx.hasTitle(m, cond.titleKey)).length
                : members.filter((m) => (0, levels_1.ratingAtLeast)(m.rating, cond.rating)).length;
            const pct = (count * 100) / members.length;
            const what = cond.type === 'memberShareTitle' ? cond.titleName : t(L, `${ratingName(cond.rating)} trở lên`, `${ratingName(cond.rating)} or better`);
            return check(label, compare(pct, cond.op, cond.percent), () => t(L, `${count}/${members.length} thành viên ${what} (${(0, numbers_1.formatScore)(pct, L)}%, cần ${OP_TEXT[cond.op]} ${cond.percent}%)`, `${count}/${members.length} members ${what} (${(0, numbers_1.formatScore)(pct, L)}%, needs ${OP_TEXT[cond.op]} ${cond.percent}%)`));
        }
        case 'hasMember': {
            if (c.kind !== 'collective')
                return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
            const who = ctx.members(c).filter((m) => ctx.hasTitle(m, cond.titleKey));
            return check(label, who.length > 0, () => who.length > 0 ? t(L, `${who.length} thành viên ${cond.titleName}`, `${who.length} member(s) ${cond.titleName}`) : t(L, `không có thành viên ${cond.titleName}`, `no member ${cond.titleName}`));
        }
        case 'noMemberDiscipline': {
            if (c.kind !== 'collective')
                return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
            const bad = ctx.members(c).filter((m) => disciplineAtLeast(m.discipline, cond.fromLevel));
            return check(label, bad.length === 0, () => bad.length === 0
                ? t(L, `không thành viên nào bị kỷ luật từ ${levelName(cond.fromLevel, L)}`, `no member disciplined from ${levelName(cond.fromLevel, L)}`)
                : t(L, `thành viên bị kỷ luật: ${bad.map((b) => b.name).join(', ')}`, `disciplined members: ${bad.map((b) => b.name).join(', ')}`));
        }
    }
}
//# sourceMappingURL=conditions.js.map