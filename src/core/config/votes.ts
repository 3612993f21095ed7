import { SheetGrid, cellAt, cellText, isBlank } from '../../sheet/grid';
import { Candidate, Meeting, TitleRule, VoteBook, VoteEntry } from '../model';
import { FindingLog } from '../findings/log';
import { cleanText, fold, matchKey, nameKey } from '../text/normalize';
import { parseNumber } from '../text/numbers';
import { ColumnSpec, locateTable, openTable } from './table';
import { Phrase, phrase } from '../i18n/words';
import { VOTES_WORDS } from './votes.words';
import { titleKey } from './titles';

/**
 * `Biểu quyết`: the council's votes, one row per candidate and title, under a short block that
 * describes the meeting. The add-in writes the sheet with the rows that need a vote (and empty
 * vote cells) when the workbook has none; the officer fills it; the next run reads it.
 */
export const VOTE_COLUMNS: ColumnSpec[] = [
  { id: 'stt', label: 'STT', aliases: ['stt', 'tt'] },
  { id: 'title', label: 'Danh hiệu / hình thức', aliases: ['danh hieu hinh thuc', 'danh hieu', 'hinh thuc', 'hinh thuc khen thuong', 'danh hieu de nghi'] },
  { id: 'name', label: 'Họ và tên / Tên tập thể', aliases: ['ho va ten ten tap the', 'ho va ten', 'ho ten', 'ten tap the', 'ung vien', 'ten ca nhan tap the'] },
  { id: 'unit', label: 'Đơn vị', aliases: ['don vi', 'don vi cong tac', 'chuc vu don vi'] },
  { id: 'ref', label: 'Mã ứng viên', aliases: ['ma ung vien', 'tham chieu', 'nguon'] },
  { id: 'reason', label: 'Nội dung biểu quyết', aliases: ['noi dung bieu quyet', 'ly do', 'ly do bieu quyet', 'noi dung'] },
  { id: 'members', label: 'Tổng số thành viên', aliases: ['tong so thanh vien', 'tong so thanh vien hoi dong', 'so thanh vien', 'thanh vien hoi dong'] },
  { id: 'present', label: 'Số có mặt', aliases: ['so co mat', 'so thanh vien co mat', 'co mat', 'so du hop'] },
  { id: 'inFavour', label: 'Số phiếu đồng ý', aliases: ['so phieu dong y', 'phieu dong y', 'so phieu tan thanh', 'dong y', 'so phieu bau', 'so phieu'] },
  { id: 'written', label: 'Phiếu bằng văn bản', aliases: ['phieu bang van ban', 'trong do bang van ban', 'y kien bang van ban', 'phieu van ban'] },
  { id: 'note', label: 'Ghi chú', aliases: ['ghi chu'] },
];

/** The meeting lines above the table: label in the first column, value in the second. */
export const MEETING_FIELDS: { id: keyof Meeting; label: string; keys: string[] }[] = [
  { id: 'time', label: 'Thời gian họp', keys: ['thoi gian hop', 'thoi gian', 'ngay hop'] },
  { id: 'place', label: 'Địa điểm', keys: ['dia diem', 'dia diem hop'] },
  { id: 'chair', label: 'Chủ trì', keys: ['chu tri', 'chu toa', 'chu tich hoi dong'] },
  { id: 'secretary', label: 'Thư ký', keys: ['thu ky'] },
  { id: 'members', label: 'Tổng số thành viên Hội đồng', keys: ['tong so thanh vien hoi dong', 'tong so thanh vien', 'so thanh vien hoi dong'] },
  { id: 'present', label: 'Số thành viên có mặt', keys: ['so thanh vien co mat', 'so co mat', 'co mat'] },
  { id: 'absent', label: 'Thành viên vắng mặt', keys: ['thanh vien vang mat', 'vang mat', 'vang'] },
];

export function voteKey(titleKey: string, candidateId: string): string {
  return `${titleKey}|${candidateId}`;
}

/** Whole numbers of people; null when blank; 'bad' when something else is written. */
function count(v: ReturnType<typeof cellAt>): number | null | 'bad' {
  const p = parseNumber(v);
  if (p.kind === 'blank') return null;
  if (p.kind === 'number' && p.value >= 0 && Number.isInteger(p.value)) return p.value;
  return 'bad';
}

export function readVotes(grid: SheetGrid, titles: readonly TitleRule[], candidates: readonly Candidate[], log: FindingLog): VoteBook {
  const sheet = grid.name;
  const meeting: Meeting = { time: '', place: '', chair: '', secretary: '', members: null, present: null, absent: '' };
  const book: VoteBook = { sheet, meeting, entries: new Map() };
  const loc = locateTable(grid, VOTE_COLUMNS, ['title', 'name', 'inFavour']);
  const headerRow = loc.found ? loc.layout.headerRow : grid.rows.length;
  for (let r = 0; r < headerRow; r++) {
    // The label is the row's first filled cell (column A or B), its value the cell to its right.
    let c = 0;
    while (c < 3 && isBlank(cellAt(grid, r, c))) c++;
    const k = matchKey(cellText(cellAt(grid, r, c)));
    const f = MEETING_FIELDS.find((x) => x.keys.includes(k));
    if (!f) continue;
    const v = cellAt(grid, r, c + 1);
    if (f.id === 'members' || f.id === 'present') {
      const n = count(v);
      if (n === 'bad') log.add('VOTE_BAD_NUMBER', { label: f.label, value: cellText(v) }, { sheet, row: r, col: c + 1 });
      else meeting[f.id] = n;
    } else meeting[f.id] = cleanText(cellText(v));
  }
  const table = openTable(grid, VOTE_COLUMNS, ['title', 'name', 'inFavour'], log);
  if (!table) return book;
  const { get, at } = table;

  const byId = new Map(candidates.map((c) => [c.id, c] as const));
  const byName = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const list = byName.get(c.nameKey);
    if (list) list.push(c);
    else byName.set(c.nameKey, [c]);
  }
  const rowOf = new Map<string, number>();
  for (let r = table.headerRow + 1; r < grid.rows.length; r++) {
    if (isBlank(get(r, 'name')) && isBlank(get(r, 'title'))) continue;
    const titleText = cleanText(cellText(get(r, 'title')));
    const k = titleKey(titleText);
    const rule = titles.find((t) => t.key === k || t.aliases.includes(k.replace(/[^a-z0-9]/g, '')));
    if (!rule) {
      log.add('VOTE_TITLE_UNKNOWN', { value: titleText }, at(r, 'title'));
      continue;
    }
    const name = cleanText(cellText(get(r, 'name')));
    const unit = cleanText(cellText(get(r, 'unit')));
    const unitSaid = unit ? ` (${unit})` : '';
    // The reference the add-in wrote (sheet!row) names the candidate while the sheets are
    // unchanged; otherwise the name (and unit, when namesakes share a name).
    let cand: Candidate | undefined;
    const ref = cleanText(cellText(get(r, 'ref')));
    const byRef = ref ? byId.get(ref) : undefined;
    if (byRef && byRef.nameKey === nameKey(name) && byRef.kind === rule.subject) cand = byRef;
    else {
      let list = (byName.get(nameKey(name)) ?? []).filter((c) => c.kind === rule.subject);
      if (list.length > 1 && unit) list = list.filter((c) => fold(c.unitName) === fold(unit) || matchKey(c.unitName) === matchKey(unit));
      if (list.length === 0) {
        log.add('VOTE_CANDIDATE_UNKNOWN', { name, unit: unitSaid }, at(r, 'name'));
        continue;
      }
      if (list.length > 1) {
        log.add('VOTE_CANDIDATE_AMBIGUOUS', { name, unit: unitSaid, count: list.length }, at(r, 'name'));
        continue;
      }
      cand = list[0];
    }
    const key = voteKey(rule.key, cand.id);
    const seen = rowOf.get(key);
    if (seen !== undefined) {
      log.add('VOTE_DUPLICATE', { name: cand.name, title: rule.name, other: seen + 1 }, at(r, 'name'));
      continue;
    }
    rowOf.set(key, r);
    const who = { unit: cand.unitName, candidate: cand.name };
    let bad = false;
    const num = (id: 'members' | 'present' | 'inFavour' | 'written', label: string): number | null => {
      const n = count(get(r, id));
      if (n !== 'bad') return n;
      log.add('VOTE_BAD_NUMBER', { label, value: cellText(get(r, id)) }, at(r, id), who);
      bad = true;
      return null;
    };
    // Blank members or present on a row: the meeting's numbers above the table.
    const members = num('members', 'Tổng số thành viên') ?? meeting.members;
    const present = num('present', 'Số có mặt') ?? meeting.present;
    const inFavour = num('inFavour', 'Số phiếu đồng ý');
    const written = num('written', 'Phiếu bằng văn bản');
    const entry: VoteEntry = {
      titleKey: rule.key,
      title: rule.name,
      candidateId: cand.id,
      members,
      present,
      inFavour: bad ? null : inFavour,
      written,
      ref: at(r, 'inFavour'),
    };
    if (!bad && inFavour !== null) {
      const problem = countProblem(entry, rule);
      if (problem) {
        log.add('VOTE_BAD_COUNT', { name: cand.name, title: rule.name, reason: problem }, at(r, 'inFavour'), who);
        entry.inFavour = null;
      }
    }
    book.entries.set(key, entry);
  }
  return book;
}

/** Numbers that cannot all be true at once: the row is not counted until they are fixed. */
function countProblem(e: VoteEntry, rule: TitleRule): Phrase | null {
  const w = VOTES_WORDS;
  const base = rule.vote?.base ?? 'present';
  if (e.members !== null && e.present !== null && e.present > e.members) return phrase(w, 'presentOverMembers', { present: e.present, members: e.members });
  if (e.members !== null && e.inFavour! > e.members) return phrase(w, 'inFavourOverMembers', { inFavour: e.inFavour!, members: e.members });
  // Written ballots come from absent members only; with them, the votes cannot pass those who voted.
  const written = e.written ?? null;
  if (written !== null && e.members !== null && e.present !== null && written > e.members - e.present)
    return phrase(w, 'writtenOverAbsent', { written, absent: e.members - e.present });
  if (written !== null && e.present !== null && e.inFavour! > e.present + written)
    return phrase(w, 'inFavourOverVoted', { inFavour: e.inFavour!, present: e.present, written });
  // Whatever the share is counted on, more in favour than voted is not a count (README); absent
  // members' written ballots (NĐ 98/2023, Điều 30 khoản 7) go in their own column.
  if (written === null && e.present !== null && e.inFavour! > e.present)
    return phrase(w, base === 'members' ? 'inFavourOverPresentWritten' : 'inFavourOverPresent', { inFavour: e.inFavour!, present: e.present });
  if (rule.vote && (base === 'members' ? e.members : e.present) === null) return phrase(w, base === 'members' ? 'noMembers' : 'noPresent');
  return null;
}
