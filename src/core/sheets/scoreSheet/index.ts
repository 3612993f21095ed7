import { SheetGrid } from '../../../sheet/grid';
import { FindingLog } from '../../findings/log';
import { filledHeaderText } from '../headers';
import { HEADER_SCAN, Recognition, RecognizeContext } from './types';
import { findRoster } from './columns';
import { readRoster } from './roster';
import { findCriteriaRows } from './rowForm';
import { diagnose } from './diagnose';

// A unit's score sheet: recognised (columns.ts), its unit found (unit.ts), its rows read (roster.ts,
// rowCells.ts) or its criteria-down-the-rows form read (rowForm.ts); else diagnosed (diagnose.ts).
export type { ScoreSheetInfo, SheetDiagnosis, Recognition, RecognizeContext } from './types';
export { matchUnit } from './unit';

export function recognizeScoreSheet(grid: SheetGrid, ctx: RecognizeContext): Recognition {
  const filled = filledHeaderText(grid, HEADER_SCAN + 1);
  const roster = findRoster(grid, filled, ctx);
  if (roster.found) return { kind: 'score', info: readRoster(grid, roster.found, ctx) };
  const rows = findCriteriaRows(grid, filled, ctx);
  if (rows) return { kind: 'score', info: rows };
  return { kind: 'notScore', reason: roster.sawName ? 'noCriteria' : 'noHeader', diagnosis: diagnose(grid, filled, ctx) };
}

/** What a criteria set changes in the reading context. */
export type SetContext = Pick<RecognizeContext, 'criteria' | 'slots' | 'textIndex' | 'singleScored'> & { key: string };

/**
 * A campaign with several criteria sets: the sheet is read once quietly to learn its unit, then
 * with that unit's set. With one set, this is recognizeScoreSheet.
 */
export function recognizeInSet(grid: SheetGrid, ctx: RecognizeContext, setFor: ((unitKey: string) => SetContext | null) | null): Recognition {
  if (!setFor) return recognizeScoreSheet(grid, ctx);
  const probe = recognizeScoreSheet(grid, { ...ctx, log: new FindingLog(ctx.log.lang) });
  const unitKey = probe.kind === 'score' ? probe.info.unitKey : probe.diagnosis.unitKey;
  const set = unitKey ? setFor(unitKey) : null;
  const rec = recognizeScoreSheet(grid, set ? { ...ctx, ...set } : ctx);
  if (rec.kind === 'score' && set) {
    rec.info.criteriaSet = set.key;
    for (const c of rec.info.candidates) c.criteriaSet = set.key;
  }
  return rec;
}
