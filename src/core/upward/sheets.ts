import { CellValue } from '../../sheet/grid';
import { Finding, Lang } from '../model';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { fold } from '../text/normalize';
import { DATA_COLUMNS, META_KEYS, RowValues, UPWARD_SHEETS, UpwardMeta } from './format';
import { AWARD_KINDS, AWARD_KIND_BASIS, OBJECT_CLASSES, OBJECT_CLASS_BASIS, PERSON_CLASSES, authorityOf, levelText } from './forms';
import { kindOfText, text } from './rows';
import { t } from '../i18n/words';
import { UPWARD_SHEET_WORDS } from './sheets.words';

/**
 * The upward workbook's sheets, built from its data rows and meta alone: the same rows always
 * give the same cover and proposal lists, so the roll-up can rebuild them and tell what was
 * changed on the printed sheets too.
 */

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
  b.banner(meta.agency.toUpperCase() || t(UPWARD_SHEET_WORDS, L, 'agency'), 'agency');
  b.banner(meta.level === 0 ? t(UPWARD_SHEET_WORDS, L, 'awardProposalsSentUpward') : t(UPWARD_SHEET_WORDS, L, 'consolidatedAwardProposals'), 'title');
  b.banner(campaignLine(meta), 'subtitle');
  b.blank();
  const info: [string, CellValue][] = [
    [t(UPWARD_SHEET_WORDS, L, 'madeBy'), meta.agency],
    [t(UPWARD_SHEET_WORDS, L, 'campaign'), meta.campaign],
    [t(UPWARD_SHEET_WORDS, L, 'year'), meta.year === null ? '' : String(meta.year)],
    [t(UPWARD_SHEET_WORDS, L, 'madeAt'), madeAtText(meta.madeAt)],
    [t(UPWARD_SHEET_WORDS, L, 'version'), `thidua ${meta.version}; ${meta.format}`],
    [t(UPWARD_SHEET_WORDS, L, 'madeFrom'), meta.source],
    [t(UPWARD_SHEET_WORDS, L, 'proposals'), String(meta.rows)],
  ];
  const first = b.next;
  for (const [k, v] of info) {
    const r = b.row([k, v]);
    b.merge(r, 1, r, 4);
  }
  b.style(first, 0, b.next - 1, 0, 'total');
  b.style(first, 1, b.next - 1, 4, 'wrap');
  b.blank();
  b.banner(t(UPWARD_SHEET_WORDS, L, 'proposalsByForm'), 'section');
  const h = b.row(
    [
      t(UPWARD_SHEET_WORDS, L, 'form'),
      t(UPWARD_SHEET_WORDS, L, 'subject'),
      t(UPWARD_SHEET_WORDS, L, 'count'),
      t(UPWARD_SHEET_WORDS, L, 'decidedBy'),
      t(UPWARD_SHEET_WORDS, L, 'basis'),
    ],
    'header',
  );
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
    b.banner(t(UPWARD_SHEET_WORDS, L, 'titlesTheAgencyDecides'), 'section');
    const h2 = b.row(
      [
        t(UPWARD_SHEET_WORDS, L, 'title'),
        t(UPWARD_SHEET_WORDS, L, 'subject'),
        t(UPWARD_SHEET_WORDS, L, 'count2'),
        t(UPWARD_SHEET_WORDS, L, 'decidedBy'),
        t(UPWARD_SHEET_WORDS, L, 'basis'),
      ],
      'header',
    );
    for (const [form, kind, n] of own) {
      const a = authorityOf(form);
      b.row([form, kindName(kind, L), n, levelText(a.decidedBy, L), a.basis]);
    }
    b.style(h2 + 1, 0, b.next - 1, 4, 'cellWrap');
  }
  b.blank();
  b.banner(t(UPWARD_SHEET_WORDS, L, 'checkCode'), 'section');
  const code = b.banner(meta.checkCode, 'title');
  void code;
  b.banner(t(UPWARD_SHEET_WORDS, L, 'sha256OfThe', { contentHash: meta.contentHash }), 'muted');
  b.banner(t(UPWARD_SHEET_WORDS, L, 'thisCodeIsPrinted'), 'wrap');
  return b.build({ id: 'upwardCover', name: UPWARD_SHEETS.cover, columnWidths: [26, 14, 12, 20, 40], page: { ...PAGE_A4, fontSize: 12 } });
}

/** "2025-12-10T08:00:00.000Z" → "10/12/2025 08:00 (UTC)". */
function madeAtText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]} ${m[4]}:${m[5]} (UTC)` : iso;
}

function kindName(kind: string, L: Lang): string {
  return kind === 'collective'
    ? t(UPWARD_SHEET_WORDS, L, 'collective')
    : kind === 'household'
      ? t(UPWARD_SHEET_WORDS, L, 'household')
      : t(UPWARD_SHEET_WORDS, L, 'individual');
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
    b.documentHead(
      meta.agency.toUpperCase() || t(UPWARD_SHEET_WORDS, L, 'agency'),
      meta.level === 0 ? t(UPWARD_SHEET_WORDS, L, 'emulationAndCommendationCouncil') : '',
      t(UPWARD_SHEET_WORDS, L, 'date'),
    );
    b.blank();
    b.banner(t(UPWARD_SHEET_WORDS, L, 'listOfProposedAwards'), 'title');
    b.banner(t(UPWARD_SHEET_WORDS, L, 'awardKind', { kind }), 'subtitle');
    b.banner(t(UPWARD_SHEET_WORDS, L, 'attachedToSubmissionNo'), 'italic');
    if (meta.campaign) b.banner(campaignLine(meta), 'subtitle');
    b.blank();
    const h = b.row(
      (['hNo', 'hName', 'hWhere', 'hForm', 'hAchievements', 'hNotes'] as const).map((k) => t(UPWARD_SHEET_WORDS, L, k)),
      'header',
    );
    const mine = rows
      .map((r, i) => ({ r, i, k: kindOfText(text(r, 'kind')) }))
      .filter((x) => text(x.r, 'awardKind') === kind || (kinds.length === 1 && ki === 0));
    const roman = ['I', 'II', 'III'];
    let section = 0;
    let people = 0;
    let collectives = 0;
    for (const kindKey of ['collective', 'household', 'individual'] as const) {
      const list = mine.filter((x) => x.k === kindKey);
      if (list.length === 0) continue;
      b.banner(
        `${roman[section++]}. ${kindKey === 'collective' ? t(UPWARD_SHEET_WORDS, L, 'collectives') : kindKey === 'household' ? t(UPWARD_SHEET_WORDS, L, 'households') : t(UPWARD_SHEET_WORDS, L, 'individuals')}`,
        'section',
      );
      const byForm = new Map<string, typeof list>();
      for (const x of list) {
        const f = text(x.r, 'form');
        const g = byForm.get(f);
        if (g) g.push(x);
        else byForm.set(f, [x]);
      }
      [...byForm].forEach(([form, group], gi) => {
        const a = authorityOf(form);
        b.banner(`${gi + 1}. ${form} (${group.length}) – ${t(UPWARD_SHEET_WORDS, L, 'decidedBy2')}: ${levelText(a.decidedBy, L)}`, 'group');
        group.forEach((x, i) => {
          const where =
            kindKey === 'individual'
              ? [text(x.r, 'position'), text(x.r, 'unit')].filter(Boolean).join(', ')
              : text(x.r, 'unit') !== text(x.r, 'name')
                ? text(x.r, 'unit')
                : '';
          const agencyNote = meta.level > 0 ? text(x.r, 'agency') : '';
          const sr = b.row([
            i + 1,
            text(x.r, 'name'),
            where,
            form,
            text(x.r, 'achievements'),
            [agencyNote, text(x.r, 'status'), text(x.r, 'vote') ? t(UPWARD_SHEET_WORDS, L, 'councilVote', { vote: text(x.r, 'vote') }) : '']
              .filter(Boolean)
              .join('; '),
          ]);
          map.set(sr, x.i);
          if (kindKey === 'individual') people++;
          else collectives++;
        });
      });
    }
    b.proposalListEnd(h, L, t(UPWARD_SHEET_WORDS, L, 'noProposals'), [
      { text: t(UPWARD_SHEET_WORDS, L, 'totalProposalSFor', { collectives, people }), style: 'italic' },
      { text: t(UPWARD_SHEET_WORDS, L, 'dataCheckCodeHow', { checkCode: meta.checkCode, cover: UPWARD_SHEETS.cover }), style: 'total' },
    ]);
    models.push(b.build({ id: 'proposal', name, columnWidths: [6, 26, 24, 20, 40, 14], page: { ...PAGE_A4, printTitleRows: [h, h] } }));
    dataRowOf.set(name, map);
  });
  return { models, dataRowOf };
}

/** `Dữ liệu đề nghị`: one row per proposal, every column documented (docs/upward-format.md). */
export function buildDataSheet(rows: readonly RowValues[], L: Lang): SheetModel {
  const b = new SheetBuilder(DATA_COLUMNS.length);
  b.row(
    DATA_COLUMNS.map((c) => (L === 'vi' ? c.vi : c.en)),
    'header',
  );
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
  return {
    id: 'upwardData',
    name: UPWARD_SHEETS.meta,
    rows,
    columnWidths: [14, 70],
    styles: [],
    merges: [],
    links: [],
    visibility: 'hidden',
    page: { orientation: 'portrait', fitToWidth: false, font: 'Calibri', fontSize: 11 },
  };
}

/** Counts by form, object class and award kind, in the shape of the national statistics forms. */
export function buildStatsSheet(meta: UpwardMeta, rows: readonly RowValues[]): SheetModel {
  const L = meta.lang;
  const classes = [...PERSON_CLASSES.map((c) => c.code), OBJECT_CLASSES.collective.code, OBJECT_CLASSES.business.code, OBJECT_CLASSES.household.code];
  const width = classes.length + 3;
  const b = new SheetBuilder(width);
  b.banner(t(UPWARD_SHEET_WORDS, L, 'awardProposalStatistics'), 'title');
  b.banner(campaignLine(meta), 'subtitle');
  b.banner(t(UPWARD_SHEET_WORDS, L, 'inTheShapeOf', { basis: OBJECT_CLASS_BASIS }), 'wrap');
  b.blank();
  b.banner(t(UPWARD_SHEET_WORDS, L, 'n1ByFormAnd'), 'section');
  const h = b.row(['STT', t(UPWARD_SHEET_WORDS, L, 'form'), ...classes, t(UPWARD_SHEET_WORDS, L, 'total')], 'header');
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
  b.row(['', t(UPWARD_SHEET_WORDS, L, 'total2'), ...totals], 'total');
  b.style(h + 1, 0, b.next - 1, width - 1, 'cell');
  b.blank();
  b.banner(t(UPWARD_SHEET_WORDS, L, 'n2ByAwardKind', { basis: AWARD_KIND_BASIS }), 'section');
  const h2 = b.row(
    [
      'STT',
      t(UPWARD_SHEET_WORDS, L, 'awardKind2'),
      t(UPWARD_SHEET_WORDS, L, 'individuals2'),
      t(UPWARD_SHEET_WORDS, L, 'collectives2'),
      t(UPWARD_SHEET_WORDS, L, 'households2'),
      t(UPWARD_SHEET_WORDS, L, 'total'),
    ],
    'header',
  );
  AWARD_KINDS.forEach((k, i) => {
    const [a, c, hh] = byKind.get(k.code) ?? [0, 0, 0];
    b.row([i + 1, L === 'vi' ? k.code : k.en, a, c, hh, a + c + hh]);
  });
  b.style(h2 + 1, 0, b.next - 1, 5, 'cell');
  return b.build({
    id: 'upwardStats',
    name: UPWARD_SHEETS.stats,
    columnWidths: [6, 30, ...classes.map(() => 14), 10],
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 },
  });
}

/** A finding list for the upward workbook and the roll-up: which file, sheet, cell, and what. */
export function buildFindingList(findings: readonly (Finding & { file?: string })[], L: Lang, title: string): SheetModel {
  const b = new SheetBuilder(8);
  b.banner(title, 'title');
  const h = b.row(
    (['hNo', 'hSeverity', 'hFile', 'hSheet', 'hCell', 'hCandidate', 'hFinding', 'hFix'] as const).map((k) => t(UPWARD_SHEET_WORDS, L, k)),
    'header',
  );
  findings.forEach((f, i) => {
    const row = b.row([
      i + 1,
      f.severity === 'error' ? t(UPWARD_SHEET_WORDS, L, 'error') : t(UPWARD_SHEET_WORDS, L, 'warning'),
      f.file ?? '',
      f.sheet,
      f.cell,
      f.candidate,
      f.message,
      f.fix,
    ]);
    b.style(row, 1, row, 1, f.severity === 'error' ? 'error' : 'warning');
  });
  if (findings.length === 0) b.banner(t(UPWARD_SHEET_WORDS, L, 'noErrorsOrWarnings'), 'muted');
  else b.style(h + 1, 0, b.next - 1, 7, 'cellWrap');
  return b.build({
    id: 'findings',
    name: UPWARD_SHEETS.findings,
    columnWidths: [6, 10, 24, 18, 8, 24, 60, 44],
    freeze: { rows: h + 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 },
  });
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
  add(
    CODE_TYPES.form,
    rows.map((r) => text(r, 'form')),
  );
  add(
    CODE_TYPES.awardKind,
    rows.map((r) => text(r, 'awardKind')),
  );
  add(
    CODE_TYPES.objectClass,
    rows.map((r) => text(r, 'objectClass')),
  );
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
  b.banner(t(UPWARD_SHEET_WORDS, L, 'codeTableForThe'), 'title');
  b.banner(t(UPWARD_SHEET_WORDS, L, 'editTheValueIn'), 'wrap');
  const h = b.row([t(UPWARD_SHEET_WORDS, L, 'type'), t(UPWARD_SHEET_WORDS, L, 'valueInThisFile'), t(UPWARD_SHEET_WORDS, L, 'valueInTheProvincial')], 'header');
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
  return b.build({
    id: 'upwardExport',
    name: UPWARD_SHEETS.export,
    columnWidths: [6, 14, 28, 20, 30, 20, 34, 30, 20, 9, 12],
    freeze: { rows: 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 },
  });
}
