import { LawEntry } from './period';
import { decidingAuthority } from './authority';

/**
 * Public posting (công khai) of the proposal list before it is sent: the days are data (Law Art.
 * 84(5), Decree 152/2025 Art. 60(3)); 7 working days seen locally, 10 for state-level forms.
 */
export interface PostingDays extends LawEntry {
  days: number;
  /** Which forms: the agency's and the province's, or state-level (central). */
  level: 'local' | 'state';
}

export const POSTING_DAYS: readonly PostingDays[] = [
  {
    level: 'local',
    days: 7,
    from: null,
    to: null,
    basis: 'Luật TĐKT 06/2022/QH15, Điều 84 khoản 5; NĐ 152/2025/NĐ-CP, Điều 60 khoản 3; 7 ngày làm việc theo quy định địa phương đã thấy',
    tag: 'C',
  },
  {
    level: 'state',
    days: 10,
    from: null,
    to: null,
    basis: 'Luật TĐKT 06/2022/QH15, Điều 84 khoản 5; NĐ 152/2025/NĐ-CP, Điều 60 khoản 3: 10 ngày làm việc cho hình thức cấp Nhà nước',
    tag: 'C',
  },
];

export function postingDaysFor(titleName: string, decisionDate: string): PostingDays {
  const state = decidingAuthority(titleName, decisionDate)?.authority === 'central';
  return POSTING_DAYS.find((p) => p.level === (state ? 'state' : 'local'))!;
}

/** The day a posting that starts on `startIso` ends, counting working days (Monday to Friday). */
export function postingEnd(startIso: string, workingDays: number): string {
  const d = new Date(`${startIso}T00:00:00Z`);
  let left = workingDays;
  // The first day counts when it is a working day.
  for (;;) {
    const wd = d.getUTCDay();
    if (wd !== 0 && wd !== 6) left--;
    if (left <= 0) break;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return d.toISOString().slice(0, 10);
}
