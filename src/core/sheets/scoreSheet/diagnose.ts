// A sheet not understood: what was seen on it, for the finding that says what to rename.
import { SheetGrid, a1 } from '../../../sheet/grid';
import { cleanText } from '../../text/normalize';
import { headerKey } from '../../config/table';
import { criterionFromHeader } from '../headers';
import { GENERIC_SCORE, INFO_WORDS, ROLE_LABELS, isFormField, nameHeaderKind, roleOf, rowFormRole } from '../vocabulary';
import { RecognizeContext, SheetDiagnosis } from './types';
import { sheetUnit, unitOfRows } from './unit';

/** What a header cell was taken for, in the user's words; null when not understood. */
function headerMeaning(key: string, ctx: RecognizeContext, vi: boolean): string | null {
  const name = nameHeaderKind(key);
  if (name) return vi ? 'cột tên' : 'name column';
  const crit = criterionFromHeader(key, ctx.criteria, ctx.textIndex);
  if (crit) return vi ? `tiêu chí ${crit.code}` : `criterion ${crit.code}`;
  const role = roleOf(key) ?? rowFormRole(key);
  if (role) return ROLE_LABELS[role][vi ? 'vi' : 'en'];
  if (INFO_WORDS.test(key) || GENERIC_SCORE.test(key)) return vi ? 'không dùng để tính điểm' : 'not used for scoring';
  return null;
}

/**
 * A sheet not understood: the row that looked most like a header (most short text cells in the
 * top rows) and, for each of its cells, whether it was understood.
 */
export function diagnose(grid: SheetGrid, filled: string[][], ctx: RecognizeContext): SheetDiagnosis {
  const vi = ctx.log.lang === 'vi';
  let best = -1;
  let bestCount = 0;
  let any = false;
  for (let r = 0; r < filled.length; r++) {
    // Distinct texts: a merged title fills every column it spans with one text.
    const texts = new Set<string>();
    for (const t of filled[r]) {
      if (t.trim() !== '') any = true;
      if (t.trim() !== '' && t.length <= 80 && !isFormField(t) && !/^[\d.,\s]+$/.test(t)) texts.add(t);
    }
    const n = texts.size;
    if (n > bestCount) {
      best = r;
      bestCount = n;
    }
  }
  if (!any) any = grid.rows.some((row) => row?.some((v) => v !== null && v !== ''));
  const understood: string[] = [];
  const unknown: string[] = [];
  const renames: string[] = [];
  if (best >= 0 && bestCount >= 2) {
    const seen = new Set<string>();
    let hasName = false;
    const nameLike: string[] = [];
    const scoreLike: string[] = [];
    filled[best].forEach((t, c) => {
      const text = cleanText(t);
      if (text === '' || seen.has(text)) return;
      seen.add(text);
      const key = headerKey(text);
      const m = headerMeaning(key, ctx, vi);
      const at = `${a1(best, c)} "${text}"`;
      if (nameHeaderKind(key)) hasName = true;
      if (m) understood.push(`${at}: ${m}`);
      else {
        unknown.push(at);
        if (/\b(ten|ho|nguoi|can bo|tap the|don vi)\b/.test(key)) nameLike.push(at);
        else if (/\b(diem|cham|ket qua)\b/.test(key)) scoreLike.push(at);
      }
    });
    // A name to rename only where there is something to score: a lookup list needs none.
    const scores = scoreLike.length > 0 || understood.some((u) => /: (tiêu chí|criterion) /.test(u));
    if (!hasName && scores && nameLike.length > 0)
      renames.push(
        vi
          ? `đổi tiêu đề ${nameLike[0]} thành "Họ và tên" (cá nhân) hoặc "Tên đơn vị" (tập thể)`
          : `rename ${nameLike[0]} to "Họ và tên" (people) or "Tên đơn vị" (collectives)`,
      );
    for (const at of scoreLike)
      renames.push(
        vi
          ? `ghi mã tiêu chí (ví dụ "1.1"), "Điểm tự chấm" hoặc "Điểm thẩm định" thay cho ${at}`
          : `use a criterion code (e.g. "1.1"), "Điểm tự chấm" or "Điểm thẩm định" instead of ${at}`,
      );
  }
  // The sheet's unit, read as a recognised sheet's is: its rows' `Đơn vị` column first (a sheet of
  // another criteria set is not understood with the common one, and must still find its set).
  const unitCol = best >= 0 ? filled[best].findIndex((x) => roleOf(headerKey(x)) === 'unit') : -1;
  const t = sheetUnit(grid, Math.max(best, 0), ctx, unitOfRows(grid, unitCol, best + 1, ctx.units));
  return { headerRow: best >= 0 && bestCount >= 2 ? best : null, understood, unknown, renames, empty: !any, unitKey: t.source === 'fallback' ? null : t.key };
}
