import { CellValue } from '../../sheet/grid';
import { Candidate, Lang, TitleDecision, TitleRule } from '../model';
import { EngineResult } from '../engine/run';
import { CONFIG_SHEETS, GENERATED_SHEETS } from '../config/sheetNames';
import { MEETING_FIELDS, VOTE_COLUMNS } from '../config/votes';
import { voteRuleText } from '../engine/propose';
import { formatScore } from '../text/numbers';
import { SheetBuilder } from './builder';
import { SheetModel } from '../../sheet/sheetModel';

function tr(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

function decisionOf(r: EngineResult, c: Candidate, rule: TitleRule): TitleDecision | undefined {
  return (r.decisions.get(c.id) ?? []).find((d) => d.titleKey === rule.key);
}

function rankOf(r: EngineResult, c: Candidate): number {
  const p = r.ranking.positions.get(c.id);
  return p ? (c.kind === 'collective' && c.block ? p.block.rank : p.all.rank) : 0;
}

function campaignTitle(r: EngineResult): string {
  const name = r.campaign?.name ?? '';
  const year = r.campaign?.year;
  return year && !name.includes(String(year)) ? `${name} năm ${year}` : name;
}

/** The vote result for the proposal list's note column ('' when the title has no vote). */
export function voteNote(d: TitleDecision, lang: Lang): string {
  const v = d.vote;
  if (!v) return '';
  if (v.pending || !v.entry) return d.status === 'tiedAtQuota' ? '' : tr(lang, 'Chờ Hội đồng biểu quyết', 'Council vote pending');
  // Short, for a narrow column: "Hội đồng: 8/10 có mặt đồng ý (80%)".
  const e = v.entry;
  const base = v.rule?.base ?? (e.present !== null ? 'present' : 'members');
  const of = base === 'members' ? e.members : e.present;
  const who = base === 'members' ? tr(lang, 'thành viên', 'members') : tr(lang, 'có mặt', 'present');
  const share = v.share === null ? '' : ` (${formatScore(Math.round(v.share * 10) / 10, lang)}%)`;
  return of === null ? tr(lang, `Hội đồng: ${e.inFavour} phiếu đồng ý`, `Council: ${e.inFavour} in favour`) : tr(lang, `Hội đồng: ${e.inFavour}/${of} ${who} đồng ý${share}`, `Council: ${e.inFavour}/${of} ${who} in favour${share}`);
}

/** What the council decided, in a word for the minutes' last column. */
function resultText(d: TitleDecision | undefined, lang: Lang): string {
  if (!d) return '';
  const v = d.vote;
  if (d.status === 'proposed') return v && v.pending ? tr(lang, 'Chờ biểu quyết', 'Vote pending') : tr(lang, 'Đề nghị', 'Proposed');
  if (d.status === 'tiedAtQuota') return v && !v.pending ? tr(lang, 'Bằng phiếu: Hội đồng quyết định', 'Equal votes: council to decide') : tr(lang, 'Đồng hạng: chờ biểu quyết', 'Tied: vote pending');
  if (d.status === 'cutByQuota') return v && !v.pending ? tr(lang, 'Ít phiếu hơn, ngoài chỉ tiêu', 'Fewer votes, outside the quota') : tr(lang, 'Ngoài chỉ tiêu', 'Outside the quota');
  if (d.status === 'notEligible' && v && v.passes === false) return tr(lang, 'Không đạt tỷ lệ phiếu', 'Below the vote threshold');
  if (d.status === 'notEligible') return tr(lang, 'Chưa đủ điều kiện', 'Not eligible');
  return tr(lang, 'Quy định có lỗi', 'Rule has an error');
}

/**
 * `Biểu quyết`, as the add-in writes it when the workbook has none: the meeting lines to fill, then
 * one row per vote the council has to take (ties at a quota boundary; every proposal of a title
 * that needs a vote) with empty vote cells. The officer fills it; the add-in never writes it again.
 */
export function buildVotesSheet(r: EngineResult): SheetModel {
  const L = r.lang;
  const width = VOTE_COLUMNS.length;
  const b = new SheetBuilder(width);
  b.banner(tr(L, 'KẾT QUẢ BIỂU QUYẾT CỦA HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'COUNCIL VOTES'), 'title');
  b.banner(campaignTitle(r), 'subtitle');
  b.banner(
    tr(
      L,
      'Add-in ghi sẵn các dòng cần Hội đồng biểu quyết. Ghi số phiếu đồng ý (và số thành viên nếu khác dòng họp phía trên) rồi chạy lại Xếp hạng: người đồng hạng nhiều phiếu hơn được suất, người dưới tỷ lệ phiếu tối thiểu không được đề nghị. Sheet này của người dùng: add-in không ghi đè.',
      'The add-in lists the votes the council has to take. Enter the votes in favour (and the members, if not as in the meeting lines above), then rank again. This sheet is yours: the add-in never overwrites it.',
    ),
    'muted',
  );
  b.style(b.next - 1, 0, b.next - 1, width - 1, 'wrap');
  b.blank();
  // The meeting: label in the (wide) second column, the officer's value beside it.
  const fieldRows: number[] = [];
  for (const f of MEETING_FIELDS) {
    const value: CellValue = f.id === 'members' || f.id === 'present' ? null : '';
    fieldRows.push(b.row(['', f.label, value]));
  }
  b.style(fieldRows[0], 1, fieldRows[fieldRows.length - 1], 1, 'total');
  b.style(fieldRows[0], 2, fieldRows[fieldRows.length - 1], 5, 'cell');
  for (const fr of fieldRows) if (fr !== fieldRows[4] && fr !== fieldRows[5]) b.merge(fr, 2, fr, 5);
  b.blank();
  const h = b.row(
    VOTE_COLUMNS.map((c) => c.label),
    'header',
  );
  r.voteRequests.forEach((q, i) => {
    const c = q.candidate;
    const d = decisionOf(r, c, q.rule);
    const tie = /\d+ người đồng hạng \d+ tranh \d+ suất còn lại|\d+ tied at rank \d+ for \d+ remaining place\(s\)/.exec(d?.quotaNote ?? '');
    const reason =
      q.reason === 'tie'
        ? tr(L, `Đồng hạng ở ranh giới chỉ tiêu${tie ? `: ${tie[0]}` : ''}`, `Tied at the quota boundary${tie ? `: ${tie[0]}` : ''}`)
        : q.rule.vote
          ? voteRuleText(q.rule.vote, L)
          : '';
    b.row([i + 1, q.rule.name, c.name, c.unitName, c.id, reason, null, null, null, '']);
  });
  const last = b.next - 1;
  if (last > h) {
    b.style(h + 1, 0, last, width - 1, 'cellWrap');
    b.style(h + 1, 6, last, 8, 'warning');
  }
  const col = (id: string) => VOTE_COLUMNS.findIndex((c) => c.id === id);
  const fromRow = h + 1;
  const toRow = Math.max(fromRow + 200, last);
  return b.build({
    id: 'votes',
    name: CONFIG_SHEETS.votes,
    columnWidths: [6, 26, 26, 24, 10, 36, 12, 10, 12, 20],
    freeze: { rows: h + 1, cols: 0 },
    validations: [
      { top: fromRow, bottom: toRow, left: col('members'), right: col('inFavour'), kind: 'whole', min: 0, max: 1000, allowBlank: true, prompt: tr(L, 'Số người (số nguyên)', 'Number of people'), error: tr(L, 'Ghi số người, là số nguyên không âm.', 'Enter a whole number of people.') },
      { top: fieldRows[4], bottom: fieldRows[5], left: 2, right: 2, kind: 'whole', min: 0, max: 1000, allowBlank: true },
    ],
    page: { orientation: 'landscape', fitToWidth: true, printTitleRows: [h, h], font: 'Times New Roman', fontSize: 12 },
  });
}

/**
 * `Biên bản`: the minutes of the council's meeting in the administrative layout (NĐ 30/2020/NĐ-CP:
 * national motto, agency, title, body, signatures; Times New Roman, A4), with the meeting as the
 * officer described it in `Biểu quyết` and dotted blanks for what is not written yet; per title,
 * the candidates, their votes and share, and the result.
 */
export function buildMinutesSheet(r: EngineResult): SheetModel {
  const L = r.lang;
  const W = 6;
  const b = new SheetBuilder(W);
  const m = r.votes?.meeting;
  const dots = '……………………';
  const organizer = (r.campaign?.organizer || tr(L, 'CƠ QUAN, ĐƠN VỊ', 'AGENCY')).toUpperCase();
  let row = b.documentHead(organizer, tr(L, 'HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'EMULATION AND COMMENDATION COUNCIL'), tr(L, '…………, ngày …… tháng …… năm ……', '…………, date ……'), tr(L, 'Số: ……/BB-HĐTĐKT', 'No. ……'));
  b.blank();
  b.banner(tr(L, 'BIÊN BẢN', 'MINUTES'), 'title');
  b.banner(tr(L, 'HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG', 'OF THE EMULATION AND COMMENDATION COUNCIL MEETING'), 'subtitle');
  if (r.campaign?.name) b.banner(tr(L, `Xét đề nghị khen thưởng: ${campaignTitle(r)}`, `Review of the proposed awards: ${campaignTitle(r)}`), 'italic');
  b.blank();
  const line = (text: string, style: 'wrap' | 'total' | 'italic' = 'wrap') => b.banner(text, style);
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '……' : String(v));
  line(tr(L, `Thời gian: ${m?.time || dots}`, `Time: ${m?.time || dots}`));
  line(tr(L, `Địa điểm: ${m?.place || dots}`, `Place: ${m?.place || dots}`));
  line(tr(L, `Chủ trì: ${m?.chair || dots}`, `Chair: ${m?.chair || dots}`));
  line(tr(L, `Thư ký: ${m?.secretary || dots}`, `Secretary: ${m?.secretary || dots}`));
  line(tr(L, `Thành viên Hội đồng: ${n(m?.members)} người; có mặt: ${n(m?.present)} người; vắng mặt: ${m?.absent || dots}`, `Council members: ${n(m?.members)}; present: ${n(m?.present)}; absent: ${m?.absent || dots}`));
  line(
    tr(
      L,
      'Nội dung: Hội đồng xem xét danh sách đề nghị khen thưởng do Thường trực Hội đồng tổng hợp (kèm theo) và biểu quyết. Danh hiệu Chiến sĩ thi đua bỏ phiếu kín. Kết quả như sau:',
      'The council reviewed the list of proposed awards (attached) and voted; the Chiến sĩ thi đua titles by secret ballot. Results:',
    ),
  );
  b.blank();
  let gi = 0;
  const tableTop: number[] = [];
  for (const rule of r.titles) {
    const cands = r.candidates.filter((c) => {
      if (c.kind !== rule.subject) return false;
      const d = decisionOf(r, c, rule);
      if (!d) return false;
      return d.status === 'proposed' || d.status === 'tiedAtQuota' || (d.vote !== null && d.vote !== undefined && !d.vote.pending);
    });
    if (cands.length === 0) continue;
    const listed = rule.vote !== null || cands.some((c) => decisionOf(r, c, rule)!.status === 'tiedAtQuota' || (decisionOf(r, c, rule)!.vote?.pending === false));
    const need = rule.vote ? ` (${voteRuleText(rule.vote, L).replace(/^Biểu quyết /, tr(L, 'cần ', 'needs '))})` : '';
    if (!listed) {
      // Titles without a vote rule: the count, and the share the council agreed to fill in.
      const kind = rule.subject === 'individual' ? tr(L, 'cá nhân', 'individual(s)') : tr(L, 'tập thể', 'collective(s)');
      gi++;
      line(tr(L, `${gi}. ${rule.name}: ${cands.length} ${kind} (danh sách kèm theo). Số thành viên đồng ý: ……/…… (……%).`, `${gi}. ${rule.name}: ${cands.length} ${kind} (list attached). In favour: ……/…… (……%).`), 'total');
      continue;
    }
    gi++;
    line(`${gi}. ${rule.name}${need}`, 'total');
    const h = b.row(L === 'vi' ? ['STT', 'Họ và tên (tên tập thể)', 'Đơn vị', 'Số phiếu đồng ý', 'Tỷ lệ (%)', 'Kết quả'] : ['No.', 'Name', 'Unit', 'In favour', 'Share (%)', 'Result'], 'header');
    tableTop.push(h);
    cands
      // Most votes first; those not voted on yet in rank order.
      .sort((a, c) => (decisionOf(r, c, rule)!.vote?.share ?? -1) - (decisionOf(r, a, rule)!.vote?.share ?? -1) || rankOf(r, a) - rankOf(r, c) || a.name.localeCompare(c.name, 'vi'))
      .forEach((c, i) => {
        const d = decisionOf(r, c, rule)!;
        const v = d.vote;
        const votes = v && !v.pending && v.entry ? `${v.entry.inFavour}/${(v.rule?.base ?? (v.entry.present !== null ? 'present' : 'members')) === 'members' ? n(v.entry.members) : n(v.entry.present)}` : '';
        const share = v && v.share !== null ? formatScore(Math.round(v.share * 10) / 10, L) : '';
        b.row([i + 1, c.name, c.kind === 'individual' ? c.unitName : c.unitName !== c.name ? c.unitName : '', votes, share, resultText(d, L)]);
      });
    b.style(h + 1, 0, b.next - 1, W - 1, 'cellWrap');
    b.style(h + 1, 0, b.next - 1, 0, 'cellCenter');
    b.style(h + 1, 3, b.next - 1, 4, 'cellCenter');
    b.blank();
  }
  if (gi === 0) line(tr(L, 'Không có đề nghị nào.', 'No proposal.'), 'italic');
  b.blank();
  line(
    tr(
      L,
      'Biên bản kết thúc lúc …… giờ …… cùng ngày, đã được đọc lại cho các thành viên dự họp cùng nghe và thống nhất.',
      'The meeting closed at …… on the same day; the minutes were read out to the members present and agreed.',
    ),
  );
  b.blank();
  row = b.signatures([tr(L, 'THƯ KÝ', 'SECRETARY'), tr(L, 'CHỦ TRÌ', 'CHAIR')], [tr(L, '(Ký, ghi rõ họ tên)', '(Signature, full name)'), tr(L, '(Ký, ghi rõ họ tên)', '(Signature, full name)')]);
  b.blank();
  b.blank();
  b.blank();
  // Under the signature, the name alone ("Ông Phạm Văn Hùng, Giám đốc Sở" signs as "Phạm Văn Hùng").
  const signName = (x: string | undefined) => (x ?? '').split(',')[0].replace(/^(Ông|Bà|Đồng chí|Đ\/c)\s+/i, '').trim();
  row = b.row([signName(m?.secretary), '', '', signName(m?.chair)]);
  b.merge(row, 0, row, 2);
  b.merge(row, 3, row, 5);
  b.style(row, 0, row, 5, 'signatureName');
  b.style(row, 0, row, 5, 'wrap');
  return b.build({
    id: 'minutes',
    name: GENERATED_SHEETS.minutes,
    columnWidths: [6, 28, 26, 12, 10, 24],
    page: { orientation: 'portrait', fitToWidth: true, font: 'Times New Roman', fontSize: 13 },
  });
}
