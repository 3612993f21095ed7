/**
 * `thidua rollup` and the pane's roll-up mode: the upper level receives many upward files,
 * verifies each, checks every proposal against its own rules where it gives them, finds the
 * person two agencies propose, and makes its own upward workbook (same format, so it rolls up
 * again), a reply per agency and the statistics.
 */

import { SheetGrid, a1 } from '../../../sheet/grid';
import { Lang } from '../../model';
import { t } from '../../i18n/words';
import { fold } from '../../text/normalize';
import { FORMAT, RowValues, UPWARD_SHEETS, UpwardMeta } from '../format';
import { UpwardFinding, UpwardRead, readUpwardFile, upwardFinding } from '../read';
import { kindOfText, sealRow, text } from '../rows';
import { assembleWorkbook, sealMeta } from '../consolidate';
import { buildFindingList, defaultCodes, readCodesGrid } from '../sheets';
import { oneSubmissionEach, statusBelow } from '../dossiers';
import { findDuplicates } from './duplicates';
import { candidateOf, mark, prereqs, push } from './proposals';
import { applyRules, readUpperRules } from './rules';
import { buildReply, buildRollupSummary } from './sheets';
import { FileReport, Item, RollupInput, RollupOptions, RollupResult, UpperRules, Verdict } from './types';
import { ROLLUP_WORDS } from './words';

export * from './types';
export { readUpperRules } from './rules';

/** One file read and verified: hosts call it as each file arrives, so its grids can go at once. */
export function verifyInput(inp: RollupInput, lang: Lang): UpwardRead {
  return inp.grids
    ? readUpwardFile(inp.grids, inp.file, lang)
    : { ok: false, file: inp.file, meta: null, findings: [upwardFinding('UPWARD_NOT_XLSX', {}, lang, { file: inp.file })], recomputedCode: null };
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
  // One submission per dossier (check code + agency), the newer of an agency's two.
  reads = oneSubmissionEach(reads, L);
  const tally = new Map<string, { n: number; meta: UpwardMeta }>();
  for (const r of reads) if (r.ok) tally.set(refKey(r.meta), { n: (tally.get(refKey(r.meta))?.n ?? 0) + 1, meta: r.meta });
  let ref = [...tally.values()].sort((a, b) => b.n - a.n)[0]?.meta ?? null;
  if (rules?.campaign?.year) {
    const own = [...tally.values()].find((t) => t.meta.year === rules!.campaign!.year);
    if (own) ref = own.meta;
  }
  const accepted = reads.map((r) => {
    if (!r.ok || !ref || refKey(r.meta) === refKey(ref)) return r;
    const f = upwardFinding(
      'UPWARD_CAMPAIGN_MISMATCH',
      { campaign: r.meta.campaign, year: r.meta.year ?? '', other: ref.campaign, otherYear: ref.year ?? '' },
      L,
      { file: r.file, sheet: UPWARD_SHEETS.cover },
    );
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
      const it: Item = {
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
      };
      // A roll-up rolled up again: what the level below said stays said.
      const below = statusBelow(text(row.values, 'status'));
      if (below) {
        for (const reason of below) mark(it, 'review', reason);
        findings.push(
          upwardFinding(
            'UPWARD_REVIEW_BELOW',
            { name: it.cand.name, where: it.where, reasons: below.join('; ') },
            L,
            { file: r.file, sheet: UPWARD_SHEETS.data, row: row.sheetRow, col: nameCol },
            { candidate: it.cand.name, unit: text(row.values, 'agency') },
          ),
        );
      }
      items.push(it);
    });
  });

  // Across files: the same person twice, one achievement for two forms.
  findDuplicates(items, L, findings);
  if (rules) applyRules(items, rules, year, L, findings, accepted);

  // Reports per file.
  const verdicts = new Map<string, Verdict[]>();
  // By the file's place in the list: two files may share a name.
  const perFile = new Map<number, Item[]>();
  for (const it of items) push(perFile, it.fileIndex, it);
  const files: FileReport[] = accepted.map((r, fileIndex) => {
    const mine = perFile.get(fileIndex) ?? [];
    if (r.ok || !verdicts.has(r.file))
      verdicts.set(
        r.file,
        mine.map((i) => i.verdict),
      );
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
      findings: [...r.findings, ...(r.ok ? findings.filter((f) => f.file === r.file) : [])],
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
      status:
        i.verdict.status === 'accepted' ? t(ROLLUP_WORDS, L, 'statusAccepted') : t(ROLLUP_WORDS, L, 'statusReview', { reasons: i.verdict.reasons.join('; ') }),
    }),
  );
  const okMetas = accepted.filter((r) => r.ok).map((r) => r.meta!);
  const agency = o.agency || rules?.campaign?.organizer || t(ROLLUP_WORDS, L, 'upperLevel');
  const meta = sealMeta(
    {
      agency,
      campaign: ref?.campaign ?? rules?.campaign?.name ?? '',
      year,
      madeAt: o.now,
      version: o.version,
      source: reads.map((r) => r.file).join('; '),
      level: Math.max(0, ...okMetas.map((m) => m.level)) + 1,
      lang: L,
    },
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
    findings: buildFindingList(allFindings, L, t(ROLLUP_WORDS, L, 'findingsTitle')),
    codes: [...edits.values()],
  });
  const replies = accepted.map((r, i) => ({
    file: r.file,
    agency: files[i].agency || r.file,
    models: [buildReply(meta, r, perFile.get(i) ?? [], files[i], L)],
  }));
  return { meta, rows, models, replies, files, findings: allFindings, verdicts };
}

function readCodesFrom(g: SheetGrid) {
  return readCodesGrid(g.rows);
}

function kindRank(v: RowValues): number {
  const k = kindOfText(text(v, 'kind'));
  return k === 'collective' ? 0 : k === 'household' ? 1 : 2;
}
