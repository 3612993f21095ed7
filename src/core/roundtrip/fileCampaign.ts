import { SheetGrid, cellText } from '../../sheet/grid';
import { Campaign } from '../model';
import { cleanText, fold, matchKey } from '../text/normalize';

/**
 * What a returned sheet's title block says it is for: the year of its title ("BẢNG TỰ CHẤM ĐIỂM
 * THI ĐUA NĂM 2024") and the campaign it names ("Phong trào …"), checked against the book so that
 * last year's template filled in by mistake is not ranked as this year's scores.
 */
export interface SheetCampaign {
  /** The year the title names, with its line; null when the title names none. */
  year: { year: number; line: string } | null;
  /** A line naming a campaign that is not the book's; null when none does. */
  otherCampaign: string | null;
}

/** A title line about scoring or commendation that names a year; not a date line ("ngày … tháng … năm …"). */
const TITLE_WORDS = /\b(cham diem|thi dua|khen thuong|danh gia|xep loai|binh xet)\b/;

export function sheetCampaign(g: SheetGrid, headerRow: number, campaign: Campaign | null): SheetCampaign {
  let year: SheetCampaign['year'] = null;
  let otherCampaign: string | null = null;
  const own = campaign?.name ? matchKey(campaign.name) : '';
  for (let r = 0; r < headerRow; r++)
    for (const v of g.rows[r] ?? []) {
      if (typeof v !== 'string') continue;
      const line = cleanText(cellText(v));
      const f = fold(line);
      const y = /\bnam (\d{4})\b/.exec(f);
      if (!year && y && TITLE_WORDS.test(f) && !/\b(ngay|thang)\b/.test(f)) year = { year: Number(y[1]), line };
      if (!otherCampaign && own !== '' && /^phong trao\b/.test(f) && matchKey(line) !== own) otherCampaign = line;
    }
  return { year, otherCampaign };
}
