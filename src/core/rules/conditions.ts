import { fold, initials } from '../text/normalize';
import { formatScore } from '../text/numbers';
import { RATING_LEVELS, RatingCode, parseRating, ratingAtLeast, disciplineLevelByName, DISCIPLINE_LEVELS, DisciplineReading } from './levels';
import type { Candidate, CheckResult, CriteriaTree, Lang, ScoreBreakdown, TitleRule } from '../model';

/**
 * The condition grammar of `Danh hiệu` → Điều kiện. Conditions are separated by ";" (or new
 * lines); each is one of the forms below, written with or without diacritics, with ≥ ≤ or
 * >= <= (also "từ N trở lên", "dưới N"), and % in ASCII or full width:
 *
 *   không kỷ luật                         no disciplinary measure at all
 *   không kỷ luật từ <mức>                 nothing at <mức> or heavier (Khiển trách < Cảnh cáo < …)
 *   sáng kiến ≥ N                          recognised initiatives
 *   nghỉ < N ngày                          days off work
 *   công tác ≥ N tháng                     months worked in the year (`Số tháng công tác`)
 *   đạt <danh hiệu> / không đạt <danh hiệu> a title on a row above is / is not proposed
 *   N năm liên tục <danh hiệu>             the history holds it for each of the N previous years
 *   xếp loại <mức> trở lên                 annual rating
 *   tổng điểm ≥ N                          final total
 *   <mã tiêu chí hoặc nhóm> ≥ N            a criterion's points or a group's subtotal ("Nhóm I ≥ 50", "1.1 ≥ 20")
 *   tỷ lệ thành viên <danh hiệu> ≥ N%       collectives: share of members proposed for a title
 *   tỷ lệ thành viên xếp loại <mức> trở lên ≥ N%
 *   có thành viên <danh hiệu>              collectives: at least one member proposed for it
 *   không có thành viên kỷ luật từ <mức>    collectives: no member disciplined at <mức> or heavier
 */

export type Op = '>=' | '>' | '<=' | '<' | '=';

export type Condition =
  | { type: 'noDiscipline'; fromLevel: number; text: string }
  | { type: 'initiatives'; op: Op; value: number; text: string }
  | { type: 'daysOff'; op: Op; value: number; text: string }
  | { type: 'monthsWorked'; op: Op; value: number; text: string }
  | { type: 'hasTitle'; titleKey: string; titleName: string; negate: boolean; text: string }
  | { type: 'consecutive'; years: number; titleKey: string; titleName: string; text: string }
  | { type: 'rating'; rating: RatingCode; text: string }
  | { type: 'totalScore'; op: Op; value: number; text: string }
  | { type: 'criterion'; code: string; op: Op; value: number; text: string }
  | { type: 'memberShareTitle'; titleKey: string; titleName: string; op: Op; percent: number; text: string }
  | { type: 'memberShareRating'; rating: RatingCode; op: Op; percent: number; text: string }
  | { type: 'hasMember'; titleKey: string; titleName: string; text: string }
  | { type: 'noMemberDiscipline'; fromLevel: number; text: string };

export interface Bilingual {
  vi: string;
  en: string;
}

export type ParseResult = { ok: true; conditions: Condition[] } | { ok: false; text: string; reason: Bilingual };

export interface ParseContext {
  /** Titles on rows above the one being read. */
  titlesAbove: readonly TitleRule[];
  /** Every title in the sheet, to tell "below" from "unknown". */
  allTitleNames: readonly string[];
  criteria: CriteriaTree;
}

const OP = '(>=|<=|>|<|=)';
const NUM = '(\\d+(?:[.,]\\d+)?)';

/** Folded text with operators in ASCII and spaced, Vietnamese phrasings turned into operators. */
export function canonical(text: string): string {
  let s = fold(text)
    .replace(/[≥⩾]/g, '>=')
    .replace(/[≤⩽]/g, '<=')
    .replace(/[＞]/g, '>')
    .replace(/[＜]/g, '<')
    .replace(/[％]/g, '%')
    .replace(/=>/g, '>=')
    .replace(/=</g, '<=');
  // "từ 10 tháng trở lên", "từ 50% trở lên", "từ 1 trở lên": the unit stays after the number.
  s = s.replace(/\btu (\d+(?:[.,]\d+)?) ?(%|thang|ngay|diem)? ?tro len\b/g, (_, n: string, unit?: string) => `>= ${n}${unit ? (unit === '%' ? '%' : ` ${unit}`) : ''}`);
  s = s.replace(/\b(it nhat|toi thieu) (\d+(?:[.,]\d+)?)/g, '>= $2');
  s = s.replace(/\b(duoi|it hon) (\d+(?:[.,]\d+)?)/g, '< $2');
  s = s.replace(/\b(khong qua|toi da) (\d+(?:[.,]\d+)?)/g, '<= $2');
  s = s.replace(/\s*(>=|<=|>|<|=)\s*/g, ' $1 ');
  s = s.replace(/\s*%/g, '%');
  return s.replace(/\s+/g, ' ').trim();
}

function num(s: string): number {
  return Number(s.replace(',', '.'));
}

function findTitle(name: string, ctx: ParseContext): { rule: TitleRule } | { error: Bilingual } {
  const key = fold(name).replace(/^danh hieu /, '').trim();
  const matches = (t: { key: string; aliases: string[] }) => t.key === key || t.aliases.includes(key.replace(/[^a-z0-9]/g, ''));
  const above = ctx.titlesAbove.find(matches);
  if (above) return { rule: above };
  const anywhere = ctx.allTitleNames.some((n) => fold(n) === key || initials(n) === key.replace(/[^a-z0-9]/g, ''));
  if (anywhere)
    return {
      error: {
        vi: `danh hiệu "${name}" nằm ở dòng phía dưới; điều kiện chỉ được nêu danh hiệu ở dòng phía trên`,
        en: `title "${name}" is on a row below; a condition may only name a title on a row above`,
      },
    };
  return { error: { vi: `không có danh hiệu "${name}" trong sheet "Danh hiệu"`, en: `there is no title "${name}" in "Danh hiệu"` } };
}

function ratingOf(words: string): RatingCode | null {
  return parseRating(words.replace(/\btro len\b/, '').trim());
}

function parseOne(raw: string, ctx: ParseContext): Condition | Bilingual {
  const text = raw.trim();
  const s = canonical(text);
  let m: RegExpExecArray | null;

  if (/^khong (bi )?ky luat$/.test(s)) return { type: 'noDiscipline', fromLevel: 1, text };
  if ((m = /^khong (?:bi )?ky luat (?:tu |o )?(?:muc |hinh thuc )?(.+?)(?: tro len)?$/.exec(s))) {
    const d = disciplineLevelByName(m[1]);
    if (!d) return { vi: `không nhận ra mức kỷ luật "${m[1]}"`, en: `unknown disciplinary level "${m[1]}"` };
    return { type: 'noDiscipline', fromLevel: d.level, text };
  }
  if ((m = /^khong co thanh vien (?:bi )?ky luat(?: (?:tu |o )?(?:muc |hinh thuc )?(.+?))?(?: tro len)?$/.exec(s))) {
    if (!m[1]) return { type: 'noMemberDiscipline', fromLevel: 1, text };
    const d = disciplineLevelByName(m[1]);
    if (!d) return { vi: `không nhận ra mức kỷ luật "${m[1]}"`, en: `unknown disciplinary level "${m[1]}"` };
    return { type: 'noMemberDiscipline', fromLevel: d.level, text };
  }
  if ((m = new RegExp(`^(?:co )?(?:so )?sang kien(?: duoc cong nhan)? ${OP} ${NUM}$`).exec(s)))
    return { type: 'initiatives', op: m[1] as Op, value: num(m[2]), text };
  if ((m = new RegExp(`^(?:so )?(?:ngay )?nghi(?: viec| lam)?(?: trong nam)? ${OP} ${NUM}(?: ngay)?$`).exec(s)))
    return { type: 'daysOff', op: m[1] as Op, value: num(m[2]), text };
  if ((m = new RegExp(`^(?:so thang |thoi gian )?(?:cong tac|lam viec)(?: trong nam)? ${OP} ${NUM}(?: thang)?$`).exec(s)))
    return { type: 'monthsWorked', op: m[1] as Op, value: num(m[2]), text };
  if ((m = /^(\d+) nam lien tuc (?:dat )?(?:danh hieu )?(.+)$/.exec(s))) {
    const t = findTitleLoose(m[2], ctx);
    return { type: 'consecutive', years: Number(m[1]), titleKey: t.key, titleName: t.name, text };
  }
  if ((m = new RegExp(`^ty le thanh vien (?:duoc )?xep loai (.+?) tro len ${OP} ${NUM}%?$`).exec(s))) {
    const r = ratingOf(m[1]);
    if (!r) return { vi: `không nhận ra mức xếp loại "${m[1]}"`, en: `unknown rating "${m[1]}"` };
    return { type: 'memberShareRating', rating: r, op: m[2] as Op, percent: num(m[3]), text };
  }
  if ((m = new RegExp(`^ty le thanh vien (?:dat )?(?:danh hieu )?(.+?) ${OP} ${NUM}%?$`).exec(s))) {
    const t = findTitle(m[1], ctx);
    if ('error' in t) return t.error;
    return { type: 'memberShareTitle', titleKey: t.rule.key, titleName: t.rule.name, op: m[2] as Op, percent: num(m[3]), text };
  }
  if ((m = /^co (?:it nhat (?:1|mot) )?thanh vien (?:dat )?(?:danh hieu )?(.+)$/.exec(s))) {
    const t = findTitle(m[1], ctx);
    if ('error' in t) return t.error;
    return { type: 'hasMember', titleKey: t.rule.key, titleName: t.rule.name, text };
  }
  if ((m = /^khong dat (?:danh hieu )?(.+)$/.exec(s))) {
    const t = findTitle(m[1], ctx);
    if ('error' in t) return t.error;
    return { type: 'hasTitle', titleKey: t.rule.key, titleName: t.rule.name, negate: true, text };
  }
  if ((m = /^dat (?:danh hieu )?(.+)$/.exec(s))) {
    const t = findTitle(m[1], ctx);
    if ('error' in t) return t.error;
    return { type: 'hasTitle', titleKey: t.rule.key, titleName: t.rule.name, negate: false, text };
  }
  if ((m = /^(?:duoc )?xep loai (.+?)(?: tro len)?$/.exec(s))) {
    const r = ratingOf(m[1]);
    if (!r) return { vi: `không nhận ra mức xếp loại "${m[1]}"`, en: `unknown rating "${m[1]}"` };
    return { type: 'rating', rating: r, text };
  }
  if ((m = new RegExp(`^tong (?:so )?diem ${OP} ${NUM}$`).exec(s))) return { type: 'totalScore', op: m[1] as Op, value: num(m[2]), text };
  if ((m = new RegExp(`^(?:diem )?(?:nhom |tieu chi |tc |muc )?([a-z0-9.]+?)\\.? ${OP} ${NUM}$`).exec(s))) {
    const code = m[1];
    const c = ctx.criteria.all.find((x) => x.key === code);
    if (!c) return { vi: `không có tiêu chí hoặc nhóm mã "${code.toUpperCase()}" trong sheet "Tiêu chí"`, en: `no criterion or group "${code.toUpperCase()}" in "Tiêu chí"` };
    return { type: 'criterion', code: c.code, op: m[2] as Op, value: num(m[3]), text };
  }
  return {
    vi: 'không khớp mẫu điều kiện nào (xem danh sách mẫu trong hướng dẫn)',
    en: 'matches none of the condition forms (see the list in the guide)',
  };
}

/** History titles may be any award, not only rows of `Danh hiệu`: accept unknown names as written. */
function findTitleLoose(name: string, ctx: ParseContext): { key: string; name: string } {
  const t = findTitle(name, ctx);
  if ('rule' in t) return { key: t.rule.key, name: t.rule.name };
  const all = ctx.allTitleNames.find((n) => fold(n) === fold(name) || initials(n) === fold(name).replace(/[^a-z0-9]/g, ''));
  if (all) return { key: fold(all), name: all };
  return { key: fold(name), name: name.trim() };
}

export function parseConditions(text: string, ctx: ParseContext): ParseResult {
  const parts = text
    .split(/[;\n]+/)
    .map((p) => p.trim().replace(/[.,]$/, '').trim())
    .filter((p) => p !== '' && fold(p) !== 'khong');
  const out: Condition[] = [];
  for (const p of parts) {
    const r = parseOne(p, ctx);
    if ('type' in r) out.push(r);
    else return { ok: false, text: p, reason: r };
  }
  return { ok: true, conditions: out };
}

export function compare(a: number, op: Op, b: number): boolean {
  const x = Math.round(a * 10000);
  const y = Math.round(b * 10000);
  switch (op) {
    case '>=':
      return x >= y;
    case '>':
      return x > y;
    case '<=':
      return x <= y;
    case '<':
      return x < y;
    case '=':
      return x === y;
  }
}

const OP_TEXT: Record<Op, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' };

/** What the evaluator needs to know beyond the candidate. */
export interface EvalContext {
  lang: Lang;
  year: number | null;
  score(c: Candidate): ScoreBreakdown;
  hasTitle(c: Candidate, titleKey: string): boolean;
  members(c: Candidate): Candidate[];
  /** Years (not thematic) in which the person holds the title, or null when no date of birth. */
  titleYears(c: Candidate, titleKey: string): Set<number> | null;
}

function t(lang: Lang, vi: string, en: string): string {
  return lang === 'vi' ? vi : en;
}

/** Days off that count against a title: maternity leave is not counted (domain.md §4, [R]). */
function countedDaysOff(c: Candidate): number {
  return Math.max(0, (c.daysOff ?? 0) - (c.maternityDays ?? 0));
}

function disciplineAtLeast(d: DisciplineReading, level: number): boolean {
  if (d.kind === 'none') return false;
  if (d.kind === 'unknown') return true; // conservative: an unreadable measure blocks until clarified
  if (d.kind === 'pending') return true; // nothing is proposed while the matter is open (PENDING_BASIS)
  return d.level >= level;
}

function levelName(level: number, lang: Lang): string {
  const d = DISCIPLINE_LEVELS.find((x) => x.level === level);
  return d ? (lang === 'vi' ? d.vi : d.en) : String(level);
}

function ratingName(r: RatingCode): string {
  return RATING_LEVELS.find((x) => x.code === r)?.code ?? r;
}

/**
 * A condition's verdict. The verdict is decided at once; the wording of the detail only when an
 * explanation is shown, since 9,000 candidates × every title would otherwise build it for nothing.
 */
class Check implements CheckResult {
  private text: string | null = null;
  constructor(
    readonly label: string,
    readonly ok: boolean,
    private readonly describe: () => string,
  ) {}

  get detail(): string {
    return (this.text ??= this.describe());
  }
}

export function check(label: string, ok: boolean, describe: () => string): CheckResult {
  return new Check(label, ok, describe);
}

/** A condition checked on a candidate; its wording is produced only when someone reads it. */
class ConditionCheck implements CheckResult {
  private text: string | null = null;
  constructor(
    private readonly cond: Condition,
    private readonly c: Candidate,
    private readonly ctx: EvalContext,
    readonly ok: boolean,
  ) {}

  get label(): string {
    return this.cond.text;
  }

  get detail(): string {
    return (this.text ??= judge(this.cond, this.c, this.ctx).detail);
  }
}

/** Whether a condition holds: the verdict alone, allocating nothing (run for every candidate × title). */
export function holds(cond: Condition, c: Candidate, ctx: EvalContext): boolean {
  switch (cond.type) {
    case 'noDiscipline':
      return !disciplineAtLeast(c.discipline, cond.fromLevel);
    case 'initiatives':
      return compare(c.initiatives, cond.op, cond.value);
    case 'daysOff':
      return c.daysOff === null || compare(countedDaysOff(c), cond.op, cond.value);
    case 'monthsWorked':
      return c.monthsWorked === null || compare(c.monthsWorked, cond.op, cond.value);
    case 'hasTitle':
      return ctx.hasTitle(c, cond.titleKey) !== cond.negate;
    case 'rating':
      return ratingAtLeast(c.rating, cond.rating);
    case 'totalScore':
      return compare(ctx.score(c).total, cond.op, cond.value);
    case 'criterion':
      return compare(ctx.score(c).contribution.get(cond.code) ?? 0, cond.op, cond.value);
    case 'consecutive': {
      if (ctx.year === null || !c.dob) return false;
      const years = ctx.titleYears(c, cond.titleKey);
      if (years === null) return false;
      for (let y = ctx.year - cond.years; y < ctx.year; y++) if (!years.has(y)) return false;
      return true;
    }
    case 'memberShareTitle':
    case 'memberShareRating':
    case 'hasMember':
    case 'noMemberDiscipline':
      // Collectives are few: the full judgement is cheap enough.
      return judge(cond, c, ctx).ok;
  }
}

export function evaluate(cond: Condition, c: Candidate, ctx: EvalContext): CheckResult {
  return new ConditionCheck(cond, c, ctx, holds(cond, c, ctx));
}

/** The verdict with its wording, e.g. "nghỉ 45 ngày", "lịch sử thiếu năm 2023". */
export function judge(cond: Condition, c: Candidate, ctx: EvalContext): CheckResult {
  const L = ctx.lang;
  const label = cond.text;
  switch (cond.type) {
    case 'noDiscipline': {
      const bad = disciplineAtLeast(c.discipline, cond.fromLevel);
      const d = c.discipline;
      const has =
        d.kind === 'none'
          ? t(L, 'không bị kỷ luật', 'no discipline')
          : d.kind === 'pending'
            ? t(L, `${d.text}: chưa đề nghị khen thưởng khi đang xem xét (NĐ 152/2025/NĐ-CP)`, `${d.text}: no proposal while the matter is pending (Decree 152/2025)`)
            : t(L, `kỷ luật: ${d.text}`, `discipline: ${d.text}`);
      return check(label, !bad, () => has);
    }
    case 'initiatives':
      return check(label, compare(c.initiatives, cond.op, cond.value), () => t(L, `${c.initiatives} sáng kiến`, `${c.initiatives} initiative(s)`));
    case 'daysOff': {
      if (c.daysOff === null) return check(label, true, () => t(L, 'không ghi ngày nghỉ (coi là 0)', 'no days off recorded (0)'));
      const counted = countedDaysOff(c);
      if (counted !== c.daysOff)
        return check(label, compare(counted, cond.op, cond.value), () =>
          t(L, `nghỉ ${c.daysOff} ngày, trong đó ${c.maternityDays} ngày thai sản không tính: ${counted} ngày`, `${c.daysOff} day(s) off, of which ${c.maternityDays} maternity leave not counted: ${counted}`),
        );
      return check(label, compare(c.daysOff, cond.op, cond.value), () => t(L, `nghỉ ${c.daysOff} ngày`, `${c.daysOff} day(s) off`));
    }
    case 'monthsWorked': {
      if (c.monthsWorked === null) return check(label, true, () => t(L, 'không ghi số tháng công tác (coi là đủ năm)', 'no months worked recorded (a full year)'));
      return check(label, compare(c.monthsWorked, cond.op, cond.value), () => t(L, `công tác ${c.monthsWorked} tháng`, `${c.monthsWorked} month(s) worked`));
    }
    case 'hasTitle': {
      const has = ctx.hasTitle(c, cond.titleKey);
      const ok = cond.negate ? !has : has;
      return check(label, ok, () => (has ? t(L, `được đề xuất ${cond.titleName}`, `proposed for ${cond.titleName}`) : t(L, `không được đề xuất ${cond.titleName}`, `not proposed for ${cond.titleName}`)));
    }
    case 'consecutive': {
      const year = ctx.year;
      if (year === null) return check(label, false, () => t(L, 'phong trào chưa ghi năm', 'campaign year missing'));
      const years = ctx.titleYears(c, cond.titleKey);
      if (years === null) return check(label, false, () => t(L, 'không có ngày sinh để đối chiếu lịch sử khen thưởng', 'no date of birth to match the award history'));
      const missing: number[] = [];
      for (let y = year - cond.years; y < year; y++) if (!years.has(y)) missing.push(y);
      return check(
        label,
        missing.length === 0,
        () =>
          missing.length === 0
            ? t(L, `lịch sử có ${cond.titleName} các năm ${year - cond.years}–${year - 1}`, `history has ${cond.titleName} for ${year - cond.years}–${year - 1}`)
            : t(L, `lịch sử thiếu năm ${missing.join(', ')}`, `history lacks ${missing.join(', ')}`),
      );
    }
    case 'rating':
      return check(label, ratingAtLeast(c.rating, cond.rating), () => c.rating ? t(L, `xếp loại ${c.rating}`, `rated ${c.rating}`) : t(L, 'chưa có xếp loại', 'no rating'));
    case 'totalScore': {
      const total = ctx.score(c).total;
      return check(label, compare(total, cond.op, cond.value), () => t(L, `tổng điểm ${formatScore(total, L)}`, `total ${formatScore(total, L)}`));
    }
    case 'criterion': {
      const v = ctx.score(c).contribution.get(cond.code) ?? 0;
      return check(label, compare(v, cond.op, cond.value), () => t(L, `${cond.code} được ${formatScore(v, L)} điểm`, `${cond.code} has ${formatScore(v, L)}`));
    }
    case 'memberShareTitle':
    case 'memberShareRating': {
      if (c.kind !== 'collective') return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
      const members = ctx.members(c);
      if (members.length === 0) return check(label, false, () => t(L, 'không có danh sách thành viên trong các bảng chấm điểm', 'no members found in the score sheets'));
      const count =
        cond.type === 'memberShareTitle'
          ? members.filter((m) => ctx.hasTitle(m, cond.titleKey)).length
          : members.filter((m) => ratingAtLeast(m.rating, cond.rating)).length;
      const pct = (count * 100) / members.length;
      const what = cond.type === 'memberShareTitle' ? cond.titleName : t(L, `${ratingName(cond.rating)} trở lên`, `${ratingName(cond.rating)} or better`);
      return check(
        label,
        compare(pct, cond.op, cond.percent),
        () =>
          t(L, `${count}/${members.length} thành viên ${what} (${formatScore(pct, L)}%, cần ${OP_TEXT[cond.op]} ${cond.percent}%)`, `${count}/${members.length} members ${what} (${formatScore(pct, L)}%, needs ${OP_TEXT[cond.op]} ${cond.percent}%)`),
      );
    }
    case 'hasMember': {
      if (c.kind !== 'collective') return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
      const who = ctx.members(c).filter((m) => ctx.hasTitle(m, cond.titleKey));
      return check(
        label,
        who.length > 0,
        () =>
          who.length > 0 ? t(L, `${who.length} thành viên ${cond.titleName}`, `${who.length} member(s) ${cond.titleName}`) : t(L, `không có thành viên ${cond.titleName}`, `no member ${cond.titleName}`),
      );
    }
    case 'noMemberDiscipline': {
      if (c.kind !== 'collective') return check(label, false, () => t(L, 'điều kiện chỉ áp dụng cho tập thể', 'applies to collectives only'));
      const bad = ctx.members(c).filter((m) => disciplineAtLeast(m.discipline, cond.fromLevel));
      return check(
        label,
        bad.length === 0,
        () =>
          bad.length === 0
            ? t(L, `không thành viên nào bị kỷ luật từ ${levelName(cond.fromLevel, L)}`, `no member disciplined from ${levelName(cond.fromLevel, L)}`)
            : bad.every((b) => b.discipline.kind === 'pending')
              ? t(L, `thành viên đang bị xem xét: ${bad.map((b) => b.name).join(', ')}`, `members under review: ${bad.map((b) => b.name).join(', ')}`)
              : t(L, `thành viên bị kỷ luật: ${bad.map((b) => b.name).join(', ')}`, `disciplined members: ${bad.map((b) => b.name).join(', ')}`),
      );
    }
  }
}
