import type { Lang } from '../model';
import type { EngineResult } from '../engine/run';
import { t } from '../i18n/words';
import { CHANGE_KEYS, SHEET_WORDS as W, SheetWord } from './sheets.words';
import type { CellValue, SheetGrid } from '../../sheet/grid';

/** A row of headings from the sheets' catalogue, in the language shown. */
export function heads(L: Lang, keys: readonly SheetWord[]): string[] {
  return keys.map((k) => t(W, L, k));
}

/** "Phong trào … năm 2025": the year added only when the name does not already say it. */
export function campaignTitle(r: EngineResult, withYear = (name: string, year: number) => `${name} – ${year}`): string {
  const name = r.campaign?.name ?? '';
  const year = r.campaign?.year;
  return year && !name.includes(String(year)) ? withYear(name, year) : name;
}

export interface OutputOptions {
  /** ISO time of the run, written to the log. */
  now: string;
  action: 'validate' | 'rank';
  version: string;
  /** The previous log sheet (if the add-in wrote one), whose rows are kept. */
  previousLog?: SheetGrid | null;
  /** New rows for the log's change section (sheets imported, resubmissions old → new), see CHANGE_HEAD. */
  changes?: CellValue[][];
  /** Notes the officer typed in the previous `Đề nghị khen thưởng`, by proposalNoteKey: kept. */
  previousNotes?: ReadonlyMap<string, string>;
}

/** The change section of `Nhật ký`: what came in from the units and what a resubmission changed. */
export const CHANGE_SECTION = { vi: W.vi.changeSection, en: W.en.changeSection } as const;
export const CHANGE_HEAD = { vi: CHANGE_KEYS.map((k) => W.vi[k]), en: CHANGE_KEYS.map((k) => W.en[k]) } as const;
