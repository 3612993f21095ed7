"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.fingerprintSheets = fingerprintSheets;
exports.runEngine = runEngine;
const sha256_1 = require("@noble/hashes/sha256");
const utils_1 = require("@noble/hashes/utils");
const findingLog_1 = require("./findingLog");
const campaign_1 = require("../config/campaign");
const criteria_1 = require("../config/criteria");
const titles_1 = require("../config/titles");
const units_1 = require("../config/units");
const sheetNames_1 = require("../config/sheetNames");
const scoreSheet_1 = require("../sheets/scoreSheet");
const headers_1 = require("../sheets/headers");
const itemScores_1 = require("../sheets/itemScores");
const score_1 = require("./score");
const perCandidate_1 = require("./perCandidate");
const rank_1 = require("./rank");
const propose_1 = require("./propose");
const validate_1 = require("./validate");
const marker_1 = require("../output/marker");
/** SHA-256 over the input sheets' values: the same workbook content always gives the same print. */
function fingerprintSheets(sheets) {
    const h = sha256_1.sha256.create();
    const enc = new TextEncoder();
    for (const s of sheets) {
        h.update(enc.encode(`\u0001${s.name}\u0002`));
        const parts = [];
        for (let r = 0; r < s.rows.length; r++) {
            const row = s.rows[r];
            if (!row)
                continue;
            for (let c = 0; c < row.length; c++) {
                const v = row[c];
                if (v === null || v === undefined || v === '')
                    continue;
                parts.push(`${r},${c}:${typeof v === 'string' ? v.normalize('NFC') : String(v)}`);
            }
            if (parts.length > 2000) {
                h.update(enc.encode(parts.join('\u0003')));
                parts.length = 0;
            }
        }
        h.update(enc.encode(parts.join('\u0003')));
    }
    return (0, utils_1.bytesToHex)(h.digest());
}
function runEngine(book, opts = {}) {
    const lang = opts.lang ?? 'vi';
    const log = new findingLog_1.FindingLog(lang);
    const timings = {};
    let mark = performance.now();
    const lap = (step) => {
        const now = performance.now();
        timings[step] = Math.round((now - mark) * 10) / 10;
        mark = now;
    };
    const own = new Set((0, marker_1.readOwnSheets)(book));
    const config = new Map();
    const others = [];
    for (const s of book.sheets) {
        if (s.name === sheetNames_1.MARKER_SHEET || s.visibility === 'veryHidden')
            continue;
        if (own.has(s.name) && (0, sheetNames_1.generatedSheetId)(s.name))
            continue;
        const id = (0, sheetNames_1.configSheetId)(s.name);
        if (id && !config.has(id))
            config.set(id, s);
        else
            others.push(s);
    }
    const inputs = book.sheets.filter((s) => s.name !== sheetNames_1.MARKER_SHEET && !(own.has(s.name) && (0, sheetNames_1.generatedSheetId)(s.name)));
    const campaignGrid = config.get('campaign');
    let campaign = null;
    let tieBreakRef = null;
    if (campaignGrid)
        ({ campaign, tieBreakRef } = (0, campaign_1.readCampaign)(campaignGrid, log));
    else
        log.add('CONFIG_SHEET_MISSING', { sheet: sheetNames_1.CONFIG_SHEETS.campaign }, { sheet: sheetNames_1.CONFIG_SHEETS.campaign });
    const criteriaGrid = config.get('criteria');
    const criteria = criteriaGrid ? (0, criteria_1.readCriteria)(criteriaGrid, log) : null;
    if (!criteriaGrid)
        log.add('CONFIG_SHEET_MISSING', { sheet: sheetNames_1.CONFIG_SHEETS.criteria }, { sheet: sheetNames_1.CONFIG_SHEETS.criteria });
    if (campaign && campaignGrid)
        campaign.tieBreak = (0, campaign_1.parseTieBreak)(campaign.tieBreakText, criteria, log, tieBreakRef ? { sheet: campaignGrid.name, ...tieBreakRef } : null);
    const unitsGrid = config.get('units');
    const units = unitsGrid ? (0, units_1.readUnits)(unitsGrid, log) : [];
    if (!unitsGrid)
        log.add('UNITS_SHEET_MISSING', {}, { sheet: sheetNames_1.CONFIG_SHEETS.units });
    const historyGrid = config.get('history');
    const history = historyGrid ? (0, units_1.readHistory)(historyGrid, log) : [];
    const titlesGrid = config.get('titles');
    const titles = titlesGrid ? (0, titles_1.readTitles)(titlesGrid, criteria, log) : [];
    if (!titlesGrid)
        log.add('CONFIG_SHEET_MISSING', { sheet: sheetNames_1.CONFIG_SHEETS.titles }, { sheet: sheetNames_1.CONFIG_SHEETS.titles });
    const usable = campaign !== null && criteria !== null;
    lap('config');
    const sheets = [];
    const skipped = [];
    const candidates = [];
    if (criteria) {
        const textIndex = (0, headers_1.criterionTextIndex)(criteria);
        const slots = (0, itemScores_1.criterionSlots)(criteria.all.map((c) => c.code));
        const blockOf = new Map(units.map((u) => [u.key, u.block]));
        for (const grid of others) {
            const rec = (0, scoreSheet_1.recognizeScoreSheet)(grid, { criteria, slots, textIndex, units, defaultSubject: campaign?.subject ?? 'individual', log });
            if (rec.kind === 'notScore') {
                skipped.push({ sheet: grid.name, reason: rec.reason });
                if (rec.reason === 'noCriteria')
                    log.add('SHEET_NO_CRITERIA', { sheet: grid.name }, { sheet: grid.name });
                continue;
            }
            const info = rec.info;
            if (info.unitSource === 'fallback' && info.kind === 'individual')
                log.add('SHEET_UNIT_UNKNOWN', { sheet: grid.name }, { sheet: grid.name, row: 0, col: 0 });
            sheets.push(info);
            const list = info.candidates;
            for (let i = 0; i < list.length; i++) {
                const c = list[i];
                c.block = blockOf.get(c.unitKey) ?? '';
                c.index = candidates.length;
                candidates.push(c);
            }
        }
    }
    else
        for (const grid of others)
            skipped.push({ sheet: grid.name, reason: 'noCampaign' });
    lap('sheets');
    const ids = new perCandidate_1.CandidateIndex(candidates);
    const scores = new perCandidate_1.PerCandidate(ids);
    let ranking = { scopes: new Map(), positions: new perCandidate_1.PerCandidate(ids), tieValues: new perCandidate_1.PerCandidate(ids) };
    let proposal = { decisions: new perCandidate_1.PerCandidate(ids), quotas: [] };
    if (criteria) {
        const store = new score_1.ScoreStore((0, score_1.planScoring)(criteria), candidates.length);
        for (let i = 0; i < candidates.length; i++)
            scores.put(candidates[i], (0, score_1.scoreCandidate)(candidates[i], store, i, campaign));
        lap('score');
        (0, validate_1.validateScores)(candidates, new Map(sheets.map((s) => [s.sheet, s])), criteria, scores, campaign, log);
        (0, validate_1.findDuplicates)(candidates, log);
        if (unitsGrid)
            (0, validate_1.findMissingUnits)(units, candidates, sheets, log);
        lap('validate');
        ranking = (0, rank_1.rankCandidates)(candidates, scores, campaign?.tieBreak ?? [], ids);
        lap('rank');
        proposal = (0, propose_1.proposeTitles)({ rules: titles, candidates, scores, ranking, units, history, campaign, log, ids });
        (0, validate_1.checkRequests)(candidates, titles, proposal.decisions, log);
        lap('propose');
    }
    // Findings in workbook order: config sheets first, then sheets as they stand, then by cell.
    const order = new Map();
    const configOrder = Object.values(sheetNames_1.CONFIG_SHEETS).map(sheetNames_1.sheetKey);
    book.sheets.forEach((s, i) => order.set(s.name, 100 + i));
    for (const s of book.sheets) {
        const ci = configOrder.indexOf((0, sheetNames_1.sheetKey)(s.name));
        if (ci >= 0)
            order.set(s.name, ci);
    }
    Object.values(sheetNames_1.CONFIG_SHEETS).forEach((n, i) => {
        if (!order.has(n))
            order.set(n, i);
    });
    const findings = log.items
        .map((f, i) => ({ f, i }))
        .sort((a, b) => (order.get(a.f.sheet) ?? 999) - (order.get(b.f.sheet) ?? 999) || (a.f.row ?? -1) - (b.f.row ?? -1) || (a.f.col ?? -1) - (b.f.col ?? -1) || a.i - b.i)
        .map((x) => x.f);
    lap('sort findings');
    let fingerprint = null;
    return {
        lang,
        usable,
        source: book.source ?? '',
        campaign,
        criteria,
        titles,
        units,
        history,
        sheets,
        skipped,
        ownSheets: [...own],
        candidates,
        scores,
        ranking,
        decisions: proposal.decisions,
        quotas: proposal.quotas,
        findings,
        timings,
        // Only the log and the upward workbook need it: computed on first use.
        get fingerprint() {
            return (fingerprint ??= fingerprintSheets(inputs));
        },
    };
}
//# sourceMappingURL=run.js.map