"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusText = statusText;
exports.explainDecision = explainDecision;
exports.explainCandidate = explainCandidate;
exports.proposedTitles = proposedTitles;
exports.achievementSummary = achievementSummary;
const numbers_1 = require("../text/numbers");
const STATUS = {
    proposed: { vi: 'đề xuất', en: 'proposed', mark: '✓' },
    notEligible: { vi: 'chưa đủ điều kiện', en: 'not eligible', mark: '✗' },
    cutByQuota: { vi: 'đủ điều kiện nhưng ngoài chỉ tiêu', en: 'eligible but outside the quota', mark: '–' },
    tiedAtQuota: { vi: 'đồng hạng tại ranh giới chỉ tiêu, chờ Hội đồng bỏ phiếu', en: 'tied at the quota boundary, for the council to vote', mark: '?' },
    ruleUnusable: { vi: 'quy định có lỗi, chưa xét', en: 'rule has an error, not checked', mark: '!' },
};
function statusText(s, lang) {
    return lang === 'vi' ? STATUS[s].vi : STATUS[s].en;
}
/** One line per title: the verdict, then the conditions that decided it. */
function explainDecision(d, lang) {
    const st = STATUS[d.status];
    const shown = d.status === 'notEligible' ? d.checks.filter((c) => !c.ok) : d.checks;
    const checks = shown.map((c) => `${c.ok ? '✓' : '✗'} ${c.label}: ${c.detail}`).join('; ');
    const quota = d.quotaNote ? ` [${d.quotaNote}]` : '';
    return `${st.mark} ${d.title}: ${lang === 'vi' ? st.vi : st.en}${checks ? ` (${checks})` : ''}${quota}`;
}
function explainCandidate(r, c) {
    return (r.decisions.get(c.id) ?? []).map((d) => explainDecision(d, r.lang)).join('\n');
}
function proposedTitles(r, c) {
    return (r.decisions.get(c.id) ?? []).filter((d) => d.status === 'proposed').map((d) => d.title);
}
/** The one-line achievement summary of the proposal list. */
function achievementSummary(r, c) {
    const s = r.scores.get(c.id);
    const p = r.ranking.positions.get(c.id);
    const scope = c.kind === 'collective' && c.block ? p.block : p.all;
    const L = r.lang;
    const parts = [L === 'vi' ? `Tổng điểm ${(0, numbers_1.formatScore)(s.total, L)} (hạng ${scope.rank}/${scope.of})` : `Total ${(0, numbers_1.formatScore)(s.total, L)} (rank ${scope.rank}/${scope.of})`];
    if (c.rating)
        parts.push(L === 'vi' ? `xếp loại ${c.rating}` : `rated ${c.rating}`);
    if (c.initiatives > 0)
        parts.push(L === 'vi' ? `${c.initiatives} sáng kiến` : `${c.initiatives} initiative(s)`);
    if (s.bonus > 0)
        parts.push(L === 'vi' ? `điểm thưởng ${(0, numbers_1.formatScore)(s.bonus, L)}` : `bonus ${(0, numbers_1.formatScore)(s.bonus, L)}`);
    return parts.join('; ');
}
//# sourceMappingURL=explain.js.map