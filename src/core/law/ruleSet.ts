import { Period, entryOn, viDate } from './period';

/**
 * The sets of texts the default rules come from, by period: the decision date picks one. Before
 * 2024 (the 2003 Law and Decree 91/2017) is not modelled: the earliest set is used and said so.
 */
export interface RuleSet extends Period {
  id: 'law2022-nd98' | 'law2022-nd152';
  /** The decree detailing the Law in that period, as cited in the bases. */
  decree: string;
  texts: string;
}

export const RULE_SETS: readonly RuleSet[] = [
  { id: 'law2022-nd98', from: '2024-01-01', to: '2025-06-30', decree: 'NĐ 98/2023/NĐ-CP', texts: 'Luật TĐKT 06/2022/QH15; NĐ 98/2023/NĐ-CP' },
  { id: 'law2022-nd152', from: '2025-07-01', to: null, decree: 'NĐ 152/2025/NĐ-CP', texts: 'Luật TĐKT 06/2022/QH15; NĐ 152/2025/NĐ-CP; NĐ 129/2025/NĐ-CP' },
];

export function ruleSetOn(dateIso: string): RuleSet {
  return entryOn(RULE_SETS, dateIso) ?? RULE_SETS[0];
}

/**
 * The decision date assumed when `Phong trào` gives none: the last day of the campaign's year
 * (year-end decisions are signed in December or January; both pick the same texts unless the law
 * changed at the turn of the year, which the finding then shows).
 */
export function assumedDecisionDate(year: number): string {
  return `${year}-12-31`;
}

export function ruleSetText(s: RuleSet, dateIso: string): string {
  return `${s.texts} (quy định hiện hành ngày ${viDate(dateIso)})`;
}
