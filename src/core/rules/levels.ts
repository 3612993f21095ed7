import { fold } from '../text/normalize';
import type { DisciplineReading, RatingCode } from '../model';

/**
 * Ordered scales the rules compare against. They are data with their legal basis: when a
 * decree changes a scale, this table changes, not the code that compares.
 */

export interface RatingLevel {
  code: RatingCode;
  /** Higher is better. */
  rank: number;
  vi: string;
  en: string;
}

/** Annual quality rating, best first. Basis: NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023), NĐ 335/2025/NĐ-CP. */
export const RATING_LEVELS: readonly RatingLevel[] = [
  { code: 'HTXSNV', rank: 4, vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed duties' },
  { code: 'HTTNV', rank: 3, vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well completed duties' },
  { code: 'HTNV', rank: 2, vi: 'Hoàn thành nhiệm vụ', en: 'Completed duties' },
  { code: 'KHTNV', rank: 1, vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete duties' },
];

/**
 * How many may be rated HTXSNV: at most this share of those rated HTTNV in the same agency.
 * And from 2026, for civil servants, any disciplinary measure in the year means KHTNV.
 */
export const RATING_LIMITS = {
  excellentShareOfGoodMax: 20,
  shareBasis: 'NĐ 90/2020/NĐ-CP (sửa đổi bởi NĐ 48/2023/NĐ-CP); NĐ 335/2025/NĐ-CP',
  disciplineMeansKhtnvFrom: 2026,
  disciplineBasis: 'NĐ 335/2025/NĐ-CP (công chức, từ 2026)',
} as const;

export const RATING_BASIS = 'NĐ 90/2020/NĐ-CP, NĐ 48/2023/NĐ-CP; NĐ 335/2025/NĐ-CP (công chức, từ 2026)';

const RATING_BY_KEY = new Map<string, RatingCode>();
for (const r of RATING_LEVELS) {
  RATING_BY_KEY.set(fold(r.code), r.code);
  RATING_BY_KEY.set(fold(r.vi).replace(/ /g, ''), r.code);
}
// Short forms seen on sheets.
RATING_BY_KEY.set('xuatsac', 'HTXSNV');
RATING_BY_KEY.set('htxs', 'HTXSNV');
RATING_BY_KEY.set('httot', 'HTTNV');
RATING_BY_KEY.set('htt', 'HTTNV');
RATING_BY_KEY.set('ht', 'HTNV');
RATING_BY_KEY.set('kht', 'KHTNV');

/** "HTXSNV", "Hoàn thành xuất sắc nhiệm vụ", "hoan thanh xuat sac nhiem vu", "HT XS NV". */
export function parseRating(text: string): RatingCode | null {
  // A sheet says the same three or four things thousands of times: each text is read once.
  let r = ratingMemo.get(text);
  if (r === undefined) {
    const k = fold(text).replace(/[^a-z]/g, '');
    r = k === '' ? null : (RATING_BY_KEY.get(k) ?? null);
    remember(ratingMemo, text, r);
  }
  return r;
}

const ratingMemo = new Map<string, RatingCode | null>();

function remember<T>(memo: Map<string, T>, text: string, value: T): void {
  if (memo.size > 5000) memo.clear();
  memo.set(text, value);
}

const RANK_OF = new Map<RatingCode, number>(RATING_LEVELS.map((r) => [r.code, r.rank]));

export function ratingRank(code: RatingCode): number {
  return RANK_OF.get(code) ?? 0;
}

export function ratingAtLeast(actual: RatingCode | null, minimum: RatingCode): boolean {
  return actual !== null && ratingRank(actual) >= ratingRank(minimum);
}

/** Disciplinary measures for cadres and civil servants, lightest first. Basis: Luật CB, CC 2008 (sửa đổi 2019) Đ.79; NĐ 112/2020/NĐ-CP. */
export interface DisciplineLevel {
  level: number;
  vi: string;
  en: string;
  keys: string[];
}

export const DISCIPLINE_LEVELS: readonly DisciplineLevel[] = [
  { level: 1, vi: 'Khiển trách', en: 'Reprimand', keys: ['khien trach'] },
  { level: 2, vi: 'Cảnh cáo', en: 'Warning', keys: ['canh cao'] },
  { level: 3, vi: 'Hạ bậc lương', en: 'Salary downgrade', keys: ['ha bac luong', 'ha bac', 'ha ngach'] },
  { level: 4, vi: 'Giáng chức', en: 'Demotion', keys: ['giang chuc'] },
  { level: 5, vi: 'Cách chức', en: 'Dismissal from post', keys: ['cach chuc'] },
  { level: 6, vi: 'Buộc thôi việc', en: 'Forced resignation', keys: ['buoc thoi viec'] },
];
export const DISCIPLINE_BASIS = 'Luật Cán bộ, công chức 2008 (sửa đổi 2019), Điều 79; NĐ 112/2020/NĐ-CP';

/**
 * No proposal while a disciplinary review, an investigation or a complaint is pending: the words
 * staff write for it. Basis below.
 */
export const PENDING_WORDS = [
  'dang xem xet',
  'dang xu ly',
  'dang dieu tra',
  'dang bi dieu tra',
  'dang thanh tra',
  'dang kiem tra',
  'dang giai quyet',
  'dang bi khieu nai',
  'dang bi to cao',
  'dang bi xem xet',
  'chua xu ly xong',
  'chua co ket luan',
];
export const PENDING_BASIS = 'NĐ 152/2025/NĐ-CP: chưa đề nghị khen thưởng khi đang xem xét kỷ luật, điều tra, thanh tra, giải quyết khiếu nại, tố cáo';

const NONE_WORDS = new Set(['', 'khong', 'khong co', 'k', 'kc', '0', '-', 'x khong', 'chua', 'khong bi ky luat']);

/** Shared by every candidate without a measure: one object, not one per row. */
export const NO_DISCIPLINE: DisciplineReading = { kind: 'none' };

/** The reading of a `Kỷ luật` cell; the same text gives the same (shared, unchanging) reading. */
export function parseDiscipline(text: string): DisciplineReading {
  let d = disciplineMemo.get(text);
  if (d === undefined) {
    d = readDiscipline(text);
    remember(disciplineMemo, text, d);
  }
  return d;
}

const disciplineMemo = new Map<string, DisciplineReading>();

function readDiscipline(text: string): DisciplineReading {
  const k = fold(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (NONE_WORDS.has(k)) return NO_DISCIPLINE;
  // Before the levels: "đang xem xét kỷ luật cảnh cáo" is pending, not yet a warning.
  if (PENDING_WORDS.some((w) => k.includes(w))) return { kind: 'pending', text };
  for (const d of DISCIPLINE_LEVELS) if (d.keys.some((key) => k.includes(key))) return { kind: 'level', level: d.level, text };
  return { kind: 'unknown', text };
}

export function disciplineLevelByName(text: string): DisciplineLevel | null {
  const k = fold(text);
  return DISCIPLINE_LEVELS.find((d) => d.keys.some((key) => k.includes(key))) ?? null;
}
