/** The roll-up's shapes: what comes in, each proposal as the rules see it, what goes out. */
import { WorkbookGrids } from '../../../sheet/grid';
import { SheetModel } from '../../../sheet/sheetModel';
import { AwardRecord, Campaign, Candidate, Lang, TitleRule, Unit } from '../../model';
import { RowValues, UpwardMeta } from '../format';
import { ReadRow, UpwardFinding } from '../read';

export interface RollupInput {
  file: string;
  /** The file's grids, or why it could not be read at all (not an xlsx). */
  grids: WorkbookGrids | null;
}

export type ProposalStatus = 'accepted' | 'review' | 'returned';

export interface Verdict {
  status: ProposalStatus;
  reasons: string[];
}

export interface FileReport {
  file: string;
  agency: string;
  ok: boolean;
  storedCode: string;
  recomputedCode: string | null;
  rows: number;
  accepted: number;
  review: number;
  returned: number;
  late: number | null;
  findings: UpwardFinding[];
}

export interface Reply {
  file: string;
  agency: string;
  models: SheetModel[];
}

export interface RollupResult {
  meta: UpwardMeta;
  rows: RowValues[];
  models: SheetModel[];
  replies: Reply[];
  files: FileReport[];
  findings: UpwardFinding[];
  /** Per file, per data row (its index among the file's rows): the verdict. */
  verdicts: Map<string, Verdict[]>;
}

export interface UpperRules {
  file: string;
  campaign: Campaign | null;
  titles: TitleRule[];
  units: Unit[];
  history: AwardRecord[];
  /** Council vote share needed per title key, from a `Tỷ lệ phiếu` column of `Danh hiệu`. */
  votes: Map<string, number>;
}

export interface Item {
  file: string;
  fileIndex: number;
  read: ReadRow;
  index: number;
  v: RowValues;
  verdict: Verdict;
  cand: Candidate;
  /** Past titles: year → title keys (not thematic). */
  titleYears: Map<string, Set<number>>;
  /** Title keys held this year (the agency decided them in the same round). */
  thisYear: Set<string>;
  where: string;
}

export interface RollupOptions {
  lang: Lang;
  now: string;
  version: string;
  rulesBook?: { file: string; grids: WorkbookGrids } | null;
  agency?: string;
}
