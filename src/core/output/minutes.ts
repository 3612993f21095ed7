import { CellValue } from '../../sheet/grid';
import { Candidate, Lang, TitleDecision, TitleRule, VoteEntry } from '../model';
import { EngineResult } from '../engine/run';
import { CONFIG_SHEETS, GENERATED_SHEETS } from '../config/sheetNames';
import { MEETING_FIELDS, VOTE_COLUMNS } from '../config/votes';
import { hasQuorum, voteRuleText } from '../engine/propose';
import { formatScore } from '../text/numbers';
import { SheetBuilder } from './builder';
import { SheetModel } from '../../sheet/sheetModel';
import { t } from '../i18n/words';
import { MINUTES_WORDS } from './minutes.words';

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
  if (v.pending || !v.entry) return d.status === 'tiedAtQuota' ? '' : t(MINUTES_WORDS, lang, 'votePending');
  // Short, for a narrow column: "Hội đồng: 8/10 có mặt đồng ý (80%)".
  const e = v.entry;
  const base = v.rule?.base ?? (e.present !== null ? 'present' : 'members');
  const of = base === 'members' ? e.members : e.present;
  const who = base === 'members' ? t(MINUTES_WORDS, lang, 'ofMembers') : t(MINUTES_WORDS, lang, 'ofPresent');
  const share = v.share === null ? '' : ` (${formatScore(Math.round(v.share * 10) / 10, lang)}%)`;
  return of === null
    ? t(MINUTES_WORDS, lang, 'councilInFavour', { inFavour: String(e.inFavour) })
    : t(MINUTES_WORDS, lang, 'councilShare', { inFavour: String(e.inFavour), of: String(of), who, share });
}

/** The quorum of the meeting and whether it was met, from the law in force (law/apply.ts). */
function meetingLaw(r: EngineResult, L: Lang): string[] {
  const law = r.law;
  const m = r.votes?.meeting;
  if (!law) return [];
  const q = law.quorum;
  const known = m && m.members !== null && m.present !== null;
  const met = known ? hasQuorum({ members: m.members, present: m.present } as VoteEntry, q) : null;
  const state = met === null ? '' : met ? t(MINUTES_WORDS, L, 'quorumMet') : t(MINUTES_WORDS, L, 'quorumNotMet');
  const written = [...(r.votes?.entries.values() ?? [])].reduce((a, e) => Math.max(a, e.written ?? 0), 0);
  const lines = [t(MINUTES_WORDS, L, 'quorum', { quorum: q.text, state, written: written > 0 ? t(MINUTES_WORDS, L, 'writtenBallots', { written }) : '……' })];
  return lines;
}

/** Which titles the council voted on by secret ballot (the law's table). */
function secretText(r: EngineResult, L: Lang): string {
  const names = r.titles.filter((t) => t.vote?.secret).map((t) => t.name);
  if (names.length === 0) return t(MINUTES_WORDS, L, 'secretDefault');
  return t(MINUTES_WORDS, L, 'secretTitles', { titles: names.join(', ') });
}

/** What the council decided, in a word for the minutes' last column. */
function resultText(d: TitleDecision | undefined, lang: Lang): string {
  if (!d) return '';
  const v = d.vote;
  if (v?.noQuorum) return t(MINUTES_WORDS, lang, 'noQuorum');
  if (d.status === 'proposed') return v && v.pending ? t(MINUTES_WORDS, lang, 'pending') : t(MINUTES_WORDS, lang, 'proposed');
  if (d.status === 'tiedAtQuota') return v && !v.pending ? t(MINUTES_WORDS, lang, 'equalVotes') : t(MINUTES_WORDS, lang, 'tiedPending');
  if (d.status === 'cutByQuota') return v && !v.pending ? t(MINUTES_WORDS, lang, 'fewerVotes') : t(MINUTES_WORDS, lang, 'outsideQuota');
  if (d.status === 'notEligible' && v && v.passes === false) return t(MINUTES_WORDS, lang, 'belowVote');
  if (d.status === 'notEligible') return t(MINUTES_WORDS, lang, 'notEligible');
  return t(MINUTES_WORDS, lang, 'ruleError');
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
  b.banner(t(MINUTES_WORDS, L, 'votesTitle'), 'title');
  b.banner(campaignTitle(r), 'subtitle');
  b.banner(t(MINUTES_WORDS, L, 'votesHelp'), 'muted');
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
    const reason = q.reason === 'tie' ? t(MINUTES_WORDS, L, 'tieAtQuota', { tie: tie ? `: ${tie[0]}` : '' }) : q.rule.vote ? voteRuleText(q.rule.vote, L) : '';
    b.row([i + 1, q.rule.name, c.name, c.unitName, c.id, reason, null, null, null, null, '']);
  });
  const last = b.next - 1;
  if (last > h) {
    b.style(h + 1, 0, last, width - 1, 'cellWrap');
    b.style(h + 1, 6, last, 9, 'warning');
  }
  const col = (id: string) => VOTE_COLUMNS.findIndex((c) => c.id === id);
  const fromRow = h + 1;
  const toRow = Math.max(fromRow + 200, last);
  return b.build({
    id: 'votes',
    name: CONFIG_SHEETS.votes,
    columnWidths: [6, 26, 26, 24, 10, 36, 12, 10, 12, 12, 20],
    freeze: { rows: h + 1, cols: 0 },
    validations: [
      {
        top: fromRow,
        bottom: toRow,
        left: col('members'),
        right: col('written'),
        kind: 'whole',
        min: 0,
        max: 1000,
        allowBlank: true,
        prompt: t(MINUTES_WORDS, L, 'peoplePrompt'),
        error: t(MINUTES_WORDS, L, 'peopleError'),
      },
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
  const organizer = (r.campaign?.organizer || t(MINUTES_WORDS, L, 'agency')).toUpperCase();
  let row = b.documentHead(organizer, t(MINUTES_WORDS, L, 'council'), t(MINUTES_WORDS, L, 'placeDate'), t(MINUTES_WORDS, L, 'number'));
  b.blank();
  b.banner(t(MINUTES_WORDS, L, 'minutesTitle'), 'title');
  b.banner(t(MINUTES_WORDS, L, 'minutesSubtitle'), 'subtitle');
  if (r.campaign?.name) b.banner(t(MINUTES_WORDS, L, 'reviewOf', { campaign: campaignTitle(r) }), 'italic');
  b.blank();
  const line = (text: string, style: 'wrap' | 'total' | 'italic' = 'wrap') => b.banner(text, style);
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '……' : String(v));
  line(t(MINUTES_WORDS, L, 'time', { value: m?.time || dots }));
  line(t(MINUTES_WORDS, L, 'place', { value: m?.place || dots }));
  line(t(MINUTES_WORDS, L, 'chair', { value: m?.chair || dots }));
  line(t(MINUTES_WORDS, L, 'secretary', { value: m?.secretary || dots }));
  line(t(MINUTES_WORDS, L, 'members', { members: n(m?.members), present: n(m?.present), absent: m?.absent || dots }));
  for (const l of meetingLaw(r, L)) line(l);
  line(t(MINUTES_WORDS, L, 'body', { secret: secretText(r, L) }));
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
    const listed = rule.vote !== null || cands.some((c) => decisionOf(r, c, rule)!.status === 'tiedAtQuota' || decisionOf(r, c, rule)!.vote?.pending === false);
    const need = rule.vote ? ` (${voteRuleText(rule.vote, L).replace(/^Biểu quyết /, t(MINUTES_WORDS, L, 'needs'))})` : '';
    if (!listed) {
      // Titles without a vote rule: the count, and the share the council agreed to fill in.
      const kind = rule.subject === 'individual' ? t(MINUTES_WORDS, L, 'individuals') : t(MINUTES_WORDS, L, 'collectives');
      gi++;
      line(t(MINUTES_WORDS, L, 'titleCount', { n: gi, title: rule.name, count: cands.length, kind }), 'total');
      continue;
    }
    gi++;
    line(`${gi}. ${rule.name}${need}`, 'total');
    const h = b.row(
      (['hNo', 'hName', 'hUnit', 'hMembers', 'hInFavour', 'hResult'] as const).map((k) => t(MINUTES_WORDS, L, k)),
      'header',
    );
    tableTop.push(h);
    cands
      // Most votes first; those not voted on yet in rank order.
      .sort(
        (a, c) =>
          (decisionOf(r, c, rule)!.vote?.share ?? -1) - (decisionOf(r, a, rule)!.vote?.share ?? -1) ||
          rankOf(r, a) - rankOf(r, c) ||
          a.name.localeCompare(c.name, 'vi'),
      )
      .forEach((c, i) => {
        const d = decisionOf(r, c, rule)!;
        const v = d.vote;
        const e = v?.entry ?? null;
        const share = v && v.share !== null ? ` (${formatScore(Math.round(v.share * 10) / 10, L)}%)` : '';
        const votes =
          v && !v.pending && e
            ? `${e.inFavour}/${(v.rule?.base ?? (e.present !== null ? 'present' : 'members')) === 'members' ? n(e.members) : n(e.present)}${share}`
            : '';
        const who = e && e.inFavour !== null ? `${n(e.members)} (${n(e.present)} + ${e.written ?? 0})` : '';
        b.row([i + 1, c.name, c.kind === 'individual' ? c.unitName : c.unitName !== c.name ? c.unitName : '', who, votes, resultText(d, L)]);
      });
    b.style(h + 1, 0, b.next - 1, W - 1, 'cellWrap');
    b.style(h + 1, 0, b.next - 1, 0, 'cellCenter');
    b.style(h + 1, 3, b.next - 1, 4, 'cellCenter');
    b.blank();
  }
  if (gi === 0) line(t(MINUTES_WORDS, L, 'noProposal'), 'italic');
  b.blank();
  line(t(MINUTES_WORDS, L, 'closing'));
  b.blank();
  row = b.signatures(
    [t(MINUTES_WORDS, L, 'secretaryTitle'), t(MINUTES_WORDS, L, 'chairTitle')],
    [t(MINUTES_WORDS, L, 'signHint'), t(MINUTES_WORDS, L, 'signHint')],
  );
  b.blank();
  b.blank();
  b.blank();
  // Under the signature, the name alone ("Ông Phạm Văn Hùng, Giám đốc Sở" signs as "Phạm Văn Hùng").
  const signName = (x: string | undefined) =>
    (x ?? '')
      .split(',')[0]
      .replace(/^(Ông|Bà|Đồng chí|Đ\/c)\s+/i, '')
      .trim();
  row = b.row([signName(m?.secretary), '', '', signName(m?.chair)]);
  b.merge(row, 0, row, 2);
  b.merge(row, 3, row, 5);
  b.style(row, 0, row, 5, 'signatureName');
  b.style(row, 0, row, 5, 'wrap');
  return b.build({
    id: 'minutes',
    name: GENERATED_SHEETS.minutes,
    columnWidths: [6, 26, 24, 13, 14, 23],
    page: { orientation: 'portrait', fitToWidth: true, font: 'Times New Roman', fontSize: 13 },
  });
}
