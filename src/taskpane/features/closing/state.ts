/**
 * The pane's closing-the-year feature as plain TypeScript (tested without the DOM): each output
 * (the decisions with their lists, the money, the certificates, the year-end report, next year's
 * book) made from the open book and handed to the host as a new workbook: Excel opens it, outside
 * Excel it is a download. The same outputs are also sheets of the result copy (Xếp hạng).
 */
import { Lang } from '../../../core/model';
import { WorkbookGrids } from '../../../sheet/grid';
import { runEngine } from '../../../core/engine/run';
import { buildClosing, nextYearOf, registerGrid } from '../../../core/closing/index';
import { SheetModel, SheetModelId } from '../../../sheet/sheetModel';
import { WorkbookHost, WriteOutcome } from '../../../host/types';
import type { XlsxRunner } from '../../../host/file/browserFileHost';

import type { ClosingOutput } from './outputs';
export { CLOSING_OUTPUTS } from './outputs';
export type { ClosingOutput } from './outputs';

/** Which sheets of closing the year each output holds. */
export const OUTPUT_SHEETS: Record<Exclude<ClosingOutput, 'nextYear'>, readonly SheetModelId[]> = {
  decisions: ['closingRegister', 'decision'],
  money: ['money'],
  certificates: ['certificateData', 'certificatePrint'],
  report: ['yearReport'],
};

export interface ClosingDeps {
  xlsx: XlsxRunner;
  lang: Lang;
  now(): string;
}

export class ClosingNotUsable extends Error {
  override name = 'ClosingNotUsable';
}

/** Nothing to make: no certificate (only LĐTT decided), no decided title. */
export class ClosingNothing extends Error {
  override name = 'ClosingNothing';
}

export interface ClosingOutcome {
  output: ClosingOutput;
  outcome: WriteOutcome;
  fileName: string;
  /** The sheets made, and for next year's book the year and the history rows added. */
  sheets: number;
  year?: number;
  added?: number;
}

/** "so-xay-dung-2025.xlsx" → "so-xay-dung-2025.quyet-dinh.xlsx" (next year: ".nam-2026.xlsx"). */
export function closingFileName(source: string, output: ClosingOutput, year?: number): string {
  const base = (source || 'so-thi-dua').replace(/\.xlsx$/i, '');
  const part: Record<ClosingOutput, string> = {
    decisions: 'quyet-dinh',
    money: 'tien-thuong',
    certificates: 'giay-khen',
    report: 'bao-cao-tong-ket',
    nextYear: `nam-${year ?? ''}`,
  };
  return `${base}.${part[output]}.xlsx`;
}

/** The models of one output from the open book (its `Số quyết định` read when the add-in wrote one). */
export function outputModels(
  book: WorkbookGrids,
  output: ClosingOutput,
  deps: Pick<ClosingDeps, 'lang' | 'now'>,
): { models: SheetModel[]; year?: number; added?: number } {
  if (output === 'nextYear') {
    const made = nextYearOf(book, { now: deps.now(), lang: deps.lang });
    if (!made) throw new ClosingNotUsable();
    return { models: made.next.models, year: made.next.year, added: made.next.added.titles };
  }
  const r = runEngine(book, { lang: deps.lang });
  if (!r.usable) throw new ClosingNotUsable();
  const closing = buildClosing(r, { now: deps.now(), previousRegister: registerGrid(book, r) });
  const wanted = OUTPUT_SHEETS[output];
  const models = closing.sheets.filter((m) => wanted.includes(m.id));
  // The register alone is no decision; nor is a certificate sheet set with no certificate.
  if (!models.some((m) => m.id !== 'closingRegister')) throw new ClosingNothing();
  return { models };
}

/** One output: read the book, make the sheets, open them as a new workbook (or a download). */
export async function makeOutput(host: WorkbookHost, output: ClosingOutput, deps: ClosingDeps, grids?: WorkbookGrids): Promise<ClosingOutcome> {
  const book = grids ?? (await host.read({}));
  const made = outputModels(book, output, deps);
  const r = await deps.xlsx({ op: 'template', models: made.models });
  if (r.op === 'read') throw new Error('unexpected reply');
  const fileName = closingFileName(host.name() || book.source || '', output, made.year);
  const outcome = await host.openNewWorkbook(fileName, r.bytes);
  return { output, outcome, fileName, sheets: made.models.length, ...(made.year ? { year: made.year, added: made.added } : {}) };
}
