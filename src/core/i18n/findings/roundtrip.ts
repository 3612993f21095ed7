import type { FindingText } from '../findings';

/** Findings of the unit round trip (templates, import, marks). */
export const ROUNDTRIP_FINDINGS = {
} satisfies Record<string, FindingText>;
