import { CellValue } from '../../sheet/grid';
import { Finding, Lang } from '../model';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { fold } from '../text/normalize';
import { DATA_COLUMNS, META_KEYS, RowValues, UPWARD_SHEETS, UpwardMeta } from './format';
import { AWARD_KINDS, AWARD_KIND_BASIS, OBJECT_CLASSES, OBJECT_CLASS_BASIS, PERSON_CLASSES, authorityOf, levelText } from './forms';
import { kindOfText, text } from './rows';

/**
 * The upward workbook's sheets, built from its data rows and meta alone: the same rows always
 * give the same cover and proposal lists, so the roll-up can rebuild them and tell what was
 * changed on the printed sheets too.
 */

function tr(L: Lang, vi: string, en: string): string {
  return L === 'vi' ? vi : en;
}

const PAGE_A4 = { orientation: 'portrait' as const, fitToWidth: true, font: 'Times New Roman' as const, fontSize: 13 };

/** Forms in the order they first appear, with their counts. */
export function formCounts(rows: readonly RowValues[]): { form: string; kind: string; count: number }[] {
  const out = new Map<string, { form: string; kind: string; count: number }>();
  for (const r of rows) {
    const k = `${text(r, 'form')}|${kindOfText(text(r, 'kind'))}`;
    const e = out.get(k);
    if (e) e.count++;
    else out.set(k, { form: text(r, 'form'), kind: kindOfText(text(r, 'kind')), count: 1 });
  }
  return [...out.values()];
}

export function campaignLine(meta: Pick<UpwardMeta, 'campaign' | 'year'>): string {
  return meta.year && !meta.campaign.includes(String(meta.year)) ? `${meta.campaign} năm ${meta.year}` : meta.campaign;
}

/** `Thông tin`: what the file is, how many proposals per form, the check code and how to verify it. */
export function buildCover(meta: UpwardMeta, rows: readonly RowValues[]): SheetModel {
  const L = meta.lang;
  const b = new SheetBuilder(5);
  b.banner(meta.agency.toUpperCase() || tr(L, 'CƠ QUAN, ĐƠN VỊ', 'AGENCY'), 'agency');
  b.banner(meta.level === 0 ? tr(L, 'HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG GỬI CẤP TRÊN', 'AWARD PROPOSALS SENT UPWARD') : tr(L, 'HỒ SƠ TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG', 'CONSOLIDATED AWARD PROPOSALS'), 'title');
  b.banner(campaignLine(meta), 'subtitle');
  b.blank();
  const info: [string, CellValue][] = [
    [tr(L, 'Cơ quan lập', 'Made by'), meta.agency],
    [tr(L, 'Phong trào', 'Campaign'), meta.campaign],
    [tr(L, 'Năm', 'Year'), meta.year === null ? '' : String(meta.year)],
    [tr(L, 'Lập lúc', 'Made at'), madeAtText(meta.madeAt)],
    [tr(L, 'Phiên bản', 'Version'), `thidua ${meta.version}; ${meta.format}`],
    [tr(L, 'Lập từ', 'Made from'), meta.source],
    [tr(L, 'Số đề nghị', 'Proposals'), String(meta.rows)],
  ];
  const first = b.next;
  for (const [k, v] of info) {
    const r = b.row([k, v]);
    b.merge(r, 1, r, 4);
  }
  b.style(first, 0, b.next - 1, 0, 'total');
  b.style(first, 1, b.next - 1, 4, 'wrap');
  b.blank();
  b.banner(tr(L, 'SỐ ĐỀ NGHỊ THEO HÌNH THỨC', 'PROPOSALS BY FORM'), 'section');
  const h = b.row([tr(L, 'Hình thức', 'Form'), tr(L, 'Đối tượng', 'Subject'), tr(L, 'Số đề nghị', 'Count'), tr(L, 'Cấp quyết định', 'Decided by'), tr(L, 'Căn cứ', 'Basis')], 'header');
  for (const f of formCounts(rows)) {
    const a = authorityOf(f.form);
    b.row([f.form, kindName(f.kind, L), f.count, levelText(a.decidedBy, L), a.basis]);
  }
  if (b.next > h + 1) b.style(h + 1, 0, b.next - 1, 4, 'cellWrap');
  const own = meta.ownForms
    .split('; ')
    .map((x) => x.split('|'))
    .filter((x) => x.length === 3);
  if (own.length) {
    b.blank();
    b.banner(tr(L, 'DANH HIỆU CƠ QUAN TỰ QUYẾT ĐỊNH (không đề nghị lên; là căn cứ của các đề nghị trên)', 'TITLES THE AGENCY DECIDES ITSELF (not sent upward; the bases of the proposals above)'), 'section');
    const h2 = b.row([tr(L, 'Danh hiệu', 'Title'), tr(L, 'Đối tượng', 'Subject'), tr(L, 'Số lượng', 'Count'), tr(L, 'Cấp quyết định', 'Decided by'), tr(L, 'Căn cứ', 'Basis')], 'header');
    for (const [form, kind, n] of own) {
      const a = authorityOf(form);
      b.row([form, kindName(kind, L), n, levelText(a.decidedBy, L), a.basis]);
    }
    b.style(h2 + 1, 0, b.next - 1, 4, 'cellWrap');
  }
  b.blank();
  b.banner(tr(L, 'MÃ KIỂM TRA', 'CHECK CODE'), 'section');
  const code = b.banner(meta.checkCode, 'title');
  void code;
  b.banner(tr(L, `SHA-256 của dữ liệu: ${meta.contentHash}`, `SHA-256 of the data: ${meta.contentHash}`), 'muted');
  b.banner(
    tr(
      L,
      'Mã này được in trên bản giấy (hoặc bản PDF đã ký) của danh sách đề nghị. Cấp trên chạy "thidua rollup" trên tệp này: chương trình tính lại mã từ dữ liệu, từ chối tệp có dữ liệu đã bị sửa (nêu dòng và ô) và in mã tính lại để so với mã trên bản đã ký. Mã không phải chữ ký số: ai cũng tính lại được; nó chỉ cho biết dữ liệu trong tệp có đúng là dữ liệu lúc mã được in hay không.',
      'This code is printed on the signed paper (or signed PDF) of the proposal list. The upper level runs "thidua rollup" on this file: it recomputes the code from the data, refuses a file whose data was changed (naming the rows and cells) and prints the recomputed code to compare with the signed paper. It is not a signature: anyone can recompute it; it only tells whether the data in the file is the data as it was when the code was printed.',
    ),
    'wrap',
  );
  return b.build({ id: 'upwardCover', name: UPWARD_SHEETS.cover, columnWidths: [26, 14, 12, 20, 40], page: { ...PAGE_A4, fontSize: 12 } });
}

/** "2025-12-10T08:00:00.000Z" → "10/12/2025 08:00 (UTC)". */
function madeAtText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]} (UTC)` : iso;
}

function kindName(kind: string, L: Lang): string {
  return kind === 'collective' ? tr(L, 'Tập thể', 'Collective') : kind === 'household' ? tr(L, 'Hộ gia đình', 'Household') : tr(L, 'Cá nhân', 'Individual');
}

/** Award kinds present, in the statistics' order (unknown ones after). */
export function awardKindsOf(rows: readonly RowValues[]): string[] {
  const seen = [...new Set(rows.map((r) => text(r, 'awardKind')))];
  const order = (k: string) => {
    const i = AWARD_KINDS.findIndex((a) => a.code === k);
    return i < 0 ? 99 : i;
  };
  return seen.sort((a, b) => order(a) - order(b));
}

export function proposalSheetName(kind: string, index: number): string {
  if (index === 0) return UPWARD_SHEETS.proposals;
  return `DS ${kind}`.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/**
 * The proposal list in the administrative layout (NĐ 30/2020, as `Đề nghị khen thưởng` prints
 * it), one per award kind as the dossier has one tờ trình per kind. `dataRowOf[i]` is the data
 * row shown on sheet row i (for pointing at what changed).
 */
export function buildProposalLists(meta: UpwardMeta, rows: readonly RowValues[]): { models: SheetModel[]; dataRowOf: Map<string, Map<number, number>> } {
  const L = meta.lang;
  const kinds = awardKindsOf(rows);
  if (kinds.length === 0) kinds.push(AWARD_KINDS[0].code);
  const models: SheetModel[] = [];
  const dataRowOf = new Map<string, Map<number, number>>();
  kinds.forEach((kind, ki) => {
    const name = proposalSheetName(kind, ki);
    const map = new Map<number, number>();
    const b = new SheetBuilder(6);
    b.documentHead(meta.agency.toUpperCase() || tr(L, 'CƠ QUAN, ĐƠN VỊ', 'AGENCY'), meta.level === 0 ? tr(L, 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'EMULATION AND COMMENDATION COUNCIL') : '', tr(L, '…………, ngày …… tháng …… năm ……', '…………, date ……'));
    b.blank();
    b.banner(tr(L, 'DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG', 'LIST OF PROPOSED AWARDS'), 'title');
    b.banner(tr(L, `Loại khen thưởng: ${kind}`, `Award kind: ${kind}`), 'subtitle');
    b.banner(tr(L, '(Kèm theo Tờ trình số ……/TTr-…… ngày …… tháng …… năm ……)', '(Attached to submission No. ……)'), 'italic');
    if (meta.campaign) b.banner(campaignLine(meta), 'subtitle');
    b.blank();
    const h = b.row(
      L === 'vi' ? ['STT', 'Họ và tên (tên tập thể)', 'Chức vụ, đơn vị', 'Hình thức đề nghị', 'Tóm tắt thành tích', 'Ghi chú'] : ['No.', 'Name (collective)', 'Position, unit', 'Proposed form', 'Achievements', 'Notes'],
      'header',
    );
    const mine = rows.map((r, i) => ({ r, i, k: kindOfText(text(r, 'kind')) })).filter((x) => text(x.r, 'awardKind') === kind || (kinds.length === 1 && ki === 0));
    const roman = ['I', 'II', 'III'];
    let section = 0;
    let people = 0;
    let collectives = 0;
    for (const kindKey of ['collective', 'household', 'individual'] as const) {
      const list = mine.filter((x) => x.k === kindKey);
      if (list.length === 0) continue;
      b.banner(`${roman[section++]}. ${kindKey === 'collective' ? tr(L, 'TẬP THỂ', 'COLLECTIVES') : kindKey === 'household' ? tr(L, 'HỘ GIA ĐÌNH', 'HOUSEHOLDS') : tr(L, 'CÁ NHÂN', 'INDIVIDUALS')}`, 'section');
      const byForm = new Map<string, typeof list>();
      for (const x of list) {
        const f = text(x.r, 'form');
        const g = byForm.get(f);
        if (g) g.push(x);
        else byForm.set(f, [x]);
      }
      [...byForm].forEach(([form, group], gi) => {
        const a = authorityOf(form);
        b.banner(`${gi + 1}. ${form} (${group.length}) – ${tr(L, 'thẩm quyền', 'decided by')}: ${levelText(a.decidedBy, L)}`, 'group');
        group.forEach((x, i) => {
          const where = kindKey === 'individual' ? [text(x.r, 'position'), text(x.r, 'unit')].filter(Boolean).join(', ') : text(x.r, 'unit') !== text(x.r, 'name') ? text(x.r, 'unit') : '';
          const agencyNote = meta.level > 0 ? text(x.r, 'agency') : '';
          const sr = b.row([i + 1, text(x.r, 'name'), where, form, text(x.r, 'achievements'), [agencyNote, text(x.r, 'status'), text(x.r, 'vote') ? `${L === 'vi' ? 'Hội đồng' : 'Council'}: ${text(x.r, 'vote')}` : ''].filter(Boolean).join('; ')]);
          map.set(sr, x.i);
          if (kindKey === 'individual') people++;
          else collectives++;
        });
      });
    }
    b.proposalListEnd(h, L, tr(L, 'Không có đề nghị nào.', 'No proposals.'), [
      { text: tr(L, `Tổng cộng: ${collectives} lượt đề nghị tập thể, ${people} lượt đề nghị cá nhân.`, `Total: ${collectives} proposal(s) for collectives, ${people} for individuals.`), style: 'italic' },
      { text: tr(L, `Mã kiểm tra dữ liệu: ${meta.checkCode} (cách kiểm tra: xem sheet "${UPWARD_SHEETS.cover}")`, `Data check code: ${meta.checkCode} (how to verify: see the "${UPWARD_SHEETS.cover}" sheet)`), style: 'total' },
    ]);
    models.push(b.build({ id: 'proposal', name, columnWidths: [6, 26, 24, 20, 40, 14], page: { ...PAGE_A4, printTitleRows: [h, h] } }));
    dataRowOf.set(name, map);
  });
  return { models, dataRowOf };
}

/** `Dữ liệu đề nghị`: one row per proposal, every column documented (docs/upward-format.md). */
export function buildDataSheet(rows: readonly RowValues[], L: Lang): SheetModel {
  const b = new SheetBuilder(DATA_COLUMNS.length);
  b.row(DATA_COLUMNS.map((c) => (L === 'vi' ? c.vi : c.en)), 'header');
  for (const r of rows) b.row(DATA_COLUMNS.map((c) => r[c.id] ?? null));
  return b.build({
    id: 'upwardData',
    name: UPWARD_SHEETS.data,
    columnWidths: DATA_COLUMNS.map((c) => c.width),
    freeze: { rows: 1, cols: 5 },
    autoFilter: rows.length ? { top: 0, left: 0, bottom: rows.length, right: DATA_COLUMNS.length - 1 } : undefined,
    page: { orientation: 'landscape', fitToWidth: false, font: 'Calibri', fontSize: 11 },
  });
}

/** The hidden meta sheet: key | value. */
export function buildMetaSheet(meta: UpwardMeta): SheetModel {
  const rows: CellValue[][] = [['Khóa', 'Giá trị'], ...META_KEYS.map((k) => [k, meta[k] as CellValue])];
  return { id: 'upwardData', name: UPWARD_SHEETS.meta, rows, columnWidths: [14, 70], styles: [], merges: [], links: [], visibility: 'hidden', page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 } };
}

/** Counts by form, object class and award kind, in the shape of the national statistics forms. */
export function buildStatsSheet(meta: UpwardMeta, rows: readonly RowValues[]): SheetModel {
  const L = meta.lang;
  const classes = [...PERSON_CLASSES.map((c) => c.code), OBJECT_CLASSES.collective.code, OBJECT_CLASSES.business.code, OBJECT_CLASSES.household.code];
  const width = classes.length + 3;
  const b = new SheetBuilder(width);
  b.banner(tr(L, 'THỐNG KÊ ĐỀ NGHỊ KHEN THƯỞNG', 'AWARD PROPOSAL STATISTICS'), 'title');
  b.banner(campaignLine(meta), 'subtitle');
  b.banner(
    tr(
      L,
      `Theo mẫu biểu thống kê ${OBJECT_CLASS_BASIS}. Biểu thống kê chính thức đếm số khen thưởng đã được quyết định (hạn 15/12); ở đây là số đề nghị, đếm lại sau khi có quyết định.`,
      `In the shape of the statistics forms (${OBJECT_CLASS_BASIS}). The official forms count awards granted (due 15/12); these are proposals, to count again after the decisions.`,
    ),
    'wrap',
  );
  b.blank();
  b.banner(tr(L, '1. Theo hình thức và phân loại đối tượng', '1. By form and object class'), 'section');
  const h = b.row(['STT', tr(L, 'Hình thức', 'Form'), ...classes, tr(L, 'Tổng số', 'Total')], 'header');
  // One pass over the rows: form × class, and award kind × subject kind.
  const classIndex = new Map<string, number>(classes.map((c, i) => [c, i]));
  const byForm = new Map<string, number[]>();
  const byKind = new Map<string, number[]>();
  const subjects = ['individual', 'collective', 'household'];
  for (const r of rows) {
    const f = text(r, 'form');
    let counts = byForm.get(f);
    if (!counts) byForm.set(f, (counts = new Array<number>(classes.length + 1).fill(0)));
    const ci = classIndex.get(text(r, 'objectClass'));
    if (ci !== undefined) counts[ci]++;
    counts[classes.length]++;
    const k = text(r, 'awardKind');
    let kc = byKind.get(k);
    if (!kc) byKind.set(k, (kc = [0, 0, 0]));
    kc[subjects.indexOf(kindOfText(text(r, 'kind')))]++;
  }
  const totals = new Array<number>(classes.length + 1).fill(0);
  [...byForm].forEach(([f, counts], i) => {
    counts.forEach((n, j) => (totals[j] += n));
    b.row([i + 1, f, ...counts]);
  });
  b.row(['', tr(L, 'Tổng cộng', 'Total'), ...totals], 'total');
  b.style(h + 1, 0, b.next - 1, width - 1, 'cell');
  b.blank();
  b.banner(tr(L, `2. Theo loại khen thưởng (${AWARD_KIND_BASIS})`, `2. By award kind (${AWARD_KIND_BASIS})`), 'section');
  const h2 = b.row(['STT', tr(L, 'Loại khen thưởng', 'Award kind'), tr(L, 'Cá nhân', 'Individuals'), tr(L, 'Tập thể', 'Collectives'), tr(L, 'Hộ gia đình', 'Households'), tr(L, 'Tổng số', 'Total')], 'header');
  AWARD_KINDS.forEach((k, i) => {
    const [a, c, hh] = byKind.get(k.code) ?? [0, 0, 0];
    b.row([i + 1, L === 'vi' ? k.code : k.en, a, c, hh, a + c + hh]);
  });
  b.style(h2 + 1, 0, b.next - 1, 5, 'cell');
  return b.build({ id: 'upwardStats', name: UPWARD_SHEETS.stats, columnWidths: [6, 30, ...classes.map(() => 14), 10], page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 } });
}

/** A finding list for the upward workbook and the roll-up: which file, sheet, cell, and what. */
export function buildFindingList(findings: readonly (Finding & { file?: string })[], L: Lang, title: string): SheetModel {
  const b = new SheetBuilder(8);
  b.banner(title, 'title');
  const h = b.row(L === 'vi' ? ['STT', 'Mức độ', 'Tệp', 'Sheet', 'Ô', 'Ứng viên', 'Nội dung', 'Cách sửa'] : ['No.', 'Severity', 'File', 'Sheet', 'Cell', 'Candidate', 'Finding', 'How to fix'], 'header');
  findings.forEach((f, i) => {
    const row = b.row([i + 1, f.severity === 'error' ? tr(L, 'Lỗi', 'Error') : tr(L, 'Cảnh báo', 'Warning'), f.file ?? '', f.sheet, f.cell, f.candidate, f.message, f.fix]);
    b.style(row, 1, row, 1, f.severity === 'error' ? 'error' : 'warning');
  });
  if (findings.length === 0) b.banner(tr(L, 'Không có lỗi hay cảnh báo.', 'No errors or warnings.'), 'muted');
  else b.style(h + 1, 0, b.next - 1, 7, 'cellWrap');
  return b.build({ id: 'findings', name: UPWARD_SHEETS.findings, columnWidths: [6, 10, 24, 18, 8, 24, 60, 44], freeze: { rows: h + 1, cols: 0 }, page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 } });
}

/* ---------- The provincial systems' import layout, through an editable code table ---------- */

/** The import template's columns (domain.md §7); older lists add Giới tính, Ngày sinh. */
export const EXPORT_COLUMNS = [
  'STT',
  'Tên gọi (Ông/Bà/Chức danh)',
  'Tên tập thể/cá nhân/hộ gia đình',
  'Chức vụ',
  'Đơn vị công tác',
  'Phân loại khen thưởng',
  'Danh hiệu thi đua/Hình thức khen thưởng',
  'Phân loại đối tượng',
  'Lĩnh vực hoạt động',
  'Giới tính',
  'Ngày sinh',
] as const;

export const CODE_TYPES = {
  form: 'Hình thức',
  awardKind: 'Phân loại khen thưởng',
  objectClass: 'Phân loại đối tượng',
  field: 'Lĩnh vực hoạt động (theo cơ quan)',
  salutation: 'Tên gọi (theo giới tính)',
  setting: 'Thiết lập',
} as const;
export const GROUP_ORDER_KEY = 'Thứ tự nhóm';
export const GROUP_ORDER_VALUES = { collectiveFirst: 'Tập thể trước', individualFirst: 'Cá nhân trước' };

/** Values as written in the file → what the provincial system expects; edited by the user. */
export interface CodeTable {
  map: Map<string, string>;
  collectiveFirst: boolean;
}

const codeKey = (type: string, value: string) => `${fold(type)}|${fold(value)}`;

export function mapCode(t: CodeTable, type: string, value: string): string {
  const v = t.map.get(codeKey(type, value));
  return v === undefined || v === '' ? value : v;
}

/** The default table: every value found maps to itself, ready to be edited to the province's codes. */
export function defaultCodes(rows: readonly RowValues[]): { type: string; value: string; target: string }[] {
  const out: { type: string; value: string; target: string }[] = [];
  const add = (type: string, values: Iterable<string>) => {
    for (const v of new Set(values)) if (v) out.push({ type, value: v, target: v });
  };
  add(CODE_TYPES.form, rows.map((r) => text(r, 'form')));
  add(CODE_TYPES.awardKind, rows.map((r) => text(r, 'awardKind')));
  add(CODE_TYPES.objectClass, rows.map((r) => text(r, 'objectClass')));
  for (const a of new Set(rows.map((r) => text(r, 'agency')))) if (a) out.push({ type: CODE_TYPES.field, value: a, target: '' });
  out.push({ type: CODE_TYPES.salutation, value: 'Nam', target: 'Ông' }, { type: CODE_TYPES.salutation, value: 'Nữ', target: 'Bà' });
  out.push({ type: CODE_TYPES.setting, value: GROUP_ORDER_KEY, target: GROUP_ORDER_VALUES.collectiveFirst });
  return out;
}

export function codeTableOf(entries: readonly { type: string; value: string; target: string }[]): CodeTable {
  const map = new Map<string, string>();
  let collectiveFirst = true;
  for (const e of entries) {
    if (fold(e.type) === fold(CODE_TYPES.setting) && fold(e.value) === fold(GROUP_ORDER_KEY)) collectiveFirst = !fold(e.target).startsWith('ca nhan');
    else map.set(codeKey(e.type, e.value), e.target);
  }
  return { map, collectiveFirst };
}

export function buildCodesSheet(entries: readonly { type: string; value: string; target: string }[], L: Lang): SheetModel {
  const b = new SheetBuilder(3);
  b.banner(tr(L, 'BẢNG MÃ CHO HỆ THỐNG THI ĐUA – KHEN THƯỞNG CỦA TỈNH', 'CODE TABLE FOR THE PROVINCIAL SYSTEM'), 'title');
  b.banner(
    tr(
      L,
      'Sửa cột "Giá trị ở hệ thống tỉnh" theo danh mục của hệ thống tỉnh; lệnh "thidua rollup … --export" đọc lại bảng này khi xuất. Để trống: giữ nguyên giá trị trong sổ.',
      'Edit the "Value in the provincial system" column to the system\'s list; "thidua rollup … --export" reads this table back. Empty: the value is kept.',
    ),
    'wrap',
  );
  const h = b.row([tr(L, 'Loại', 'Type'), tr(L, 'Giá trị trong sổ', 'Value in this file'), tr(L, 'Giá trị ở hệ thống tỉnh', 'Value in the provincial system')], 'header');
  for (const e of entries) b.row([e.type, e.value, e.target]);
  if (entries.length) b.style(h + 1, 0, b.next - 1, 2, 'cellWrap');
  return b.build({
    id: 'upwardExport',
    name: UPWARD_SHEETS.codes,
    columnWidths: [30, 50, 50],
    freeze: { rows: h + 1, cols: 0 },
    protection: { unlocked: entries.length ? [{ top: h + 1, left: 2, bottom: h + entries.length + 200, right: 2 }] : [] },
    page: { orientation: 'portrait', fitToWidth: true, font: 'Times New Roman', fontSize: 11 },
  });
}

/** The code table as the user left it: rows under the header with a type and a value. */
export function readCodesGrid(rows: readonly (readonly CellValue[])[]): { type: string; value: string; target: string }[] {
  const out: { type: string; value: string; target: string }[] = [];
  const start = rows.findIndex((r) => fold(String(r?.[0] ?? '')) === 'loai' || fold(String(r?.[0] ?? '')) === 'type');
  for (let i = start + 1; start >= 0 && i < rows.length; i++) {
    const r = rows[i] ?? [];
    const type = String(r[0] ?? '').trim();
    const value = String(r[1] ?? '').trim();
    if (type && value) out.push({ type, value, target: String(r[2] ?? '').trim() });
  }
  return out;
}

/** The rows in the import template's column order, codes mapped; group order from the table. */
export function exportRows(rows: readonly RowValues[], codes: CodeTable): CellValue[][] {
  const isCollective = (r: RowValues) => kindOfText(text(r, 'kind')) !== 'individual';
  const ordered = [...rows.filter((r) => isCollective(r) === codes.collectiveFirst), ...rows.filter((r) => isCollective(r) !== codes.collectiveFirst)];
  return ordered.map((r, i) => {
    const gender = text(r, 'gender');
    const person = !isCollective(r);
    return [
      i + 1,
      person && gender ? mapCode(codes, CODE_TYPES.salutation, gender) : '',
      text(r, 'name'),
      text(r, 'position'),
      text(r, 'unit') === text(r, 'name') ? text(r, 'agency') : [text(r, 'unit'), text(r, 'agency')].filter(Boolean).join(', '),
      mapCode(codes, CODE_TYPES.awardKind, text(r, 'awardKind')),
      mapCode(codes, CODE_TYPES.form, text(r, 'form')),
      mapCode(codes, CODE_TYPES.objectClass, text(r, 'objectClass')),
      codes.map.get(codeKey(CODE_TYPES.field, text(r, 'agency'))) ?? '',
      gender,
      text(r, 'dob'),
    ];
  });
}

export function buildExportSheet(rows: readonly RowValues[], codes: CodeTable): SheetModel {
  const b = new SheetBuilder(EXPORT_COLUMNS.length);
  b.row([...EXPORT_COLUMNS], 'header');
  for (const r of exportRows(rows, codes)) b.row(r);
  return b.build({ id: 'upwardExport', name: UPWARD_SHEETS.export, columnWidths: [6, 14, 28, 20, 30, 20, 34, 30, 20, 9, 12], freeze: { rows: 1, cols: 0 }, page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 } });
}
