import { Campaign, Candidate, CriteriaTree, ScoreBreakdown, TitleDecision, TitleRule, Unit } from '../model';
import { FindingLog } from '../findings/log';
import { CandidateValues, PerCandidate } from './perCandidate';
import { ScoreSheetInfo } from '../sheets/scoreSheet';
import { fold, initials } from '../text/normalize';
import { formatScore, isoToVi } from '../text/numbers';
import { a1 } from '../../sheet/grid';
import { criterionSlots } from '../model';
import { RATING_LIMITS } from '../rules/levels';
import { phrase } from '../i18n/words';
import { VALIDATE_WORDS } from './validate.words';

const TOLERANCE = 0.011;

function whoOf(c: Candidate) {
  return { unit: c.unitName, candidate: c.name };
}

/** Checks of each row's scores against the criteria and of its stated totals. */
export function validateScores(
  candidates: Candidate[],
  sheets: Map<string, ScoreSheetInfo>,
  tree: CriteriaTree,
  scores: PerCandidate<ScoreBreakdown>,
  campaign: Campaign | null,
  log: FindingLog,
): void {
  const L = log.lang;
  // A score cell that held unreadable text was already reported as such, not as missing.
  const unreadable = new Set(
    log.items
      .filter((f) => f.code === 'SCORE_NOT_NUMBER' || f.code === 'FORMULA_ERROR' || f.code === 'SCORE_IS_DATE' || f.code === 'FORMULA_NOT_CALCULATED')
      .map((f) => `${f.sheet}!${f.cell}`),
  );
  const slotOf = criterionSlots(tree);
  // Items, and the groups some sheet scored as a whole (elsewhere a group is not placed, and skipped).
  const groupsRead = new Set([...sheets.values()].flatMap((s) => s.groupTotals));
  const scoredNodes = tree.all.filter((x) => x.children.length === 0 || groupsRead.has(x.code));
  const leafSlots = scoredNodes.map((l) => slotOf.get(l.code)!);
  // Indexed loops over the candidates: for…of makes an object per step until the JIT compiles it.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const s = scores.at(c);
    const info = sheets.get(c.sheet)!;
    // The score arrays read directly, NaN for none: this runs for every score cell.
    const values = c.scores.v;
    const { cols, rows, pos } = c.scores.layout;
    for (let li = 0; li < leafSlots.length; li++) {
      const leaf = scoredNodes[li];
      const slot = leafSlots[li];
      const code = leaf.code;
      const selfColN = cols[slot * 2];
      const appraisedColN = cols[slot * 2 + 1];
      if (Number.isNaN(selfColN) && Number.isNaN(appraisedColN)) continue; // the missing column is reported once for the sheet
      const sp = pos[slot * 2];
      const ap = pos[slot * 2 + 1];
      const selfN = sp < 0 ? NaN : values[sp];
      const appraisedN = ap < 0 ? NaN : values[ap];
      const self = Number.isNaN(selfN) ? null : selfN;
      const appraised = Number.isNaN(appraisedN) ? null : appraisedN;
      const row = rows ? rows[slot] : c.row;
      const selfCol = Number.isNaN(selfColN) ? null : selfColN;
      const max = leaf.max ?? Number.POSITIVE_INFINITY;
      if (self !== null && selfCol !== null) checkRange(self, max, code, c, row, selfCol, log);
      if (appraised !== null && !Number.isNaN(appraisedColN)) checkRange(appraised, max, code, c, row, appraisedColN, log);
      if (leaf.kind === 'scored' && self === null && appraised === null && selfCol !== null && !unreadable.has(`${c.sheet}!${a1(row, selfCol)}`))
        log.add('SCORE_MISSING', { item: code }, { sheet: c.sheet, row, col: selfCol }, whoOf(c));
      if (leaf.evidenceRequired && (appraised ?? self ?? 0) > 0 && info.hasEvidenceColumn) {
        const ev = c.evidenceByItem?.get(code) ?? c.evidence;
        if (!ev) log.add('EVIDENCE_MISSING', { item: code }, c.evidenceRef ?? (selfCol !== null ? { sheet: c.sheet, row, col: selfCol } : c.nameRef), whoOf(c));
      }
    }
    if (c.statedTotal !== null && c.statedTotalRef) {
      const ok =
        Math.abs(c.statedTotal - s.selfTotal) < TOLERANCE ||
        (!s.hasAppraisal && Math.abs(c.statedTotal - s.total) < TOLERANCE) ||
        (s.hasAppraisal && c.statedAppraisedTotal === null && Math.abs(c.statedTotal - s.total) < TOLERANCE);
      if (!ok) {
        const plain = Math.abs(c.statedTotal - s.selfPlainSum) < TOLERANCE;
        const hint = plain ? phrase(VALIDATE_WORDS, 'plainSum') : '';
        log.add('TOTAL_MISMATCH', { stated: formatScore(c.statedTotal, L), computed: formatScore(s.selfTotal, L), hint }, c.statedTotalRef, whoOf(c));
      }
    }
    if (c.statedAppraisedTotal !== null && c.statedAppraisedTotalRef && Math.abs(c.statedAppraisedTotal - s.total) >= TOLERANCE)
      log.add(
        'TOTAL_MISMATCH',
        { stated: formatScore(c.statedAppraisedTotal, L), computed: formatScore(s.total, L), hint: '' },
        c.statedAppraisedTotalRef,
        whoOf(c),
      );
    // A sheet without a self-score column has no self total to compare (it would be a false gap).
    if (s.hasAppraisal && c.scores.layout.hasSelf && campaign?.gapThreshold !== null && campaign?.gapThreshold !== undefined) {
      const gap = Math.abs(s.total - s.selfTotal);
      if (gap > campaign.gapThreshold + 1e-9)
        log.add(
          'SCORE_GAP',
          { appraised: formatScore(s.total, L), self: formatScore(s.selfTotal, L), gap: formatScore(gap, L), threshold: formatScore(campaign.gapThreshold, L) },
          c.statedAppraisedTotalRef ?? c.statedTotalRef ?? c.nameRef,
          whoOf(c),
        );
    }
  }
  for (const info of sheets.values()) {
    if (info.groupTotals.length > 0)
      log.add('SHEET_GROUP_TOTALS', { sheet: info.sheet, value: info.groupTotals.join(', ') }, { sheet: info.sheet, row: info.headerRow, col: 0 });
    if (info.missingCriteria.length > 0)
      log.add(
        'SHEET_CRITERION_COLUMN_MISSING',
        { sheet: info.sheet, value: info.missingCriteria.join(', ') },
        { sheet: info.sheet, row: info.headerRow, col: 0 },
      );
    const needs = tree.leaves.filter((l) => l.evidenceRequired).map((l) => l.code);
    if (needs.length > 0 && !info.hasEvidenceColumn && info.candidates.length > 0)
      log.add('EVIDENCE_COLUMN_MISSING', { value: needs.join(', ') }, { sheet: info.sheet, row: info.headerRow, col: 0 });
  }
}

/** A score outside 0…max, reported on its cell. The cell reference is built only for a finding. */
function checkRange(v: number, max: number, item: string, c: Candidate, row: number, col: number, log: FindingLog): void {
  if (v <= max + 1e-9 && v >= 0) return;
  const L = log.lang;
  log.add(
    v > max + 1e-9 ? 'SCORE_ABOVE_MAX' : 'SCORE_NEGATIVE',
    { item, value: formatScore(v, L), max: formatScore(max, L) },
    { sheet: c.sheet, row, col },
    whoOf(c),
  );
}

/**
 * The ratings units sent, against the rating rules themselves (a check on the data, not on
 * titles): HTXSNV at most 20% of those rated HTTNV in the agency; from 2026, a disciplined civil
 * servant is rated KHTNV. The limits and their basis are data (RATING_LIMITS).
 */
export function checkRatings(candidates: Candidate[], campaign: Campaign | null, log: FindingLog): void {
  const people = candidates.filter((c) => c.kind === 'individual');
  const excellent = people.filter((c) => c.rating === 'HTXSNV');
  const good = people.filter((c) => c.rating === 'HTTNV').length;
  const max = (RATING_LIMITS.excellentShareOfGoodMax * good) / 100;
  if (excellent.length > 0 && excellent.length > max + 1e-9) {
    const first = excellent[0];
    log.add(
      'RATING_SHARE_HIGH',
      { count: excellent.length, good, percent: RATING_LIMITS.excellentShareOfGoodMax, max: formatScore(max, log.lang), basis: RATING_LIMITS.shareBasis },
      first.ratingRef ?? first.nameRef,
      { unit: '', candidate: '' },
    );
  }
  if (campaign?.year && campaign.year >= RATING_LIMITS.disciplineMeansKhtnvFrom)
    for (const c of people)
      if (c.discipline.kind === 'level' && c.rating !== null && c.rating !== 'KHTNV')
        log.add(
          'RATING_WITH_DISCIPLINE',
          { rating: c.rating, discipline: c.discipline.text, basis: RATING_LIMITS.disciplineBasis },
          c.ratingRef ?? c.nameRef,
          whoOf(c),
        );
}

/** The same person on two rows: by staff code, or by name and date of birth. */
export function findDuplicates(candidates: Candidate[], log: FindingLog): void {
  const byCode = new Map<string, Candidate>();
  const byNameDob = new Map<string, Candidate>();
  const byNameOnly = new Map<string, Candidate>();
  const where = (c: Candidate) => `${c.sheet}!${a1(c.nameRef.row, c.nameRef.col)}`;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.kind !== 'individual') continue;
    const code = c.staffCode ? fold(c.staffCode) : null;
    if (code) {
      const first = byCode.get(code);
      if (first) {
        log.add(
          'DUPLICATE_PERSON',
          { name: c.name, other: where(first), how: phrase(VALIDATE_WORDS, 'sameStaffCode', { code: c.staffCode! }) },
          c.nameRef,
          whoOf(c),
          first.nameRef,
        );
        continue;
      }
      byCode.set(code, c);
    }
    if (c.dob) {
      const k = `${c.nameKey}|${c.dob}`;
      const first = byNameDob.get(k);
      if (first) {
        log.add(
          'DUPLICATE_PERSON',
          { name: c.name, other: where(first), how: phrase(VALIDATE_WORDS, 'sameNameDob', { dob: isoToVi(c.dob) }) },
          c.nameRef,
          whoOf(c),
          first.nameRef,
        );
        continue;
      }
      byNameDob.set(k, c);
    } else if (!code) {
      const first = byNameOnly.get(c.nameKey);
      if (first) log.add('DUPLICATE_NAME_NO_ID', { name: c.name, other: where(first) }, c.nameRef, whoOf(c), first.nameRef);
      else byNameOnly.set(c.nameKey, c);
    }
  }
}

/** Units of `Đơn vị` with no score sheet and no candidate anywhere: they have not sent theirs. */
export function unitsWithoutSheet(units: Unit[], candidates: Candidate[], sheets: ScoreSheetInfo[]): Unit[] {
  const seen = new Set<string>();
  for (const c of candidates) seen.add(c.unitKey);
  for (const s of sheets) seen.add(s.unitKey);
  return units.filter((u) => !seen.has(u.key));
}

/** Days between two ISO dates (b − a). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}

/** Units that sent a sheet after their `Hạn nộp`, by the `Ngày nộp` the office recorded. */
export function lateUnits(units: Unit[], candidates: Candidate[], sheets: ScoreSheetInfo[]): { unit: Unit; days: number }[] {
  const missing = new Set(unitsWithoutSheet(units, candidates, sheets));
  const late: { unit: Unit; days: number }[] = [];
  for (const u of units) {
    if (missing.has(u) || !u.deadlineIso || !u.receivedIso) continue;
    const days = daysBetween(u.deadlineIso, u.receivedIso);
    if (days > 0) late.push({ unit: u, days });
  }
  return late;
}

export function findLateUnits(units: Unit[], candidates: Candidate[], sheets: ScoreSheetInfo[], log: FindingLog): void {
  for (const { unit: u, days } of lateUnits(units, candidates, sheets))
    log.add('UNIT_LATE', { value: u.name, received: isoToVi(u.receivedIso!), deadline: isoToVi(u.deadlineIso!), days }, u.receivedRef ?? u.ref, {
      unit: u.name,
    });
}

export function findMissingUnits(units: Unit[], candidates: Candidate[], sheets: ScoreSheetInfo[], log: FindingLog): void {
  for (const u of unitsWithoutSheet(units, candidates, sheets))
    log.add('UNIT_NO_SHEET', { value: u.name, deadline: u.deadline ? phrase(VALIDATE_WORDS, 'due', { deadline: u.deadline }) : '' }, u.ref, { unit: u.name });
}

/** A title the unit asked for, checked against what the rules allow. */
export function checkRequests(candidates: Candidate[], rules: TitleRule[], decisions: CandidateValues<TitleDecision[]>, log: FindingLog): void {
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.requestedTitles.length === 0) continue;
    const at = c.requestedRef;
    if (at === null) continue;
    for (const req of c.requestedTitles) {
      const k = fold(req);
      const alias = k.replace(/[^a-z0-9]/g, '');
      const rule = rules.find((r) => r.key === k || r.aliases.includes(alias) || initials(r.name) === alias);
      if (!rule) {
        log.add('TITLE_REQUEST_UNKNOWN', { value: req }, at, whoOf(c));
        continue;
      }
      const d = decisions.at(c)?.find((x) => x.titleKey === rule.key);
      if (!d) {
        log.add(
          'TITLE_REQUEST_NOT_ELIGIBLE',
          { title: rule.name, reason: phrase(VALIDATE_WORDS, rule.subject === 'individual' ? 'forIndividuals' : 'forCollectives') },
          at,
          whoOf(c),
        );
        continue;
      }
      if (d.status === 'notEligible' || d.status === 'ruleUnusable') {
        const failed = d.checks.filter((x) => !x.ok).map((x) => `${x.label} (${x.detail})`);
        const reason = d.status === 'ruleUnusable' ? phrase(VALIDATE_WORDS, 'ruleError') : failed.join('; ');
        log.add('TITLE_REQUEST_NOT_ELIGIBLE', { title: rule.name, reason }, at, whoOf(c));
      }
    }
  }
}
