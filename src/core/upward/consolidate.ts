import { EngineResult } from '../engine/run';
import { buildFindingsSheet, buildSummarySheet } from '../output/sheets';
import { SheetModel } from '../../sheet/sheetModel';
import { FORMAT, RowValues, UPWARD_SHEETS, UpwardMeta } from './format';
import { checkCode, contentHash } from './hash';
import { rowsFromResult, text } from './rows';
import { decidedByAgency } from '../law/authority';
import { CHANNELS, Channel } from '../law/channels';
import { decisionDateOf } from './rows';
import {
  buildCodesSheet,
  buildCover,
  buildDataSheet,
  buildExportSheet,
  buildMetaSheet,
  buildProposalLists,
  buildStatsSheet,
  codeTableOf,
  defaultCodes,
} from './sheets';

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

export function sealMeta(
  head: Omit<UpwardMeta, 'rows' | 'contentHash' | 'checkCode' | 'format' | 'ownForms'> & { ownForms?: string },
  rows: readonly RowValues[],
): UpwardMeta {
  const meta = { ...head, ownForms: head.ownForms ?? '', format: FORMAT, rows: rows.length };
  const hash = contentHash(
    meta,
    rows.map((r) => text(r, 'rowHash')),
  );
  return { ...meta, contentHash: hash, checkCode: checkCode(hash) };
}

/** Every sheet of an upward workbook, in order; the printed ones are built from rows and meta only. */
export function assembleWorkbook(
  meta: UpwardMeta,
  rows: readonly RowValues[],
  extra: { summary: SheetModel; findings: SheetModel; codes?: { type: string; value: string; target: string }[] },
): SheetModel[] {
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
  const date = decisionDateOf(r);
  for (const c of r.candidates)
    for (const d of r.decisions.get(c.id) ?? [])
      if (d.status === 'proposed' && decidedByAgency(d.title, date)) counts.set(`${d.title}|${c.kind}`, (counts.get(`${d.title}|${c.kind}`) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k}|${n}`).join('; ');
}

/**
 * One dossier per upward channel (law/channels.ts): the province's always, the ministry's when some
 * proposal goes to it (Circular 15/2025/TT-BXD); same tamper-evident format, each sealed on its rows.
 */
export function consolidateChannels(
  r: EngineResult,
  o: { sourceFile: string; now: string; version: string; agency?: string },
): { channel: Channel; workbook: UpwardWorkbook }[] {
  return CHANNELS.map((channel) => ({ channel, workbook: consolidate(r, o, channel.id) })).filter((x, i) => i === 0 || x.workbook.rows.length > 0);
}

/** The dossier of one channel (the province's by default). */
export function consolidate(
  r: EngineResult,
  o: { sourceFile: string; now: string; version: string; agency?: string },
  channel: Channel['id'] = 'province',
): UpwardWorkbook {
  const agency = o.agency || r.campaign?.organizer || o.sourceFile;
  const rows = rowsFromResult(r, { sourceFile: o.sourceFile, agency, channel });
  const meta = sealMeta(
    {
      agency,
      campaign: r.campaign?.name ?? '',
      year: r.campaign?.year ?? null,
      madeAt: o.now,
      version: o.version,
      source: o.sourceFile,
      level: 0,
      lang: r.lang,
      ownForms: ownForms(r),
    },
    rows,
  );
  // The findings sheet links to the agency's own sheets, which this workbook does not hold.
  const findings = { ...buildFindingsSheet(r), links: [] };
  return { meta, rows, models: assembleWorkbook(meta, rows, { summary: buildSummarySheet(r), findings }) };
}
