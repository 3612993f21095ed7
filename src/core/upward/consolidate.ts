import { EngineResult } from '../engine/run';
import { buildFindingsSheet, buildSummarySheet } from '../output/sheets';
import { SheetModel } from '../../sheet/sheetModel';
import { FORMAT, RowValues, UPWARD_SHEETS, UpwardMeta } from './format';
import { checkCode, contentHash } from './hash';
import { rowsFromResult, text } from './rows';
import { goesAbove } from './forms';
import { buildCodesSheet, buildCover, buildDataSheet, buildExportSheet, buildMetaSheet, buildProposalLists, buildStatsSheet, codeTableOf, defaultCodes } from './sheets';

/**
 * `thidua consolidate` and the pane's Gửi cấp trên: a NEW workbook with the agency's proposals
 * for the upper level's forms (never a copy of the agency's book: no unit sheet, no personal
 * data beyond what a proposal needs).
 */
export interface UpwardWorkbook {
  meta: UpwardMeta;
  rows: RowValues[];
  models: SheetModel[];
}

export function sealMeta(head: Omit<UpwardMeta, 'rows' | 'contentHash' | 'checkCode' | 'format' | 'ownForms'> & { ownForms?: string }, rows: readonly RowValues[]): UpwardMeta {
  const meta = { ...head, ownForms: head.ownForms ?? '', format: FORMAT, rows: rows.length };
  const hash = contentHash(meta, rows.map((r) => text(r, 'rowHash')));
  return { ...meta, contentHash: hash, checkCode: checkCode(hash) };
}

/** Every sheet of an upward workbook, in order; the printed ones are built from rows and meta only. */
export function assembleWorkbook(meta: UpwardMeta, rows: readonly RowValues[], extra: { summary: SheetModel; findings: SheetModel; codes?: { type: string; value: string; target: string }[] }): SheetModel[] {
  const codes = extra.codes ?? defaultCodes(rows);
  return [
    buildCover(meta, rows),
    ...buildProposalLists(meta, rows).models,
    { ...extra.summary, name: UPWARD_SHEETS.summary },
    { ...extra.findings, name: UPWARD_SHEETS.findings },
    buildDataSheet(rows, meta.lang),
    buildStatsSheet(meta, rows),
    buildExportSheet(rows, codeTableOf(codes)),
    buildCodesSheet(codes, meta.lang),
    buildMetaSheet(meta),
  ];
}

/** The agency's own titles of the round (Lao động tiên tiến, Chiến sĩ thi đua cơ sở…) with their counts. */
function ownForms(r: EngineResult): string {
  const counts = new Map<string, number>();
  for (const c of r.candidates) for (const d of r.decisions.get(c.id) ?? []) if (d.status === 'proposed' && !goesAbove(d.title, 0)) counts.set(`${d.title}|${c.kind}`, (counts.get(`${d.title}|${c.kind}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}|${n}`).join('; ');
}

export function consolidate(r: EngineResult, o: { sourceFile: string; now: string; version: string; agency?: string }): UpwardWorkbook {
  const agency = o.agency || r.campaign?.organizer || o.sourceFile;
  const rows = rowsFromResult(r, { sourceFile: o.sourceFile, agency });
  const meta = sealMeta({ agency, campaign: r.campaign?.name ?? '', year: r.campaign?.year ?? null, madeAt: o.now, version: o.version, source: o.sourceFile, level: 0, lang: r.lang, ownForms: ownForms(r) }, rows);
  // The findings sheet links to the agency's own sheets, which this workbook does not hold.
  const findings = { ...buildFindingsSheet(r), links: [] };
  return { meta, rows, models: assembleWorkbook(meta, rows, { summary: buildSummarySheet(r), findings }) };
}
