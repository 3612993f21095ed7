import { a1 } from '../grid';
import { Finding, Lang } from '../model';
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

  add(code: FindingCode, params: FindingParams, at: Where, who?: { unit?: string; candidate?: string }): void {
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
      message,
      fix,
    });
  }
}
