import { campaignOrder } from './engine/rank';
import { WorkbookGrids } from '../sheet/grid';
import { Lang } from './model';
import { EngineResult, runEngine } from './engine/run';
import { GENERATED_SHEETS } from './config/sheetNames';
import { OutputOptions, PROPOSAL_NOTES_COL, buildOutputSheets, isGeneratedNote, proposalNoteKey } from './output/sheets';
import { OwnConflict, needsConsent } from './ownership/marker';
import { finishModels } from '../sheet/capText';
import { SheetGrid, cellText } from '../sheet/grid';
import { applyNames, resolveOutputNames, sheetNames } from './output/names';
import { SheetModel } from '../sheet/sheetModel';
import { explainCandidate, proposedTitles } from './output/explain';
import { Closing, buildClosing, closingSheetNames } from './closing/index';

/**
 * The one job every host runs: engine, then the generated sheets with names that never
 * overwrite a user sheet. Hosts only read grids before and write these models after.
 */
export interface JobResult {
  result: EngineResult;
  sheets: SheetModel[];
  /**
   * Generated sheets this run would replace that were edited by hand since they were written:
   * the write is blocked until the user agrees (CLI `--force`, the pane's confirm). Officer's
   * notes in `Đề nghị khen thưởng` are not edits: they are carried over. Empty with `models: false`
   * (nothing is written, so nothing is checked).
   */
  conflicts: OwnConflict[];
  /** Closing the year as laid out in the copy (`rank` on a usable book; the officer's register read). */
  closing?: Closing;
}

/**
 * `models: false` stops before the generated sheets are laid out (the costliest step after the
 * engine): for a look at the results that writes nothing, such as the task pane's status.
 */
export function runJob(
  book: WorkbookGrids,
  o: {
    lang?: Lang;
    action: 'validate' | 'rank';
    now: string;
    version: string;
    models?: boolean;
    /** The engine's result, findings complete, before the sheets are laid out (the pane shows it meanwhile). */
    onEngine?(result: EngineResult): void;
  },
): JobResult {
  const result = runEngine(book, { lang: o.lang });
  // Closing the year (decisions, money, certificates, report) goes with every ranking; laid out
  // below, its names reserved here with the others'.
  const closingNames = o.action === 'rank' && result.usable ? closingSheetNames(result) : [];
  const wanted = o.action === 'rank' ? [...Object.values(GENERATED_SHEETS), ...closingNames] : [GENERATED_SHEETS.findings, GENERATED_SHEETS.log];
  const { names, findings } = resolveOutputNames(sheetNames(book), result.ownSheets, wanted, result.lang);
  result.findings.push(...findings);
  // Nothing will be written: the own sheets' content is not fingerprinted (the ownership is lazy).
  if (o.models === false) return { result, sheets: [], conflicts: [] };
  o.onEngine?.(result);
  const writing = new Set([...names.values()]);
  const conflicts = result.ownership.conflicts.filter((c) => needsConsent(c) && writing.has(c.name));
  const entryOf = (id: string) => result.ownership.marker.entries.find((e) => e.id === id && result.ownSheets.includes(e.name));
  const previous = (id: string): SheetGrid | null => {
    const entry = entryOf(id);
    return entry ? (book.sheets.find((s) => s.name === entry.name) ?? null) : null;
  };
  const previousProposal = previous('proposal');
  const previousNotes = previousProposal ? officerNotes(previousProposal, entryOf('proposal')?.toolNotes) : undefined;
  const opts: OutputOptions = { now: o.now, action: o.action, version: o.version, previousLog: previous('log'), previousNotes };
  const models = buildOutputSheets(result, opts);
  const closing = closingNames.length > 0 ? buildClosing(result, { now: o.now, previousRegister: previous('closingRegister') }) : undefined;
  if (closing) {
    // After the minutes, before the log: the year closes on what the council decided.
    const at = models.findIndex((m) => m.id === 'log');
    models.splice(at < 0 ? models.length : at, 0, ...closing.sheets);
  }
  return { result, sheets: finishModels(applyNames(models, names)), conflicts, ...(closing ? { closing } : {}) };
}

/**
 * The notes typed in a previous `Đề nghị khen thưởng`, by candidate row (numbered rows with a name).
 * `toolNotes`: what the add-in wrote there, as its marker recorded it: any other text is the
 * officer's. Without the record (an older marker), the tool's notes are told by their wording.
 */
export function officerNotes(g: SheetGrid, toolNotes?: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const written = toolNotes ? new Set(toolNotes.map((t) => t.trim())) : null;
  const isTools = (note: string) => (written ? written.has(note) : isGeneratedNote(note));
  for (const row of g.rows) {
    if (!row || typeof row[0] !== 'number') continue;
    const note = cellText(row[PROPOSAL_NOTES_COL] ?? null).trim();
    if (!note || isTools(note) || !cellText(row[1] ?? null).trim()) continue;
    out.set(proposalNoteKey(row[1] ?? null, row[2] ?? null, row[3] ?? null), cellText(row[PROPOSAL_NOTES_COL] ?? null));
  }
  return out;
}

/** The `--json` report of the command line: stable keys, A1 cells, titles as written in `Danh hiệu`. */
export interface JsonReport {
  campaign: { name: string; year: number | null } | null;
  candidates: {
    name: string;
    unit: string;
    sheet: string;
    row: number;
    total: number;
    rank: number;
    ranks: { campaign: number; block: number | null; unit: number };
    kind: 'individual' | 'collective';
    titles: string[];
    tiedAtQuota: string[];
    /** Why each title was or was not proposed: `rank` only (see toJsonReport). */
    explanation?: string;
  }[];
  findings: { severity: 'error' | 'warning'; code: string; sheet: string; cell: string; message: string; fix: string; unit: string; candidate: string }[];
  skippedSheets: { sheet: string; reason: string }[];
  fingerprint: string;
}

/**
 * `explanations`: each candidate's reasons per title, as `Xếp hạng` words them. `rank` prints them;
 * `validate` reports the check, and on the province book the reasons would be 18 of its 20 MB.
 */
export function toJsonReport(r: EngineResult, o: { explanations: boolean }): JsonReport {
  // Individuals first, then by the widest scope's rank, then in the campaign list's order: each
  // candidate's keys are looked up once, not on every comparison.
  const listed = new Int32Array(r.candidates.length);
  for (const kind of ['individual', 'collective'] as const) campaignOrder(r.ranking, kind).forEach((c, i) => (listed[c.index] = i));
  // By the candidate's place in the run (`at`), not by id: no id index is built for the report.
  const keyed = r.candidates.map((c) => ({ c, kind: c.kind === 'individual' ? 0 : 1, rank: widest(c, r.ranking.positions.at(c)), listed: listed[c.index] }));
  keyed.sort((a, b) => a.kind - b.kind || a.rank - b.rank || a.listed - b.listed);
  const order = keyed.map((k) => k.c);
  return {
    campaign: r.campaign ? { name: r.campaign.name, year: r.campaign.year } : null,
    candidates: order.map((c) => {
      const p = r.ranking.positions.at(c);
      return {
        name: c.name,
        unit: c.unitName,
        sheet: c.sheet,
        row: c.row + 1,
        total: r.scores.at(c).total,
        rank: widest(c, p),
        ranks: { campaign: p.all.rank, block: c.block ? p.block.rank : null, unit: p.unit.rank },
        kind: c.kind,
        titles: proposedTitles(r, c),
        tiedAtQuota: r.decisions
          .at(c)
          .filter((d) => d.status === 'tiedAtQuota')
          .map((d) => d.title),
        ...(o.explanations ? { explanation: explainCandidate(r, c) } : {}),
      };
    }),
    findings: r.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      message: f.message,
      fix: f.fix,
      unit: f.unit,
      candidate: f.candidate,
    })),
    skippedSheets: r.skipped.map((s) => ({ sheet: s.sheet, reason: s.reason })),
    fingerprint: r.fingerprint,
  };
}

/**
 * The rank in the widest scope the candidate competes in: collectives of an emulation block
 * compete within their block (domain §5), everyone else across the whole campaign.
 */
function widest(c: EngineResult['candidates'][number], p: { all: { rank: number }; block: { rank: number } }): number {
  return c.kind === 'collective' && c.block ? p.block.rank : p.all.rank;
}
