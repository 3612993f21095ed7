// What reading a unit's score sheet gives, and the context it is read in.
import { Candidate, CriteriaTree, Criterion, Subject, Unit } from '../../model';
import { FindingLog } from '../../findings/log';
import { ColumnRole } from '../vocabulary';

/** What was understood of one unit score sheet. */
export interface ScoreSheetInfo {
  sheet: string;
  layout: 'roster' | 'criteriaRows';
  kind: Subject;
  /** The sheet's unit (title block or sheet name); rows may still carry their own from a column. */
  unitName: string;
  unitKey: string;
  unitSource: 'column' | 'title' | 'sheetName' | 'fallback';
  headerRow: number;
  firstDataRow: number;
  candidates: Candidate[];
  hasAppraisal: boolean;
  missingCriteria: string[];
  /** Groups scored as a whole on this sheet (none of their items has a column): their codes. */
  groupTotals: string[];
  hasEvidenceColumn: boolean;
  /** The criteria set the sheet was read with (folded name); '' for the campaign's one or common set. */
  criteriaSet?: string;
}

/** What was seen on a sheet that was not understood: for the finding that tells the user what to rename. */
export interface SheetDiagnosis {
  /** The row that looked most like a header (0-based), null when the sheet holds no table at all. */
  headerRow: number | null;
  /** Headers understood, with what they were taken for ("B3 Họ và tên: tên"). */
  understood: string[];
  /** Headers not understood. */
  unknown: string[];
  /** What to rename, when a header not understood looks like the name or a score column. */
  renames: string[];
  /** The sheet holds no text or number at all. */
  empty: boolean;
  /** The unit the sheet belongs to, by its title block or name, if `Đơn vị` knows it. */
  unitKey: string | null;
}

export type Recognition = { kind: 'score'; info: ScoreSheetInfo } | { kind: 'notScore'; reason: 'noHeader' | 'noCriteria'; diagnosis: SheetDiagnosis };

export interface RecognizeContext {
  criteria: CriteriaTree;
  /** The one scored top-level criterion, when `Tiêu chí` has only one: what a lone "Điểm" column scores. */
  singleScored?: Criterion | null;
  /** Criterion code → slot in each candidate's scores. */
  slots: ReadonlyMap<string, number>;
  textIndex: Map<string, Criterion>;
  units: Unit[];
  defaultSubject: Subject;
  log: FindingLog;
}

export const HEADER_SCAN = 15;

export interface CriterionColumn {
  col: number;
  code: string;
  sub: 'self' | 'appraised';
}

export interface RosterColumns {
  headerRow: number;
  lastHeaderRow: number;
  nameCol: number;
  kind: Subject | null;
  roles: Map<ColumnRole, number>;
  totalAppraisedCol: number | null;
  /** Items' columns, and the columns of groups scored as a whole (see groupsWithoutItems). */
  criteria: CriterionColumn[];
  evidenceByItem: Map<string, number>;
  /** Headed columns not understood: said when they hold numbers (perhaps scores). */
  unknown: { col: number; text: string }[];
}
