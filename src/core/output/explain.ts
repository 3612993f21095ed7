import { Candidate, Lang, TitleDecision } from '../model';
import { EngineResult } from '../engine/run';
import { formatScore } from '../text/numbers';
import { voteRuleText } from '../engine/propose';
import type { WordingIds } from '../rules/conditions';

const STATUS: Record<TitleDecision['status'], { vi: string; en: string; mark: string }> = {
  proposed: { vi: 'đề xuất', en: 'proposed', mark: '✓' },
  notEligible: { vi: 'chưa đủ điều kiện', en: 'not eligible', mark: '✗' },
  cutByQuota: { vi: 'đủ điều kiện nhưng ngoài chỉ tiêu', en: 'eligible but outside the quota', mark: '–' },
  tiedAtQuota: { vi: 'đồng hạng tại ranh giới chỉ tiêu, chờ Hội đồng bỏ phiếu', en: 'tied at the quota boundary, for the council to vote', mark: '?' },
  ruleUnusable: { vi: 'quy định có lỗi, chưa xét', en: 'rule has an error, not checked', mark: '!' },
};

export function statusText(s: TitleDecision['status'], lang: Lang): string {
  return lang === 'vi' ? STATUS[s].vi : STATUS[s].en;
}

/**
 * One line per title: the verdict, then the conditions that decided it. With the run's wording ids,
 * a line is worded once for every decision that reads the same (9,000 candidates share a few
 * hundred lines).
 */
export function explainDecision(d: TitleDecision, lang: Lang, ids?: WordingIds): string {
  return ids ? ids.text(lineId(d, lang, ids), () => wordDecision(d, lang)) : wordDecision(d, lang);
}

function lineId(d: TitleDecision, lang: Lang, ids: WordingIds): number | null {
  return d.wordingId ? ids.pair(ids.atom(lang), d.wordingId(ids)) : null;
}

/** The line worded from the decision itself. */
function wordDecision(d: TitleDecision, lang: Lang): string {
  const st = STATUS[d.status];
  const shown = d.status === 'notEligible' ? d.checks.filter((c) => !c.ok) : d.checks;
  const checks = shown.map((c) => `${c.ok ? '✓' : '✗'} ${c.label}: ${c.detail}`).join('; ');
  const quota = d.quotaNote ? ` [${d.quotaNote}]` : '';
  // The council's vote when the title needs one: pending, or the share against the rule (the rule's
  // check above says whether it was enough).
  const v = d.vote;
  let vote = '';
  if (v && v.pending && d.status === 'proposed') {
    const need = v.rule ? voteRuleText(v.rule, lang).replace(/^(Biểu quyết|Vote) /, lang === 'vi' ? ', cần ' : ', needs ') : '';
    vote = lang === 'vi' ? ` {chờ Hội đồng biểu quyết${need}}` : ` {council vote pending${need}}`;
  }
  else if (v && !v.pending && v.passes === null && !quota) vote = lang === 'vi' ? ` {Hội đồng: ${v.text}}` : ` {council: ${v.text}}`;
  return `${st.mark} ${d.title}: ${lang === 'vi' ? st.vi : st.en}${checks ? ` (${checks})` : ''}${quota}${vote}`;
}

/** Every title's line for the candidate; candidates whose lines are all alike share one string. */
export function explainCandidate(r: EngineResult, c: Candidate): string {
  const decisions = r.decisions.get(c.id) ?? [];
  const ids = r.wording;
  const lines = decisions.map((d) => lineId(d, r.lang, ids));
  let id: number | null = ids.atom(explainCandidate);
  for (const line of lines) id = ids.pair(id, line);
  return ids.text(id, () => decisions.map((d, i) => ids.text(lines[i], () => wordDecision(d, r.lang))).join('\n'));
}

export function proposedTitles(r: Pick<EngineResult, 'decisions'>, c: Candidate): string[] {
  return r.decisions.at(c).filter((d) => d.status === 'proposed').map((d) => d.title);
}

/** The one-line achievement summary of the proposal list. */
export function achievementSummary(r: Pick<EngineResult, 'scores' | 'ranking' | 'lang'>, c: Candidate): string {
  const s = r.scores.get(c.id)!;
  const p = r.ranking.positions.get(c.id)!;
  const scope = c.kind === 'collective' && c.block ? p.block : p.all;
  const L = r.lang;
  const parts = [L === 'vi' ? `Tổng điểm ${formatScore(s.total, L)} (hạng ${scope.rank}/${scope.of})` : `Total ${formatScore(s.total, L)} (rank ${scope.rank}/${scope.of})`];
  if (c.rating) parts.push(L === 'vi' ? `xếp loại ${c.rating}` : `rated ${c.rating}`);
  if (c.initiatives > 0) parts.push(L === 'vi' ? `${c.initiatives} sáng kiến` : `${c.initiatives} initiative(s)`);
  if (s.bonus > 0) parts.push(L === 'vi' ? `điểm thưởng ${formatScore(s.bonus, L)}` : `bonus ${formatScore(s.bonus, L)}`);
  return parts.join('; ');
}
