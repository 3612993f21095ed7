import { Candidate, Lang, TitleRule, VoteEntry, VoteOutcome, VoteRule } from '../../model';
import { compare } from '../../rules/conditions';
import { formatScore } from '../../text/numbers';
import { t } from './explanation';
import { PROPOSED, RuleVerdicts } from './verdicts';
import { Inputs, VoteRequest } from './types';
import { defineWords, t as word, Params } from '../../i18n/words';

const COUNCIL_WORDS = /*#__PURE__*/ defineWords(
  'council',
  {
    noQuorum: 'cuộc họp chưa đủ túc số ({present}/{members} thành viên có mặt, cần {quorum}): Hội đồng chưa quyết định',
    writtenNote: ', trong đó {count} phiếu bằng văn bản của thành viên vắng mặt',
  },
  {
    noQuorum: 'the meeting had no quorum ({present} of {members} members present, {quorum} needed): the council decided nothing',
    writtenNote: ', of which {count} written ballot(s) of absent members',
  },
);

function tw(lang: Lang, key: keyof typeof COUNCIL_WORDS.vi, params?: Params): string {
  return word(COUNCIL_WORDS, lang, key, params);
}

const BASE_NAME: Record<VoteRule['base'], { vi: string; en: string }> = {
  members: { vi: 'tổng số thành viên Hội đồng', en: 'all council members' },
  present: { vi: 'số thành viên có mặt', en: 'members present' },
};

export function voteRuleText(rule: VoteRule, lang: Lang): string {
  const op = rule.op === '>' ? '>' : '≥';
  return t(
    lang,
    `Biểu quyết ${op} ${formatScore(rule.percent, lang)}% ${BASE_NAME[rule.base].vi}`,
    `Vote ${op} ${formatScore(rule.percent, lang)}% of ${BASE_NAME[rule.base].en}`,
  );
}

/** The share of members who must be present for the council to decide. */
export interface Quorum {
  num: number;
  den: number;
  text: string;
}

/** Whether a vote's meeting had its quorum (unknown numbers: taken as had; the reader asks for them). */
export function hasQuorum(entry: VoteEntry, quorum: Quorum | null | undefined): boolean {
  if (!quorum || entry.members === null || entry.present === null) return true;
  return entry.present * quorum.den >= quorum.num * entry.members;
}

/**
 * A candidate's vote against the title's rule: pending, or the share and whether it is enough.
 * A meeting without its quorum decides nothing: pending, said so. Written ballots of absent
 * members are counted in the votes and said in the text.
 */
export function judgeVote(rule: TitleRule, entry: VoteEntry | null, lang: Lang, quorum?: Quorum | null): VoteOutcome {
  const vr = rule.vote;
  if (!entry || entry.inFavour === null)
    return {
      entry,
      pending: true,
      share: null,
      passes: null,
      rule: vr,
      text: t(lang, 'chưa có kết quả biểu quyết (sheet "Biểu quyết")', 'no vote recorded yet (sheet "Biểu quyết")'),
    };
  if (!hasQuorum(entry, quorum))
    return {
      entry,
      pending: true,
      share: null,
      passes: null,
      rule: vr,
      noQuorum: true,
      text: tw(lang, 'noQuorum', { present: entry.present!, members: entry.members!, quorum: quorum!.text }),
    };
  const base: VoteRule['base'] = vr?.base ?? (entry.present !== null ? 'present' : 'members');
  const of = base === 'members' ? entry.members : entry.present;
  const share = of ? (entry.inFavour * 100) / of : null;
  const passes = vr && share !== null ? compare(share, vr.op, vr.percent) : null;
  const who = base === 'members' ? t(lang, 'thành viên Hội đồng', 'council members') : t(lang, 'thành viên có mặt', 'members present');
  const text =
    share === null
      ? t(lang, `${entry.inFavour} phiếu đồng ý`, `${entry.inFavour} in favour`)
      : t(
          lang,
          `${entry.inFavour}/${of} ${who} đồng ý (${formatScore(Math.round(share * 10) / 10, lang)}%)`,
          `${entry.inFavour}/${of} ${who} in favour (${formatScore(Math.round(share * 10) / 10, lang)}%)`,
        );
  const written = entry.written ? tw(lang, 'writtenNote', { count: entry.written }) : '';
  return { entry, pending: false, share, passes, rule: vr, text: text + written };
}

/** A meeting below its quorum decided nothing: said once, on the first vote it holds. */
export function reportQuorum(inp: Inputs): void {
  const q = inp.law?.quorum;
  if (!q || !inp.votes) return;
  for (const e of inp.votes.entries.values()) {
    if (e.inFavour === null || hasQuorum(e, q)) continue;
    inp.log.add('VOTE_NO_QUORUM', { present: e.present!, members: e.members!, quorum: q.text, basis: q.basis }, e.ref);
    return;
  }
}

/** A title that needs the council's vote: every proposal is the council's to confirm; those without a result wait, said so. */
export function requestTitleVotes(rule: TitleRule, subjects: readonly Candidate[], own: RuleVerdicts, inp: Inputs, voteRequests: VoteRequest[]): void {
  if (!rule.vote || !rule.usable) return;
  const waiting: Candidate[] = [];
  for (let k = 0; k < subjects.length; k++) {
    const c = subjects[k];
    if (own.status[c.index] !== PROPOSED) continue;
    if (!voteRequests.some((q) => q.rule === rule && q.candidate === c)) voteRequests.push({ rule, candidate: c, reason: 'title' });
    if (own.judge.vote(c).pending) waiting.push(c);
  }
  if (waiting.length > 0)
    inp.log.add(
      'VOTE_MISSING',
      {
        title: rule.name,
        count: waiting.length,
        names:
          waiting
            .slice(0, 8)
            .map((c) => c.name)
            .join(', ') + (waiting.length > 8 ? ', …' : ''),
      },
      rule.ref,
    );
}
