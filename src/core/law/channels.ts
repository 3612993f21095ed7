import { fold } from '../text/normalize';
import { LawEntry } from './period';
import { decidingAuthority } from './authority';

/**
 * The upward channels an agency sends proposals by: the province (Sở Nội vụ / Ban Thi đua – Khen
 * thưởng) and, for a sector department, its ministry (Circular 15/2025/TT-BXD for Sở Xây dựng:
 * Kỷ niệm chương, the ministry's Cờ thi đua). Which title goes by which channel is data; central
 * forms go by the province.
 */
export type ChannelId = 'province' | 'ministry';

export interface Channel extends LawEntry {
  id: ChannelId;
  vi: string;
  en: string;
  /** The recipient, as the dossier's cover names it. */
  recipientVi: string;
  /** Suffix of the channel's file name (the province's keeps the plain name). */
  fileSuffix: string;
}

export const CHANNELS: readonly Channel[] = [
  {
    id: 'province',
    vi: 'Cấp tỉnh',
    en: 'Province',
    recipientVi: 'Sở Nội vụ (Ban Thi đua – Khen thưởng) tỉnh',
    fileSuffix: '',
    from: null,
    to: null,
    basis: 'Luật TĐKT 06/2022/QH15, Điều 80, 84',
    tag: 'C',
  },
  {
    id: 'ministry',
    vi: 'Bộ chủ quản',
    en: 'Ministry',
    recipientVi: 'Bộ Xây dựng (Vụ Thi đua – Khen thưởng)',
    fileSuffix: '.bo',
    from: null,
    to: null,
    basis: 'TT 15/2025/TT-BXD: Kỷ niệm chương, Cờ thi đua của Bộ Xây dựng',
    tag: 'C',
  },
];

/** Channel of a title by name; the table's authority says, the ministry's forms by name as a fallback. */
export function channelOf(titleName: string, decisionDate: string): ChannelId {
  const a = decidingAuthority(titleName, decisionDate);
  if (a?.channel === 'ministry') return 'ministry';
  if (/ky niem chuong/.test(fold(titleName))) return 'ministry';
  return 'province';
}

export function channel(id: ChannelId): Channel {
  return CHANNELS.find((c) => c.id === id)!;
}
