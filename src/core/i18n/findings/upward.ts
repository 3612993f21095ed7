import type { FindingText } from '../findings';

/** Findings of the upward workbook and the roll-up. */
export const UPWARD_FINDINGS = {
} satisfies Record<string, FindingText>;
