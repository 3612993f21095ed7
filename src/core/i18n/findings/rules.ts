import type { FindingText } from '../findings';

/** Findings of the Law's rules, the council's votes and the minutes. */
export const RULE_FINDINGS = {
} satisfies Record<string, FindingText>;
