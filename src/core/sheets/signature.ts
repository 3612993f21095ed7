import { CellValue, cellText } from '../../sheet/grid';
import { fold } from '../text/normalize';

/**
 * A signature block told by its shape, not by a list of phrases: after the table has started, a
 * row with no number (no score, no STT) whose few short texts name a signing role in any word
 * order or case ("ĐƠN VỊ TRƯỞNG", "Biểu lập", "Lãnh đạo phòng ký"). Such a row is no candidate.
 */
const ROLE_WORDS: readonly RegExp[] = [
  /\bthu truong\b/,
  /\blanh dao\b/,
  /\b(giam doc|chu tich|bi thu|thu ky|ke toan|xac nhan|dai dien|ghi ro ho ten|dong dau)\b/,
  /\bky\b.*\bten\b/,
  /\bnguoi\b.*\b(lap|duyet|tong hop|kiem tra|ky)\b|\b(lap|duyet|tong hop|kiem tra)\b.*\bnguoi\b/,
  /\blap\b.*\b(bieu|bang)\b|\b(bieu|bang)\b.*\blap\b/,
  /\btruong\b.*\b(phong|ban|khoa|don vi|khoi|bo phan|doan|cum|to)\b|\b(phong|ban|khoa|don vi|khoi|bo phan|doan|cum|to)\b.*\btruong\b/,
];

/** A short text naming a signing role. */
export function isRoleLine(text: string): boolean {
  const f = fold(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (f === '' || f.split(' ').length > 8) return false;
  return ROLE_WORDS.some((re) => re.test(f));
}

/** The row's shape is a signature line: no number anywhere, a few short texts, one naming a role. */
export function isSignatureShape(row: readonly CellValue[] | undefined): boolean {
  if (!row) return false;
  let role = false;
  let texts = 0;
  for (const v of row) {
    if (v === null || v === undefined) continue;
    if (typeof v === 'number' || typeof v === 'boolean') return false;
    const s = cellText(v).trim();
    if (s === '') continue;
    if (/^\d+([.,]\d+)?$/.test(s) || s.length > 60 || ++texts > 4) return false;
    if (!role && isRoleLine(s)) role = true;
  }
  return role;
}
