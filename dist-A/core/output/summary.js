"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summarize = summarize;
const sheetNames_1 = require("../config/sheetNames");
const explain_1 = require("./explain");
const validate_1 = require("../engine/validate");
function summarize(r, action, sheetNames) {
    const present = new Set(sheetNames.map(sheetNames_1.configSheetId).filter((x) => x !== null));
    const missing = (0, validate_1.unitsWithoutSheet)(r.units, r.candidates, r.sheets).map((u) => u.name);
    const proposedAll = action === 'rank' ? r.candidates.filter((c) => (0, explain_1.proposedTitles)(r, c).length > 0) : [];
    const order = (id) => r.ranking.positions.get(id)?.all.rank ?? 0;
    return {
        action,
        campaign: r.campaign ? { name: r.campaign.name, year: r.campaign.year } : null,
        usable: r.usable,
        config: Object.keys(sheetNames_1.CONFIG_SHEETS).map((id) => ({ id, sheet: sheetNames_1.CONFIG_SHEETS[id], found: present.has(id), optional: id === 'history' })),
        units: { total: r.units.length, received: r.units.length - missing.length, missing },
        candidates: {
            individual: r.candidates.filter((c) => c.kind === 'individual').length,
            collective: r.candidates.filter((c) => c.kind === 'collective').length,
        },
        findings: r.findings.map((f) => ({ ...f })),
        errors: r.findings.filter((f) => f.severity === 'error').length,
        warnings: r.findings.filter((f) => f.severity === 'warning').length,
        skipped: r.skipped.map((s) => ({ sheet: s.sheet, reason: s.reason })),
        quotas: action === 'rank'
            ? r.quotas.map((q) => ({ title: q.title, scope: q.scopeLabel, limit: q.limit, eligible: q.eligible, proposed: q.proposed, tied: q.tied, cut: q.cut }))
            : [],
        proposed: [...proposedAll]
            .sort((a, b) => order(a.id) - order(b.id))
            .slice(0, 50)
            .map((c) => ({ name: c.name, unit: c.unitName, titles: (0, explain_1.proposedTitles)(r, c) })),
        proposedCount: proposedAll.length,
        fingerprint: r.fingerprint,
    };
}
//# sourceMappingURL=summary.js.map