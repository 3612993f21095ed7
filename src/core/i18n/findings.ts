import type { Lang, Severity } from '../model';
import { Params, fill } from './words';
import type { FindingText } from './findings/text';
import { CORE_FINDINGS } from './findings/core';
import { SAFETY_FINDINGS } from './findings/safety';
import { FORM_FINDINGS } from './findings/forms';
import { RULE_FINDINGS } from './findings/rules';
import { LAW_FINDINGS } from './findings/law';
import { UPWARD_FINDINGS } from './findings/upward';
import { ROUNDTRIP_FINDINGS } from './findings/roundtrip';

export type { FindingText } from './findings/text';

/**
 * One table of every finding. Each workflow keeps its own messages in `findings/<area>.ts`, so the
 * areas grow apart; a code is defined once (the test checks no area repeats another's code).
 */
export const FINDINGS = {
  ...CORE_FINDINGS,
  ...SAFETY_FINDINGS,
  ...FORM_FINDINGS,
  ...RULE_FINDINGS,
  ...LAW_FINDINGS,
  ...UPWARD_FINDINGS,
  ...ROUNDTRIP_FINDINGS,
};

export type FindingCode = keyof typeof FINDINGS;
export type FindingParams = Params;

/** A finding's words in one language, from its code and parameters. */
export function findingText(code: FindingCode, params: FindingParams, lang: Lang): { severity: Severity; message: string; fix: string } {
  const t: FindingText = FINDINGS[code];
  return {
    severity: t.severity,
    message: fill(lang === 'vi' ? t.vi : t.en, params, lang),
    fix: fill(lang === 'vi' ? t.fixVi : t.fixEn, params, lang),
  };
}
