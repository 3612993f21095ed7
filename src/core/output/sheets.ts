import { campaignOrder } from '../engine/rank';
import { CellValue, a1 } from '../../sheet/grid';
import { Candidate, Lang } from '../model';
import { EngineResult } from '../engine/run';
import { GENERATED_SHEETS } from '../config/sheetNames';
import { RATING_LEVELS } from '../rules/levels';
import { compareNames, compareText, nameSortKey } from '../text/normalize';
import { roundScore } from '../text/numbers';
import { SheetBuilder } from './builder';
import { SheetModel } from '../../sheet/sheetModel';
import { achievementSummary, explainCandidate, proposedTitles } from './explain';
import { scopeText } from '../engine/propose';
import { lateUnits } from '../engine/validate';
import { buildMinutesSheet, buildVotesSheet, voteNote } from './minutes';
import { t } from '../i18n/words';
import { SHEET_WORDS as W } from './sheets.words';
import { campaignTitle, heads } from './sheetCommon';
// Where the log sheet and the import read them too.
export { CHANGE_HEAD, CHANGE_SECTION } from './sheetCommon';
export type { OutputOptions } from './sheetCommon';
import type { OutputOptions } from './sheetCommon';
import { buildLogSheet } from './logSheet';

/** The notes column of `Đề nghị khen thưởng` (0-based): the officer's, kept across re-runs. */
export const PROPOSAL_NOTES_COL = 5;

/**
 * A note the tool itself writes in that column (the council's vote, a tie waiting for it), in
 * either language, told by its wording: for a sheet whose marker entry has no record of what the
 * tool wrote (SheetModel.toolNotes; an older version's marker). Only a note that is one of those
 * sentences whole: one the officer added to, or began the same way, is theirs and kept (voteNote
 * in minutes.ts and the tie's note below write these).
 */
export function isGeneratedNote(text: string): boolean {
  return GENERATED_NOTE.test(text.trim());
}

const SHARE = String.raw`(?: \(\d+(?:[.,]\d+)?%\))?`;
const VOTE_VI = String.raw`\d+ phiếu đồng ý|\d+\/\d+ (?:thành viên Hội đồng|thành viên có mặt|thành viên|có mặt) đồng ý${SHARE}`;
const VOTE_EN = String.raw`\d+ in favour|\d+\/\d+ (?:council members|members present|members|present) in favour${SHARE}`;
const GENERATED_NOTE = new RegExp(
  String.raw`^(?:Chờ Hội đồng biểu quyết|Chờ Hội đồng bỏ phiếu|Council vote pending|Council to vote|Hội đồng: (?:${VOTE_VI})|Council: (?:${VOTE_EN})|Bằng phiếu \((?:${VOTE_VI})\): Hội đồng quyết định|Equal votes \((?:${VOTE_EN})\): council to decide)$`,
);

/** A proposal row's identity across runs: name, position and unit, proposed form (as shown). */
export function proposalNoteKey(name: CellValue, positionUnit: CellValue, form: CellValue): string {
  const k = (v: CellValue) =>
    String(v ?? '')
      .normalize('NFC')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  return `${k(name)}|${k(positionUnit)}|${k(form)}`;
}

/** `Kiểm tra`: one row per finding, each linked to its cell. */
export function buildFindingsSheet(r: EngineResult): SheetModel {
  const L = r.lang;
  const b = new SheetBuilder(8);
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.length - errors;
  b.banner(t(W, L, 'findingsTitle'), 'title');
  b.banner(campaignTitle(r), 'subtitle');
  b.banner(t(W, L, 'findingsCounts', { errors, warnings, sheets: r.sheets.length, candidates: r.candidates.length }), 'italic');
  const header = b.row(heads(L, ['no', 'severity', 'sheet', 'cell', 'unit', 'candidate', 'finding', 'fix']), 'header');
  r.findings.forEach((f, i) => {
    const row = b.row([i + 1, t(W, L, f.severity === 'error' ? 'error' : 'warning'), f.sheet, f.cell, f.unit, f.candidate, f.message, f.fix]);
    b.style(row, 1, row, 1, f.severity === 'error' ? 'error' : 'warning');
    if (f.cell && r.source !== undefined) b.link(row, 3, f.sheet, f.cell);
  });
  if (r.findings.length === 0) b.banner(t(W, L, 'noFindings'), 'muted');
  const last = b.next - 1;
  if (last > header) {
    b.style(header + 1, 0, last, 5, 'cell');
    b.style(header + 1, 6, last, 7, 'cellWrap');
  }
  if (r.skipped.length > 0) {
    b.blank();
    b.banner(t(W, L, 'skippedHead'), 'group');
    for (const s of r.skipped) b.row(['', '', s.sheet, '', '', '', reasonText(s.reason, L)]);
  }
  return b.build({
    id: 'findings',
    name: GENERATED_SHEETS.findings,
    columnWidths: [6, 10, 22, 8, 24, 24, 60, 50],
    freeze: { rows: header + 1, cols: 0 },
    autoFilter: r.findings.length > 0 ? { top: header, left: 0, bottom: header + r.findings.length, right: 7 } : undefined,
    page: { orientation: 'landscape', fitToWidth: true, printTitleRows: [header, header], font: 'Times New Roman', fontSize: 11 },
  });
}

function reasonText(reason: string, L: Lang): string {
  if (reason === 'noCriteria') return t(W, L, 'skipNoCriteria');
  if (reason === 'noCampaign') return t(W, L, 'skipNoCampaign');
  return t(W, L, 'skipNoHeader');
}

/** Candidates of one kind in whole-campaign rank order. */
function ordered(r: EngineResult, kind: Candidate['kind']): Candidate[] {
  return campaignOrder(r.ranking, kind);
}

/** `Xếp hạng`: ranks in each scope, every score and subtotal, titles and the reasons. */
export function buildRankingSheet(r: EngineResult): SheetModel {
  const L = r.lang;
  const leaves = r.criteria?.leaves ?? [];
  const groups = (r.criteria?.all ?? []).filter((c) => c.children.length > 0);
  const chain = (r.campaign?.tieBreak ?? []).filter((k) => k.kind !== 'name');
  const chainLabels = chain.map((k) =>
    k.kind === 'criterion'
      ? t(W, L, 'tieCriterion', { code: k.code })
      : t(W, L, k.kind === 'deductions' ? 'tieDeductions' : k.kind === 'bonus' ? 'tieBonus' : k.kind === 'rating' ? 'tieRating' : 'tieInitiatives'),
  );
  const head = [
    ...heads(L, ['rankAll', 'rankBlock', 'rankUnit', 'name', 'unit', 'block', 'rating']),
    ...leaves.map((c) => c.code),
    ...groups.map((g) => t(W, L, 'group', { code: g.code })),
    ...heads(L, ['bonus', 'deductions', 'total']),
    ...chainLabels,
    ...heads(L, ['titlesProposed', 'explanation', 'source']),
  ];
  const width = head.length;
  const b = new SheetBuilder(width);
  b.banner(t(W, L, 'rankingTitle'), 'title');
  b.banner(campaignTitle(r), 'subtitle');
  const tb = r.campaign?.tieBreakText ? t(W, L, 'tieBreak', { chain: r.campaign.tieBreakText }) : '';
  b.banner(tb + t(W, L, 'stillEqual'), 'italic');
  const firstCrit = 7;
  const totalCol = firstCrit + leaves.length + groups.length + 2;
  let firstHeader = -1;
  for (const kind of ['individual', 'collective'] as const) {
    const list = ordered(r, kind);
    if (list.length === 0) continue;
    b.blank();
    b.banner(t(W, L, kind === 'individual' ? 'individuals' : 'collectives'), 'section');
    const h = b.row(head, 'header');
    if (firstHeader < 0) firstHeader = h;
    for (const c of list) {
      const s = r.scores.get(c.id)!;
      const p = r.ranking.positions.get(c.id)!;
      const values: CellValue[] = [
        p.all.rank,
        c.block ? p.block.rank : null,
        p.unit.rank,
        c.name,
        c.unitName,
        c.block,
        c.rating ?? '',
        ...leaves.map((l) => (c.scores.has(l.code) ? (s.contribution.get(l.code) ?? 0) : null)),
        ...groups.map((g) => s.contribution.get(g.code) ?? 0),
        s.bonus,
        s.deductions,
        s.total,
        ...(r.ranking.tieValues.get(c.id) ?? []).map(roundScore),
        proposedTitles(r, c).join('; '),
        explainCandidate(r, c),
        `${c.sheet}!${a1(c.nameRef.row, c.nameRef.col)}`,
      ];
      const row = b.row(values);
      b.link(row, width - 1, c.sheet, a1(c.nameRef.row, c.nameRef.col));
      if ((r.decisions.get(c.id) ?? []).some((d) => d.status === 'tiedAtQuota')) b.style(row, 3, row, 3, 'tie');
      else if (proposedTitles(r, c).length > 0) b.style(row, width - 3, row, width - 3, 'proposed');
    }
    // A working sheet of thousands of rows: gridlines instead of borders, only the explanation wraps.
    const last = b.next - 1;
    b.style(h + 1, 0, last, width - 1, 'top');
    b.style(h + 1, width - 2, last, width - 2, 'wrap');
    b.style(h + 1, totalCol, last, totalCol, 'total');
  }
  if (firstHeader < 0) b.banner(t(W, L, 'noCandidates'), 'muted');
  return b.build({
    id: 'ranking',
    name: GENERATED_SHEETS.ranking,
    columnWidths: [9, 9, 9, 26, 24, 14, 9, ...leaves.map(() => 7), ...groups.map(() => 8), 8, 8, 9, ...chain.map(() => 9), 30, 70, 16],
    freeze: firstHeader >= 0 ? { rows: firstHeader + 1, cols: 4 } : undefined,
    page: {
      orientation: 'landscape',
      fitToWidth: true,
      printTitleRows: firstHeader >= 0 ? [firstHeader, firstHeader] : undefined,
      font: 'Calibri',
      fontSize: 11,
    },
  });
}

interface UnitRow {
  key: string;
  name: string;
  block: string;
  sheets: string[];
  candidates: Candidate[];
  expected: boolean;
}

function unitRows(r: EngineResult): UnitRow[] {
  const rows = new Map<string, UnitRow>();
  for (const u of r.units) rows.set(u.key, { key: u.key, name: u.name, block: u.block, sheets: [], candidates: [], expected: true });
  for (const s of r.sheets) {
    for (const c of s.candidates) {
      let row = rows.get(c.unitKey);
      if (!row) rows.set(c.unitKey, (row = { key: c.unitKey, name: c.unitName, block: c.block, sheets: [], candidates: [], expected: false }));
      row.candidates.push(c);
      if (!row.sheets.includes(s.sheet)) row.sheets.push(s.sheet);
    }
    const own = rows.get(s.unitKey);
    if (own && !own.sheets.includes(s.sheet)) own.sheets.push(s.sheet);
  }
  return [...rows.values()];
}

/** `Tổng hợp`: per unit, sheets received, ratings, titles, average; then quotas. */
export function buildSummarySheet(r: EngineResult): SheetModel {
  const L = r.lang;
  const titles = r.titles;
  const head = [
    'STT',
    ...heads(L, ['unit', 'block', 'scoreSheet', 'individualsCount']),
    ...RATING_LEVELS.map((x) => x.code),
    t(W, L, 'noRating'),
    ...titles.map((x) => x.name),
    t(W, L, 'averageIndividuals'),
  ];
  const width = head.length;
  const b = new SheetBuilder(width);
  b.banner(t(W, L, 'summaryTitle'), 'title');
  b.banner(campaignTitle(r), 'subtitle');
  b.blank();
  const h = b.row(head, 'header');
  const units = unitRows(r);
  // The averages are drawn as a bar chart (the model's `chart`), by every host.
  const avgCol = width - 1;
  // People and the unit's own collective row are counted apart: a unit's score is not a person's.
  const people = (u: UnitRow) => u.candidates.filter((c) => c.kind === 'individual');
  const totals = new Array<number>(width).fill(0);
  const lateBy = new Map(lateUnits(r.units, r.candidates, r.sheets).map((l) => [l.unit.key, l.days] as const));
  units.forEach((u, i) => {
    const staff = people(u);
    const ratings = RATING_LEVELS.map((lv) => staff.filter((c) => c.rating === lv.code).length);
    const none = staff.filter((c) => c.rating === null).length;
    const perTitle = titles.map(
      (t) => u.candidates.filter((c) => (r.decisions.get(c.id) ?? []).some((d) => d.titleKey === t.key && d.status === 'proposed')).length,
    );
    const average = avg(r, staff);
    const late = lateBy.get(u.key);
    const lateText = late ? t(W, L, 'late', { days: late }) : '';
    const received = u.sheets.length > 0 ? t(W, L, 'received', { sheets: u.sheets.join(', '), late: lateText }) : t(W, L, 'missing');
    const values: CellValue[] = [
      i + 1,
      u.name,
      u.block,
      received,
      staff.length,
      ...ratings,
      none,
      ...perTitle,
      staff.length ? Math.round(average * 100) / 100 : null,
    ];
    const row = b.row(values);
    if (u.sheets.length === 0 || late) b.style(row, 3, row, 3, 'warning');
    for (let c = 4; c < avgCol; c++) totals[c] += Number(values[c] ?? 0);
  });
  const all = r.candidates.filter((c) => c.kind === 'individual');
  const totalRow: CellValue[] = [
    '',
    t(W, L, 'grandTotal'),
    '',
    t(W, L, 'unitsReceived', { received: units.filter((u) => u.sheets.length > 0).length, units: units.length }),
  ];
  for (let c = 4; c < avgCol; c++) totalRow[c] = totals[c];
  totalRow[avgCol] = all.length ? Math.round(avg(r, all) * 100) / 100 : null;
  const tRow = b.row(totalRow, 'total');
  b.style(h + 1, 0, tRow, width - 1, 'cell');
  b.style(tRow, 0, tRow, width - 1, 'total');

  // Quotas: how each title's places were filled, scope by scope.
  b.blank();
  b.banner(t(W, L, 'quotasTitle'), 'section');
  const qh = b.row(
    heads(L, ['no', 'quotaTitle', 'quotaScope', 'quotaPlaces', 'quotaEligible', 'quotaProposed', 'quotaTied', 'quotaCut', 'quotaBasis']),
    'header',
  );
  // The basis is a sentence: it spans the rest of the width, as does its header.
  const lastCol = Math.max(8, width - 1);
  if (lastCol > 8) b.merge(qh, 8, qh, lastCol);
  b.style(qh, 0, qh, lastCol, 'header');
  r.quotas.forEach((q, i) => {
    const row = b.row([
      i + 1,
      q.title,
      scopeText(q.scope, q.scopeLabel, L),
      q.limit === null ? t(W, L, 'noLimit') : q.limit,
      q.eligible,
      q.proposed,
      q.tied,
      q.cut,
      q.basis,
    ]);
    if (lastCol > 8) b.merge(row, 8, row, lastCol);
  });
  if (r.quotas.length > 0) {
    b.style(qh + 1, 0, b.next - 1, lastCol, 'cell');
    b.style(qh + 1, 1, b.next - 1, 2, 'cellWrap');
    b.style(qh + 1, 8, b.next - 1, lastCol, 'cellWrap');
  }
  return b.build({
    id: 'summary',
    name: GENERATED_SHEETS.summary,
    columnWidths: [6, 30, 14, 26, 10, ...RATING_LEVELS.map(() => 9), 9, ...titles.map(() => 14), 10],
    freeze: { rows: h + 1, cols: 2 },
    page: { orientation: 'landscape', fitToWidth: true, printTitleRows: [h, h], font: 'Times New Roman', fontSize: 11 },
    chart: units.length > 0 ? { title: t(W, L, 'chartTitle'), categoriesCol: 1, valuesCol: avgCol, fromRow: h + 1, toRow: h + units.length } : undefined,
  });
}

function avg(r: EngineResult, list: Candidate[]): number {
  if (list.length === 0) return 0;
  let s = 0;
  for (const c of list) s += r.scores.get(c.id)!.total;
  return s / list.length;
}

/** `Đề nghị khen thưởng`: the proposal list in the administrative layout (NĐ 30/2020), A4. */
export function buildProposalSheet(r: EngineResult, notes: ReadonlyMap<string, string> = new Map()): SheetModel {
  const L = r.lang;
  const b = new SheetBuilder(6);
  const organizer = (r.campaign?.organizer || t(W, L, 'agency')).toUpperCase();
  b.documentHead(organizer, t(W, L, 'council'), t(W, L, 'placeDate'));
  b.blank();
  b.banner(t(W, L, 'proposalTitle'), 'title');
  b.banner(t(W, L, 'attached'), 'italic');
  if (r.campaign?.name)
    b.banner(
      campaignTitle(r, (name, year) => t(W, L, 'campaignOfYear', { name, year })),
      'subtitle',
    );
  b.blank();
  const h = b.row(heads(L, ['no', 'proposalName', 'proposalPositionUnit', 'proposalForm', 'proposalAchievements', 'proposalNotes']), 'header');
  const unitOrder = new Map(r.units.map((u, i) => [u.key, i] as const));
  const byUnitThenName = (a: Candidate, c: Candidate) =>
    (unitOrder.get(a.unitKey) ?? 9999) - (unitOrder.get(c.unitKey) ?? 9999) ||
    compareText(a.unitName, c.unitName) ||
    compareNames(nameSortKey(a.name, a.kind === 'individual'), nameSortKey(c.name, c.kind === 'individual'));
  let counts = { collective: 0, individual: 0 };
  const distinct = { collective: new Set<string>(), individual: new Set<string>() };
  const roman = ['I', 'II', 'III'];
  // What the tool writes in the notes column, recorded for the next run (SheetModel.toolNotes).
  const written = new Set<string>();
  const toolNote = (text: string) => {
    if (text) written.add(text);
    return text;
  };
  let section = 0;
  for (const kind of ['collective', 'individual'] as const) {
    const rules = r.titles.filter((t) => t.subject === kind);
    const lists = rules
      .map((t) => ({
        t,
        list: r.candidates
          .filter((c) => c.kind === kind && (r.decisions.get(c.id) ?? []).some((d) => d.titleKey === t.key && d.status === 'proposed'))
          .sort(byUnitThenName),
      }))
      .filter((x) => x.list.length > 0);
    if (lists.length === 0) continue;
    b.banner(`${roman[section++]}. ${t(W, L, kind === 'collective' ? 'collectives' : 'individuals')}`, 'section');
    lists.forEach(({ t, list }, gi) => {
      b.banner(`${gi + 1}. ${t.name} (${list.length})`, 'group');
      list.forEach((c, i) => {
        const d = (r.decisions.get(c.id) ?? []).find((x) => x.titleKey === t.key);
        const who = kind === 'individual' ? [c.position, c.unitName].filter(Boolean).join(', ') : c.unitName !== c.name ? c.unitName : '';
        // The officer's own note, kept from the last run, else the council's vote as the tool reads it.
        b.row([i + 1, c.name, who, t.name, achievementSummary(r, c), notes.get(proposalNoteKey(c.name, who, t.name)) ?? toolNote(d ? voteNote(d, L) : '')]);
        counts = { ...counts, [kind]: counts[kind] + 1 };
        distinct[kind].add(c.id);
      });
    });
  }
  const tied = r.candidates.filter((c) => (r.decisions.get(c.id) ?? []).some((d) => d.status === 'tiedAtQuota'));
  if (tied.length > 0) {
    b.banner(`${roman[section++] ?? 'IV'}. ${t(W, L, 'tiedSection')}`, 'section');
    tied.sort(byUnitThenName).forEach((c, i) => {
      const ds = (r.decisions.get(c.id) ?? []).filter((d) => d.status === 'tiedAtQuota');
      const equal = ds.find((d) => d.vote && !d.vote.pending);
      const who = [c.position, c.unitName].filter(Boolean).join(', ');
      const form = ds.map((d) => d.title).join('; ');
      const pending = equal ? t(W, L, 'equalVotes', { votes: equal.vote!.text }) : t(W, L, 'councilToVote');
      b.row([i + 1, c.name, who, form, achievementSummary(r, c), notes.get(proposalNoteKey(c.name, who, form)) ?? toolNote(pending)]);
    });
  }
  b.proposalListEnd(h, L, t(W, L, 'nobodyProposed'), [
    {
      text: t(W, L, 'proposalTotal', {
        collectives: distinct.collective.size,
        collectiveProposals: counts.collective,
        individuals: distinct.individual.size,
        individualProposals: counts.individual,
      }),
      style: 'italic',
    },
  ]);
  return b.build({
    id: 'proposal',
    name: GENERATED_SHEETS.proposal,
    columnWidths: [6, 26, 24, 20, 40, 14],
    userColumns: [PROPOSAL_NOTES_COL],
    toolNotes: [...written],
    page: { orientation: 'portrait', fitToWidth: true, printTitleRows: [h, h], font: 'Times New Roman', fontSize: 13 },
  });
}

/** Every generated sheet of the contract, in the order they are placed. */
export function buildOutputSheets(r: EngineResult, o: OutputOptions): SheetModel[] {
  if (o.action === 'validate') return [buildFindingsSheet(r), buildLogSheet(r, o)];
  // `Biểu quyết` is the officer's once written: only when the workbook has none and a vote is due.
  const votes = r.votes === null && r.voteRequests.length > 0 ? [buildVotesSheet(r)] : [];
  return [
    buildFindingsSheet(r),
    buildRankingSheet(r),
    buildSummarySheet(r),
    buildProposalSheet(r, o.previousNotes),
    ...votes,
    buildMinutesSheet(r),
    buildLogSheet(r, o),
  ];
}
