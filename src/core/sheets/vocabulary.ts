/**
 * The words agencies write in score-sheet headers, as data: one table of synonyms per role. A
 * header is matched on its folded key (headerKey: no diacritics, no case, no punctuation, no
 * parenthesised notes), first against the exact phrases, then by its role words, so that
 * "Tên tập thể/cá nhân/hộ gia đình", "Tên quận - huyện" or "Họ tên cán bộ" read as a name column
 * and "Điểm phúc tra", "Điểm đoàn kiểm tra", "Điểm Hội đồng" as the appraised score.
 *
 * Folding merges words that differ only by their marks ("Công" and "Cộng"): whatever must not be
 * confused (total rows) is decided on the text with its marks (see isTotalLabel).
 */

/** What a score-sheet column holds. */
export type ColumnRole =
  | 'stt'
  | 'name'
  | 'staffCode'
  | 'dob'
  | 'gender'
  | 'position'
  | 'unit'
  | 'rating'
  | 'initiatives'
  | 'researchTopics'
  | 'discipline'
  | 'daysOff'
  | 'monthsWorked'
  | 'maternityDays'
  | 'total'
  | 'requested'
  | 'evidence'
  | 'note';

/** Columns of the criteria-down-the-rows form. */
export type RowFormRole = 'code' | 'content' | 'maxPoints' | 'self' | 'appraised' | 'appraiser' | 'evidence';

/** Exact header phrases (folded keys) per roster role. Order matters: the first role that lists a key wins. */
export const ROLE_PHRASES: readonly (readonly [ColumnRole, readonly string[]])[] = [
  ['stt', ['stt', 'tt', 'so tt', 'so thu tu']],
  [
    'staffCode',
    [
      'ma can bo',
      'ma cb',
      'ma nhan vien',
      'ma nv',
      'ma so can bo',
      'ma cong chuc',
      'ma vien chuc',
      'ma dinh danh',
      'cccd',
      'so cccd',
      'can cuoc',
      'so can cuoc',
      'can cuoc cong dan',
      'so can cuoc cong dan',
      'cmnd',
      'so cmnd',
      'so dinh danh',
      'so dinh danh ca nhan',
    ],
  ],
  ['gender', ['gioi tinh', 'nam nu', 'gioi']],
  ['dob', ['ngay sinh', 'ngay thang nam sinh', 'nam sinh']],
  ['position', ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'chuc vu don vi']],
  ['unit', ['don vi', 'phong', 'don vi cong tac', 'phong ban', 'phong don vi', 'bo phan', 'noi cong tac', 'co quan don vi']],
  [
    'rating',
    ['xep loai', 'xep loai chat luong', 'danh gia xep loai', 'muc xep loai', 'ket qua xep loai', 'xep loai nam', 'xep loai clcb', 'xep loai chat luong can bo'],
  ],
  ['initiatives', ['sang kien', 'so sang kien', 'sang kien de tai', 'sang kien kinh nghiem', 'de tai sang kien', 'sang kien giai phap']],
  // After initiatives: "Sáng kiến, đề tài" in one column counts as initiatives (the CSTĐCS rule accepts either).
  [
    'researchTopics',
    [
      'de tai',
      'so de tai',
      'de tai khoa hoc',
      'de tai nghien cuu',
      'de tai nckh',
      'de tai nghien cuu khoa hoc',
      'de an',
      'de tai de an',
      'nghien cuu khoa hoc',
    ],
  ],
  ['discipline', ['ky luat', 'hinh thuc ky luat', 'bi ky luat']],
  ['maternityDays', ['trong do nghi thai san', 'nghi thai san', 'so ngay nghi thai san', 'thai san', 'ngay nghi thai san']],
  ['daysOff', ['so ngay nghi', 'ngay nghi', 'nghi', 'so ngay nghi lam', 'so ngay nghi viec']],
  [
    'monthsWorked',
    ['so thang cong tac', 'thoi gian cong tac', 'thoi gian cong tac thang', 'so thang lam viec', 'thang cong tac', 'so thang cong tac trong nam'],
  ],
  ['total', ['tong diem', 'tong cong', 'tong', 'tong diem tu cham', 'tong so diem', 'tong diem dat', 'cong']],
  [
    'requested',
    [
      'danh hieu de nghi',
      'de nghi danh hieu',
      'hinh thuc de nghi',
      'danh hieu dang ky',
      'dang ky danh hieu',
      'de nghi',
      'de nghi khen thuong',
      'danh hieu hinh thuc de nghi',
    ],
  ],
  ['evidence', ['minh chung', 'ghi chu minh chung', 'minh chung ghi chu', 'tai lieu minh chung']],
  ['note', ['ghi chu']],
];

/**
 * Role words, tried when no exact phrase matched: the header starts with the words (and may go
 * on: "Tổng điểm đạt được", "Xếp loại năm 2025", "Chức vụ hiện nay").
 */
export const ROLE_WORDS: readonly (readonly [ColumnRole, RegExp])[] = [
  ['staffCode', /^ma (so )?(can bo|cong chuc|vien chuc|nhan vien|cb|nv)\b/],
  ['dob', /^(ngay|nam) (thang nam )?sinh\b/],
  ['gender', /^gioi tinh\b/],
  ['position', /^chuc (vu|danh)\b/],
  ['rating', /^(ket qua |muc )?xep loai\b|^danh gia xep loai\b/],
  ['initiatives', /^(so )?sang kien\b/],
  ['researchTopics', /^(so )?(de tai|de an)\b|^nghien cuu khoa hoc\b/],
  ['discipline', /^(hinh thuc )?ky luat\b/],
  ['maternityDays', /\bthai san\b/],
  ['daysOff', /^so ngay nghi\b/],
  ['monthsWorked', /^(so thang|thoi gian) (cong tac|lam viec)\b/],
  ['total', /^tong (diem|cong|so diem)\b/],
  ['requested', /^(danh hieu|hinh thuc) (thi dua )?(de nghi|dang ky)\b|^de nghi (danh hieu|khen thuong|hinh thuc)\b/],
  ['evidence', /^(minh chung|tai lieu minh chung|giai trinh)\b/],
  ['note', /^ghi chu\b/],
];

/**
 * Columns that are understood but not read: they tell the reader what a sheet is, and a sheet
 * not understood lists them as "understood" rather than "unknown".
 */
export const INFO_WORDS =
  /^(gioi tinh|que quan|dan toc|ton giao|trinh do|xep hang|thu hang|hang|phan loai|linh vuc|ma phan loai|ma hinh thuc|ma danh hieu|danh hieu thi dua|hinh thuc khen thuong|so cmnd|so cccd|so dien thoai|dia chi|doi tuong|ket qua)\b/;

/** A name column for people. */
const INDIVIDUAL_NAME_PHRASES = ['ho va ten', 'ho ten', 'ho va ten ca nhan', 'ho ten can bo', 'ho va ten can bo'];
const INDIVIDUAL_NAME_WORDS =
  /^(ho va ten|ho ten|ho va ten dem)( (can bo|cong chuc|vien chuc|nguoi lao dong|nhan vien|ca nhan|cb|cbcc|cbccvc|dang vien|doan vien|hoi vien|giao vien|hoc sinh))*$/;
/** A name column for collectives. */
const COLLECTIVE_NAME_PHRASES = ['ten tap the', 'ten don vi', 'tap the', 'ten tap the don vi', 'don vi tap the'];
/** "Tên" and what is named: a collective word ("tập thể", "đơn vị", "quận - huyện", "xã", "trường"…). */
const NAMED_COLLECTIVE =
  /^ten (cua )?(tap the|don vi|co quan|to chuc|quan|huyen|xa|phuong|thi tran|thi xa|thanh pho|tinh|truong|phong|ban|khoa|doanh nghiep|cong ty|chi bo|chi doan|cong doan|hop tac xa|khoi|cum|nganh|so|ho gia dinh)\b/;
const NAMED_PERSON_TOO = /\b(ca nhan|ho va ten|ho ten)\b/;

/**
 * Whether a header names the candidates, and of which kind: 'mixed' for lists that hold both
 * ("Tên tập thể/cá nhân/hộ gia đình"), whose kind the campaign then decides.
 */
export function nameHeaderKind(key: string): 'individual' | 'collective' | 'mixed' | null {
  if (key === '') return null;
  if (INDIVIDUAL_NAME_PHRASES.includes(key)) return 'individual';
  if (COLLECTIVE_NAME_PHRASES.includes(key)) return 'collective';
  if (INDIVIDUAL_NAME_WORDS.test(key)) return 'individual';
  if (NAMED_COLLECTIVE.test(key)) return NAMED_PERSON_TOO.test(key) ? 'mixed' : 'collective';
  if (/^ho va ten ten tap the$|^ho va ten hoac ten tap the$|^ten ca nhan tap the$/.test(key)) return 'mixed';
  return null;
}

export function roleOf(key: string): ColumnRole | null {
  if (key === '') return null;
  for (const [role, phrases] of ROLE_PHRASES) if (phrases.includes(key)) return role;
  for (const [role, words] of ROLE_WORDS) if (words.test(key)) return role;
  return null;
}

/** Self score: "Tự chấm", "Điểm tự chấm", "Đơn vị tự chấm", and "Điểm chấm" (the unit's own, beside an appraised column). */
export const SELF_WORDS = /\b(tu cham|tu danh gia|tu cham diem|ca nhan tu cham|don vi tu cham|tu dg)\b|^(diem cham|cham diem|diem don vi cham|diem dv cham)$/;
/** Appraised score: whoever scores after the unit (block, council, inspection team, upper level). */
export const APPRAISED_WORDS =
  /\b(tham dinh|khoi cham|hoi dong|cham lai|cap tren|duyet|hd cham|hdtd|khoi danh gia|cum cham|phuc tra|doan kiem tra|diem kiem tra|kiem tra cham|khoi tham dinh|ban thi dua cham)\b/;

export function subKind(key: string): 'self' | 'appraised' | null {
  if (APPRAISED_WORDS.test(key)) return 'appraised';
  if (SELF_WORDS.test(key)) return 'self';
  return null;
}

/** A single score column with no criterion named: "Điểm", "Điểm (+ điểm thưởng)", "Số điểm", "Kết quả chấm điểm". */
export const GENERIC_SCORE = /^(diem|so diem|diem so|diem dat|diem dat duoc|ket qua cham diem|ket qua cham|diem cham|diem tong hop|diem xep hang)$/;

/** The criteria-down-the-rows form: its columns' phrases (exact) and words (prefix). */
export const ROW_FORM: Record<Exclude<RowFormRole, 'self' | 'appraised'>, { phrases: readonly string[]; words: RegExp }> = {
  code: { phrases: ['stt', 'tt', 'ma', 'ma tieu chi', 'muc', 'so tt', 'ma so'], words: /^(ma tieu chi|so thu tu)$/ },
  content: {
    phrases: [
      'noi dung tieu chi',
      'noi dung',
      'tieu chi',
      'noi dung cham diem',
      'noi dung danh gia',
      'ten tieu chi',
      'tieu chi danh gia',
      'tieu chi cham diem',
      'noi dung cong viec',
      'noi dung thi dua',
    ],
    words: /^(noi dung|tieu chi|ten tieu chi)\b/,
  },
  maxPoints: {
    phrases: ['diem chuan', 'diem toi da', 'thang diem', 'khung diem', 'diem quy dinh', 'muc diem'],
    words: /^(diem chuan|diem toi da|thang diem|khung diem)\b/,
  },
  appraiser: {
    phrases: ['don vi phuc tra', 'don vi tham dinh', 'nguoi cham', 'don vi cham', 'bo phan phuc tra', 'bo phan tham dinh'],
    words: /^(don vi|bo phan|nguoi) (phuc tra|tham dinh|kiem tra)\b/,
  },
  evidence: {
    phrases: ['giai trinh', 'minh chung', 'ghi chu', 'ghi chu minh chung', 'tai lieu minh chung', 'giai trinh minh chung'],
    words: /^(giai trinh|minh chung|ghi chu|tai lieu)\b/,
  },
};

export function rowFormRole(key: string): RowFormRole | null {
  if (key === '') return null;
  const s = subKind(key);
  // "Đơn vị phúc tra" names who appraised, not a score: looked at before the score words.
  if (ROW_FORM.appraiser.phrases.includes(key) || ROW_FORM.appraiser.words.test(key)) return 'appraiser';
  if (s) return s;
  for (const role of ['code', 'content', 'maxPoints', 'evidence'] as const)
    if (ROW_FORM[role].phrases.includes(key) || ROW_FORM[role].words.test(key)) return role;
  return null;
}

/**
 * A title-block field waiting to be filled ("Tên đơn vị: ……………", "Họ và tên: ........"), which
 * is not a column header whatever its words.
 */
export function isFormField(raw: string): boolean {
  return /[.…_]{3,}|…/.test(raw) || /:\s*(\S|$)/.test(raw.trim());
}

/**
 * Signature-block roles, at the start of a line, with or without "TM.", "KT.", "Q." (on behalf
 * of, signing for, acting), in any case: the table ends where they begin.
 */
export const SIGNATURE = new RegExp(
  '^(?:(?:tm|kt|q|tl|tuq|ttl)\\s*[.:/]\\s*)?' +
    '(?:nguoi lap( bieu)?|nguoi tong hop|nguoi duyet|nguoi kiem tra|thu truong|(pho )?truong phong|(pho )?giam doc|(pho )?truong (ban|khoa|don vi|khoi|cum|doan|phong ban|bo phan)|xac nhan|ky ten|ky,? ghi ro|' +
    '(pho )?chu tich|thu ky|ke toan( truong)?|to truong|(pho )?bi thu|dai dien|doan kiem tra|hoi dong thi dua|ban thi dua|can bo tong hop|noi nhan|thu quy|(pho )?thu truong)\\b' +
    '|^(tm|kt|q|tl|tuq)\\s*\\.\\s*\\S|.*ngay \\.* ?thang|^.{0,40}, ngay \\d{1,2} thang\\b',
);

export function isSignatureFolded(folded: string): boolean {
  return SIGNATURE.test(folded);
}

/** Letters with Vietnamese marks (or đ): text that has them is read with its marks. */
const MARKED = /[\u00c0-\u024f\u1e00-\u1eff]/;

const TOTAL_WORD_MARKED = /^(tổng cộng|tổng số điểm|tổng số|tổng điểm|tổng|cộng|total|sum)(?=$|[\s:(.,;\-–])(.*)$/;
const TOTAL_WORD_PLAIN = /^(tong cong|tong so diem|tong so|tong diem|tong|cong|total|sum)(?=$|[\s:(.,;\-–])(.*)$/;
/** What may follow the total word: nothing, a colon, a formula of parts "(A+B+C)", "I+II+III", or a few total words. */
const TOTAL_REST =
  /^(|[:(].*|\(?\s*[a-z0-9ivxlc]{1,4}(\s*[+,]\s*[a-z0-9ivxlc]{1,4})+\s*\)?.*|(cong|diem|chung|so|so diem|diem dat|toan (don vi|khoi|cum|co quan|nganh)|cac (tieu chi|nhom|muc)|nhom [ivxlc]+|muc [a-z0-9]+))$/;

/**
 * Whether a cell names a total row: "Tổng cộng", "Cộng", "TỔNG CỘNG (A+B+C)", "Cộng:", "Tong cong"
 * (typed without marks); never "Công an tỉnh…", "Công ty…", "Cộng đồng…". With marks the word
 * must be "cộng"/"tổng" itself; without marks, the word alone or followed by a total's shape.
 */
export function isTotalLabel(text: string): boolean {
  // Most names start with another letter: decided on the first character, before any new string.
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 32) i++;
  const c = text.charCodeAt(i) | 32;
  if (c !== 116 && c !== 99 && c !== 115) return false; // t, c, s
  // "Trần", "Cao", "Chu"…: the total words go on with o/ô (u for "sum"); marked letters are past ASCII.
  const c2 = text.charCodeAt(i + 1);
  if (c2 < 128 && (c2 | 32) !== 111 && (c2 | 32) !== 117) return false;
  const t = text.normalize('NFC').trim().toLowerCase();
  const marked = MARKED.test(t);
  const m = (marked ? TOTAL_WORD_MARKED : TOTAL_WORD_PLAIN).exec(t);
  if (!m) return false;
  const rest = foldRest(m[2]);
  return TOTAL_REST.test(rest);
}

function foldRest(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A section heading inside a table ("I. Cụm Thi đua 1", "A. Khối văn phòng", "Khối tham mưu"):
 * a numbering of groups (Roman numeral or letter) or a block word, with no scores.
 */
export function isSectionHeading(folded: string, sttText: string): boolean {
  if (/^[ivxlc]+\.?$|^[a-h]\.?$/i.test(sttText.trim())) return true;
  return /^([ivxlc]+|[a-h])[.)]\s|^(khoi|cum|nhom|phan|linh vuc|doi tuong|tap the|ca nhan|danh sach)\b/.test(folded);
}

/** What each role is called in a finding. */
export const ROLE_LABELS: Record<ColumnRole | RowFormRole, { vi: string; en: string }> = {
  stt: { vi: 'số thứ tự', en: 'row number' },
  name: { vi: 'cột tên', en: 'name' },
  staffCode: { vi: 'mã cán bộ', en: 'staff code' },
  dob: { vi: 'ngày sinh', en: 'date of birth' },
  gender: { vi: 'giới tính', en: 'gender' },
  position: { vi: 'chức vụ', en: 'position' },
  unit: { vi: 'đơn vị', en: 'unit' },
  rating: { vi: 'xếp loại', en: 'rating' },
  initiatives: { vi: 'sáng kiến', en: 'initiatives' },
  researchTopics: { vi: 'đề tài', en: 'research topics' },
  discipline: { vi: 'kỷ luật', en: 'discipline' },
  daysOff: { vi: 'số ngày nghỉ', en: 'days off' },
  monthsWorked: { vi: 'số tháng công tác', en: 'months worked' },
  maternityDays: { vi: 'nghỉ thai sản', en: 'maternity leave' },
  total: { vi: 'tổng điểm', en: 'total' },
  requested: { vi: 'danh hiệu đề nghị', en: 'requested title' },
  evidence: { vi: 'minh chứng', en: 'evidence' },
  note: { vi: 'ghi chú', en: 'notes' },
  code: { vi: 'mã/STT tiêu chí', en: 'criterion code' },
  content: { vi: 'nội dung tiêu chí', en: 'criterion text' },
  maxPoints: { vi: 'điểm chuẩn', en: 'maximum points' },
  self: { vi: 'điểm tự chấm', en: 'self score' },
  appraised: { vi: 'điểm thẩm định', en: 'appraised score' },
  appraiser: { vi: 'đơn vị thẩm định', en: 'appraiser' },
};
