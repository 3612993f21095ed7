import { Candidate } from '../model';
import { hasControlChars } from '../../sheet/capText';
import { FindingLog } from '../findings/log';

/**
 * Text the user typed that the generated sheets cannot show as is: names with control
 * characters get a finding on their cell (the output shows them as ␁ pictures, see capText).
 */
export function checkCandidateText(candidates: readonly Candidate[], log: FindingLog): void {
  for (const c of candidates) {
    if (!hasControlChars(c.name)) continue;
    log.add('TEXT_CONTROL_CHARS', { value: visible(c.name) }, c.nameRef, { unit: c.unitName, candidate: visible(c.name) });
  }
}

function visible(s: string): string {
  return s.replace(/[\u0000-\u001F\u007F]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) === 0x7f ? 0x2421 : 0x2400 + ch.charCodeAt(0))).slice(0, 80);
}
