import { TitleRule } from '../model';
import { FindingLog } from '../findings/log';
import { fold } from '../text/normalize';
import { LawInForce } from './law';
import { authorityText, decidingAuthority } from '../law/authority';
import { viDate, withTag } from '../law/period';
import { LegalText, citedTexts, legalText } from '../law/texts';
import { t } from '../i18n/words';
import { LAW_WORDS } from '../law/words';
import { councilVoteOn } from '../law/votes';

/** A text and every text that replaced it since, in order. */
function successors(t: LegalText): LegalText[] {
  const out: LegalText[] = [];
  let next = t.replacedBy ? legalText(t.replacedBy) : null;
  while (next) {
    out.push(next);
    next = next.replacedBy ? legalText(next.replacedBy) : null;
  }
  return out;
}

/** The last day in force as the finding says it: "01/01/2024" is the first day without it. */
function endText(t: LegalText): string {
  return viDate(t.to!);
}

/**
 * The agency's `Danh hiệu` checked against the law of the decision date. The sheet is the user's:
 * nothing is changed, each rule from an expired text gets a finding on its cell naming the text,
 * its end and what the text in force says.
 */
export function checkTitlesAgainstLaw(titles: readonly TitleRule[], law: LawInForce, log: FindingLog): void {
  const date = law.decisionDate;
  const current = law.set.texts;
  const nd91 = legalText('nd91');
  const L = log.lang;
  for (const rule of titles) {
    const k = rule.key;
    const cells = rule.cells ?? { percent: rule.ref, voteMin: rule.ref, basis: rule.ref };
    const flagged = new Set<string>();
    // The old CSTĐCS cap (15% of LĐTT), written in the sheet rather than chosen as the option.
    const citesOnly91 = nd91.cited.test(fold(rule.legalBasis)) && !successors(nd91).some((n) => n.cited.test(fold(rule.legalBasis)));
    if (k.startsWith('chien si thi dua co so') && rule.quotaPercent !== null && !rule.quotaBasis && (rule.quotaPercent === 15 || citesOnly91)) {
      log.add(
        'LAW_RULE_EXPIRED',
        {
          title: rule.name,
          what: t(LAW_WORDS, L, 'capWhat', { percent: rule.quotaPercent }),
          text: nd91.name,
          ended: endText(nd91),
          current,
          says: t(LAW_WORDS, L, 'capSays'),
        },
        cells.percent,
      );
      flagged.add('nd91');
    }
    // The LĐTT exclusions of the old decrees, written in the conditions.
    const old = rule.conditions.filter((c) => (c.type === 'daysOff' || c.type === 'monthsWorked') && !/tùy chọn/.test(c.text));
    if (k.startsWith('lao dong tien tien') && old.length > 0 && date > nd91.to!) {
      log.add(
        'LAW_RULE_EXPIRED',
        {
          title: rule.name,
          what: t(LAW_WORDS, L, 'exclWhat', { conditions: old.map((c) => c.text).join('; ') }),
          text: nd91.name,
          ended: endText(nd91),
          current,
          says: t(LAW_WORDS, L, 'exclSays'),
        },
        rule.conditionRef,
      );
      flagged.add('nd91');
    }
    // A vote below the law's for the title.
    const v = councilVoteOn(rule.name, date);
    if (v && rule.vote && rule.vote.source === 'sheet' && (rule.vote.percent < v.percent || rule.vote.base !== v.base)) {
      const said = t(LAW_WORDS, L, 'voteSaid', {
        op: rule.vote.op === '>' ? '>' : '≥',
        percent: rule.vote.percent,
        base: t(LAW_WORDS, L, rule.vote.base === 'members' ? 'baseMembers' : 'basePresent'),
      });
      log.add(
        'LAW_VOTE_BELOW',
        {
          title: rule.name,
          sheet: said,
          law: t(LAW_WORDS, L, 'voteLaw', { percent: v.percent }),
          basis: withTag(v),
          min: `≥ ${v.percent}`,
          base: 'Tổng số thành viên',
        },
        cells.voteMin,
      );
    }
    // A basis citing a text that ended before the decision date, and none that replaced it.
    const cited = citedTexts(rule.legalBasis);
    for (const x of cited) {
      if (x.to === null || x.to >= date || flagged.has(x.id)) continue;
      const next = successors(x);
      if (next.some((n) => cited.includes(n))) continue;
      const now = next.filter((n) => n.from === null || n.from <= date).pop();
      log.add(
        'LAW_RULE_EXPIRED',
        {
          title: rule.name,
          what: t(LAW_WORDS, L, 'basisWhat'),
          text: x.name,
          ended: endText(x),
          current,
          says: now ? t(LAW_WORDS, L, 'replacedBy', { text: now.name }) : t(LAW_WORDS, L, 'reviewBasis'),
        },
        cells.basis,
      );
    }
    // A form whose deciding authority no longer exists on the date.
    const a = decidingAuthority(rule.name, date);
    if (a && !a.exists)
      log.add('AUTHORITY_GONE', { title: rule.name, authority: authorityText(a, L), ended: viDate(a.ended!), basis: a.basis, date: viDate(date) }, rule.ref);
  }
}
