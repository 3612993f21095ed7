import { Lang, TitleStatus } from '../../../core/model';

// One formatter per language: toLocaleString builds one per call (70 ms over a province's rows).
const FORMAT = { vi: new Intl.NumberFormat('vi-VN'), en: new Intl.NumberFormat('en-GB') };
const n = (x: number, lang: Lang) => FORMAT[lang].format(x);

/** The results view's words (Vietnamese first), kept here so the pane's shared table stays small. */
const VI = {
  council: 'Chờ Hội đồng bỏ phiếu',
  councilGroup: (title: string, scope: string, free: number | null, people: number) =>
    `${title} · ${scope}: ${people} người đồng hạng${free === null ? '' : ` tranh ${free} suất còn lại`}`,
  councilCount: (groups: number, people: number) => `${n(groups, 'vi')} nhóm đồng hạng, ${n(people, 'vi')} lượt người`,
  search: 'Tìm người theo tên',
  searchHint: 'Gõ không dấu cũng được, ví dụ "nguyen van a"',
  found: (shown: number, total: number) =>
    total === 0 ? 'Không tìm thấy ai.' : shown < total ? `${n(total, 'vi')} người, hiện ${shown} người đầu` : `${n(total, 'vi')} người`,
  byScope: 'Xem danh sách theo danh hiệu và phạm vi',
  group: (title: string, scope: string, proposed: number, tied: number, cut: number) =>
    `${title} — ${scope}: ${proposed} đề xuất${tied ? `, ${tied} chờ Hội đồng` : ''}${cut ? `, ${cut} ngoài chỉ tiêu` : ''}`,
  proposedList: (k: number) => `Được đề xuất (${n(k, 'vi')})`,
  tiedList: (k: number) => `Đồng hạng, chờ Hội đồng (${n(k, 'vi')})`,
  cutList: (k: number) => `Đủ điều kiện nhưng ngoài chỉ tiêu (${n(k, 'vi')})`,
  basis: 'Cách tính chỉ tiêu',
  person: (total: string, rank: number) => `${total} điểm · hạng ${rank}`,
  why: 'Vì sao được / không được đề xuất',
  loading: 'Đang lấy lý do…',
  gone: 'Lý do của lần chạy này không còn (đã hủy hoặc đã mở sổ khác): bấm Xếp hạng lại để xem.',
  failed: 'Không lấy được lý do của người này (lỗi ngoài dự kiến). Mở lại người này; nếu vẫn lỗi, bấm Xếp hạng lại.',
  goTo: (sheet: string, cell: string) => `Đến dòng của người này: ô ${cell}, sheet ${sheet}`,
  status: {
    proposed: 'đề xuất',
    notEligible: 'chưa đủ điều kiện',
    cutByQuota: 'ngoài chỉ tiêu',
    tiedAtQuota: 'chờ Hội đồng',
    ruleUnusable: 'quy định lỗi',
  } satisfies Record<TitleStatus, string>,
  noPeople: 'Không có ai.',
  noTitle: 'Chưa đủ điều kiện danh hiệu nào',
  scopes: (k: number) => `${k} phạm vi (đơn vị, khối)`,
  councilWhere: 'Hội đồng bỏ phiếu xong: ghi số phiếu đồng ý vào sheet "Biểu quyết" (mỗi người một dòng), rồi bấm Xếp hạng lại.',
  councilOpen: 'Mở sheet Biểu quyết',
  rejectedVotes: (k: number) => `${n(k, 'vi')} dòng trong Biểu quyết không dùng được:`,
  voteRow: (row: number) => `Dòng ${row}`,
  moreInFindings: (k: number) => `và ${n(k, 'vi')} dòng nữa (xem danh sách phát hiện)`,
  nobody: (condition: string, failed: number, checked: number) =>
    `Không ai đủ điều kiện; điều kiện nhiều người không đạt nhất: ${condition} (${n(failed, 'vi')}/${n(checked, 'vi')} người)`,
};

const EN: typeof VI = {
  council: 'For the council to vote',
  councilGroup: (title, scope, free, people) =>
    `${title} · ${scope}: ${people} tied${free === null ? '' : ` for ${free === 1 ? 'the 1 remaining place' : `${free} remaining places`}`}`,
  councilCount: (groups, people) => `${n(groups, 'en')} tied groups, ${n(people, 'en')} people in all`,
  search: 'Find a person by name',
  searchHint: 'Diacritics optional, e.g. "nguyen van a"',
  found: (shown, total) => (total === 0 ? 'Nobody found.' : shown < total ? `${n(total, 'en')} people, the first ${shown} shown` : `${n(total, 'en')} people`),
  byScope: 'List by title and scope',
  group: (title, scope, proposed, tied, cut) =>
    `${title} — ${scope}: ${proposed} proposed${tied ? `, ${tied} for the council` : ''}${cut ? `, ${cut} outside the quota` : ''}`,
  proposedList: (k) => `Proposed (${n(k, 'en')})`,
  tiedList: (k) => `Tied, for the council (${n(k, 'en')})`,
  cutList: (k) => `Eligible but outside the quota (${n(k, 'en')})`,
  basis: 'How the quota was counted',
  person: (total, rank) => `${total} points · rank ${rank}`,
  why: 'Why proposed / not proposed',
  loading: 'Getting the reasons…',
  gone: "This run's reasons are gone (cancelled, or another workbook opened): click Rank again to see them.",
  failed: "Could not get this person's reasons (an unexpected error). Open them again; if it fails again, click Rank again.",
  goTo: (sheet, cell) => `Go to this person's row: cell ${cell}, sheet ${sheet}`,
  status: { proposed: 'proposed', notEligible: 'not eligible', cutByQuota: 'outside the quota', tiedAtQuota: 'for the council', ruleUnusable: 'rule error' },
  noPeople: 'Nobody.',
  noTitle: 'Not eligible for any title',
  scopes: (k) => `${k} scopes (units, blocks)`,
  councilWhere: 'After the council votes: enter the votes in favour in the "Biểu quyết" sheet (one row per person), then run Xếp hạng again.',
  councilOpen: 'Open the Biểu quyết sheet',
  rejectedVotes: (k) => `${k === 1 ? '1 row' : `${n(k, 'en')} rows`} of Biểu quyết could not be used:`,
  voteRow: (row) => `Row ${row}`,
  moreInFindings: (k) => `and ${k === 1 ? '1 more row' : `${n(k, 'en')} more rows`} (see the findings)`,
  nobody: (condition, failed, checked) =>
    `Nobody eligible; the condition failed most often: ${condition} (${n(failed, 'en')} of ${n(checked, 'en')} ${checked === 1 ? 'person' : 'people'})`,
};

export type ResultsStrings = typeof VI;

export function resultsStrings(lang: Lang): ResultsStrings {
  return lang === 'vi' ? VI : EN;
}
