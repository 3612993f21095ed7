/**
 * The pane's upward feature as plain TypeScript (tested without the DOM): Gửi cấp trên on the
 * open workbook, and the receiving level's roll-up of several files.
 */
import { Lang } from '../../../core/model';
import { WorkbookGrids } from '../../../sheet/grid';
import { runEngine } from '../../../core/engine/run';
import { consolidate } from '../../../core/upward/consolidate';
import { FileReport, rollupReads, verifyInput } from '../../../core/upward/rollup';
import { UpwardFinding, UpwardRead } from '../../../core/upward/read';
import { UpwardMeta } from '../../../core/upward/format';
import { SheetModel } from '../../../sheet/sheetModel';
import { WorkbookHost, WriteOutcome } from '../../../host/types';
import type { XlsxRunner } from '../../../host/file/browserFileHost';

export interface UpwardDeps {
  xlsx: XlsxRunner;
  lang: Lang;
  now(): string;
  version: string;
}

export class UpwardNotUsable extends Error {
  override name = 'UpwardNotUsable';
}

export interface SendOutcome {
  outcome: WriteOutcome;
  fileName: string;
  meta: UpwardMeta;
  proposals: number;
  openErrors: number;
}

/** "so-xay-dung-2025.xlsx" → "so-xay-dung-2025.gui-cap-tren.xlsx". */
export function upwardFileName(source: string): string {
  const base = (source || 'so-thi-dua').replace(/\.xlsx$/i, '');
  return `${base}.gui-cap-tren.xlsx`;
}

async function bytesOf(deps: UpwardDeps, models: SheetModel[]): Promise<Uint8Array> {
  const r = await deps.xlsx({ op: 'template', models });
  if (r.op === 'read') throw new Error('unexpected reply');
  return r.bytes;
}

/**
 * Gửi cấp trên: read the open book, run the engine (on the page: one pass, no sheets of the book
 * laid out), build the upward workbook and hand it to the host as a new workbook.
 */
export async function sendUpward(host: WorkbookHost, deps: UpwardDeps, grids?: WorkbookGrids): Promise<SendOutcome> {
  const book = grids ?? (await host.read({}));
  const result = runEngine(book, { lang: deps.lang });
  if (!result.usable) throw new UpwardNotUsable();
  const source = host.name() || book.source || '';
  const up = consolidate(result, { sourceFile: source || 'so-thi-dua.xlsx', now: deps.now(), version: deps.version });
  const fileName = upwardFileName(source);
  const outcome = await host.openNewWorkbook(fileName, await bytesOf(deps, up.models));
  return { outcome, fileName, meta: up.meta, proposals: up.rows.length, openErrors: result.findings.filter((f) => f.severity === 'error').length };
}

export interface PickedFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface RollupOutcome {
  meta: UpwardMeta;
  proposals: number;
  files: FileReport[];
  /** Findings across files: the person proposed twice, one achievement for two forms. */
  cross: UpwardFinding[];
  downloads: { fileName: string; bytes: Uint8Array; agency?: string }[];
  /** The language its findings are worded in: a language switch re-words them (`rewordRollup`). */
  lang: Lang;
  /** The files as read (null: not an xlsx) and the rules book, kept to re-word without reading again. */
  inputs: { file: string; grids: WorkbookGrids | null }[];
  rulesBook: { file: string; grids: WorkbookGrids } | null;
}

const CROSS = new Set(['UPWARD_DUPLICATE_PERSON', 'UPWARD_TWO_FORMS', 'UPWARD_NAMESAKE']);

/** The receiving level: several upward files (and optionally its rules book) → roll-up and replies. */
export async function rollupFiles(files: readonly PickedFile[], deps: UpwardDeps, rules?: PickedFile | null): Promise<RollupOutcome> {
  const read = async (f: PickedFile): Promise<WorkbookGrids | null> => {
    try {
      const r = await deps.xlsx({ op: 'read', bytes: f.bytes.slice(0), fileName: f.name });
      return r.op === 'read' ? r.grids : null;
    } catch {
      // Not an xlsx: the roll-up names the file and reads the others.
      return null;
    }
  };
  const reads: UpwardRead[] = [];
  const inputs: RollupOutcome['inputs'] = [];
  for (const f of files) {
    const input = { file: f.name, grids: await read(f) };
    inputs.push(input);
    reads.push(verifyInput(input, deps.lang));
  }
  const rulesGrids = rules ? await read(rules) : null;
  const rulesBook = rules && rulesGrids ? { file: rules.name, grids: rulesGrids } : null;
  const res = rollupReads(reads, { lang: deps.lang, now: deps.now(), version: deps.version, rulesBook });
  const downloads: RollupOutcome['downloads'] = [{ fileName: 'tong-hop.gui-cap-tren.xlsx', bytes: await bytesOf(deps, res.models) }];
  for (const [i, r] of res.replies.entries())
    downloads.push({
      fileName: `tra-loi-${String(i + 1).padStart(2, '0')}-${r.file.replace(/\.xlsx$/i, '')}.xlsx`,
      bytes: await bytesOf(deps, r.models),
      agency: r.agency,
    });
  return {
    meta: res.meta,
    proposals: res.rows.length,
    files: res.files,
    cross: res.findings.filter((f) => CROSS.has(f.code)),
    downloads,
    lang: deps.lang,
    inputs,
    rulesBook,
  };
}

/**
 * The roll-up's findings worded again in another language, from the files as read (nothing is
 * read again). The files made stay as they were made: only what the screen shows changes.
 */
export function rewordRollup(out: RollupOutcome, lang: Lang, o: { now: string; version: string }): RollupOutcome {
  if (out.lang === lang) return out;
  const res = rollupReads(
    out.inputs.map((i) => verifyInput(i, lang)),
    { lang, now: o.now, version: o.version, rulesBook: out.rulesBook },
  );
  return { ...out, files: res.files, cross: res.findings.filter((f) => CROSS.has(f.code)), lang };
}
