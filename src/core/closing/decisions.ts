import { CLOSING_SHEETS } from '../config/sheetNames';
import { defineWords, t } from '../i18n/words';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { isoToVi } from '../text/numbers';
import { ClosingData, DecisionDraft, decisionNumberText, longDate } from './decided';
import { DETAILING_DECREE, LAW_LINE, formatDong, formatMultiple, inForce } from './law';
import { MoneyBook } from './money';

/**
 * One decision draft per title or form the agency decides (Decree 30/2020 layout: agency and
 * motto, number, place and date, QUYẾT ĐỊNH, "Về việc …", căn cứ lines, Điều 1–3, nơi nhận,
 * signature), then on a new page the attached list numbered 1…n (the số sổ vàng), then the
 * proposals kept out (votes pending), said so. A4 portrait, Times New Roman.
 */

const W = /*#__PURE__*/ defineWords(
  'closing.decisions',
  {
    agencyDefault: 'CƠ QUAN, ĐƠN VỊ',
    placeDate: '{place}, {date}',
    number: 'Số: {number}',
    decision: 'QUYẾT ĐỊNH',
    aboutTitle: 'Về việc công nhận danh hiệu “{title}” năm {year}',
    aboutForm: 'Về việc tặng {title} năm {year}',
    signerHead: '{signerTitle} {agency}',
    law: 'Căn cứ {law};',
    decree: 'Căn cứ {decree};',
    regulation: 'Căn cứ Quy chế thi đua, khen thưởng của {agency};',
    minutes: 'Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng {when};',
    minutesWhen: 'ngày {time}',
    minutesBlank: 'ngày …… tháng …… năm ……',
    proposal: 'Theo đề nghị của Thường trực Hội đồng Thi đua – Khen thưởng.',
    decides: 'QUYẾT ĐỊNH:',
    art1Title: 'Điều 1. Công nhận danh hiệu “{title}” năm {year} cho {count} {who} (có danh sách kèm theo).',
    art1Form: 'Điều 1. Tặng {title} cho {count} {who} đã có thành tích xuất sắc trong {campaign} (có danh sách kèm theo).',
    people: 'cá nhân',
    collectives: 'tập thể',
    art2: 'Điều 2. Mỗi {one} được thưởng {multiple} lần mức lương cơ sở ({base}/tháng, {baseBasis}), là {amount} (làm tròn {rounding} hàng chục nghìn đồng); tổng số tiền thưởng: {total}, chi từ {fund}.',
    art2NotPaid: ' {n} người đồng thời được danh hiệu cao hơn cùng năm chỉ nhận tiền thưởng của danh hiệu cao hơn.',
    art2None: 'Điều 2. Danh hiệu này chưa có hệ số tiền thưởng trong bảng dữ liệu: không tính tiền thưởng.',
    one: 'cá nhân',
    oneCollective: 'tập thể',
    up: 'lên',
    nearest: 'đến',
    art3: 'Điều 3. Chánh Văn phòng, Thủ trưởng các phòng, đơn vị có liên quan và các {who} có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.',
    recipients: 'Nơi nhận:',
    recipient1: '- Như Điều 3;',
    recipient2: '- Lưu: VT, TĐKT.',
    sign: '(Ký, ghi rõ họ tên, đóng dấu)',
    listTitle: 'DANH SÁCH {title}',
    listTitleForm: 'DANH SÁCH ĐƯỢC TẶNG {title}',
    listAttached: '(Kèm theo Quyết định số {number} {date}',
    listAttachedBy: 'của {signerTitle} {agency})',
    no: 'Số sổ vàng',
    name: 'Họ và tên (tên tập thể)',
    position: 'Chức vụ',
    unit: 'Đơn vị',
    listTotal: 'Danh sách có {count} {who}.',
    apartTitle: 'CHƯA ĐƯA VÀO QUYẾT ĐỊNH',
    apartHint: 'Các đề nghị dưới đây không có trong danh sách kèm theo, lý do ở từng dòng. Chờ Hội đồng: ghi phiếu vào sheet Biểu quyết rồi chạy lại Xếp hạng.',
    why: 'Lý do',
    none: 'Không có ai trong danh sách.',
  },
  {
    agencyDefault: 'AGENCY',
    placeDate: '{place}, {date}',
    number: 'No. {number}',
    decision: 'DECISION',
    aboutTitle: 'On recognising the title “{title}” for {year}',
    aboutForm: 'On awarding the {title} for {year}',
    signerHead: '{signerTitle} OF {agency}',
    law: 'Pursuant to the {law};',
    decree: 'Pursuant to {decree};',
    regulation: 'Pursuant to the emulation and commendation regulation of {agency};',
    minutes: 'Pursuant to the minutes of the Emulation and Commendation Council {when};',
    minutesWhen: 'of {time}',
    minutesBlank: 'of ……',
    proposal: 'At the proposal of the Council’s standing body.',
    decides: 'DECIDES:',
    art1Title: 'Article 1. The title “{title}” for {year} is recognised for {count} {who} (list attached).',
    art1Form: 'Article 1. The {title} is awarded to {count} {who} for outstanding achievements in {campaign} (list attached).',
    people: 'individual(s)',
    collectives: 'collective(s)',
    art2: 'Article 2. Each {one} receives {multiple} times the base salary ({base}/month, {baseBasis}), that is {amount} (rounded {rounding} to tens of thousands); total: {total}, paid from {fund}.',
    art2NotPaid: ' {n} holding a higher title of the same year receive only the higher title’s reward.',
    art2None: 'Article 2. This title has no reward multiple in the data table: no reward computed.',
    one: 'individual',
    oneCollective: 'collective',
    up: 'up',
    nearest: 'to the nearest',
    art3: 'Article 3. The Chief of Office, heads of the units concerned and the {who} named in Article 1 carry out this Decision./.',
    recipients: 'Recipients:',
    recipient1: '- As Article 3;',
    recipient2: '- Archive: VT, TĐKT.',
    sign: '(Signature, full name, seal)',
    listTitle: 'LIST: {title}',
    listTitleForm: 'LIST OF THOSE AWARDED THE {title}',
    listAttached: '(Attached to Decision No. {number} {date}',
    listAttachedBy: 'of the {signerTitle} of {agency})',
    no: 'Golden book no.',
    name: 'Name (collective)',
    position: 'Position',
    unit: 'Unit',
    listTotal: 'The list holds {count} {who}.',
    apartTitle: 'NOT IN THE DECISION',
    apartHint: 'The proposals below are not in the attached list, each with why. Council pending: enter the votes in Biểu quyết and rank again.',
    why: 'Reason',
    none: 'Nobody on the list.',
  },
);

/** "QĐ Lao động tiên tiến": the sheet of one decision. */
export function decisionSheetName(d: DecisionDraft): string {
  return `${CLOSING_SHEETS.decisionPrefix}${d.rule.name}`;
}

export function buildDecisionSheet(data: ClosingData, d: DecisionDraft, money: MoneyBook): SheetModel {
  const L = data.lang;
  const s = data.settings;
  const b = new SheetBuilder(6);
  const agency = (data.agency || t(W, L, 'agencyDefault')).toUpperCase();
  const year = data.year ?? '……';
  const number = decisionNumberText(d, s);
  const date = longDate(d, L);
  b.documentHead(agency, '', t(W, L, 'placeDate', { place: s.place || '…………', date }), t(W, L, 'number', { number }));
  b.blank();
  b.banner(t(W, L, 'decision'), 'title');
  b.banner(d.kind === 'title' ? t(W, L, 'aboutTitle', { title: d.rule.name, year }) : t(W, L, 'aboutForm', { title: d.rule.name, year }), 'subtitle');
  b.banner('', 'italic');
  b.banner(t(W, L, 'signerHead', { signerTitle: s.signerTitle.toUpperCase(), agency }), 'subtitle');
  b.blank();
  const para = (text: string, style: 'wrap' | 'total' = 'wrap') => {
    const r = b.banner(text, style);
    b.style(r, 0, r, 5, 'wrap');
    return r;
  };
  const decree = inForce(DETAILING_DECREE, d.dateIso);
  para(t(W, L, 'law', { law: LAW_LINE.value }));
  if (decree) para(t(W, L, 'decree', { decree: decree.value }));
  para(t(W, L, 'regulation', { agency: data.agency || '……' }));
  // The meeting's date out of `Biểu quyết`'s "Thời gian họp" ("08 giờ 00, ngày 22/12/2025").
  const met = /\d{1,2}\/\d{1,2}\/\d{4}/.exec(data.meetingTime)?.[0];
  para(t(W, L, 'minutes', { when: met ? t(W, L, 'minutesWhen', { time: met }) : t(W, L, 'minutesBlank') }));
  para(t(W, L, 'proposal'));
  b.blank();
  b.banner(t(W, L, 'decides'), 'title');
  b.blank();
  const who = d.rule.subject === 'individual' ? t(W, L, 'people') : t(W, L, 'collectives');
  const count = d.awardees.length;
  para(
    d.kind === 'title'
      ? t(W, L, 'art1Title', { title: d.rule.name, year, count, who })
      : t(W, L, 'art1Form', { title: d.rule.name, count, who, campaign: data.campaignName || '……' }),
  );
  const m = money.byDecision.get(d.rule.key);
  if (m && m.multiple && d.baseSalary) {
    const notPaid = m.notPaid > 0 ? t(W, L, 'art2NotPaid', { n: m.notPaid }) : '';
    para(
      t(W, L, 'art2', {
        one: d.rule.subject === 'individual' ? t(W, L, 'one') : t(W, L, 'oneCollective'),
        multiple: formatMultiple(m.multiple.hundredths),
        base: formatDong(d.baseSalary.value),
        baseBasis: `${d.baseSalary.basis}, ${L === 'vi' ? 'từ' : 'from'} ${isoToVi(d.baseSalary.from)}`,
        amount: formatDong(m.amount),
        rounding: s.rounding === 'up' ? t(W, L, 'up') : t(W, L, 'nearest'),
        total: formatDong(m.total),
        fund: s.fund,
      }) + notPaid,
    );
  } else para(t(W, L, 'art2None'));
  para(t(W, L, 'art3', { who }));
  b.blank();
  // Nơi nhận on the left, the signature on the right (NĐ 30/2020).
  const sigRow = (left: string, right: string, ls: 'total' | 'italic' | 'wrap', rs: 'signature' | 'italic' | 'signatureName') => {
    const r = b.row([left, '', '', right]);
    b.merge(r, 0, r, 2);
    b.merge(r, 3, r, 5);
    b.style(r, 0, r, 2, ls);
    b.style(r, 3, r, 5, rs);
    return r;
  };
  sigRow(t(W, L, 'recipients'), s.signerTitle.toUpperCase(), 'total', 'signature');
  sigRow(t(W, L, 'recipient1'), t(W, L, 'sign'), 'wrap', 'italic');
  sigRow(t(W, L, 'recipient2'), '', 'wrap', 'italic');
  b.blank();
  b.blank();
  sigRow('', s.signer, 'wrap', 'signatureName');
  // The attached list starts on a new page.
  const listStart = b.next;
  b.banner(agency, 'agency', 0, 2);
  b.banner(
    d.kind === 'title' ? t(W, L, 'listTitle', { title: d.rule.name.toUpperCase() }) : t(W, L, 'listTitleForm', { title: d.rule.name.toUpperCase() }),
    'title',
  );
  // Two lines, as printed lists have it: the number and date, then who signed.
  const sentence = s.signerTitle.charAt(0).toUpperCase() + s.signerTitle.slice(1).toLowerCase();
  b.banner(t(W, L, 'listAttached', { number, date }), 'italic');
  b.banner(t(W, L, 'listAttachedBy', { signerTitle: sentence, agency: data.agency || '……' }), 'italic');
  b.blank();
  const h = b.row([t(W, L, 'no'), t(W, L, 'name'), '', t(W, L, 'position'), t(W, L, 'unit'), ''], 'header');
  b.merge(h, 1, h, 2);
  b.merge(h, 4, h, 5);
  for (const a of d.awardees) {
    const r = b.row([a.no, a.candidate.name, '', a.position, a.unit, '']);
    b.merge(r, 1, r, 2);
    b.merge(r, 4, r, 5);
  }
  if (d.awardees.length > 0) {
    b.style(h + 1, 0, b.next - 1, 5, 'cellWrap');
    b.style(h + 1, 0, b.next - 1, 0, 'cellCenter');
  } else b.banner(t(W, L, 'none'), 'muted');
  b.banner(t(W, L, 'listTotal', { count, who }), 'italic');
  if (d.apart.length > 0) {
    b.blank();
    b.banner(t(W, L, 'apartTitle'), 'section');
    para(t(W, L, 'apartHint'));
    const ah = b.row([L === 'vi' ? 'STT' : 'No.', t(W, L, 'name'), '', t(W, L, 'unit'), t(W, L, 'why'), ''], 'header');
    b.merge(ah, 1, ah, 2);
    b.merge(ah, 4, ah, 5);
    d.apart.forEach((x, i) => {
      const r = b.row([i + 1, x.candidate.name, '', x.candidate.unitName, x.reason, '']);
      b.merge(r, 1, r, 2);
      b.merge(r, 4, r, 5);
    });
    b.style(ah + 1, 0, b.next - 1, 5, 'cellWrap');
    b.style(ah + 1, 0, b.next - 1, 0, 'cellCenter');
  }
  return b.build({
    id: 'decision',
    name: decisionSheetName(d),
    // Within an A4 portrait page as they are: Excel ignores manual page breaks on a sheet scaled to fit.
    columnWidths: [6, 10, 10, 18, 14, 13],
    page: { orientation: 'portrait', fitToWidth: false, font: 'Times New Roman', fontSize: 13, rowBreaks: [listStart] },
  });
}
