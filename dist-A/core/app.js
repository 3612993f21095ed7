"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runJob = runJob;
exports.toJsonReport = toJsonReport;
const run_1 = require("./engine/run");
const sheetNames_1 = require("./config/sheetNames");
const sheets_1 = require("./output/sheets");
const names_1 = require("./output/names");
const explain_1 = require("./output/explain");
/**
 * `models: false` stops before the generated sheets are laid out (the costliest step after the
 * engine): for a look at the results that writes nothing, such as the task pane's status.
 */
function runJob(book, o) {
    const result = (0, run_1.runEngine)(book, { lang: o.lang });
    const wanted = o.action === 'rank' ? Object.values(sheetNames_1.GENERATED_SHEETS) : [sheetNames_1.GENERATED_SHEETS.findings, sheetNames_1.GENERATED_SHEETS.log];
    const { names, findings } = (0, names_1.resolveOutputNames)((0, names_1.sheetNames)(book), result.ownSheets, wanted, result.lang);
    result.findings.push(...findings);
    if (o.models === false)
        return { result, sheets: [] };
    const previousLog = result.ownSheets.includes(sheetNames_1.GENERATED_SHEETS.log) ? (book.sheets.find((s) => s.name === sheetNames_1.GENERATED_SHEETS.log) ?? null) : null;
    const opts = { now: o.now, action: o.action, version: o.version, previousLog };
    return { result, sheets: (0, names_1.applyNames)((0, sheets_1.buildOutputSheets)(result, opts), names) };
}
function toJsonReport(r) {
    const listed = new Map();
    for (const kind of ['individual', 'collective'])
        r.ranking.scopes.get(`${kind}|all`)?.ordered.forEach((c, i) => listed.set(c.id, i));
    const order = [...r.candidates].sort((a, b) => {
        const pa = r.ranking.positions.get(a.id);
        const pb = r.ranking.positions.get(b.id);
        return (a.kind === b.kind ? 0 : a.kind === 'individual' ? -1 : 1) || widest(a, pa) - widest(b, pb) || listed.get(a.id) - listed.get(b.id);
    });
    return {
        campaign: r.campaign ? { name: r.campaign.name, year: r.campaign.year } : null,
        candidates: order.map((c) => {
            const p = r.ranking.positions.get(c.id);
            return {
                name: c.name,
                unit: c.unitName,
                sheet: c.sheet,
                row: c.row + 1,
                total: r.scores.get(c.id).total,
                rank: widest(c, p),
                ranks: { campaign: p.all.rank, block: c.block ? p.block.rank : null, unit: p.unit.rank },
                kind: c.kind,
                titles: (0, explain_1.proposedTitles)(r, c),
                tiedAtQuota: (r.decisions.get(c.id) ?? []).filter((d) => d.status === 'tiedAtQuota').map((d) => d.title),
                explanation: (0, explain_1.explainCandidate)(r, c),
            };
        }),
        findings: r.findings.map((f) => ({ severity: f.severity, code: f.code, sheet: f.sheet, cell: f.cell, message: f.message, fix: f.fix, unit: f.unit, candidate: f.candidate })),
        skippedSheets: r.skipped.map((s) => ({ sheet: s.sheet, reason: s.reason })),
        fingerprint: r.fingerprint,
    };
}
/**
 * The rank in the widest scope the candidate competes in: collectives of an emulation block
 * compete within their block (domain §5), everyone else across the whole campaign.
 */
function widest(c, p) {
    return c.kind === 'collective' && c.block ? p.block.rank : p.all.rank;
}
//# sourceMappingURL=app.js.map