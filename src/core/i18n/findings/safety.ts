import type { FindingText } from '../findings';

/** Findings of file safety and bad input (files, config values, own sheets). */
export const SAFETY_FINDINGS = {
} satisfies Record<string, FindingText>;
