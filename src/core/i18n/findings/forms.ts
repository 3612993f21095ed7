import type { FindingText } from '../findings';

/** Findings of reading the forms agencies really use. */
export const FORM_FINDINGS = {
} satisfies Record<string, FindingText>;
