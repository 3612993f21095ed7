import { CLOSING_SHEETS } from '../config/sheetNames';
import { EngineResult } from '../engine/run';
import { Candidate } from '../model';
import { defineWords, t } from '../i18n/words';
import { SheetBuilder } from '../output/builder';
import { SheetModel } from '../../sheet/sheetModel';
import { fold, nameKey } from '../text/normalize';
import { formatScore } from '../text/numbers';
import { ClosingData } from './decided';

/**
 * `Báo cáo tổng kết`: the year-end report in the Decree 30/2020 layout with its figures filled in
 * (counts and rates per title and per unit against last year, from `Lịch sử khen thưởng`; the
 * exemplary people and collectives worth spreading) and the narrative left to the officer.
 */

export const REPORT_SHEET = CLOSING_SHEETS.report;

const W = /*#__PURE__*/ defineWords(
  'closing.report',
  {
    number: 'Số: ……/BC-{symbol}',
    placeDate: '{place}, ngày …… tháng …… năm ……',
    title: 'BÁO CÁO',
    about: 'Tổng kết công tác thi đua, khen thưởng năm {year}',
    s1: 'I. ĐẶC ĐIỂM TÌNH HÌNH',
    s2: 'II. KẾT QUẢ THI ĐUA, KHEN THƯỞNG',
    s21: '1. Kết quả theo danh hiệu, hình thức (so với năm {last})',
    s22: '2. Kết quả theo đơn vị',
    s3: 'III. CÁC ĐIỂN HÌNH TIÊN TIẾN CẦN NHÂN RỘNG',
    s4: 'IV. ĐÁNH GIÁ CHUNG (ưu điểm, hạn chế, nguyên nhân)',
    s5: 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {next}',
    narrative: '(Cán bộ thi đua viết nội dung phần này.)',
    dots: '……………………………………………………………………………………………',
    form: 'Danh hiệu / hình thức',
    lastYear: 'Năm {year}',
    thisYear: 'Năm {year}',
    rate: 'Tỷ lệ năm {year} (%)',
    change: 'Tăng (+) / giảm (−)',
    unit: 'Đơn vị',
    people: 'Số cá nhân',
    rateOf: 'Tỷ lệ so với {count} {who} được chấm điểm.',
    individuals: 'cá nhân',
    collectives: 'tập thể',
    no: 'STT',
    name: 'Họ và tên (tên tập thể)',
    why: 'Thành tích tiêu biểu',
    consecutive: '{n} năm liên tục {title} ({years})',
    initiatives: '{n} sáng kiến được công nhận',
    top: 'Dẫn đầu {scope} (tổng điểm {total})',
    block: 'khối {block}',
    campaign: 'toàn phong trào',
    noModel: 'Chưa có điển hình nào từ số liệu.',
    noAward: 'Chưa có danh hiệu nào được quyết định.',
    recipients: 'Nơi nhận:',
    recipient1: '- Sở Nội vụ (Ban Thi đua – Khen thưởng);',
    recipient2: '- Lưu: VT, TĐKT.',
    sign: '(Ký, ghi rõ họ tên, đóng dấu)',
  },
  {
    number: 'No. ……/BC-{symbol}',
    placeDate: '{place}, date ……',
    title: 'REPORT',
    about: 'Year-end review of emulation and commendation work, {year}',
    s1: 'I. CONTEXT',
    s2: 'II. RESULTS',
    s21: '1. By title and form (against {last})',
    s22: '2. By unit',
    s3: 'III. EXEMPLARY MODELS WORTH SPREADING',
    s4: 'IV. OVERALL ASSESSMENT',
    s5: 'V. DIRECTIONS AND TASKS FOR {next}',
    narrative: '(The emulation officer writes this part.)',
    dots: '……………………………………………………………………………………………',
    form: 'Title / form',
    lastYear: '{year}',
    thisYear: '{year}',
    rate: 'Rate {year} (%)',
    change: 'Change',
    unit: 'Unit',
    people: 'Individuals',
    rateOf: 'Rates of the {count} {who} scored.',
    individuals: 'individuals',
    collectives: 'collectives',
    no: 'No.',
    name: 'Name (collective)',
    why: 'Achievement',
    consecutive: '{n} consecutive years {title} ({years})',
    initiatives: '{n} recognised initiative(s)',
    top: 'Top of {scope} (total {total})',
    block: 'block {block}',
    campaign: 'the campaign',
    noModel: 'No exemplary model found in the data.',
    noAward: 'No title decided yet.',
    recipients: 'Recipients:',
    recipient1: '- Department of Home Affairs (Emulation and Commendation Board);',
    recipient2: '- Archive: VT, TĐKT.',
    sign: '(Signature, full name, seal)',
  },
);

export interface ReportFigures {
  byTitle: { title: string; subject: 'individual' | 'collective'; last: number; now: number; rate: number | null }[];
  models: { candidate: Candidate; reasons: string[] }[];
}

/** Consecutive years of a title ending this year (this year's decision plus the history before it). */
function streak(history: ReadonlyMap<string, EngineResult['history']>, c: Candidate, title: string, year: number): number[] {
  const key = fold(title);
  const mine = new Set(
    (history.get(nameKey(c.name)) ?? []).filter((h) => (!h.dob || !c.dob || h.dob === c.dob) && h.titleKey === key && !h.thematic).map((h) => h.year),
  );
  const years = [year];
  for (let y = year - 1; mine.has(y); y--) years.unshift(y);
  return years;
}

export function reportFigures(r: EngineResult, data: ClosingData): ReportFigures {
  const L = data.lang;
  const year = data.year ?? new Date().getFullYear();
  const people = r.candidates.filter((c) => c.kind === 'individual').length;
  const groups = r.candidates.filter((c) => c.kind === 'collective').length;
  const byTitle = data.decisions.map((d) => {
    const key = fold(d.rule.name);
    const last = r.history.filter((h) => h.year === year - 1 && h.titleKey === key).length;
    const now = d.awardees.length;
    const base = d.rule.subject === 'individual' ? people : groups;
    return { title: d.rule.name, subject: d.rule.subject, last, now, rate: base > 0 ? Math.round((now * 1000) / base) / 10 : null };
  });
  // The history by person: looked up once per award, not scanned.
  const byName = new Map<string, EngineResult['history']>();
  for (const h of r.history) {
    const list = byName.get(h.nameKey);
    if (list) list.push(h);
    else byName.set(h.nameKey, [h]);
  }
  const models = new Map<string, { candidate: Candidate; reasons: string[] }>();
  const add = (c: Candidate, reason: string) => {
    const m = models.get(c.id) ?? { candidate: c, reasons: [] };
    m.reasons.push(reason);
    models.set(c.id, m);
  };
  for (const d of data.decisions)
    for (const a of d.awardees) {
      const years = streak(byName, a.candidate, d.rule.name, year);
      if (years.length >= 2) add(a.candidate, t(W, L, 'consecutive', { n: years.length, title: d.rule.name, years: years.join(', ') }));
      if (a.candidate.initiatives > 0 && d.rule.subject === 'individual' && /chien si/.test(fold(d.rule.name)))
        add(a.candidate, t(W, L, 'initiatives', { n: a.candidate.initiatives }));
    }
  // Top of each block (collectives) and of the campaign (individuals), among those decided a title.
  const awarded = new Set(data.decisions.flatMap((d) => d.awardees.map((a) => a.candidate.id)));
  for (const c of r.candidates) {
    if (!awarded.has(c.id)) continue;
    const p = r.ranking.positions.at(c);
    const first = c.kind === 'collective' && c.block ? p.block.rank === 1 : p.all.rank === 1;
    if (first)
      add(
        c,
        t(W, L, 'top', {
          scope: c.kind === 'collective' && c.block ? t(W, L, 'block', { block: c.block }) : t(W, L, 'campaign'),
          total: formatScore(r.scores.at(c).total, L),
        }),
      );
  }
  return { byTitle, models: [...models.values()] };
}

export function buildReportSheet(r: EngineResult, data: ClosingData): SheetModel {
  const L = data.lang;
  const s = data.settings;
  const year = data.year ?? new Date().getFullYear();
  const f = reportFigures(r, data);
  const b = new SheetBuilder(6);
  b.documentHead((data.agency || '').toUpperCase(), '', t(W, L, 'placeDate', { place: s.place || '…………' }), t(W, L, 'number', { symbol: s.symbol || '……' }));
  b.blank();
  b.banner(t(W, L, 'title'), 'title');
  b.banner(t(W, L, 'about', { year }), 'subtitle');
  b.blank();
  const narrative = () => {
    b.banner(t(W, L, 'narrative'), 'muted');
    b.banner(t(W, L, 'dots'), 'wrap');
    b.banner(t(W, L, 'dots'), 'wrap');
  };
  b.banner(t(W, L, 's1'), 'total');
  narrative();
  b.blank();
  b.banner(t(W, L, 's2'), 'total');
  b.banner(t(W, L, 's21', { last: year - 1 }), 'group');
  const h = b.row(
    [t(W, L, 'no'), t(W, L, 'form'), t(W, L, 'lastYear', { year: year - 1 }), t(W, L, 'thisYear', { year }), t(W, L, 'rate', { year }), t(W, L, 'change')],
    'header',
  );
  f.byTitle.forEach((x, i) => {
    const d = x.now - x.last;
    b.row([i + 1, x.title, x.last, x.now, x.rate, d > 0 ? `+${d}` : d < 0 ? `−${-d}` : '0']);
  });
  if (f.byTitle.length === 0) b.banner(t(W, L, 'noAward'), 'muted');
  else {
    b.style(h + 1, 0, b.next - 1, 5, 'cellWrap');
    b.style(h + 1, 0, b.next - 1, 0, 'cellCenter');
  }
  const people = r.candidates.filter((c) => c.kind === 'individual').length;
  b.banner(t(W, L, 'rateOf', { count: people, who: t(W, L, 'individuals') }), 'muted');
  b.blank();
  // Per unit: this year's decided titles of its people and the same titles last year.
  b.banner(t(W, L, 's22'), 'group');
  const titles = data.decisions.filter((d) => d.rule.subject === 'individual');
  const uh = b.row(
    [t(W, L, 'no'), t(W, L, 'unit'), t(W, L, 'people'), t(W, L, 'form'), t(W, L, 'thisYear', { year }), t(W, L, 'lastYear', { year: year - 1 })],
    'header',
  );
  const units = [...new Map(r.candidates.filter((c) => c.kind === 'individual').map((c) => [c.unitKey, c.unitName] as const))];
  units.forEach(([key, name], i) => {
    const staff = r.candidates.filter((c) => c.kind === 'individual' && c.unitKey === key).length;
    titles.forEach((d, j) => {
      const now = d.awardees.filter((a) => a.candidate.unitKey === key).length;
      const last = r.history.filter((h) => h.year === year - 1 && h.titleKey === fold(d.rule.name) && fold(h.unit) === fold(name)).length;
      b.row(j === 0 ? [i + 1, name, staff, d.rule.name, now, last] : ['', '', '', d.rule.name, now, last]);
    });
  });
  b.style(uh + 1, 0, b.next - 1, 5, 'cellWrap');
  b.style(uh + 1, 0, b.next - 1, 0, 'cellCenter');
  b.blank();
  b.banner(t(W, L, 's3'), 'total');
  const mh = b.row([t(W, L, 'no'), t(W, L, 'name'), '', t(W, L, 'unit'), t(W, L, 'why'), ''], 'header');
  b.merge(mh, 1, mh, 2);
  b.merge(mh, 4, mh, 5);
  f.models.forEach((m, i) => {
    const row = b.row([i + 1, m.candidate.name, '', m.candidate.unitName, m.reasons.join('; '), '']);
    b.merge(row, 1, row, 2);
    b.merge(row, 4, row, 5);
  });
  if (f.models.length === 0) b.banner(t(W, L, 'noModel'), 'muted');
  else {
    b.style(mh + 1, 0, b.next - 1, 5, 'cellWrap');
    b.style(mh + 1, 0, b.next - 1, 0, 'cellCenter');
  }
  b.blank();
  b.banner(t(W, L, 's4'), 'total');
  narrative();
  b.blank();
  b.banner(t(W, L, 's5', { next: year + 1 }), 'total');
  narrative();
  b.blank();
  const sig = (left: string, right: string, ls: 'total' | 'wrap', rs: 'signature' | 'italic') => {
    const row = b.row([left, '', '', right]);
    b.merge(row, 0, row, 2);
    b.merge(row, 3, row, 5);
    b.style(row, 0, row, 2, ls);
    b.style(row, 3, row, 5, rs);
  };
  sig(t(W, L, 'recipients'), s.signerTitle.toUpperCase(), 'total', 'signature');
  sig(t(W, L, 'recipient1'), t(W, L, 'sign'), 'wrap', 'italic');
  sig(t(W, L, 'recipient2'), '', 'wrap', 'italic');
  return b.build({
    id: 'yearReport',
    name: REPORT_SHEET,
    columnWidths: [6, 28, 11, 24, 12, 12],
    page: { orientation: 'portrait', fitToWidth: true, font: 'Times New Roman', fontSize: 13 },
  });
}
