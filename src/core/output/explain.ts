import { Candidate, Lang, TitleDecision } from '../model';
import { EngineResult } from '../engine/run';
import { formatScore } from '../text/numbers';
import { voteRuleText } from '../engine/propose';
import type { WordingIds } from '../model';
import { t } from '../i18n/words';
import { EXPLAIN_WORDS as W } from './explain.words';

/** Each verdict's mark; its words are the verdict's key in the catalogue. */
const MARK: Record<TitleDecision['status'], string> = { proposed: '✓', notEligible: '✗', cutByQuota: '–', tiedAtQuota: '?', ruleUnusable: '!' };

export function statusText(s: TitleDecision['status'], lang: Lang): string {
  return t(W, lang, s);
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
  const shown = d.status === 'notEligible' ? d.checks.filter((c) => !c.ok) : d.checks;
  const checks = shown.map((c) => `${c.ok ? '✓' : '✗'} ${c.label}: ${c.detail}`).join('; ');
  const quota = d.quotaNote ? ` [${d.quotaNote}]` : '';
  // The council's vote when the title needs one: pending, or the share against the rule (the rule's
  // check above says whether it was enough).
  const v = d.vote;
  let vote = '';
  if (v && v.pending && d.status === 'proposed') {
    const need = v.rule ? voteRuleText(v.rule, lang).replace(/^(Biểu quyết|Vote) /, t(W, lang, 'voteNeeds')) : '';
    vote = t(W, lang, 'votePending', { need });
  } else if (v && !v.pending && v.passes === null && !quota) vote = t(W, lang, 'voteRecorded', { text: v.text });
  return `${MARK[d.status]} ${d.title}: ${t(W, lang, d.status)}${checks ? ` (${checks})` : ''}${quota}${vote}`;
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
  return r.decisions
    .at(c)
    .filter((d) => d.status === 'proposed')
    .map((d) => d.title);
}

/** The one-line achievement summary of the proposal list. */
export function achievementSummary(r: Pick<EngineResult, 'scores' | 'ranking' | 'lang'>, c: Candidate): string {
  const s = r.scores.get(c.id)!;
  const p = r.ranking.positions.get(c.id)!;
  const scope = c.kind === 'collective' && c.block ? p.block : p.all;
  const L = r.lang;
  const parts = [t(W, L, 'total', { total: formatScore(s.total, L), rank: scope.rank, of: scope.of })];
  if (c.rating) parts.push(t(W, L, 'rated', { rating: c.rating }));
  if (c.initiatives > 0) parts.push(t(W, L, 'initiatives', { n: c.initiatives }));
  if (s.bonus > 0) parts.push(t(W, L, 'bonus', { bonus: formatScore(s.bonus, L) }));
  return parts.join('; ');
}
