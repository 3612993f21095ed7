import { eligibilityContext, judgeEligibility, RuleJudge } from './eligibility';
import { fillQuotas } from './quota';
import { reportQuorum, requestTitleVotes } from './council';
import { Inputs, Proposal, QuotaSummary, VoteRequest } from './types';
import { PROPOSED, RuleVerdicts, Verdicts } from './verdicts';
import { Candidate, TitleRule } from '../../model';
import { withTag } from '../../law/period';

export type { Proposal, QuotaSummary, VoteRequest } from './types';
export { scopeText } from './explanation';
export { hasQuorum, judgeVote, voteRuleText } from './council';

/** Registration not required: a proposal without it is a warning on the candidate's name. */
function warnUnregistered(rule: TitleRule, subjects: readonly Candidate[], own: RuleVerdicts, inp: Inputs): void {
  const reg = inp.registration;
  if (!reg || reg.required || !rule.usable) return;
  const basis = inp.law ? withTag(inp.law.options.registrationRequired) : '';
  for (const c of subjects)
    if (own.status[c.index] === PROPOSED && !reg.has(rule, c))
      inp.log.add(
        'REGISTRATION_MISSING',
        { name: c.name, title: rule.name, basis },
        { sheet: c.sheet, row: c.nameRef.row, col: c.nameRef.col },
        { unit: c.unitName, candidate: c.name },
      );
}

/**
 * Titles proposed row by row from the top of `Danh hiệu`, each in three phases: who is eligible
 * (eligibility.ts), the quota places in rank order with the law's tie-break and the council's votes
 * at the boundary (quota.ts, council.ts), then the council's confirmation for titles that need a
 * vote. The explanations are worded from the verdicts when read (verdicts.ts, explanation.ts).
 */
export function proposeTitles(inp: Inputs): Proposal {
  const n = inp.candidates.length;
  // Indexed by Candidate.index: 9,000 candidates × every title touch these in the hot loop.
  const awarded = new Map<string, Uint8Array>(); // titleKey → 1 where proposed
  const posOf = inp.candidates.map((c) => inp.ranking.positions.at(c));
  const perRule: RuleVerdicts[] = [];
  const quotas: QuotaSummary[] = [];
  const voteRequests: VoteRequest[] = [];
  const ctx = eligibilityContext(inp, awarded);
  reportQuorum(inp);
  for (const rule of inp.rules) {
    const got = new Uint8Array(n);
    awarded.set(rule.key, got);
    const subjects = inp.candidates.filter((c) => c.kind === rule.subject);
    const own = new RuleVerdicts(new RuleJudge(rule, ctx, inp.votes ?? null, inp.law?.quorum ?? null, inp.registration ?? null), n);
    perRule.push(own);
    const eligible = judgeEligibility(rule, subjects, own);
    fillQuotas(rule, inp, subjects, eligible, own, got, awarded, posOf, quotas, voteRequests);
    requestTitleVotes(rule, subjects, own, inp, voteRequests);
    warnUnregistered(rule, subjects, own, inp);
  }
  return { decisions: new Verdicts(inp.candidates, inp.rules, perRule, inp.ids), quotas, voteRequests, wording: ctx.wording! };
}
