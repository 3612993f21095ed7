import { CLOSING_SHEETS } from '../config/sheetNames';
import { CellValue } from '../../sheet/grid';
import { defineWords, t } from '../i18n/words';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { fold } from '../text/normalize';
import { isoToVi } from '../text/numbers';
import { ClosingData, DecisionDraft, decisionNumberText } from './decided';

/**
 * The certificates of Giấy khen and of Chiến sĩ thi đua cơ sở (LĐTT has none: the decision and
 * its list are the record, domain.md §4): a mail-merge sheet Word reads as it is (one header row
 * in row 1, one row per certificate, no merged cells, no title), and a printable sheet with one
 * certificate per A4 landscape page, its margins from the register so it lands on the agency's
 * pre-printed blanks.
 */

/** Which titles and forms print a certificate (domain.md §8 [C]; the blanks are agencies' practice [R]). */
export const CERTIFICATE_TITLES = {
  match: /giay khen|chien si thi dua co so/,
  basis: 'Giấy khen và Giấy chứng nhận Chiến sĩ thi đua cơ sở ghi số sổ vàng (domain.md §8) [C]; in trên phôi bằng trộn thư [R]',
};

export function hasCertificate(title: string): boolean {
  return CERTIFICATE_TITLES.match.test(fold(title));
}

export const MERGE_SHEET = CLOSING_SHEETS.certificateData;
export const PRINT_SHEET = CLOSING_SHEETS.certificatePrint;

const W = /*#__PURE__*/ defineWords(
  'closing.certificates',
  {
    no: 'STT',
    goldenBook: 'So_so_vang',
    salutation: 'Danh_xung',
    name: 'Ho_va_ten',
    position: 'Chuc_vu',
    unit: 'Don_vi',
    award: 'Danh_hieu_hinh_thuc',
    achievement: 'Thanh_tich',
    decisionNo: 'So_quyet_dinh',
    decisionDate: 'Ngay_quyet_dinh',
    placeDate: 'Dia_danh_ngay',
    signerTitle: 'Chuc_vu_nguoi_ky',
    signer: 'Nguoi_ky',
    agency: 'Co_quan',
    achievementLine: 'Đã có thành tích xuất sắc trong {campaign} năm {year}',
    placeDateText: '{place}, ngày {d} tháng {m} năm {y}',
    placeDateBlank: '{place}, ngày …… tháng …… năm ……',
    cstdcs: 'GIẤY CHỨNG NHẬN',
    cstdcsTitle: 'Đạt danh hiệu Chiến sĩ thi đua cơ sở năm {year}',
    giayKhen: 'GIẤY KHEN',
    awardsTo: 'Tặng',
    recognises: 'Chứng nhận',
    decisionLine: 'Quyết định số {number}, ngày {date}',
    goldenLine: 'Số sổ vàng: {no}',
    none: 'Không có giấy khen hay giấy chứng nhận nào để in.',
    mr: 'Ông',
    ms: 'Bà',
  },
  {
    no: 'No',
    goldenBook: 'Golden_book_no',
    salutation: 'Salutation',
    name: 'Name',
    position: 'Position',
    unit: 'Unit',
    award: 'Award',
    achievement: 'Achievement',
    decisionNo: 'Decision_no',
    decisionDate: 'Decision_date',
    placeDate: 'Place_date',
    signerTitle: 'Signer_position',
    signer: 'Signer',
    agency: 'Agency',
    achievementLine: 'For outstanding achievements in {campaign} {year}',
    placeDateText: '{place}, {d}/{m}/{y}',
    placeDateBlank: '{place}, ……',
    cstdcs: 'CERTIFICATE',
    cstdcsTitle: 'Grassroots emulation fighter (Chiến sĩ thi đua cơ sở) {year}',
    giayKhen: 'CERTIFICATE OF MERIT',
    awardsTo: 'Awarded to',
    recognises: 'This certifies',
    decisionLine: 'Decision No. {number}, {date}',
    goldenLine: 'Golden book no.: {no}',
    none: 'No certificate to print.',
    mr: 'Mr',
    ms: 'Ms',
  },
);

export interface Certificate {
  decision: DecisionDraft;
  no: number;
  salutation: string;
  name: string;
  position: string;
  unit: string;
  award: string;
  achievement: string;
  decisionNo: string;
  decisionDate: string;
  placeDate: string;
}

export function certificatesOf(data: ClosingData): Certificate[] {
  const L = data.lang;
  const s = data.settings;
  const out: Certificate[] = [];
  for (const d of data.decisions) {
    if (!hasCertificate(d.rule.name)) continue;
    const [y, m, day] = d.dateIso.split('-');
    const placeDate = d.dateTyped
      ? t(W, L, 'placeDateText', { place: s.place || '…………', d: day, m, y })
      : t(W, L, 'placeDateBlank', { place: s.place || '…………' });
    for (const a of d.awardees) {
      const g = fold(a.candidate.gender ?? '');
      const salutation = a.candidate.kind !== 'individual' ? '' : g === 'nu' ? t(W, L, 'ms') : g === 'nam' ? t(W, L, 'mr') : '';
      out.push({
        decision: d,
        no: a.no,
        salutation,
        name: a.candidate.name,
        position: a.position,
        unit: a.unit,
        award: d.rule.name,
        achievement: t(W, L, 'achievementLine', { campaign: data.campaignName || '……', year: data.year ?? '' }).replace(/ năm (\d{4}) năm \1$/, ' năm $1'),
        decisionNo: decisionNumberText(d, s),
        decisionDate: d.dateTyped ? isoToVi(d.dateIso) : '',
        placeDate,
      });
    }
  }
  return out;
}

/** One header row, one row per certificate: what Word's mail merge reads as its data source. */
export function buildMergeSheet(data: ClosingData, certs: Certificate[]): SheetModel {
  const L = data.lang;
  const s = data.settings;
  const keys = [
    'no',
    'goldenBook',
    'salutation',
    'name',
    'position',
    'unit',
    'award',
    'achievement',
    'decisionNo',
    'decisionDate',
    'placeDate',
    'signerTitle',
    'signer',
    'agency',
  ] as const;
  const rows: CellValue[][] = [keys.map((k) => t(W, L, k))];
  certs.forEach((c, i) =>
    rows.push([
      i + 1,
      c.no,
      c.salutation,
      c.name,
      c.position,
      c.unit,
      c.award,
      c.achievement,
      c.decisionNo,
      c.decisionDate,
      c.placeDate,
      s.signerTitle,
      s.signer,
      data.agency,
    ]),
  );
  return {
    id: 'certificateData',
    name: MERGE_SHEET,
    rows,
    columnWidths: [5, 8, 8, 26, 22, 26, 26, 50, 16, 14, 30, 16, 22, 30],
    styles: [{ top: 0, bottom: 0, left: 0, right: keys.length - 1, style: 'total' }],
    merges: [],
    links: [],
    freeze: { rows: 1, cols: 0 },
    page: { orientation: 'landscape', fitToWidth: true, font: 'Times New Roman', fontSize: 11 },
  };
}

/** One certificate per page, A4 landscape; the register's margins place it on the blank. */
export function buildPrintSheet(data: ClosingData, certs: Certificate[]): SheetModel {
  const L = data.lang;
  const s = data.settings;
  const b = new SheetBuilder(6);
  const breaks: number[] = [];
  const agency = (data.agency || '').toUpperCase();
  for (const c of certs) {
    if (b.next > 0) breaks.push(b.next);
    const isCstdcs = !/giay khen/.test(fold(c.award));
    b.banner('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'motto');
    b.banner('Độc lập - Tự do - Hạnh phúc', 'motto');
    b.blank();
    b.blank();
    b.banner(`${s.signerTitle.toUpperCase()} ${agency}`, 'subtitle');
    b.blank();
    b.banner(isCstdcs ? t(W, L, 'cstdcs') : t(W, L, 'giayKhen'), 'title');
    b.banner(isCstdcs ? t(W, L, 'recognises') : t(W, L, 'awardsTo'), 'italic');
    b.blank();
    b.banner([c.salutation, c.name].filter(Boolean).join(' '), 'title');
    b.banner([c.position, c.unit].filter(Boolean).join(', '), 'subtitle');
    b.blank();
    b.banner(isCstdcs ? t(W, L, 'cstdcsTitle', { year: data.year ?? '' }) : c.achievement, 'subtitle');
    b.blank();
    b.blank();
    const r = b.row([t(W, L, 'decisionLine', { number: c.decisionNo, date: c.decisionDate || '……' }), '', '', c.placeDate]);
    b.merge(r, 0, r, 2);
    b.merge(r, 3, r, 5);
    b.style(r, 0, r, 5, 'italic');
    const g = b.row([t(W, L, 'goldenLine', { no: c.no }), '', '', s.signerTitle.toUpperCase()]);
    b.merge(g, 0, g, 2);
    b.merge(g, 3, g, 5);
    b.style(g, 0, g, 2, 'italic');
    b.style(g, 3, g, 5, 'signature');
    b.blank();
    b.blank();
    b.blank();
    const sn = b.row(['', '', '', s.signer]);
    b.merge(sn, 3, sn, 5);
    b.style(sn, 3, sn, 5, 'signatureName');
  }
  if (certs.length === 0) b.banner(t(W, L, 'none'), 'muted');
  return b.build({
    id: 'certificatePrint',
    name: PRINT_SHEET,
    columnWidths: [17, 17, 17, 17, 17, 17],
    // Not scaled to fit: Excel ignores manual page breaks on a sheet scaled to fit the page.
    page: {
      orientation: 'landscape',
      fitToWidth: false,
      font: 'Times New Roman',
      fontSize: 14,
      rowBreaks: breaks,
      margins: { top: s.marginTop, left: s.marginLeft, right: 1, bottom: 1 },
    },
  });
}
