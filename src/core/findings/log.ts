import { a1 } from '../../sheet/grid';
import type { CellRef, Finding, Lang } from '../model';
import { FindingCode, FindingParams, findingText } from '../i18n/findings';

export interface Where {
  sheet: string;
  row?: number;
  col?: number;
}

/** Collects findings in the user's language, each anchored to a sheet and, where there is one, a cell. */
export class FindingLog {
  readonly items: Finding[] = [];
  constructor(readonly lang: Lang) {}

  /** `other`: a second cell the finding is about (the first row of a duplicate), kept for a link. */
  add(code: FindingCode, params: FindingParams, at: Where, who?: { unit?: string; candidate?: string }, other?: CellRef): void {
    const { severity, message, fix } = findingText(code, params, this.lang);
    this.items.push({
      severity,
      code,
      sheet: at.sheet,
      cell: at.row !== undefined && at.col !== undefined ? a1(at.row, at.col) : '',
      row: at.row ?? null,
      col: at.col ?? null,
      unit: who?.unit ?? '',
      candidate: who?.candidate ?? '',
      params,
      message,
      fix,
      ...(other ? { other: { sheet: other.sheet, cell: a1(other.row, other.col), row: other.row, col: other.col } } : {}),
    });
  }
}

/** A finding worded in another language than the run's, from its code and parameters (no run again). */
export function wordFinding<F extends Pick<Finding, 'code' | 'params'>>(f: F, lang: Lang): { message: string; fix: string } {
  const { message, fix } = findingText(f.code as FindingCode, f.params, lang);
  return { message, fix };
}
