import { SheetGrid, WorkbookGrids, a1 } from '../../sheet/grid';
import { Campaign, Candidate, Lang, ScoreBreakdown, TitleRule, Unit, AwardRecord } from '../model';
import { FindingLog } from '../findings/log';
import { readCampaign } from '../config/campaign';
import { readShare, readTitles } from '../config/titles';
import { readHistory, readUnits } from '../config/units';
import { configSheetId } from '../config/sheetNames';
import { openTable } from '../config/table';
import { Condition, EvalContext, comparePoints, evaluate } from '../rules/conditions';
import { parseDiscipline, parseRating, ratingAtLeast } from '../rules/levels';
import type { ItemScores } from '../model';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { fold, initials, matchKey, nameKey } from '../text/normalize';
import { formatScore, formatScoreAgainst, isoToVi, parseDate } from '../text/numbers';
import { FORMAT, RowValues, UPWARD_SHEETS, UpwardMeta } from './format';
import { defaultVoteRule, isCommendation, parseVote } from './forms';
import { ReadRow, UpwardFinding, UpwardRead, readUpwardFile, upwardFinding } from './read';
import { kindOfText, sealRow, text } from './rows';
import { assembleWorkbook, sealMeta } from './consolidate';
import { buildFindingList, campaignLine, defaultCodes, readCodesGrid } from './sheets';

/**
 * `thidua rollup` and the pane's roll-up mode: the upper level receives many upward files,
 * verifies each, checks every proposal against its own rules where it gives them, finds the
 * person two agencies propose, and makes its own upward workbook (same format, so it rolls up
 * again), a reply per agency and the statistics.
 */

export interface RollupInput {
  file: string;
  /** The file's grids, or why it could not be read at all (not an xlsx). */
  grids: WorkbookGrids | null;
}

export type ProposalStatus = 'accepted' | 'review' | 'returned';

export interface Verdict {
  status: ProposalStatus;
  reasons: string[];
}

export interface FileReport {
  file: string;
  agency: string;
  ok: boolean;
  storedCode: string;
  recomputedCode: string | null;
  rows: number;
  accepted: number;
  review: number;
  returned: number;
  late: number | null;
  findings: UpwardFinding[];
}

export interface Reply {
  file: string;
  agency: string;
  models: SheetModel[];
}

export interface RollupResult {
  meta: UpwardMeta;
  rows: RowValues[];
  models: SheetModel[];
  replies: Reply[];
  files: FileReport[];
  findings: UpwardFinding[];
  /** Per file, per data row (its index among the file's rows): the verdict. */
  verdicts: Map<string, Verdict[]>;
}

interface UpperRules {
  file: string;
  campaign: Campaign | null;
  titles: TitleRule[];
  units: Unit[];
  history: AwardRecord[];
  /** Council vote share needed per title key, from a `Tỷ lệ phiếu` column of `Danh hiệu`. */
  votes: Map<string, number>;
}

function tr(L: Lang, vi: string, en: string): string {
  return L === 'vi' ? vi : en;
}

export function readUpperRules(book: WorkbookGrids, file: string, lang: Lang): { rules: UpperRules | null; findings: UpwardFinding[] } {
  const log = new FindingLog(lang);
  const get = (id: string) => book.sheets.find((s) => configSheetId(s.name) === id);
  const titlesGrid = get('titles');
  if (!titlesGrid) return { rules: null, findings: [upwardFinding('UPWARD_RULES_UNUSABLE', { reason: tr(lang, 'không có sheet "Danh hiệu"', 'no "Danh hiệu" sheet') }, lang, { file })] };
  const campaignGrid = get('campaign');
  const campaign = campaignGrid ? readCampaign(campaignGrid, log).campaign : null;
  const titles = readTitles(titlesGrid, null, log);
  const units = get('units') ? readUnits(get('units')!, log) : [];
  const history = get('history') ? readHistory(get('history')!, log) : [];
  const votes = new Map<string, number>();
  const vt = openTable(titlesGrid, [{ id: 'name', label: 'Danh hiệu', aliases: ['danh hieu hinh thuc', 'danh hieu', 'hinh thuc', 'hinh thuc khen thuong'] }, { id: 'vote', label: 'Tỷ lệ phiếu tối thiểu', aliases: ['ty le phieu toi thieu', 'ty le phieu', 'ty le phieu bau', 'phieu bau toi thieu', 'nguong bieu quyet', 'bieu quyet toi thieu'] }], ['name'], new FindingLog(lang));
  if (vt?.cols.has('vote')) {
    // A share as shown: 0,9 formatted as a percentage is 90, as `Danh hiệu` reads it.
    const voteCol = vt.cols.get('vote')!;
    const percent = new Set((titlesGrid.special ?? []).filter((x) => x.kind === 'percent' && x.col === voteCol).map((x) => x.row));
    for (let r = vt.headerRow + 1; r < titlesGrid.rows.length; r++) {
      const p = readShare(vt.get(r, 'vote'), percent.has(r));
      if (p.kind === 'share') votes.set(fold(String(vt.get(r, 'name') ?? '')), p.value);
    }
  }
  const findings = log.items.map((f) => ({ ...f, file }));
  return { rules: { file, campaign, titles, units, history, votes }, findings };
}

const UNCHECKABLE = new Set<Condition['type']>(['criterion', 'memberShareTitle', 'memberShareRating', 'hasMember', 'noMemberDiscipline', 'daysOff', 'monthsWorked']);

interface Item {
  file: string;
  fileIndex: number;
  read: ReadRow;
  index: number;
  v: RowValues;
  verdict: Verdict;
  cand: Candidate;
  /** Past titles: year → title keys (not thematic). */
  titleYears: Map<string, Set<number>>;
  /** Title keys held this year (the agency decided them in the same round). */
  thisYear: Set<string>;
  where: string;
}

function prereqs(v: RowValues, year: number | null): { years: Map<string, Set<number>>; now: Set<string> } {
  const years = new Map<string, Set<number>>();
  const now = new Set<string>();
  for (const part of text(v, 'prerequisites').split(/;\s*/)) {
    const m = /^(\d{4}):\s*(.+?)(?:\s+\([^)]*\))?(\s+\[[^\]]*\])?$/.exec(part.trim());
    if (!m) continue;
    const y = Number(m[1]);
    const key = fold(m[2]);
    if (y === year) now.add(key);
    if (m[3]) continue; // thematic or one-off: not a consecutive-year title (NĐ 152/2025)
    let set = years.get(key);
    if (!set) years.set(key, (set = new Set()));
    set.add(y);
  }
  return { years, now };
}

function keyMatches(have: string, want: string): boolean {
  return have === want || initials(have) === initials(want) || have.replace(/[^a-z0-9]/g, '') === want.replace(/[^a-z0-9]/g, '');
}

function candidateOf(v: RowValues, index: number, sheet: string, row: number, col: number): Candidate {
  const kind = kindOfText(text(v, 'kind')) === 'individual' ? 'individual' : 'collective';
  const dob = parseDate(text(v, 'dob'));
  const total = typeof v.total === 'number' ? v.total : 0;
  void total;
  return {
    id: `${index}`,
    index,
    kind,
    name: text(v, 'name'),
    nameKey: nameKey(text(v, 'name')),
    sheet,
    row,
    nameRef: { sheet, row, col },
    staffCode: text(v, 'personId') || null,
    dob: dob.kind === 'date' ? dob.iso : null,
    position: text(v, 'position'),
    unitName: text(v, 'unit'),
    unitKey: matchKey(text(v, 'agency')),
    block: '',
    rating: parseRating(text(v, 'rating')),
    ratingRef: null,
    initiatives: typeof v.initiatives === 'number' ? v.initiatives : 0,
    discipline: parseDiscipline(text(v, 'discipline')),
    daysOff: null,
    maternityDays: null,
    monthsWorked: null,
    statedTotal: null,
    statedTotalRef: null,
    statedAppraisedTotal: null,
    statedAppraisedTotalRef: null,
    requestedTitles: [],
    requestedRef: null,
    evidence: '',
    evidenceRef: null,
    evidenceByItem: null,
    // The upward file carries totals, not criterion scores: conditions on criteria are not checked.
    scores: null as unknown as ItemScores,
    note: '',
  };
}

function breakdown(total: number): ScoreBreakdown {
  return { contribution: { get: () => undefined }, scored: total, bonusRaw: 0, bonus: 0, deductions: 0, total, selfTotal: total, selfPlainSum: total, hasAppraisal: false, belowFloor: [] };
}

function mark(it: Item, status: ProposalStatus, reason: string): void {
  const order: Record<ProposalStatus, number> = { accepted: 0, review: 1, returned: 2 };
  if (order[status] > order[it.verdict.status]) it.verdict.status = status;
  if (!it.verdict.reasons.includes(reason)) it.verdict.reasons.push(reason);
}

export interface RollupOptions {
  lang: Lang;
  now: string;
  version: string;
  rulesBook?: { file: string; grids: WorkbookGrids } | null;
  agency?: string;
}

/** One file read and verified: hosts call it as each file arrives, so its grids can go at once. */
export function verifyInput(inp: RollupInput, lang: Lang): UpwardRead {
  return inp.grids ? readUpwardFile(inp.grids, inp.file, lang) : { ok: false, file: inp.file, meta: null, findings: [upwardFinding('UPWARD_NOT_XLSX', {}, lang, { file: inp.file })], recomputedCode: null };
}

export function rollup(inputs: readonly RollupInput[], o: RollupOptions): RollupResult {
  return rollupReads(
    inputs.map((i) => verifyInput(i, o.lang)),
    o,
  );
}

/** The roll-up of files already read and verified (`verifyInput`), in the order received. */
export function rollupReads(reads: readonly UpwardRead[], o: RollupOptions): RollupResult {
  const L = o.lang;
  const findings: UpwardFinding[] = [];
  let rules: UpperRules | null = null;
  if (o.rulesBook) {
    const r = readUpperRules(o.rulesBook.grids, o.rulesBook.file, L);
    rules = r.rules;
    findings.push(...r.findings);
  }

  // Campaign and year: the ones most files share (or the upper level's own), others refused.
  const refKey = (m: UpwardMeta) => `${fold(m.campaign)}|${m.year ?? ''}`;
  const tally = new Map<string, { n: number; meta: UpwardMeta }>();
  for (const r of reads) if (r.ok) tally.set(refKey(r.meta), { n: (tally.get(refKey(r.meta))?.n ?? 0) + 1, meta: r.meta });
  let ref = [...tally.values()].sort((a, b) => b.n - a.n)[0]?.meta ?? null;
  if (rules?.campaign?.year) {
    const own = [...tally.values()].find((t) => t.meta.year === rules!.campaign!.year);
    if (own) ref = own.meta;
  }
  const accepted = reads.map((r) => {
    if (!r.ok || !ref || refKey(r.meta) === refKey(ref)) return r;
    const f = upwardFinding('UPWARD_CAMPAIGN_MISMATCH', { campaign: r.meta.campaign, year: r.meta.year ?? '', other: ref.campaign, otherYear: ref.year ?? '' }, L, { file: r.file, sheet: UPWARD_SHEETS.cover });
    return { ok: false as const, file: r.file, meta: r.meta, findings: [...r.findings, f], recomputedCode: r.recomputedCode };
  });
  const year = rules?.campaign?.year ?? ref?.year ?? null;

  // Every proposal of every file that passed, with what the rules need to know of it.
  const items: Item[] = [];
  accepted.forEach((r, fileIndex) => {
    if (!r.ok) return;
    const nameCol = 4;
    r.rows.forEach((row, index) => {
      const p = prereqs(row.values, year);
      items.push({
        file: r.file,
        fileIndex,
        read: row,
        index,
        v: row.values,
        verdict: { status: 'accepted', reasons: [] },
        cand: candidateOf(row.values, items.length, UPWARD_SHEETS.data, row.sheetRow, nameCol),
        titleYears: p.years,
        thisYear: p.now,
        where: `${r.file}!${UPWARD_SHEETS.data}!${a1(row.sheetRow, nameCol)}`,
      });
    });
  });

  // Across files: the same person twice, one achievement for two forms.
  findDuplicates(items, L, findings);
  if (rules) applyRules(items, rules, year, L, findings, accepted);

  // Reports per file.
  const verdicts = new Map<string, Verdict[]>();
  const perFile = new Map<string, Item[]>();
  for (const it of items) push(perFile, it.file, it);
  const files: FileReport[] = accepted.map((r) => {
    const mine = perFile.get(r.file) ?? [];
    verdicts.set(r.file, mine.map((i) => i.verdict));
    const lateF = findings.find((f) => f.code === 'UPWARD_LATE' && f.file === r.file);
    return {
      file: r.file,
      agency: r.meta?.agency ?? '',
      ok: r.ok,
      storedCode: r.meta?.checkCode ?? '',
      recomputedCode: r.recomputedCode,
      rows: r.ok ? r.rows.length : (r.meta?.rows ?? 0),
      accepted: mine.filter((i) => i.verdict.status === 'accepted').length,
      review: mine.filter((i) => i.verdict.status === 'review').length,
      returned: mine.filter((i) => i.verdict.status === 'returned').length,
      late: lateF ? Number(/\((\d+)/.exec(lateF.message)?.[1] ?? 0) : null,
      findings: [...r.findings, ...findings.filter((f) => f.file === r.file)],
    };
  });
  const allFindings = [...accepted.flatMap((r) => r.findings), ...findings];

  // The upper level's own upward workbook: the proposals not returned, provenance kept.
  const titleOrder = new Map((rules?.titles ?? []).map((t, i) => [t.key, i] as const));
  const formRank = new Map<string, number>();
  const rankOf = (it: Item) => {
    const f = text(it.v, 'form');
    let r = formRank.get(f);
    if (r === undefined) formRank.set(f, (r = titleOrder.get(fold(f)) ?? 99));
    return r * 4 + kindRank(it.v);
  };
  const kept = items
    .filter((i) => i.verdict.status !== 'returned')
    .map((it) => ({ it, k: rankOf(it) }))
    .sort((a, b) => (a.k & 3) - (b.k & 3) || a.k - b.k || a.it.fileIndex - b.it.fileIndex || a.it.index - b.it.index)
    .map((x) => x.it);
  const rows = kept.map((i) =>
    sealRow({
      ...i.v,
      format: FORMAT,
      sourceFile: i.file,
      sourceSheet: UPWARD_SHEETS.data,
      sourceCell: a1(i.read.sheetRow, 4),
      chain: `${i.where} ← ${text(i.v, 'chain')}`,
      status: i.verdict.status === 'accepted' ? tr(L, 'Đồng ý trình', 'Accepted') : `${tr(L, 'Xem xét', 'Review')}: ${i.verdict.reasons.join('; ')}`,
    }),
  );
  const okMetas = accepted.filter((r) => r.ok).map((r) => r.meta!);
  const agency = o.agency || rules?.campaign?.organizer || tr(L, 'Cấp tổng hợp', 'Consolidating level');
  const meta = sealMeta(
    { agency, campaign: ref?.campaign ?? rules?.campaign?.name ?? '', year, madeAt: o.now, version: o.version, source: reads.map((r) => r.file).join('; '), level: Math.max(0, ...okMetas.map((m) => m.level)) + 1, lang: L },
    rows,
  );
  // The code table: the defaults for these rows, with the edits found in the files and the rules book.
  const edits = new Map<string, { type: string; value: string; target: string }>();
  const keyOf = (e: { type: string; value: string }) => `${fold(e.type)}|${fold(e.value)}`;
  for (const e of defaultCodes(rows)) edits.set(keyOf(e), e);
  for (const r of accepted) if (r.ok) for (const e of r.codes) if (edits.has(keyOf(e))) edits.set(keyOf(e), e);
  const rulesCodes = o.rulesBook?.grids.sheets.find((s) => fold(s.name) === fold(UPWARD_SHEETS.codes));
  if (rulesCodes) for (const e of readCodesFrom(rulesCodes)) edits.set(keyOf(e), e);
  const models = assembleWorkbook(meta, rows, {
    summary: buildRollupSummary(meta, files, L),
    findings: buildFindingList(allFindings, L, tr(L, 'KẾT QUẢ KIỂM TRA HỒ SƠ CÁC CƠ QUAN', 'CHECKS OF THE AGENCIES\' FILES')),
    codes: [...edits.values()],
  });
  const replies = accepted.map((r, i) => ({ file: r.file, agency: files[i].agency || r.file, models: [buildReply(meta, r, perFile.get(r.file) ?? [], files[i], L)] }));
  return { meta, rows, models, replies, files, findings: allFindings, verdicts };
}

function readCodesFrom(g: SheetGrid) {
  return readCodesGrid(g.rows);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

function kindRank(v: RowValues): number {
  const k = kindOfText(text(v, 'kind'));
  return k === 'collective' ? 0 : k === 'household' ? 1 : 2;
}

function idKey(v: RowValues): string {
  return fold(text(v, 'personId')).replace(/[^a-z0-9]/g, '');
}

/**
 * The same person in two agencies' files, and one achievement for two forms. Rows are grouped by
 * name, then by identity (citizen or staff ID where both have one, else date of birth), so each
 * row is compared with its own cluster only; each row gets one finding naming the other side.
 */
function findDuplicates(items: Item[], L: Lang, out: UpwardFinding[]): void {
  const agencyKey = new Map<Item, string>();
  for (const it of items) agencyKey.set(it, `${it.file}|${matchKey(text(it.v, 'agency'))}`);
  const clusters = new Map<string, Item[]>();
  const undated = new Map<string, Item[]>();
  for (const it of items) {
    const person = it.cand.kind === 'individual';
    if (!person) {
      // Collectives are told apart by their agency: every agency has a "Văn phòng".
      push(clusters, `c|${it.cand.nameKey}|${agencyKey.get(it)}`, it);
      continue;
    }
    const id = idKey(it.v);
    if (it.cand.dob) push(clusters, `p|${it.cand.nameKey}|${it.cand.dob}`, it);
    else if (id) push(clusters, `id|${id}`, it);
    else push(undated, it.cand.nameKey, it);
  }
  // Without a date of birth or an ID, a name alone cannot tell one person from two: warned.
  const byName = new Map<string, Item[]>();
  for (const list of clusters.values()) if (list[0].cand.kind === 'individual') push(byName, list[0].cand.nameKey, list[0]);
  for (const [name, list] of undated) {
    const pool = [...list, ...(byName.get(name) ?? [])];
    for (const x of list) {
      const y = pool.find((o) => o !== x && agencyKey.get(o) !== agencyKey.get(x));
      if (y) out.push(upwardFinding('UPWARD_NAMESAKE', { name: x.cand.name, where: x.where, other: y.where }, L, { file: x.file, sheet: UPWARD_SHEETS.data, row: x.read.sheetRow, col: 4 }, { candidate: x.cand.name, unit: text(x.v, 'agency') }));
    }
  }
  for (const [key, list] of clusters) {
    if (list.length < 2) continue;
    const person = list[0].cand.kind === 'individual';
    const how = key.startsWith('id|') || (person && idKey(list[0].v)) ? tr(L, `cùng mã định danh ${text(list[0].v, 'personId')}`, `same ID ${text(list[0].v, 'personId')}`) : person ? tr(L, `cùng họ tên và ngày sinh ${isoToVi(list[0].cand.dob ?? '')}`, `same name and date of birth ${isoToVi(list[0].cand.dob ?? '')}`) : '';
    // Same name and date of birth but two different IDs: namesakes born the same day, kept apart.
    const same = (x: Item, o: Item) => !person || !idKey(x.v) || !idKey(o.v) || idKey(x.v) === idKey(o.v);
    // Per form, its rows: each row looks for a row of another form among a few forms, not all rows.
    const forms = new Map<string, Item[]>();
    for (const it of list) push(forms, fold(text(it.v, 'form')), it);
    const commendation = new Map([...forms.keys()].map((f) => [f, isCommendation(f)] as const));
    for (const x of list) {
      if (person) {
        const y = list.find((o) => agencyKey.get(o) !== agencyKey.get(x) && same(x, o));
        if (y) {
          out.push(upwardFinding('UPWARD_DUPLICATE_PERSON', { name: x.cand.name, where: x.where, other: y.where, how }, L, { file: x.file, sheet: UPWARD_SHEETS.data, row: x.read.sheetRow, col: 4 }, { candidate: x.cand.name, unit: text(x.v, 'agency') }));
          mark(x, 'review', tr(L, `cũng được ${text(y.v, 'agency')} đề nghị (${y.where})`, `also proposed by ${text(y.v, 'agency')} (${y.where})`));
        }
      }
      if (forms.size < 2) continue;
      const form = text(x.v, 'form');
      const fx = fold(form);
      let y: Item | undefined;
      for (const [f, rows] of forms) {
        if (f === fx || !(commendation.get(f) || commendation.get(fx))) continue;
        y = rows.find((o) => same(x, o));
        if (y) break;
      }
      if (y) {
        out.push(upwardFinding('UPWARD_TWO_FORMS', { name: x.cand.name, form, where: x.where, other: text(y.v, 'form'), otherWhere: y.where }, L, { file: x.file, sheet: UPWARD_SHEETS.data, row: x.read.sheetRow, col: 12 }, { candidate: x.cand.name, unit: text(x.v, 'agency') }));
        mark(x, 'review', tr(L, `một thành tích, hai hình thức (cả "${text(y.v, 'form')}")`, `one achievement, two forms (also "${text(y.v, 'form')}")`));
      }
    }
  }
}

function applyRules(items: Item[], rules: UpperRules, year: number | null, L: Lang, out: UpwardFinding[], reads: readonly UpwardRead[]): void {
  const byTitle = new Map<string, TitleRule>();
  for (const t of rules.titles) byTitle.set(t.key, t);
  const ruleOf = (form: string) => byTitle.get(fold(form)) ?? rules.titles.find((t) => keyMatches(t.key, fold(form)));
  const unitOf = (agency: string) => rules.units.find((u) => u.key === matchKey(agency) || (u.codeKey && u.codeKey === matchKey(agency)));
  const personRows = new Map<string, Item[]>();
  for (const it of items) {
    const k = `${it.cand.nameKey}|${it.cand.dob ?? ''}|${matchKey(text(it.v, 'agency'))}`;
    const l = personRows.get(k);
    if (l) l.push(it);
    else personRows.set(k, [it]);
  }
  const historyOf = new Map<string, AwardRecord[]>();
  for (const h of rules.history) if (h.dob) push(historyOf, `${h.nameKey}|${h.dob}`, h);
  const itemOf = new Map(items.map((i) => [i.cand.index, i] as const));
  const ctx: EvalContext = {
    lang: L,
    year,
    score: (c) => breakdown(typeof itemOf.get(c.index)!.v.total === 'number' ? (itemOf.get(c.index)!.v.total as number) : 0),
    hasTitle: (c, key) => {
      const it = itemOf.get(c.index)!;
      if ([...it.thisYear].some((k) => keyMatches(k, key))) return true;
      const same = personRows.get(`${c.nameKey}|${c.dob ?? ''}|${matchKey(text(it.v, 'agency'))}`) ?? [];
      return same.some((o) => o !== it && keyMatches(fold(text(o.v, 'form')), key));
    },
    members: () => [],
    titleYears: (c, key) => {
      if (!c.dob) return null;
      const it = itemOf.get(c.index)!;
      const years = new Set<number>();
      for (const [k, ys] of it.titleYears) if (keyMatches(k, key)) ys.forEach((y) => years.add(y));
      for (const h of historyOf.get(`${c.nameKey}|${c.dob}`) ?? []) if (!h.thematic && keyMatches(h.titleKey, key)) years.add(h.year);
      return years;
    },
  };
  const unchecked = new Map<string, { condition: string; form: string; count: number; file: string }>();
  const voteMissing = new Map<string, { form: string; count: number; min: number; basis: string; file: string }>();
  for (const it of items) {
    const form = text(it.v, 'form');
    const rule = ruleOf(form);
    const at = { file: it.file, sheet: UPWARD_SHEETS.data, row: it.read.sheetRow, col: 12 };
    const who = { candidate: it.cand.name, unit: text(it.v, 'agency') };
    if (!rule) {
      out.push(upwardFinding('UPWARD_FORM_UNKNOWN', { name: it.cand.name, form }, L, at, who));
      mark(it, 'returned', tr(L, `hình thức "${form}" không thuộc danh mục của cấp trên`, `form "${form}" is not in the upper level's list`));
      continue;
    }
    if (rule.subject !== it.cand.kind) {
      const subject = rule.subject === 'individual' ? tr(L, 'cá nhân', 'individuals') : tr(L, 'tập thể', 'collectives');
      out.push(upwardFinding('UPWARD_SUBJECT_MISMATCH', { name: it.cand.name, kind: text(it.v, 'kind'), form, subject }, L, at, who));
      mark(it, 'returned', tr(L, 'không đúng đối tượng', 'not the right subject'));
      continue;
    }
    if (!rule.usable) {
      mark(it, 'review', tr(L, `quy định "${rule.name}" của cấp trên có lỗi (xem sheet "Danh hiệu"), chưa xét điều kiện`, `the upper level's "${rule.name}" rule has an error, conditions not checked`));
      continue;
    }
    const failed: string[] = [];
    const total = typeof it.v.total === 'number' ? it.v.total : 0;
    const minScore = rule.minScore;
    if (minScore !== null && !comparePoints(total, '>=', minScore)) failed.push(tr(L, `tổng điểm ${formatScoreAgainst(total, minScore, L)} < ${formatScore(minScore, L)}`, `total ${formatScoreAgainst(total, minScore, L)} < ${formatScore(minScore, L)}`));
    if (rule.minRating && !ratingAtLeast(it.cand.rating, rule.minRating)) failed.push(tr(L, `xếp loại ${it.cand.rating ?? 'chưa có'}, cần ${rule.minRating} trở lên`, `rated ${it.cand.rating ?? 'none'}, needs ${rule.minRating}`));
    for (const cond of rule.conditions) {
      if (UNCHECKABLE.has(cond.type)) {
        const k = `${it.file}|${rule.key}|${cond.text}`;
        const u = unchecked.get(k) ?? { condition: cond.text, form: rule.name, count: 0, file: it.file };
        u.count++;
        unchecked.set(k, u);
        continue;
      }
      const res = evaluate(cond, it.cand, ctx);
      if (!res.ok) failed.push(`${res.label}: ${res.detail}`);
    }
    if (failed.length) {
      out.push(upwardFinding('UPWARD_CONDITION_FAILED', { name: it.cand.name, form, detail: failed.join('; ') }, L, at, who));
      mark(it, 'returned', tr(L, `chưa đủ tiêu chuẩn: ${failed.join('; ')}`, `criteria not met: ${failed.join('; ')}`));
    }
    // The council vote the title needs.
    const min = rules.votes.get(rule.key) ?? defaultVoteRule(rule.name)?.minPercent ?? null;
    if (min !== null) {
      const basis = rules.votes.has(rule.key) ? tr(L, `"Danh hiệu" của cấp trên`, 'the upper level\'s "Danh hiệu"') : (defaultVoteRule(rule.name)?.basis ?? '');
      const share = parseVote(text(it.v, 'vote'));
      if (share === null) {
        const k = `${it.file}|${rule.key}`;
        const e = voteMissing.get(k) ?? { form: rule.name, count: 0, min, basis, file: it.file };
        e.count++;
        voteMissing.set(k, e);
      } else if (share < min) {
        out.push(upwardFinding('UPWARD_VOTE_LOW', { name: it.cand.name, vote: text(it.v, 'vote'), min, form, basis }, L, { ...at, col: 22 }, who));
        mark(it, 'returned', tr(L, `biểu quyết ${text(it.v, 'vote')} dưới ${min}%`, `vote ${text(it.v, 'vote')} below ${min}%`));
      }
    }
  }
  for (const u of unchecked.values()) out.push(upwardFinding('UPWARD_CONDITION_UNCHECKED', { condition: u.condition, form: u.form, count: u.count }, L, { file: u.file, sheet: UPWARD_SHEETS.data }));
  for (const v of voteMissing.values()) out.push(upwardFinding('UPWARD_VOTE_MISSING', { form: v.form, count: v.count, min: v.min, basis: v.basis }, L, { file: v.file, sheet: UPWARD_SHEETS.data }));

  // Agencies: known to the upper level, and on time against its Hạn nộp.
  for (const r of reads) {
    if (!r.ok) continue;
    if (rules.units.length === 0) break;
    const u = unitOf(r.meta.agency);
    if (!u) {
      out.push(upwardFinding('UPWARD_AGENCY_UNKNOWN', { agency: r.meta.agency }, L, { file: r.file, sheet: UPWARD_SHEETS.cover }));
      continue;
    }
    const received = u.receivedIso ?? (/^\d{4}-\d{2}-\d{2}/.test(r.meta.madeAt) ? r.meta.madeAt.slice(0, 10) : null);
    if (u.deadlineIso && received && received > u.deadlineIso) {
      const days = Math.round((Date.parse(received) - Date.parse(u.deadlineIso)) / 86400000);
      out.push(upwardFinding('UPWARD_LATE', { agency: r.meta.agency, received: isoToVi(received), deadline: isoToVi(u.deadlineIso), days }, L, u.receivedRef ? { file: rules.file, sheet: u.receivedRef.sheet, row: u.receivedRef.row, col: u.receivedRef.col } : { file: r.file, sheet: UPWARD_SHEETS.cover }));
      for (const it of items) if (it.file === r.file) mark(it, it.verdict.status, tr(L, `nộp muộn ${days} ngày`, `${days} day(s) late`));
    }
  }

  // Quotas per agency, block or province, in the upper level's rules.
  for (const rule of rules.titles) {
    if (rule.quotaPercent === null && rule.maxCount === null) continue;
    const mine = items.filter((i) => i.verdict.status !== 'returned' && ruleOf(text(i.v, 'form'))?.key === rule.key);
    const scopeOf = (it: Item) => (rule.scope === 'all' ? '' : rule.scope === 'unit' ? matchKey(text(it.v, 'agency')) : (unitOf(text(it.v, 'agency'))?.block ?? ''));
    const byScope = new Map<string, Item[]>();
    for (const it of mine) push(byScope, scopeOf(it), it);
    for (const [scopeKey, list] of byScope) {
      const scopeUnits = rules.units.filter((u) => rule.scope === 'all' || (rule.scope === 'unit' ? u.key === scopeKey : u.block === scopeKey));
      let limit = rule.maxCount !== null ? Math.floor(rule.maxCount) : Infinity;
      let basis = rule.maxCount !== null ? tr(L, `tối đa ${rule.maxCount}`, `at most ${rule.maxCount}`) : '';
      if (rule.quotaPercent !== null) {
        let base: number | null = null;
        if (rule.quotaBase?.kind === 'headcount' || !rule.quotaBase) base = scopeUnits.length && scopeUnits.every((u) => u.headcount !== null) ? scopeUnits.reduce((n, u) => n + (u.headcount ?? 0), 0) : null;
        else if (rule.quotaBase.kind === 'candidates') base = items.filter((i) => scopeOf(i) === scopeKey && i.cand.kind === rule.subject).length;
        else {
          const key = rule.quotaBase.key;
          base = items.filter((i) => scopeOf(i) === scopeKey && ([...i.thisYear].some((k) => keyMatches(k, key)) || keyMatches(fold(text(i.v, 'form')), key))).length;
        }
        if (base !== null) {
          const raw = (base * rule.quotaPercent) / 100;
          const rounded = rules.campaign?.quotaRounding === 'nearest' ? Math.floor(raw + 0.5) : Math.floor(Math.round(raw * 100) / 100);
          limit = Math.min(limit, rounded);
          basis = [basis, `${formatScore(rule.quotaPercent, L)}% × ${base} = ${formatScore(raw, L)} → ${rounded}`].filter(Boolean).join('; ');
        }
      }
      if (!Number.isFinite(limit) || list.length <= limit) continue;
      const label = rule.scope === 'all' ? tr(L, 'toàn tỉnh', 'whole province') : rule.scope === 'unit' ? text(list[0].v, 'agency') : tr(L, `khối ${scopeKey || '(chưa phân khối)'}`, `block ${scopeKey || '(none)'}`);
      out.push(upwardFinding('UPWARD_OVER_QUOTA', { form: rule.name, scope: label, count: list.length, limit, basis }, L, { file: list[0].file, sheet: UPWARD_SHEETS.data, row: list[0].read.sheetRow, col: 12 }));
      for (const it of list) mark(it, 'review', tr(L, `vượt chỉ tiêu "${rule.name}" (${label}: ${list.length} đề nghị, ${limit} suất)`, `over the "${rule.name}" quota (${label}: ${list.length} for ${limit})`));
    }
  }
}

/** `Tổng hợp` of the roll-up: each file received, its code, what came of it. */
function buildRollupSummary(meta: UpwardMeta, files: FileReport[], L: Lang): SheetModel {
  const b = new SheetBuilder(10);
  b.banner(tr(L, 'TỔNG HỢP HỒ SƠ ĐỀ NGHỊ CỦA CÁC CƠ QUAN', 'FILES RECEIVED FROM THE AGENCIES'), 'title');
  b.banner(campaignLine(meta), 'subtitle');
  b.blank();
  const h = b.row(
    L === 'vi'
      ? ['STT', 'Tệp', 'Cơ quan', 'Mã ghi trong tệp', 'Mã tính lại', 'Tiếp nhận', 'Số đề nghị', 'Đồng ý trình', 'Xem xét', 'Trả lại']
      : ['No.', 'File', 'Agency', 'Code in the file', 'Recomputed code', 'Received', 'Proposals', 'Accepted', 'Review', 'Returned'],
    'header',
  );
  files.forEach((f, i) => {
    const first = f.findings.find((x) => x.severity === 'error');
    const row = b.row([i + 1, f.file, f.agency, f.storedCode, f.recomputedCode ?? '', f.ok ? tr(L, 'Nhận', 'Accepted') : `${tr(L, 'Từ chối', 'Refused')}: ${first?.message ?? ''}`, f.rows, f.accepted, f.review, f.returned]);
    if (!f.ok) b.style(row, 5, row, 5, 'error');
  });
  const tot = (k: 'rows' | 'accepted' | 'review' | 'returned') => files.filter((f) => f.ok).reduce((n, f) => n + f[k], 0);
  b.row(['', tr(L, 'Tổng cộng', 'Total'), '', '', '', `${files.filter((f) => f.ok).length}/${files.length}`, tot('rows'), tot('accepted'), tot('review'), tot('returned')], 'total');
  b.style(h + 1, 0, b.next - 1, 9, 'cellWrap');
  return b.build({ id: 'summary', name: UPWARD_SHEETS.summary, columnWidths: [6, 24, 26, 22, 22, 40, 10, 10, 10, 10], freeze: { rows: h + 1, cols: 0 }, page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 } });
}

const STATUS_TEXT: Record<ProposalStatus, { vi: string; en: string }> = {
  accepted: { vi: 'Đồng ý trình', en: 'Accepted' },
  review: { vi: 'Tiếp nhận, cần xem xét', en: 'Received, to review' },
  returned: { vi: 'Trả lại', en: 'Returned' },
};

/** The answer to one agency: its file received or not, each proposal accepted or returned with the reason. */
function buildReply(meta: UpwardMeta, r: UpwardRead, items: Item[], report: FileReport, L: Lang): SheetModel {
  const b = new SheetBuilder(6);
  let row = b.row([meta.agency.toUpperCase(), '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  b.merge(row, 0, row, 2);
  b.merge(row, 3, row, 5);
  b.style(row, 0, row, 2, 'agency');
  b.style(row, 3, row, 5, 'motto');
  row = b.row(['', '', '', 'Độc lập - Tự do - Hạnh phúc']);
  b.merge(row, 3, row, 5);
  b.style(row, 3, row, 5, 'motto');
  b.blank();
  b.banner(tr(L, 'THÔNG BÁO KẾT QUẢ TIẾP NHẬN HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG', 'RESULT OF THE AWARD PROPOSAL REVIEW'), 'title');
  b.banner(campaignLine(meta), 'subtitle');
  b.banner(tr(L, `Kính gửi: ${report.agency || r.file}`, `To: ${report.agency || r.file}`), 'subtitle');
  b.banner(tr(L, `Tệp: ${r.file}; mã kiểm tra tính lại: ${report.recomputedCode ?? '—'} (mã ghi trong tệp: ${report.storedCode || '—'})`, `File: ${r.file}; recomputed code: ${report.recomputedCode ?? '—'} (code in the file: ${report.storedCode || '—'})`), 'italic');
  b.blank();
  if (!r.ok) {
    b.banner(tr(L, 'Hồ sơ không được tiếp nhận vì:', 'The file was not received because:'), 'section');
    for (const f of r.findings.filter((x) => x.severity === 'error').slice(0, 30)) {
      const x = b.banner(`- ${f.message}${f.sheet ? ` [${f.sheet}${f.cell ? '!' + f.cell : ''}]` : ''}`, 'wrap');
      void x;
    }
    b.banner(tr(L, 'Đề nghị cơ quan gửi lại hồ sơ đúng với bản đã ký.', 'Please send the file that matches the signed paper.'), 'italic');
  } else {
    const h = b.row(L === 'vi' ? ['STT', 'Họ và tên (tên tập thể)', 'Chức vụ, đơn vị', 'Hình thức đề nghị', 'Kết quả', 'Lý do'] : ['No.', 'Name', 'Position, unit', 'Form proposed', 'Result', 'Reason'], 'header');
    items.forEach((it, i) => {
      const where = it.cand.kind === 'individual' ? [text(it.v, 'position'), text(it.v, 'unit')].filter(Boolean).join(', ') : text(it.v, 'unit') !== it.cand.name ? text(it.v, 'unit') : '';
      const x = b.row([i + 1, it.cand.name, where, text(it.v, 'form'), L === 'vi' ? STATUS_TEXT[it.verdict.status].vi : STATUS_TEXT[it.verdict.status].en, it.verdict.reasons.join('; ')]);
      if (it.verdict.status === 'returned') b.style(x, 4, x, 4, 'error');
      else if (it.verdict.status === 'review') b.style(x, 4, x, 4, 'warning');
    });
    if (items.length) b.style(h + 1, 0, b.next - 1, 5, 'cellWrap');
    else b.banner(tr(L, 'Hồ sơ không có đề nghị nào.', 'The file holds no proposal.'), 'muted');
    b.blank();
    b.banner(tr(L, `Đồng ý trình: ${report.accepted}; tiếp nhận cần xem xét: ${report.review}; trả lại: ${report.returned}.`, `Accepted: ${report.accepted}; to review: ${report.review}; returned: ${report.returned}.`), 'italic');
  }
  b.blank();
  row = b.row(['', '', '', tr(L, 'THỦ TRƯỞNG CƠ QUAN', 'HEAD OF AGENCY')]);
  b.merge(row, 3, row, 5);
  b.style(row, 3, row, 5, 'signature');
  row = b.row(['', '', '', tr(L, '(Ký, ghi rõ họ tên, đóng dấu)', '(Signature, full name, seal)')]);
  b.merge(row, 3, row, 5);
  b.style(row, 3, row, 5, 'italic');
  return b.build({ id: 'upwardReply', name: tr(L, 'Trả lời', 'Reply'), columnWidths: [6, 26, 24, 22, 16, 40], page: { orientation: 'portrait', fitToWidth: true, font: 'Times New Roman', fontSize: 12 } });
}

