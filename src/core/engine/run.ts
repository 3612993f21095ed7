import { SheetGrid, WorkbookGrids } from '../../sheet/grid';
import { AwardRecord, Campaign, Candidate, CriteriaTree, Finding, Lang, ScoreBreakdown, TitleDecision, TitleRule, Unit, VoteBook, WordingIds } from '../model';
import { readVotes } from '../config/votes';
import { FindingLog } from '../findings/log';
import { readCampaign, parseTieBreak } from '../config/campaign';
import { readCriteria } from '../config/criteria';
import { readTitles } from '../config/titles';
import { readUnits, readHistory } from '../config/units';
import { CONFIG_SHEETS, configSheetId, generatedSheetId, isClosingSheet, sheetKey } from '../config/sheetNames';
import { ScoreSheetInfo, recognizeInSet } from '../sheets/scoreSheet';
import { criterionTextIndex } from '../sheets/headers';
import { reportNothingRecognised, reportUnreadSheet, setChooser, singleScoredCriterion, bySet } from '../sheets/unread';
import { criterionSlots } from '../model';
import { scoreAll } from './score';
import { CandidateIndex, CandidateValues, PerCandidate } from './perCandidate';
import { Ranking, rankCandidates } from './rank';
import { Proposal, QuotaSummary, VoteRequest, proposeTitles } from './propose';
import { checkRatings, checkRequests, findDuplicates, findLateUnits, findMissingUnits, validateScores } from './validate';
import { Ownership, checkOwnership, findMarker, readOwnSheets } from '../ownership/marker';
import { checkCandidateText } from './textChecks';
import { WordingIds as WordingIdTable } from '../rules/conditions';
import { fingerprintSheets } from '../ownership/fingerprint';
import { LawInForce, applyOptions, readLaw } from '../config/law';
import { checkTitlesAgainstLaw } from '../config/lawChecks';
import { isRegistrationSheet, readRegistration } from '../config/registration';

export { fingerprintSheets };

export interface EngineOptions {
  lang?: Lang;
}

export interface SkippedSheet {
  sheet: string;
  reason: 'noHeader' | 'noCriteria' | 'noCampaign';
  /** The unit of `Đơn vị` the unread sheet belongs to (by title block or name): it sent a sheet. */
  unitKey?: string;
}

export interface EngineResult {
  lang: Lang;
  /** False when the workbook has no usable campaign (no `Phong trào` or no criteria): exit code 2. */
  usable: boolean;
  source: string;
  campaign: Campaign | null;
  /** The law in force on the decision date, with the agency's options (law/apply.ts); null without a campaign. */
  law: LawInForce | null;
  criteria: CriteriaTree | null;
  titles: TitleRule[];
  units: Unit[];
  history: AwardRecord[];
  sheets: ScoreSheetInfo[];
  skipped: SkippedSheet[];
  /** Sheets the add-in generated on an earlier run (listed in its marker sheet). */
  ownSheets: string[];
  /** Which listed sheets are provably the add-in's and unchanged (the write plan starts from it). */
  ownership: Ownership;
  candidates: Candidate[];
  scores: PerCandidate<ScoreBreakdown>;
  ranking: Ranking;
  decisions: CandidateValues<TitleDecision[]>;
  quotas: QuotaSummary[];
  /** `Biểu quyết` as read; null when the workbook has none yet (the rank output then writes one). */
  votes: VoteBook | null;
  /** The rows the council has to vote on: ties at a quota boundary, proposals of titles that need a vote. */
  voteRequests: VoteRequest[];
  /** Explanations already worded in this run, by the id of what they read. */
  wording: WordingIds;
  findings: Finding[];
  fingerprint: string;
  /** Milliseconds per step (read config, read sheets, score, validate, rank, propose), for the benchmark. */
  timings: Record<string, number>;
}

export function runEngine(book: WorkbookGrids, opts: EngineOptions = {}): EngineResult {
  const lang = opts.lang ?? 'vi';
  const log = new FindingLog(lang);
  const timings: Record<string, number> = {};
  let mark = performance.now();
  const lap = (step: string) => {
    const now = performance.now();
    timings[step] = Math.round((now - mark) * 10) / 10;
    mark = now;
  };
  // Own sheets: listed in the signed marker and unchanged, or edited by hand (still ours, not input).
  // (Whether they are unchanged is checked only when a write needs it: see `ownership` below.)
  const marker = findMarker(book);
  const own = new Set(readOwnSheets(book, marker));
  const isMarker = (s: SheetGrid) => s.name === marker.sheet;
  let ownership: Ownership | null = null;
  const config = new Map<string, SheetGrid>();
  let registrationGrid: SheetGrid | null = null;
  const others: SheetGrid[] = [];
  for (const s of book.sheets) {
    if (isMarker(s) || s.visibility === 'veryHidden') continue;
    if (own.has(s.name) && (generatedSheetId(s.name) || isClosingSheet(s.name))) continue;
    // `Đăng ký thi đua` (optional, law/registration.ts): read with the titles, never as a score sheet.
    if (isRegistrationSheet(s.name) && !registrationGrid) {
      registrationGrid = s;
      continue;
    }
    const id = configSheetId(s.name);
    if (id && !config.has(id)) config.set(id, s);
    else others.push(s);
  }
  const inputs = book.sheets.filter((s) => !isMarker(s) && !(own.has(s.name) && (generatedSheetId(s.name) || isClosingSheet(s.name))));

  const campaignGrid = config.get('campaign');
  let campaign: Campaign | null = null;
  let tieBreakRef: { row: number; col: number } | null = null;
  if (campaignGrid) ({ campaign, tieBreakRef } = readCampaign(campaignGrid, log));
  else log.add('CONFIG_SHEET_MISSING', { sheet: CONFIG_SHEETS.campaign }, { sheet: CONFIG_SHEETS.campaign });

  const criteriaGrid = config.get('criteria');
  const criteria = criteriaGrid ? readCriteria(criteriaGrid, log) : null;
  if (!criteriaGrid) log.add('CONFIG_SHEET_MISSING', { sheet: CONFIG_SHEETS.criteria }, { sheet: CONFIG_SHEETS.criteria });

  if (campaign && campaignGrid)
    campaign.tieBreak = parseTieBreak(campaign.tieBreakText, criteria, log, tieBreakRef ? { sheet: campaignGrid.name, ...tieBreakRef } : null);

  const unitsGrid = config.get('units');
  const units = unitsGrid ? readUnits(unitsGrid, log) : [];
  if (!unitsGrid) log.add('UNITS_SHEET_MISSING', {}, { sheet: CONFIG_SHEETS.units });
  const historyGrid = config.get('history');
  const history = historyGrid ? readHistory(historyGrid, log) : [];
  const titlesGrid = config.get('titles');
  // The law in force on the decision date: its options change the titles, its texts check them.
  const law = readLaw(campaignGrid, campaign, log);
  const titles = titlesGrid ? readTitles(titlesGrid, criteria, log, law.decisionDate) : [];
  applyOptions(titles, law);
  checkTitlesAgainstLaw(titles, law, log);
  const registration = registrationGrid ? readRegistration(registrationGrid, titles, law.options.registrationRequired.on, log) : null;
  if (!titlesGrid) log.add('CONFIG_SHEET_MISSING', { sheet: CONFIG_SHEETS.titles }, { sheet: CONFIG_SHEETS.titles });

  const usable = campaign !== null && criteria !== null;
  lap('config');
  const sheets: ScoreSheetInfo[] = [];
  const skipped: SkippedSheet[] = [];
  const candidates: Candidate[] = [];
  if (criteria) {
    const textIndex = criterionTextIndex(criteria);
    const slots = criterionSlots(criteria);
    const blockOf = new Map(units.map((u) => [u.key, u.block] as const));
    const singleScored = singleScoredCriterion(criteria);
    const setFor = setChooser(criteria, units, log);
    for (const grid of others) {
      const rec = recognizeInSet(grid, { criteria, slots, textIndex, units, singleScored, defaultSubject: campaign?.subject ?? 'individual', log }, setFor);
      if (rec.kind === 'notScore') {
        skipped.push({ sheet: grid.name, reason: rec.reason, ...(rec.diagnosis.unitKey ? { unitKey: rec.diagnosis.unitKey } : {}) });
        reportUnreadSheet(grid, rec, units, log);
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
    if (sheets.length === 0) reportNothingRecognised(others, log);
  } else for (const grid of others) skipped.push({ sheet: grid.name, reason: 'noCampaign' });
  lap('sheets');

  const ids = new CandidateIndex(candidates);
  const scores = new PerCandidate<ScoreBreakdown>(ids);
  let ranking: Ranking = { scopes: new Map(), positions: new PerCandidate(ids), tieValues: new PerCandidate(ids) };
  let proposal: Proposal = { decisions: new PerCandidate(ids), quotas: [], voteRequests: [], wording: new WordingIdTable() };
  const votesGrid = config.get('votes');
  const votes = votesGrid ? readVotes(votesGrid, titles, candidates, log) : null;
  if (criteria) {
    scoreAll(candidates, criteria, campaign, scores);
    lap('score');
    for (const g of bySet(criteria, candidates, sheets))
      validateScores(g.candidates, new Map(g.sheets.map((s) => [s.sheet, s] as const)), g.tree, scores, campaign, log);
    findDuplicates(candidates, log);
    checkCandidateText(candidates, log);
    checkRatings(candidates, campaign, log);
    if (unitsGrid) {
      // A unit whose sheet is there but unread is not "chưa nộp": its sheet has its own finding.
      findMissingUnits(
        units.filter((u) => !skipped.some((x) => x.unitKey === u.key)),
        candidates,
        sheets,
        log,
      );
      findLateUnits(units, candidates, sheets, log);
    }
    lap('validate');
    ranking = rankCandidates(
      candidates,
      scores,
      campaign?.tieBreak ?? [],
      ids,
      new Map([...(criteria.sets ?? new Map<string, CriteriaTree>())].map(([k, t]) => [k, t.setName ?? k] as const)),
    );
    lap('rank');
    proposal = proposeTitles({ rules: titles, candidates, scores, ranking, units, history, campaign, log, ids, votes, law, registration });
    checkRequests(candidates, titles, proposal.decisions, log);
    lap('propose');
  }

  // Findings in workbook order: config sheets first, then sheets as they stand, then by cell.
  const order = new Map<string, number>();
  const configOrder = Object.values(CONFIG_SHEETS).map(sheetKey);
  book.sheets.forEach((s, i) => order.set(s.name, 100 + i));
  for (const s of book.sheets) {
    const ci = configOrder.indexOf(sheetKey(s.name));
    if (ci >= 0) order.set(s.name, ci);
  }
  Object.values(CONFIG_SHEETS).forEach((n, i) => {
    if (!order.has(n)) order.set(n, i);
  });
  const findings = log.items
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (order.get(a.f.sheet) ?? 999) - (order.get(b.f.sheet) ?? 999) || (a.f.row ?? -1) - (b.f.row ?? -1) || (a.f.col ?? -1) - (b.f.col ?? -1) || a.i - b.i,
    )
    .map((x) => x.f);
  lap('sort findings');

  let fingerprint: string | null = null;
  return {
    lang,
    usable,
    source: book.source ?? '',
    campaign,
    law: campaign ? law : null,
    criteria,
    titles,
    units,
    history,
    sheets,
    skipped,
    ownSheets: [...own],
    // Every cell of the own sheets is read for it: computed on first use (a write), once.
    get ownership() {
      return (ownership ??= checkOwnership(book, marker));
    },
    candidates,
    scores,
    ranking,
    decisions: proposal.decisions,
    quotas: proposal.quotas,
    votes,
    voteRequests: proposal.voteRequests,
    wording: proposal.wording,
    findings,
    timings,
    // Only the log and the upward workbook need it: computed on first use.
    get fingerprint() {
      return (fingerprint ??= fingerprintSheets(inputs));
    },
  };
}
