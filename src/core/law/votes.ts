import { fold } from '../text/normalize';
import { LawEntry, entryOn } from './period';
import { withTag } from './period';
import type { VoteRule } from '../model';

/**
 * The council's vote per title (domain.md §4): secret ballot, the share in favour and its base.
 * Decree 98/2023 Art. 30(7) [C]; kept under Decree 152/2025 from 01/07/2025 [R] (the November
 * 2025 city regulation seen still uses it). Titles not listed need no threshold: the minutes record
 * the share that agreed.
 */
export interface CouncilVote extends LawEntry {
  /** Folded title-name pattern. */
  match: RegExp;
  /** The name the rules document and the template use. */
  title: string;
  secret: boolean;
  op: '>=' | '>';
  percent: number;
  base: 'members' | 'present';
}

const ND98 = 'NĐ 98/2023/NĐ-CP, Điều 30 khoản 7';
const KEPT = 'NĐ 98/2023/NĐ-CP, Điều 30 khoản 7, giữ theo NĐ 152/2025/NĐ-CP (chưa thấy văn bản thay thế; quy chế Hội đồng có thể đặt khác)';

export const COUNCIL_VOTES: readonly CouncilVote[] = [
  ...(
    [
      ['Chiến sĩ thi đua cơ sở', /^chien si thi dua co so/, 80],
      ['Cờ thi đua', /^co thi dua/, 80],
      ['Chiến sĩ thi đua cấp tỉnh, cấp bộ và toàn quốc', /^chien si thi dua (cap (tinh|bo|nganh)|toan quoc)/, 90],
    ] as const
  ).flatMap(([title, match, percent]) => [
    {
      title,
      match,
      secret: true,
      op: '>=' as const,
      percent,
      base: 'members' as const,
      from: '2024-01-01',
      to: '2025-06-30',
      basis: `${ND98}: bỏ phiếu kín, ≥ ${percent}% tổng số thành viên Hội đồng, thành viên vắng mặt cho ý kiến bằng văn bản`,
      tag: 'C' as const,
    },
    {
      title,
      match,
      secret: true,
      op: '>=' as const,
      percent,
      base: 'members' as const,
      from: '2025-07-01',
      to: null,
      basis: `${KEPT}: bỏ phiếu kín, ≥ ${percent}% tổng số thành viên Hội đồng, thành viên vắng mặt cho ý kiến bằng văn bản`,
      tag: 'R' as const,
    },
  ]),
];

/** The vote the law asks for a title on a day; null: no threshold (the minutes record the share). */
export function councilVoteOn(titleName: string, dateIso: string): CouncilVote | null {
  const k = fold(titleName);
  return entryOn(
    COUNCIL_VOTES.filter((v) => v.match.test(k)),
    dateIso,
  );
}

/**
 * The meeting's quorum when `Phong trào` sets none: two thirds of the members, the figure council
 * rules commonly set (one 2025 provincial regulation asks 80% for award sessions) [R].
 */
export const QUORUM_DEFAULT: LawEntry & { num: number; den: number; text: string } = {
  num: 2,
  den: 3,
  text: '2/3',
  from: null,
  to: null,
  basis: 'Túc số do quy chế Hội đồng quy định (thường 2/3 tổng số thành viên; một quy định cấp tỉnh 2025 đặt 80% cho phiên xét khen thưởng)',
  tag: 'R',
};

/**
 * The vote a title needs when `Danh hiệu` has no `Tỷ lệ phiếu tối thiểu` column (a workbook made
 * before it existed): the law's vote for the title on the decision date, with its basis; none for others.
 */
export function defaultVoteRule(titleName: string, date = '2026-12-31'): VoteRule | null {
  const v = councilVoteOn(titleName, date);
  if (!v) return null;
  return { op: v.op, percent: v.percent, base: v.base, source: 'default', basis: withTag(v) };
}
